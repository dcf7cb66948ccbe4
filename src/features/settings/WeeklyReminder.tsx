import { useId, useState } from 'react'
import { downloadFile } from '../../components/files/download'
import { localDateString } from '../../domain/dates'
import {
  nextWeekday,
  weeklyReminderFileName,
  weeklyReminderIcs,
  type IsoWeekday,
} from '../../domain/export/weekly-reminder-ics'
import styles from './SettingsPage.module.css'

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const

/** A weekly reminder without a server: a recurring event the user's own calendar keeps. */
export function WeeklyReminder() {
  const id = useId()
  const [weekday, setWeekday] = useState<IsoWeekday>(1)
  const [time, setTime] = useState('09:00')
  const [added, setAdded] = useState(false)

  const download = () => {
    const now = new Date()
    const ics = weeklyReminderIcs({
      weekday,
      time,
      firstDate: nextWeekday(localDateString(now), weekday),
      url: new URL('/progress', window.location.origin).href,
      now,
      uid: `${crypto.randomUUID()}@trajectory`,
    })
    downloadFile(weeklyReminderFileName(), ics, 'text/calendar;charset=utf-8')
    setAdded(true)
  }

  return (
    <section className={`card ${styles.section}`} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Weekly reminder</h2>
      <p>A calendar event every week, with a link back to your check-in. Open the downloaded file to add it.</p>
      <div className={styles.row}>
        <div className={styles.field}>
          <label htmlFor={`${id}-day`}>Day</label>
          <select id={`${id}-day`} value={weekday} onChange={(e) => setWeekday(Number(e.target.value) as IsoWeekday)}>
            {WEEKDAYS.map((day, i) => (
              <option key={day} value={i + 1}>
                {day}
              </option>
            ))}
          </select>
        </div>
        <div className={styles.field}>
          <label htmlFor={`${id}-time`}>Time</label>
          <input
            id={`${id}-time`}
            type="time"
            value={time}
            required
            onChange={(e) => setTime(e.target.value || '09:00')}
          />
        </div>
      </div>
      <div className={styles.actions}>
        <button type="button" className="button" onClick={download}>
          Add a weekly reminder to your calendar
        </button>
      </div>
      <p role="status" className={styles.done}>
        {added && `Downloaded ${weeklyReminderFileName()}: open it to add the event to your calendar.`}
      </p>
    </section>
  )
}
