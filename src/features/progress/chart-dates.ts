import { daysBetween, formatLocalDate, utcDateFormat } from '../../domain/dates'
import type { LineRow } from '../../components/charts/line-data'

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

/** Labels formatted so far: formatting a date costs far more than looking it up. */
const fullLabels = new Map<string, string>()
const axisLabels = new Map<string, string>()

function fullLabel(date: string): string {
  let label = fullLabels.get(date)
  if (label === undefined) fullLabels.set(date, (label = formatLocalDate(date)))
  return label
}

function axisLabel(date: string, long: boolean): string {
  // Over a long span the label names the month: every date of a month shares it.
  const key = long ? date.slice(0, 7) : date
  let label = axisLabels.get(key)
  if (label === undefined) axisLabels.set(key, (label = shortDate(date, long)))
  return label
}

/**
 * A check-in date as a line-chart row. Its full date, the numbers table's row header and the tooltip's
 * title, is formatted only when read: five years of weekly check-ins are hundreds of dates, of which the
 * first screen shows none (the table starts closed, the tooltip with a hover).
 */
class DatedRow implements LineRow {
  readonly x: number
  readonly axisLabel: string
  constructor(
    private readonly date: string,
    long: boolean,
    readonly values: LineRow['values'],
  ) {
    this.x = dayNumber(date)
    this.axisLabel = axisLabel(date, long)
  }
  get label(): string {
    return fullLabel(this.date)
  }
}

/** A line-chart row at a check-in date, with its values; `longSpan` labels the axis by month and year. */
export function datedRow(date: string, longSpan: boolean, values: LineRow['values']): LineRow {
  return new DatedRow(date, longSpan, values)
}
