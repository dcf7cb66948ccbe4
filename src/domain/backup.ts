import { daysBetween, localDateString } from './dates'

/** Check-ins without an export after which the overview reminds the user to export. */
const CHECK_INS_BEFORE_REMINDER = 4
/** Days without an export (once there is something to lose) after which it reminds them too. */
const DAYS_BEFORE_REMINDER = 30

export interface BackupFacts {
  /** savedAt of every check-in, every framework. */
  checkInTimes: readonly string[]
  lastExportAt: string | null
  reminderDismissedAt: string | null
  today: string
}

/**
 * Whether to remind the user to export: only once there are check-ins the last export does not hold,
 * and after four of them or 30 days since the last export (or since the first check-in, when never
 * exported). "Not now" silences it until the next check-in.
 */
export function exportReminderDue({ checkInTimes, lastExportAt, reminderDismissedAt, today }: BackupFacts): boolean {
  const unsaved = checkInTimes.filter((t) => lastExportAt === null || t > lastExportAt).sort()
  const first = unsaved[0]
  const latest = unsaved.at(-1)
  if (first === undefined || latest === undefined) return false
  if (reminderDismissedAt !== null && reminderDismissedAt >= latest) return false
  const since = lastExportAt ?? first
  return (
    unsaved.length >= CHECK_INS_BEFORE_REMINDER ||
    daysBetween(localDateString(new Date(since)), today) >= DAYS_BEFORE_REMINDER
  )
}
