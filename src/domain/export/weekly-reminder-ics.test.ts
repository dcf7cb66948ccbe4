import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import ICAL from 'ical.js'
import { addDays, daysBetween } from '../dates'
import {
  escapeIcsText,
  foldIcsLine,
  nextWeekday,
  weeklyReminderFileName,
  weeklyReminderIcs,
  type IsoWeekday,
  type WeeklyReminderOptions,
} from './weekly-reminder-ics'

const OPTIONS: WeeklyReminderOptions = {
  weekday: 1,
  time: '09:00',
  firstDate: '2026-12-07',
  url: 'https://trajectory.example/progress',
  now: new Date('2026-11-30T16:05:09.123Z'),
  uid: 'weekly-check-in-3f2a@trajectory.example',
}

const LONG_URL = `https://trajectory.example/progress?from=calendar&campaign=weekly-reminder&ref=${'abcdefghij'.repeat(12)}`

/** RFC 5545 §3.1 unfolding: a CRLF followed by one space or tab is removed. */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '')
const octets = (line: string) => new TextEncoder().encode(line).length
/** The ISO weekday of a date, worked out independently of the code under test. */
const isoWeekdayOf = (date: string) => ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1

function parseEvent(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text))
  const vevent = calendar.getFirstSubcomponent('vevent')
  if (!vevent) throw new Error('no VEVENT')
  return { calendar, vevent, event: new ICAL.Event(vevent) }
}

function rruleOf(vevent: InstanceType<typeof ICAL.Component>) {
  const rrule = vevent.getFirstPropertyValue('rrule')
  if (!(rrule instanceof ICAL.Recur)) throw new Error('no RRULE')
  return rrule
}

/** The first n occurrences' local date-times, e.g. "2026-12-07T09:00:00". */
function occurrences(event: InstanceType<typeof ICAL.Event>, n: number): string[] {
  const iterator = event.iterator()
  return Array.from({ length: n }, () => iterator.next().toString())
}

