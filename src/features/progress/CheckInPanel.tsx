import { Link } from '@tanstack/react-router'
import { useId, useRef, useState } from 'react'
import { useFocusAfterRender } from '../../components/hooks/use-focus-after-render'
import type { CheckIn } from '../../domain/check-in'
import { formatLocalDate } from '../../domain/dates'
import { useAppStore } from '../../store/app-store'
import { useCompetencies, useRatings } from '../../store/selectors'
import { BlindCheckIn } from './BlindCheckIn'
import { isoWeekKey } from '../../domain/dates'
import { useToday } from '../../components/hooks/use-today'
import { shortWeek } from './short-week'
import styles from './ProgressPage.module.css'

/** Saving this week's snapshot, openly or blind, and saying what the save did. */
export function CheckInPanel() {
  const id = useId()
  const checkIns = useAppStore((s) => s.checkIns)
  const saveCheckIn = useAppStore((s) => s.saveCheckIn)
  const [message, setMessage] = useState('')
  const [blind, setBlind] = useState(false)
  const section = useRef<HTMLElement>(null)
  const focusAfterRender = useFocusAfterRender()
  const week = isoWeekKey(useToday())
  const existing = checkIns.find((c) => c.week === week)
  // A snapshot with nothing rated records nothing: every figure would read 0 for a week of no answers.
  const ratings = useRatings()
  const anyRated = useCompetencies().some((c) => ratings[c.id] !== undefined)

  const announce = (replaced: boolean, checkIn: CheckIn) =>
    setMessage(
      replaced
        ? `Updated this week's check-in (${shortWeek(checkIn.week)}, ${formatLocalDate(checkIn.date)}).`
        : `Saved the check-in for ${shortWeek(checkIn.week)} (${formatLocalDate(checkIn.date)}).`,
    )

  return (
    <section className={`card ${styles.checkIn}`} aria-labelledby={`${id}-title`} ref={section}>
      <div className={styles.checkInHead}>
        <div>
          <h2 id={`${id}-title`}>Weekly check-in</h2>
          <p className="muted">
            {existing
              ? `This week (${shortWeek(week)}) already has a check-in from ${formatLocalDate(existing.date)}: saving again updates it.`
              : `Records today's ratings and notes as this week's (${shortWeek(week)}) snapshot.`}
          </p>
        </div>
        {!blind && (
          <div className={styles.checkInActions}>
            <button
              type="button"
              className="button"
              disabled={!anyRated}
              aria-describedby={anyRated ? undefined : `${id}-unrated`}
              onClick={() => {
                const { replaced, checkIn } = saveCheckIn()
                announce(replaced, checkIn)
              }}
            >
              {existing ? "Save check-in (update this week's)" : 'Save check-in'}
            </button>
            <button
              type="button"
              className="button"
              data-variant="quiet"
              data-blind-start
              onClick={() => {
                setMessage('')
                setBlind(true)
                // Straight to the first scale: the button that was pressed is gone.
                focusAfterRender(() => section.current?.querySelector<HTMLInputElement>('input[type="radio"]'))
              }}
            >
              Start a blind check-in
            </button>
          </div>
        )}
      </div>
      {!anyRated && (
        <p id={`${id}-unrated`} className="muted">
          Nothing is rated yet, so there is nothing to record. <Link to="/assess">Rate yourself</Link> first.
        </p>
      )}
      <p role="status" className={styles.status}>
        {message}
      </p>
      {blind && (
        <BlindCheckIn
          onSaved={(replaced, checkIn) => announce(replaced, checkIn)}
          onClose={() => {
            setBlind(false)
            focusAfterRender(() => section.current?.querySelector<HTMLButtonElement>('[data-blind-start]'))
          }}
        />
      )}
    </section>
  )
}
