import type { Gap } from '../../domain/gaps'
import { DescriptorText } from '../../components/DescriptorText'
import styles from './GapList.module.css'

interface Props {
  gaps: readonly Gap[]
  targetShortTitle: string
  max: number
  /** Accessible name of the list. */
  label: string
}

/** Ranked gaps, each with its size and what the target's value looks like in practice. */
export function GapList({ gaps, targetShortTitle, max, label }: Props) {
  return (
    <ol className={styles.list} aria-label={label}>
      {gaps.map((gap, i) => (
        <li key={gap.competency.id} className={styles.item}>
          <span className={styles.rank} aria-hidden="true">
            {i + 1}
          </span>
          <div className={styles.head}>
            <span className={styles.name}>{gap.competency.name}</span>
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
            <DescriptorText descriptor={gap.competency.descriptors[gap.expected]} />
          </div>
        </li>
      ))}
    </ol>
  )
}
