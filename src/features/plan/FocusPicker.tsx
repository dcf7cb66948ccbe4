import { useId, useRef } from 'react'
import { useFocusAfterRender } from '../../components/hooks/use-focus-after-render'
import type { Gap } from '../../domain/gaps'
import { MAX_FOCUS, proposeFocus } from '../../domain/plan'
import { competencyNames } from '../../domain/ratings'
import { useAppStore } from '../../store/app-store'
import { useCompetencies } from '../../store/selectors'
import styles from './PlanPage.module.css'

/** At most three focus competencies: the app proposes the largest gaps, the user chooses. */
export function FocusPicker({ gaps }: { gaps: readonly Gap[] }) {
  const id = useId()
  const focus = useAppStore((s) => s.focus)
  const toggleFocus = useAppStore((s) => s.toggleFocus)
  const setFocus = useAppStore((s) => s.setFocus)
  const proposal = proposeFocus(gaps)
  const isProposal = proposal.length === focus.length && proposal.every((cid) => focus.includes(cid))
  const competencies = useCompetencies()
  const nameOf = competencyNames(competencies)
  // The gaps, plus any focus competency whose gap has since closed, so it can still be unticked.
  const closed = focus.filter((cid) => !gaps.some((g) => g.competency.id === cid))
  // "Use the proposal" disappears once used: focus moves on to the choices it made.
  const choices = useRef<HTMLFieldSetElement>(null)
  const focusAfterRender = useFocusAfterRender()

  return (
    <section className={`card ${styles.section}`} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Focus</h2>
      {gaps.length === 0 && closed.length === 0 ? (
        <p className="muted">No gaps to the target: nothing to focus on. Aim one step higher?</p>
      ) : (
        <>
          {proposal.length > 0 && !isProposal && (
            <div className={styles.proposal}>
              <p>
                Proposed: your largest gaps, <strong>{proposal.map(nameOf).join(', ')}</strong>.
              </p>
              <button
                type="button"
                className="button"
                data-variant="quiet"
                onClick={() => {
                  focusAfterRender(() => choices.current?.querySelector<HTMLInputElement>('input:checked'))
                  setFocus(proposal)
                }}
              >
                Use the proposal
              </button>
            </div>
          )}
          <fieldset className="choices" ref={choices}>
            <legend>
              Focus competencies ({focus.length} of {MAX_FOCUS})
            </legend>
            <div className="choices-options">
              {gaps.map((g) => {
                const on = focus.includes(g.competency.id)
                return (
                  <label key={g.competency.id}>
                    <input
                      type="checkbox"
                      checked={on}
                      disabled={!on && focus.length >= MAX_FOCUS}
                      onChange={() => toggleFocus(g.competency.id)}
                    />
                    {g.competency.name}
                    <span className={styles.gapSize}>
                      {g.rated ? g.rating : 'not rated'} → {g.expected}
                    </span>
                  </label>
                )
              })}
              {closed.map((cid) => (
                <label key={cid}>
                  <input type="checkbox" checked onChange={() => toggleFocus(cid)} />
                  {nameOf(cid)}
                  <span className={styles.gapSize}>bar met</span>
                </label>
              ))}
            </div>
            {focus.length >= MAX_FOCUS && (
              <p className="choices-hint">Three at a time: untick one to choose another.</p>
            )}
          </fieldset>
        </>
      )}
    </section>
  )
}