describe('weeklyReminderIcs', () => {
  it('is a calendar with the required header properties', () => {
    const { calendar } = parseEvent(weeklyReminderIcs(OPTIONS))
    expect(calendar.name).toBe('vcalendar')
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0')
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Trajectory//Weekly check-in//EN')
    expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN')
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH')
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(1)
  })

  it('writes the event lines as RFC 5545 spells them', () => {
    const lines = weeklyReminderIcs(OPTIONS).split('\r\n')
    expect(lines).toEqual(
      expect.arrayContaining([
        'UID:weekly-check-in-3f2a@trajectory.example',
        'DTSTAMP:20261130T160509Z',
        'DTSTART:20261207T090000',
        'DURATION:PT15M',
        'RRULE:FREQ=WEEKLY;BYDAY=MO',
        'SUMMARY:Trajectory weekly check-in',
        'URL:https://trajectory.example/progress',
      ]),
    )
    expect(lines[0]).toBe('BEGIN:VCALENDAR')
    expect(lines.at(-2)).toBe('END:VCALENDAR')
  })

  it('is a weekly recurring event at a floating local time', () => {
    const { vevent, event } = parseEvent(weeklyReminderIcs(OPTIONS))
    expect(event.isRecurring()).toBe(true)
    const rrule = rruleOf(vevent)
    expect(rrule.freq).toBe('WEEKLY')
    expect(rrule.parts.BYDAY).toEqual(['MO'])
    expect(event.startDate.isDate).toBe(false)
    expect([event.startDate.year, event.startDate.month, event.startDate.day]).toEqual([2026, 12, 7])
    expect([event.startDate.hour, event.startDate.minute]).toEqual([9, 0])
    // Floating: no TZID and no Z, so the calendar app shows 09:00 in whatever zone the user is in.
    expect(event.startDate.zone).toBe(ICAL.Timezone.localTimezone)
    expect(event.startDate.zone?.tzid).toBe('floating')
    expect(event.duration.toString()).toBe('PT15M')
    expect(event.uid).toBe(OPTIONS.uid)
    expect(event.summary).toBe('Trajectory weekly check-in')
    expect(vevent.getFirstPropertyValue('url')).toBe(OPTIONS.url)
  })

  it('stamps the file in UTC', () => {
    const { vevent } = parseEvent(weeklyReminderIcs(OPTIONS))
    const stamp = vevent.getFirstPropertyValue('dtstamp')
    expect(stamp).toBeInstanceOf(ICAL.Time)
    expect(stamp?.toString()).toBe('2026-11-30T16:05:09Z')
  })

  it('describes what to do, with the link', () => {
    const { event } = parseEvent(weeklyReminderIcs(OPTIONS))
    expect(event.description).toMatch(/rate this week/i)
    expect(event.description).toMatch(/save a check-in/i)
    expect(event.description).toContain(OPTIONS.url)
  })

  it('alarms 10 minutes before with a display alarm', () => {
    const { vevent } = parseEvent(weeklyReminderIcs(OPTIONS))
    const alarms = vevent.getAllSubcomponents('valarm')
    expect(alarms).toHaveLength(1)
    const alarm = alarms[0]!
    expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY')
    expect(alarm.getFirstPropertyValue('trigger')?.toString()).toBe('-PT10M')
    expect(alarm.getFirstPropertyValue('description')).toBe('Trajectory weekly check-in')
  })

  it.each([
    [1 as const, 'MO', '2026-11-30'],
    [2 as const, 'TU', '2026-12-01'],
    [3 as const, 'WE', '2026-12-02'],
    [4 as const, 'TH', '2026-12-03'],
    [5 as const, 'FR', '2026-12-04'],
    [6 as const, 'SA', '2026-12-05'],
    [7 as const, 'SU', '2026-12-06'],
  ])('repeats every 7 days on ISO weekday %i (%s)', (weekday, byday, firstDate) => {
    const { vevent, event } = parseEvent(weeklyReminderIcs({ ...OPTIONS, weekday, firstDate, time: '18:45' }))
    expect(rruleOf(vevent).parts.BYDAY).toEqual([byday])
    const dates = occurrences(event, 3)
    expect(dates).toEqual([0, 7, 14].map((n) => `${addDays(firstDate, n)}T18:45:00`))
    for (const date of dates) expect(isoWeekdayOf(date.slice(0, 10))).toBe(weekday)
    expect(daysBetween(dates[0]!.slice(0, 10), dates[2]!.slice(0, 10))).toBe(14)
  })

  it('keeps the wall-clock time across a daylight-saving change', () => {
    // Europe moves its clocks on 2027-03-28: a floating time stays 07:30 either side.
    const { event } = parseEvent(weeklyReminderIcs({ ...OPTIONS, weekday: 1, firstDate: '2027-03-22', time: '07:30' }))
    expect(occurrences(event, 3)).toEqual(['2027-03-22T07:30:00', '2027-03-29T07:30:00', '2027-04-05T07:30:00'])
  })

  it('ends every line with CRLF and has no bare CR or LF', () => {
    const text = weeklyReminderIcs(OPTIONS)
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true)
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/)
  })

  it('folds lines at 75 octets with a long URL and multi-byte text, and unfolds to the escaped text', () => {
    const uid = 'réunion, équipe; produit 🚀👨‍💻 — check-in\\hebdo, 👨‍💻👨‍💻👨‍💻 ééééééééééééééééééééééé@trajectory.example'
    const text = weeklyReminderIcs({ ...OPTIONS, url: LONG_URL, uid })
    const lines = text.split('\r\n').slice(0, -1)
    for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75)
    expect(lines.some((line) => line.startsWith(' '))).toBe(true)
    // No emoji's surrogate pair was cut in two: half of one would encode as U+FFFD.
    for (const line of lines) expect(new TextDecoder().decode(new TextEncoder().encode(line))).not.toContain('\uFFFD')

    const unfolded = unfold(text).split('\r\n')
    expect(unfolded).toContain(`URL:${LONG_URL}`)
    expect(unfolded).toContain(
      `UID:réunion\\, équipe\\; produit 🚀👨‍💻 — check-in\\\\hebdo\\, 👨‍💻👨‍💻👨‍💻 ${'é'.repeat(23)}@trajectory.example`,
    )
    expect(unfolded.find((line) => line.startsWith('DESCRIPTION:Rate'))).toBe(
      `DESCRIPTION:Rate this week\\, then save a check-in\\, so your progress shows week by week.\\n${LONG_URL}`,
    )

    const { event, vevent } = parseEvent(text)
    expect(event.uid).toBe(uid)
    expect(vevent.getFirstPropertyValue('url')).toBe(LONG_URL)
    expect(event.description).toBe(
      `Rate this week, then save a check-in, so your progress shows week by week.\n${LONG_URL}`,
    )
  })

  it('writes the link percent-encoded, as a URI value must be', () => {
    const { vevent } = parseEvent(weeklyReminderIcs({ ...OPTIONS, url: 'https://trajectory.example/progress?q=a b&é' }))
    expect(vevent.getFirstPropertyValue('url')).toBe('https://trajectory.example/progress?q=a%20b&%C3%A9')
  })

  it.each<[string, Partial<WeeklyReminderOptions>]>([
    ['weekday 0', { weekday: 0 as IsoWeekday }],
    ['weekday 8', { weekday: 8 as IsoWeekday }],
    ['weekday 1.5', { weekday: 1.5 as IsoWeekday }],
    ['time without a leading zero', { time: '9:00' }],
    ['time 24:00', { time: '24:00' }],
    ['time 12:60', { time: '12:60' }],
    ['time with seconds', { time: '12:00:00' }],
    ['an empty time', { time: '' }],
    ['a first date on another weekday', { firstDate: '2026-12-08' }],
    ['a first date that does not exist', { firstDate: '2026-02-30' }],
    ['a first date in another format', { firstDate: '07/12/2026' }],
    ['a relative URL', { url: '/progress' }],
    ['a script URL', { url: 'javascript:alert(1)' }],
    ['an invalid now', { now: new Date(Number.NaN) }],
  ])('throws a RangeError on %s', (_, patch) => {
    expect(() => weeklyReminderIcs({ ...OPTIONS, ...patch })).toThrow(RangeError)
  })
})

