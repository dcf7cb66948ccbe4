import { useId, useRef, useState } from 'react'
import { useFocusAfterRender } from '../../components/hooks/use-focus-after-render'
import { RatingScale } from '../../components/ui/RatingScale'
import type { CheckIn } from '../../domain/check-in'
import { bigSwings, changesBetween, type RatingChange } from '../../domain/check-ins'
import { competencyNames } from '../../domain/ratings'
import { useAppStore } from '../../store/app-store'
import { useCompetencies, useFramework } from '../../store/selectors'
import styles from './ProgressPage.module.css'

interface Props {
  onSaved: (replaced: boolean, checkIn: CheckIn) => void
  onClose: () => void
}

/**
 * Re-rating without seeing the previous values, so last week's answer does not anchor this
 * week's; afterwards, what changed, with big swings pointed out for a second look.
 */
export function BlindCheckIn({ onSaved, onClose }: Props) {
  const id = useId()
  const framework = useFramework()
  const competencies = useCompetencies()
  const saveBlindCheckIn = useAppStore((s) => s.saveBlindCheckIn)
  const [draft, setDraft] = useState<Record<string, number>>({})
  const [result, setResult] = useState<{ changes: RatingChange[]; swings: RatingChange[]; undo: () => void } | null>(
    null,
  )
  const resultHeading = useRef<HTMLHeadingElement>(null)
  const focusAfterRender = useFocusAfterRender()
  const nameOf = competencyNames(competencies)
  const rated = Object.keys(draft).length

  if (result) {
    const swingIds = new Set(result.swings.map((s) => s.competencyId))
    return (
      <div className={styles.blindResult}>
        <h3 id={`${id}-changed`} ref={resultHeading} tabIndex={-1}>
          What changed
        </h3>
        {result.changes.length === 0 ? (
          <p>Every rating is the same as before: a steady week.</p>
        ) : (
          <ul aria-labelledby={`${id}-changed`} className={styles.changes}>
            {result.changes.map((c) => (
              <li key={c.competencyId}>
                <strong>{nameOf(c.competencyId)}</strong>: {c.from ?? 'not rated'} → {c.to ?? 'not rated'}
                {swingIds.has(c.competencyId) && (
                  <span className={styles.swing}>
                    Big swing: {Math.abs(c.delta)} steps with no new note. Worth a second look, or a note saying why.
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
        <div className={styles.checkInActions}>
          <button type="button" className="button" data-variant="quiet" onClick={onClose}>
            Close
          </button>
          <button
            type="button"
            className="button"
            data-variant="quiet"
            onClick={() => {
              result.undo()
              onClose()
            }}
          >
            Undo this check-in
          </button>
        </div>
      </div>
    )
  }

  return (
    <div className={styles.blind}>
      <p>
        Rate each competency as if for the first time: your previous values are hidden. Competencies you skip keep their
        current rating. {rated} of {competencies.length} re-rated.
      </p>
      <div className={styles.blindScales}>
        {competencies.map((competency) => (
          <RatingScale
            key={competency.id}
            competency={competency}
            labels={framework.scale.labels}
            value={draft[competency.id]}
            onChange={(v) => setDraft((d) => ({ ...d, [competency.id]: v }))}
            marks={[]}
          />
        ))}
      </div>
      <div className={styles.checkInActions}>
        <button
          type="button"
          className="button"
          disabled={rated === 0}
          onClick={() => {
            const { replaced, checkIn, before, undo } = saveBlindCheckIn(draft)
            const ids = competencies.map((c) => c.id)
            setResult({ changes: changesBetween(before, checkIn, ids), swings: bigSwings(before, checkIn, ids), undo })
            focusAfterRender(() => resultHeading.current)
            onSaved(replaced, checkIn)
          }}
        >
          Save check-in (blind)
        </button>
        <button type="button" className="button" data-variant="quiet" onClick={onClose}>
          Cancel
        </button>
      </div>
    </div>
  )
}
