import { Link } from '@tanstack/react-router'
import { useState } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { exportAllData } from '../../components/files/export-data'
import { useToday } from '../../components/hooks/use-today'
import { exportReminderDue } from '../../domain/backup'
import { useAppStore } from '../../store/app-store'
import styles from './OverviewPage.module.css'

/** After four check-ins or 30 days without an export: a reminder, until the user exports or says "not now". */
export function ExportReminder() {
  const today = useToday()
  const checkInTimes = useAppStore(
    useShallow((s) => [...s.checkIns, ...Object.values(s.stash).flatMap((d) => d.checkIns)].map((c) => c.savedAt)),
  )
  const backup = useAppStore((s) => s.backup)
  const dismiss = useAppStore((s) => s.dismissExportReminder)
  const [exported, setExported] = useState<string | null>(null)

  if (exported)
    return (
      <p role="status" className={styles.exportDone}>
        Saved {exported}. Keep it somewhere safe: it brings everything back in any browser.
      </p>
    )
  if (!exportReminderDue({ checkInTimes, ...backup, today })) return null
  return (
    <section className={`card ${styles.exportReminder}`} aria-labelledby="export-reminder-title">
      <h2 id="export-reminder-title">Time for a backup</h2>
      <p>
        Your check-ins live only in this browser. An export file brings them back if it is cleared, and moves them to
        another one. <Link to="/settings">More about your data</Link>
      </p>
      <div className={styles.reminderActions}>
        <button type="button" className="button" onClick={() => setExported(exportAllData())}>
          Export data now
        </button>
        <button type="button" className="button" data-variant="quiet" onClick={() => dismiss()}>
          Not now
        </button>
      </div>
    </section>
  )
}
