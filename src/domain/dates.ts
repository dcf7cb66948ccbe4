/**
 * Calendar dates for check-ins.
 *
 * A check-in belongs to the user's *local* calendar day (a save at 00:30 in
 * Berlin is that day, not yesterday in UTC), so dates are stored as plain
 * "YYYY-MM-DD" strings. All arithmetic on them runs on UTC midnights built
 * from the Y-M-D parts: UTC has no daylight-saving changes, so a day is always
 * 86 400 000 ms and no clock change can shift a date or a week.
 */

const DAY_MS = 86_400_000
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/
const WEEK_PATTERN = /^(\d{4})-W(\d{2})$/

const pad = (n: number, width: number) => String(n).padStart(width, '0')

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0

/** Year, month and day of a "YYYY-MM-DD" date that exists ("2024-02-29" yes, "2026-02-30" no), or null. */
function partsOf(date: string): [year: number, month: number, day: number] | null {
  const match = DATE_PATTERN.exec(date)
  if (!match) return null
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  if (month < 1 || month > 12 || day < 1) return null
  return day <= (month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1]!) ? [year, month, day] : null
}

/**
 * Days from 1970-01-01 to a date of the proleptic Gregorian calendar (Date's own), by arithmetic: reading
 * five years of check-ins asks for the weeks of hundreds of dates, and a Date object each was most of it.
 * (H. Hinnant's days_from_civil: years counted from March, so the leap day ends a year.)
 */
function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yearOfEra = y - era * 400
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear
  return era * 146_097 + dayOfEra - 719_468
}

/** The parts of a "YYYY-MM-DD" date; throws a RangeError on anything else (e.g. "2026-02-30"). */
function existingPartsOf(date: string): [year: number, month: number, day: number] {
  const parts = partsOf(date)
  if (!parts)
    throw new RangeError(DATE_PATTERN.test(date) ? `No such date: "${date}"` : `Not a YYYY-MM-DD date: "${date}"`)
  return parts
}

/** UTC midnight of a "YYYY-MM-DD" date; throws a RangeError on anything else (e.g. "2026-02-30"). */
function utcOf(date: string): Date {
  return new Date(dayNumber(...existingPartsOf(date)) * DAY_MS)
}

/** "YYYY-MM-DD" of a UTC midnight. */
function dateOfUtc(utc: Date): string {
  return `${pad(utc.getUTCFullYear(), 4)}-${pad(utc.getUTCMonth() + 1, 2)}-${pad(utc.getUTCDate(), 2)}`
}

/**
 * The user's local calendar date of an instant, "YYYY-MM-DD".
 * Rule: the date on the wall calendar where the browser runs (local getters, never toISOString,
 * which would give the UTC date: a late-evening save west of Greenwich would land on tomorrow).
 */
export function localDateString(instant: Date): string {
  return `${pad(instant.getFullYear(), 4)}-${pad(instant.getMonth() + 1, 2)}-${pad(instant.getDate(), 2)}`
}

/**
 * The ISO 8601 week of a local date, "YYYY-Www".
 * Rule: weeks run Monday to Sunday; week 1 is the week with the year's first Thursday, so the
 * ISO year of a week is the calendar year of its Thursday (2021-01-03 is "2020-W53", 2024-12-30 is "2025-W01").
 */
export function isoWeekKey(localDate: string): string {
  const [year, month, date] = existingPartsOf(localDate)
  const day = dayNumber(year, month, date)
  // 1970-01-01 was a Thursday.
  const mondayBased = (((day + 3) % 7) + 7) % 7 // Monday 0 .. Sunday 6
  const thursday = day + 3 - mondayBased
  const isoYear = thursday < dayNumber(year, 1, 1) ? year - 1 : thursday >= dayNumber(year + 1, 1, 1) ? year + 1 : year
  const week = 1 + Math.floor((thursday - dayNumber(isoYear, 1, 1)) / 7)
  return `${pad(isoYear, 4)}-W${pad(week, 2)}`
}

/**
 * A number naming the ISO week of a "YYYY-MM-DD" date, the same for its Monday to Sunday and different for any
 * other week (Mondays counted from 1969-12-29); null for a date that does not exist. For telling weeks apart in
 * bulk without formatting each one's key (isoWeekKey names it).
 */
export function weekNumber(localDate: string): number | null {
  const parts = partsOf(localDate)
  // 1970-01-01 (day 0) was a Thursday: three days on, every Monday starts a multiple of seven.
  return parts ? Math.floor((dayNumber(...parts) + 3) / 7) : null
}

/** Whether a text is a "YYYY-MM-DD" date that exists: "2024-02-29" yes, "2026-02-30" and "2026-13-45" no. */
export function isLocalDate(text: string): boolean {
  return partsOf(text) !== null
}

/**
 * Whether a text is an ISO week that exists: "2026-W53" yes (2026 has 53 weeks), "2027-W53" and
 * "2026-W00" no. The check every stored or typed week goes through.
 */
export function isIsoWeek(text: string): boolean {
  const match = WEEK_PATTERN.exec(text)
  if (!match) return false
  const week = Number(match[2])
  return week >= 1 && week <= weeksInYear(match[1]!)
}

/** Weeks of each ISO year asked about: reading 200 actions' target weeks asks about a handful of years. */
const WEEKS_IN_YEAR = new Map<string, number>()

function weeksInYear(year: string): number {
  let weeks = WEEKS_IN_YEAR.get(year)
  if (weeks === undefined) {
    // A year has week 53 exactly when its 28 December (always in the last week) falls in week 53.
    weeks = Number(isoWeekKey(`${year}-12-28`).slice(6))
    WEEKS_IN_YEAR.set(year, weeks)
  }
  return weeks
}

/**
 * Whole calendar days from local date a to local date b (negative when b is earlier).
 * Rule: counted on UTC midnights, so a daylight-saving change (a 23- or 25-hour day) still counts as one day.
 */
export function daysBetween(a: string, b: string): number {
  // Both are exact UTC midnights: the difference is an exact multiple of a day; round only guards float noise.
  return Math.round((utcOf(b).getTime() - utcOf(a).getTime()) / DAY_MS)
}

/** Weeks from local date a to local date b: daysBetween / 7, fractional (10 days is 1.43 weeks). */
export function weeksBetween(a: string, b: string): number {
  return daysBetween(a, b) / 7
}

/** The local date n calendar days after (n < 0: before) the given one; never shifted by DST. */
export function addDays(date: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`addDays needs whole days, got ${n}`)
  return dateOfUtc(new Date(utcOf(date).getTime() + n * DAY_MS))
}

/**
 * A stored date for display in the user's locale, e.g. "Jan 1, 2026" (en-US) or "1 janv. 2026" (fr-FR).
 * Rule: the Y-M-D is a calendar date, not an instant: it is formatted as UTC midnight in the UTC zone,
 * so it shows the same day in every time zone (local midnight formatted elsewhere could show the day before).
 */
export function formatLocalDate(date: string, locale?: string): string {
  return utcDateFormat(locale, { dateStyle: 'medium' }).format(utcOf(date))
}

const formats = new Map<string, Intl.DateTimeFormat>()

/**
 * A date format in the UTC zone, made once per locale and options: building an Intl.DateTimeFormat
 * costs far more than using one, and a chart of five years of check-ins formats hundreds of dates.
 */
export function utcDateFormat(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`
  let format = formats.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' })
    formats.set(key, format)
  }
  return format
}
