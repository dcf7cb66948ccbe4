import { addDays, daysBetween } from '../dates'

/**
 * A weekly check-in reminder as an iCalendar (RFC 5545) file the user adds to any calendar app:
 * the app has no server, so the user's calendar does the reminding.
 */

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7

export interface WeeklyReminderOptions {
  weekday: IsoWeekday
  /** Wall-clock time, "HH:MM" on a 24-hour clock. */
  time: string
  /** "YYYY-MM-DD" of the first occurrence; it must fall on the weekday. */
  firstDate: string
  /** Absolute link back to /progress. */
  url: string
  /** The instant the file is made (DTSTAMP). */
  now: Date
  uid: string
}

// RFC 5545 §3.8.5.3 weekday codes, index = ISO weekday − 1.
const BYDAY = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const
const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/
// A known Monday: any date's ISO weekday follows from its distance to it.
const A_MONDAY = '2024-01-01'
const SUMMARY = 'Trajectory weekly check-in'
// RFC 5545 §3.1: lines longer than 75 octets are folded.
const MAX_LINE_OCTETS = 75
const CRLF = '\r\n'

/**
 * The reminder as .ics text: one weekly event at a floating local time (no time zone, so it rings at
 * that wall-clock time wherever the user is, across daylight-saving changes), with a 10-minute alarm.
 * Throws a RangeError on a weekday, time, date, URL or timestamp it cannot write.
 */
export function weeklyReminderIcs(options: WeeklyReminderOptions): string {
  const { weekday, time, firstDate, now, uid } = options
  assertWeekday(weekday)
  const match = TIME_PATTERN.exec(time)
  if (!match) throw new RangeError(`Not an HH:MM time: "${time}"`)
  if (isoWeekdayOf(firstDate) !== weekday)
    throw new RangeError(`${firstDate} is not on ${BYDAY[weekday - 1]}: the first occurrence must fall on the weekday`)
  if (Number.isNaN(now.getTime())) throw new RangeError('now is not a valid date')
  const url = absoluteUrl(options.url)
  const description = `Rate this week, then save a check-in, so your progress shows week by week.\n${url}`

  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Trajectory//Weekly check-in//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeIcsText(uid)}`,
    `DTSTAMP:${utcStamp(now)}`,
    `DTSTART:${firstDate.replaceAll('-', '')}T${match[1]}${match[2]}00`,
    'DURATION:PT15M',
    `RRULE:FREQ=WEEKLY;BYDAY=${BYDAY[weekday - 1]}`,
    `SUMMARY:${SUMMARY}`,
    `DESCRIPTION:${escapeIcsText(description)}`,
    // A URI value (RFC 5545 §3.3.13) is written as is: TEXT escaping would corrupt it.
    `URL:${url}`,
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    'TRIGGER:-PT10M',
    `DESCRIPTION:${SUMMARY}`,
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ]
  return lines.map((line) => foldIcsLine(line) + CRLF).join('')
}

/** The download name of the reminder file. */
export function weeklyReminderFileName(): string {
  return 'trajectory-weekly-check-in.ics'
}

/**
 * The first "YYYY-MM-DD" on or after fromDate that falls on the ISO weekday.
 * Rule: computed on calendar dates (UTC midnights), so no time zone or DST change shifts the day.
 */
export function nextWeekday(fromDate: string, weekday: IsoWeekday): string {
  assertWeekday(weekday)
  return addDays(fromDate, (weekday - isoWeekdayOf(fromDate) + 7) % 7)
}

/** A TEXT value escaped per RFC 5545 §3.3.11: backslash, semicolon, comma, and any line break as "\n". */
export function escapeIcsText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
}

/**
 * A content line folded per RFC 5545 §3.1: at most 75 octets (UTF-8) per line, continuation lines
 * starting with one space, never splitting a character's bytes (a split one would not decode).
 * The result has no final line break.
 */
export function foldIcsLine(line: string): string {
  const lines: string[] = []
  let current = ''
  let octets = 0
  for (const char of line) {
    const size = utf8Octets(char)
    if (octets + size > MAX_LINE_OCTETS) {
      lines.push(current)
      current = ' '
      octets = 1
    }
    current += char
    octets += size
  }
  lines.push(current)
  return lines.join(CRLF)
}

/** UTF-8 length of one code point. */
function utf8Octets(char: string): number {
  const codePoint = char.codePointAt(0) ?? 0
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4
}

function assertWeekday(weekday: number): asserts weekday is IsoWeekday {
  if (!Number.isInteger(weekday) || weekday < 1 || weekday > 7)
    throw new RangeError(`Not an ISO weekday (1 = Monday … 7 = Sunday): ${weekday}`)
}

/** 1 = Monday … 7 = Sunday; throws a RangeError for anything but a real "YYYY-MM-DD" date. */
function isoWeekdayOf(date: string): IsoWeekday {
  return ((((daysBetween(A_MONDAY, date) % 7) + 7) % 7) + 1) as IsoWeekday
}

/** The URL in its serialised form: percent-encoded, so no space, line break or non-ASCII reaches a URI value. */
function absoluteUrl(url: string): string {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    throw new RangeError(`Not an absolute URL: "${url}"`)
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new RangeError(`Not a web link: "${url}"`)
  return parsed.href
}

/** DTSTAMP form: "YYYYMMDDTHHMMSSZ" in UTC. */
function utcStamp(instant: Date): string {
  return instant
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '')
}
