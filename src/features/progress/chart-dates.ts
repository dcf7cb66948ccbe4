import { daysBetween, formatLocalDate, utcDateFormat } from '../../domain/dates'

/** A local date's position on a time axis: whole days since 1970-01-01, so a skipped week is a gap of 14. */
function dayNumber(date: string): number {
  return daysBetween('1970-01-01', date)
}

/** A short axis label in the user's locale: "4 Jan" (en-GB), "Jan 4" (en-US); the table and tooltip give the full date. */
function shortDate(date: string, locale?: string): string {
  return utcDateFormat(locale, { month: 'short', day: 'numeric' }).format(new Date(`${date}T00:00:00Z`))
}

/** A check-in date as a line-chart row's position and labels. */
export function dateRow(date: string): { x: number; label: string; axisLabel: string } {
  return { x: dayNumber(date), label: formatLocalDate(date), axisLabel: shortDate(date) }
}
