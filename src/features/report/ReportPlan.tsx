import { useId } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { actionOutcome } from '../../domain/action-outcome'
import type { Action } from '../../domain/plan'
import { competencyNames } from '../../domain/ratings'
import { useAppStore } from '../../store/app-store'
import { useFramework } from '../../store/selectors'
import styles from './ReportPage.module.css'

const STATUS = { planned: 'Planned', doing: 'Doing', done: 'Done' } as const

/** The focus and the plan, with what finished actions measurably changed. */
export function ReportPlan() {
  const id = useId()
  const { competencies } = useFramework()
  const { focus, actions, checkIns } = useAppStore(
    useShallow((s) => ({ focus: s.focus, actions: s.actions, checkIns: s.checkIns })),
  )
  const nameOf = competencyNames(competencies)
  const outcomeOf = (action: Action) => {
    if (action.status !== 'done') return action.targetWeek ? `by ${action.targetWeek}` : ''
    const outcome = actionOutcome(action, checkIns)
    if (!outcome) return 'not measured yet'
    const sign = outcome.delta > 0 ? '+' : outcome.delta < 0 ? '\u2212' : '±'
    const measured = `${outcome.from} → ${outcome.to} (${sign}${Math.abs(outcome.delta)})`
    return outcome.expected && outcome.verdict
      ? `${measured}; expected ${outcome.expected.from} → ${outcome.expected.to}: ${outcome.verdict === 'not-yet' ? 'not yet' : outcome.verdict}`
      : measured
  }

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Plan</h2>
      <p>
        <strong>Focus: </strong>
        {focus.length > 0 ? focus.map(nameOf).join(' · ') : 'none chosen yet'}
      </p>
      {actions.length === 0 ? (
        <p>No actions planned yet.</p>
      ) : (
        <table className={styles.plan}>
          <caption className="visually-hidden">Actions and their outcomes</caption>
          <thead>
            <tr>
              <th scope="col">Action</th>
              <th scope="col">Competency</th>
              <th scope="col">Status</th>
              <th scope="col">Outcome</th>
            </tr>
          </thead>
          <tbody>
            {actions.map((a) => (
              <tr key={a.id}>
                <td>{a.title}</td>
                <td>{nameOf(a.competencyId)}</td>
                <td>{STATUS[a.status]}</td>
                <td>{outcomeOf(a)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
