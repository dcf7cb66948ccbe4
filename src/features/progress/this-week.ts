import { isoWeekKey, localDateString } from '../../domain/dates'

/** The ISO week of today in the user's time zone; the clock is read here, not in the domain. */
export function thisWeek(now = new Date()): string {
  return isoWeekKey(localDateString(now))
}

/** "W48" from "2026-W48". */
export function shortWeek(week: string): string {
  return week.slice(5)
}
