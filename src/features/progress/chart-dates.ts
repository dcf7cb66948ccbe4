import { daysBetween, formatLocalDate, utcDateFormat } from '../../domain/dates'

/** A local date's position on a time axis: whole days since 1970-01-01, so a skipped week is a gap of 14. */
function dayNumber(date: string): number {
  return daysBetween('1970-01-01', date)
}

/** Past this many days a chart's axis names months and years: "Dec 8 … Nov 26" over five years reads as one. */
const LONG_SPAN_DAYS = 300

/**
 * A short axis label in the user's locale: "4 Jan" (en-GB), "Jan 4" (en-US), or over a long span "Jan 2027";
 * the table and tooltip give the full date.
 */
function shortDate(date: string, long: boolean, locale?: string): string {
  const parts: Intl.DateTimeFormatOptions = long
    ? { month: 'short', year: 'numeric' }
    : { month: 'short', day: 'numeric' }
  return utcDateFormat(locale, parts).format(new Date(`${date}T00:00:00Z`))
}

/** Whether a chart from `first` to `last` labels its axis by month and year. */
export function isLongSpan(first: string | undefined, last: string | undefined): boolean {
  return first !== undefined && last !== undefined && daysBetween(first, last) > LONG_SPAN_DAYS
}

type DateRow = { readonly x: number; readonly label: string; readonly axisLabel: string }

/**
 * Rows made so far, by date and span: formatting a date costs far more than looking it up, and every
 * check-in's row is made again whenever a chart's rows are (a save, another range, another line).
 */
const made = new Map<string, DateRow>()

/** A check-in date as a line-chart row's position and labels. */
export function dateRow(date: string, longSpan = false): DateRow {
  const key = `${date}|${longSpan ? 'long' : 'short'}`
  let row = made.get(key)
  if (!row) {
    row = { x: dayNumber(date), label: formatLocalDate(date), axisLabel: shortDate(date, longSpan) }
    made.set(key, row)
  }
  return row
}
