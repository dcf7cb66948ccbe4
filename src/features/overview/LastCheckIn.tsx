import { Link } from '@tanstack/react-router'
import { useToday } from '../../components/hooks/use-today'
import { daysBetween, formatLocalDate } from '../../domain/dates'
import { useAppStore } from '../../store/app-store'
import styles from './OverviewPage.module.css'

/** The last check-in, and a nudge once a week has passed since it. */
export function LastCheckIn() {
  const last = useAppStore((s) => s.checkIns[s.checkIns.length - 1])
  const today = useToday()
  if (!last)
    return (
      <p className={styles.nudge}>
        No check-in yet. <Link to="/progress">Save your first check-in</Link> to start a trend.
      </p>
    )
  const days = daysBetween(last.date, today)
  const ago = days === 0 ? 'today' : days === 1 ? 'yesterday' : `${days} days ago`
  return (
    <p className={days >= 7 ? styles.nudge : undefined}>
      Last check-in: {formatLocalDate(last.date)} ({ago}).{' '}
      {days >= 7 ? (
        <>
          A week has passed: <Link to="/progress">time for a check-in</Link>.
        </>
      ) : (
        <Link to="/progress">See your progress</Link>
      )}
    </p>
  )
}
