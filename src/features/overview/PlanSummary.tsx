import { Link } from '@tanstack/react-router'
import { useId } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { nextActions } from '../../domain/plan'
import { competencyNames } from '../../domain/ratings'
import { useAppStore } from '../../store/app-store'
import { useFramework } from '../../store/selectors'
import styles from './OverviewPage.module.css'

/** The focus competencies and the next actions, on the overview. */
export function PlanSummary() {
  const id = useId()
  const { competencies } = useFramework()
  const { focus, actions } = useAppStore(useShallow((s) => ({ focus: s.focus, actions: s.actions })))
  const next = nextActions(actions)
  const nameOf = competencyNames(competencies)

  return (
    <section className={`card ${styles.plan}`} aria-labelledby={`${id}-title`}>
      <div className={styles.cardHead}>
        <h2 id={`${id}-title`}>Your plan</h2>
        <Link to="/plan">Open the plan</Link>
      </div>
      <p className={styles.focus}>
        <strong>Focus: </strong>
        {focus.length > 0 ? focus.map(nameOf).join(' · ') : 'none chosen yet'}
      </p>
      {next.length === 0 ? (
        <p className="muted">
          No actions planned. <Link to="/plan">Build this week&apos;s plan</Link> from suggestions in two minutes.
        </p>
      ) : (
        <ul className={styles.next} aria-label="Next actions">
          {next.map((a) => (
            <li key={a.id}>
              <span className={styles.nextStatus} data-status={a.status}>
                {a.status === 'doing' ? 'Doing' : 'Next'}
              </span>
              {a.title}
              <span className="muted"> · {nameOf(a.competencyId)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
