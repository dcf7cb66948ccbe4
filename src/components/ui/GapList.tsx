import { withTexts } from '../../domain/framework/texts'
import { focusFirst, gapRanks, type Gap } from '../../domain/gaps'
import { DescriptorText } from './DescriptorText'
import styles from './GapList.module.css'

interface Props {
  gaps: readonly Gap[]
  targetShortTitle: string
  max: number
  /** Accessible name of the list. */
  label: string
  /** The user's focus: first within a tie. Left out where the viewer's focus does not apply (a shared snapshot). */
  focus?: readonly string[]
}

/**
 * Ranked gaps, each with its size and what the target's value looks like in practice. Equal gaps
 * share a rank ("=1"): rankGaps orders a tie by the user's focus, then by what the target expects
 * most, and the note above the list says so, so the order is never read as a verdict.
 */
export function GapList({ gaps: given, targetShortTitle, max, label, focus }: Props) {
  const gaps = focus ? focusFirst(given, focus) : given
  const ranks = gapRanks(gaps)
  const tied = (i: number) => ranks.filter((r) => r === ranks[i]).length > 1
  const anyTie = ranks.some((_, i) => tied(i))
  return (
    <>
      {anyTie && (
        <p className={styles.tieNote}>
          Gaps of the same size share a rank (=). Within one, {focus ? 'your focus comes first, then ' : ''}what{' '}
          {targetShortTitle} expects most comes first.
        </p>
      )}
      <ol className={styles.list} aria-label={label}>
        {gaps.map((gap, i) => (
          <li key={gap.competency.id} className={styles.item}>
            <span className={styles.rank} aria-hidden="true" data-tied={tied(i) || undefined}>
              {tied(i) ? `=${ranks[i]}` : ranks[i]}
            </span>
            <div className={styles.head}>
              <span className={styles.name}>
                {gap.competency.name}
                {tied(i) && <span className="visually-hidden"> (tied for rank {ranks[i]})</span>}
              </span>
              <span className={styles.numbers}>
                {gap.rated ? `You ${gap.rating}` : 'Not rated yet'} · {targetShortTitle} expects {gap.expected} ·{' '}
                <span className={styles.size}>
                  {gap.size} {gap.size === 1 ? 'step' : 'steps'} to go
                </span>
              </span>
            </div>
            <div className={styles.track} aria-hidden="true">
              <span className={styles.you} style={{ width: `${(gap.rating / max) * 100}%` }} />
              <span className={styles.bar} style={{ left: `calc(${(gap.expected / max) * 100}% - 1.5px)` }} />
            </div>
            <div className={styles.good}>
              <strong>What good looks like: </strong>
              <DescriptorText descriptor={withTexts(gap.competency).descriptors[gap.expected]} />
            </div>
          </li>
        ))}
      </ol>
    </>
  )
}