describe('foldIcsLine', () => {
  it('leaves a line of 75 octets alone and folds one of 76', () => {
    expect(foldIcsLine('x'.repeat(75))).toBe('x'.repeat(75))
    expect(foldIcsLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`)
  })

  it('moves a multi-byte character that would straddle the limit to the next line whole', () => {
    // 74 ASCII octets, then é (2 octets) would make 76.
    expect(foldIcsLine(`${'x'.repeat(74)}é`)).toBe(`${'x'.repeat(74)}\r\n é`)
    // 🚀 is 4 octets: 72 + 4 = 76.
    expect(foldIcsLine(`${'x'.repeat(72)}🚀y`)).toBe(`${'x'.repeat(72)}\r\n 🚀y`)
  })

  it('keeps every line within 75 octets, fills lines and unfolds to the original, for any text', () => {
    const anyLine = fc.string({ unit: 'binary', maxLength: 400 }).map((s) => s.replace(/[\r\n]/g, ''))
    fc.assert(
      fc.property(anyLine, (line) => {
        const folded = foldIcsLine(line)
        const lines = folded.split('\r\n')
        const sizes = lines.map(octets)
        return (
          unfold(folded) === line &&
          sizes.every((size) => size <= 75) &&
          lines.slice(1).every((piece) => piece.startsWith(' ')) &&
          // A line is only cut short by a character of up to 4 octets that does not fit.
          sizes.slice(0, -1).every((size) => size > 71)
        )
      }),
    )
  })
})

describe('escapeIcsText', () => {
  it.each([
    ['a\\b', 'a\\\\b'],
    ['a;b', 'a\\;b'],
    ['a,b', 'a\\,b'],
    ['a\nb', 'a\\nb'],
    ['a\r\nb', 'a\\nb'],
    ['a\rb', 'a\\nb'],
    ['plain: text é 🚀', 'plain: text é 🚀'],
    ['\\;', '\\\\\\;'],
  ])('escapes %j as %j', (text, escaped) => {
    expect(escapeIcsText(text)).toBe(escaped)
  })
})

describe('nextWeekday', () => {
  it.each<[string, string, IsoWeekday, string]>([
    ['the same day', '2026-11-30', 1, '2026-11-30'],
    ['later the same week', '2026-11-30', 7, '2026-12-06'],
    ['across a month end', '2026-01-29', 1, '2026-02-02'],
    ['across February in a leap year', '2028-02-27', 3, '2028-03-01'],
    ['across a year end', '2026-12-30', 1, '2027-01-04'],
    ['to New Year’s Day', '2026-12-31', 5, '2027-01-01'],
    ['across the EU spring-forward week', '2026-03-27', 1, '2026-03-30'],
    ['onto the EU spring-forward Sunday', '2026-03-28', 7, '2026-03-29'],
    ['across the US spring-forward week', '2026-03-06', 2, '2026-03-10'],
    ['across the EU fall-back week', '2026-10-23', 1, '2026-10-26'],
  ])('finds the day %s', (_, from, weekday, expected) => {
    expect(nextWeekday(from, weekday)).toBe(expected)
  })

  it('is always on the weekday, within the next 7 days', () => {
    const anyDate = fc
      .integer({ min: 0, max: daysBetween('1990-01-01', '2100-12-31') })
      .map((n) => addDays('1990-01-01', n))
    const anyWeekday = fc.constantFrom<IsoWeekday>(1, 2, 3, 4, 5, 6, 7)
    fc.assert(
      fc.property(anyDate, anyWeekday, (from, weekday) => {
        const next = nextWeekday(from, weekday)
        expect(isoWeekdayOf(next)).toBe(weekday)
        const days = daysBetween(from, next)
        expect(days).toBeGreaterThanOrEqual(0)
        expect(days).toBeLessThan(7)
      }),
    )
  })

  it.each([0, 8])('throws a RangeError on weekday %i', (weekday) => {
    expect(() => nextWeekday('2026-11-30', weekday as IsoWeekday)).toThrow(RangeError)
  })

  it('throws a RangeError on a date that does not exist', () => {
    expect(() => nextWeekday('2026-02-30', 1)).toThrow(RangeError)
  })
})

describe('weeklyReminderFileName', () => {
  it('is an .ics file name', () => {
    expect(weeklyReminderFileName()).toBe('trajectory-weekly-check-in.ics')
  })
})
