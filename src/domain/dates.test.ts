import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  addDays,
  daysBetween,
  formatLocalDate,
  utcDateFormat,
  isIsoWeek,
  isLocalDate,
  isoWeekKey,
  localDateString,
  weekNumber,
  weeksBetween,
} from './dates'

/** Any calendar date from 1990 to 2100, as "YYYY-MM-DD". */
const anyDate = fc
  .integer({ min: 0, max: daysBetween('1990-01-01', '2100-12-31') })
  .map((n) => addDays('1990-01-01', n))

const parseWeek = (key: string) => {
  const match = /^(\d{4})-W(\d{2})$/.exec(key)
  if (!match) throw new Error(`bad week key ${key}`)
  return { year: Number(match[1]), week: Number(match[2]) }
}

/** Weeks in an ISO year: the week of 28 December is always the year's last. */
const weeksInIsoYear = (year: number) => parseWeek(isoWeekKey(`${year}-12-28`)).week

describe('isoWeekKey', () => {
  it.each([
    // 53-week years and the days around their ends
    ['2015-12-31', '2015-W53'],
    ['2016-01-03', '2015-W53'],
    ['2016-01-04', '2016-W01'],
    ['2020-12-31', '2020-W53'],
    ['2021-01-01', '2020-W53'],
    ['2021-01-03', '2020-W53'],
    ['2021-01-04', '2021-W01'],
    ['2026-12-28', '2026-W53'],
    ['2026-12-31', '2026-W53'],
    ['2027-01-03', '2026-W53'],
    ['2027-01-04', '2027-W01'],
    // a year's first days belonging to the next year's week 1
    ['2024-12-29', '2024-W52'],
    ['2024-12-30', '2025-W01'],
    ['2024-12-31', '2025-W01'],
    ['2019-12-30', '2020-W01'],
    ['2014-12-29', '2015-W01'],
    // a year's first days belonging to the previous year's last week (52)
    ['2022-01-01', '2021-W52'],
    ['2022-01-02', '2021-W52'],
    ['2022-01-03', '2022-W01'],
    // ordinary weeks, Monday to Sunday
    ['2026-01-01', '2026-W01'],
    ['2025-12-29', '2026-W01'],
    ['2026-03-29', '2026-W13'],
    ['2026-03-30', '2026-W14'],
    ['2026-10-25', '2026-W43'],
    ['2026-11-23', '2026-W48'],
    ['2024-02-29', '2024-W09'],
  ])('%s is in %s', (date, week) => {
    expect(isoWeekKey(date)).toBe(week)
  })

  it('moves to the next week every 7 days, and every ISO year has 52 or 53 weeks', () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        const now = parseWeek(isoWeekKey(date))
        const next = parseWeek(isoWeekKey(addDays(date, 7)))
        const weeks = weeksInIsoYear(now.year)
        expect([52, 53]).toContain(weeks)
        if (now.week < weeks) expect(next).toEqual({ year: now.year, week: now.week + 1 })
        else expect(next).toEqual({ year: now.year + 1, week: 1 })
      }),
    )
  })

  it('gives all seven days of a Monday-to-Sunday week the same key', () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        const keys = new Set([0, 1, 2, 3, 4, 5, 6].map((n) => isoWeekKey(addDays(date, n))))
        // 7 consecutive days touch one week, or two when they do not start on a Monday.
        return keys.size === 1 || keys.size === 2
      }),
    )
  })

  it.each([2015, 2020, 2026, 2032])('knows %i has 53 weeks', (year) => {
    expect(weeksInIsoYear(year)).toBe(53)
  })

  it.each(['2026-02-30', '2026-13-01', '26-01-01', '2026-1-1', ''])('rejects "%s"', (bad) => {
    expect(() => isoWeekKey(bad)).toThrow(RangeError)
  })
})

describe('weekNumber', () => {
  it('is the same for two dates exactly when their ISO weeks are', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -10, max: 10 }), (date, n) => {
        const other = addDays(date, n)
        expect(weekNumber(date) === weekNumber(other)).toBe(isoWeekKey(date) === isoWeekKey(other))
      }),
      { numRuns: 2_000 },
    )
  })

  it.each([
    ['1969-12-29', 0],
    ['1970-01-04', 0],
    ['1970-01-05', 1],
    ['1969-12-28', -1],
  ])('counts %s as week %i (Mondays from 1969-12-29)', (date, week) => {
    expect(weekNumber(date)).toBe(week)
  })

  it.each(['2026-02-30', '2026-13-01', 'x'])('is null for "%s", which is not a date', (bad) => {
    expect(weekNumber(bad)).toBeNull()
  })
})

describe('localDateString', () => {
  it('round-trips a local date at every hour of DST-change days and year ends', () => {
    // Built with the local constructor, so whatever zone the tests run in the wall-calendar day is known.
    const days: [number, number, number][] = [
      [2026, 2, 29], // Europe springs forward
      [2026, 9, 25], // Europe falls back
      [2026, 2, 8], // US springs forward
      [2026, 10, 1], // US falls back
      [2026, 11, 31],
      [2027, 0, 1],
      [2024, 1, 29],
    ]
    for (const [y, m, d] of days)
      for (let h = 0; h < 24; h++) {
        const expected = `${y}-${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`
        expect(localDateString(new Date(y, m, d, h, 30))).toBe(expected)
      }
  })

  it('uses the local calendar, not the UTC one', () => {
    const lateEvening = new Date(2026, 11, 31, 23, 59)
    expect(localDateString(lateEvening)).toBe('2026-12-31')
    expect(isoWeekKey(localDateString(lateEvening))).toBe('2026-W53')
  })
})

describe('daysBetween and weeksBetween', () => {
  it.each([
    ['2026-03-28', '2026-03-30', 2], // across Europe's spring change
    ['2026-10-24', '2026-10-26', 2], // across Europe's autumn change
    ['2026-03-07', '2026-03-09', 2], // across the US spring change
    ['2026-10-31', '2026-11-02', 2], // across the US autumn change
    ['2026-01-01', '2027-01-01', 365],
    ['2024-01-01', '2025-01-01', 366],
    ['2026-12-31', '2026-12-24', -7],
    ['2026-05-05', '2026-05-05', 0],
  ])('%s to %s is %i days', (a, b, days) => {
    expect(daysBetween(a, b)).toBe(days)
  })

  it('is whole calendar days, undone by addDays', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -800, max: 800 }), (date, n) => {
        expect(daysBetween(date, addDays(date, n))).toBe(n)
      }),
    )
  })

  it('counts weeks as days / 7', () => {
    expect(weeksBetween('2026-01-05', '2026-03-02')).toBe(8)
    expect(weeksBetween('2026-01-05', '2026-01-15')).toBeCloseTo(10 / 7)
  })
})

describe('addDays', () => {
  it.each([
    ['2026-12-31', 1, '2027-01-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2026-03-28', 2, '2026-03-30'],
    ['2026-01-01', -1, '2025-12-31'],
  ])('%s + %i is %s', (date, n, expected) => {
    expect(addDays(date, n)).toBe(expected)
  })

  it('rejects a fraction of a day', () => {
    expect(() => addDays('2026-01-01', 0.5)).toThrow(RangeError)
  })
})

describe('formatLocalDate', () => {
  it('shows the calendar date in the locale', () => {
    expect(formatLocalDate('2026-01-01', 'en-US')).toContain('Jan 1, 2026')
    expect(formatLocalDate('2026-12-31', 'en-GB')).toContain('31 Dec 2026')
  })

  it('shows the same day in any time zone the process runs in', () => {
    // Formatting is pinned to UTC, so the day shown equals the stored one wherever the tests run.
    const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
    fc.assert(
      fc.property(anyDate, (date) => {
        const [y, m, d] = date.split('-').map(Number) as [number, number, number]
        expect(formatLocalDate(date, 'en-US')).toBe(`${months[m - 1]} ${d}, ${y}`)
      }),
    )
  })

  it('keeps one format per locale and options, each in the UTC zone', () => {
    expect(utcDateFormat('en-GB', { month: 'short' })).toBe(utcDateFormat('en-GB', { month: 'short' }))
    expect(utcDateFormat('en-GB', { month: 'short' })).not.toBe(utcDateFormat('en-US', { month: 'short' }))
    expect(utcDateFormat('en-GB', { month: 'short' })).not.toBe(utcDateFormat('en-GB', { month: 'long' }))
    expect(utcDateFormat(undefined, { dateStyle: 'medium' }).resolvedOptions().timeZone).toBe('UTC')
  })
})

describe('isIsoWeek', () => {
  it.each([
    ['2026-W01', true],
    ['2026-W53', true],
    ['2020-W53', true],
    ['2027-W53', false],
    ['2026-W00', false],
    ['2026-W60', false],
    ['2026-W5', false],
    ['next week', false],
  ])('%s → %s', (text, ok) => {
    expect(isIsoWeek(text)).toBe(ok)
  })

  it('accepts every week isoWeekKey can produce', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 40_000 }), (n) => isIsoWeek(isoWeekKey(addDays('1990-01-01', n)))))
  })
})

describe('isLocalDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2026-12-31', true],
    ['2026-02-29', false],
    ['2026-02-30', false],
    ['2026-13-45', false],
    ['2026-00-10', false],
    ['2026-1-5', false],
    ['2026-01-05T00:00', false],
  ])('%s → %s', (text, ok) => {
    expect(isLocalDate(text)).toBe(ok)
  })

  it('accepts every date addDays can produce', () => {
    fc.assert(fc.property(anyDate, isLocalDate))
  })
})

describe('calendar arithmetic against Date', () => {
  /** The week as Date's UTC calendar gives it: what the arithmetic replaced. */
  function weekByDate(date: string): string {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number]
    const day = new Date(0)
    day.setUTCFullYear(y, m - 1, d)
    const thursday = new Date(day.getTime() + (3 - ((day.getUTCDay() + 6) % 7)) * 86_400_000)
    const year = thursday.getUTCFullYear()
    const jan1 = new Date(0)
    jan1.setUTCFullYear(year, 0, 1)
    const week = 1 + Math.floor((thursday.getTime() - jan1.getTime()) / (7 * 86_400_000))
    return `${String(year).padStart(4, '0')}-W${String(week).padStart(2, '0')}`
  }
  const text = (y: number, m: number, d: number) =>
    `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
  const anyParts = fc.tuple(
    fc.integer({ min: 0, max: 9999 }),
    fc.integer({ min: 0, max: 13 }),
    fc.integer({ min: 0, max: 32 }),
  )

  it('agrees on which dates exist and on their ISO weeks, from year 0 to 9999', () => {
    fc.assert(
      fc.property(anyParts, ([y, m, d]) => {
        const date = text(y, m, d)
        const byDate = new Date(0)
        byDate.setUTCFullYear(y, m - 1, d)
        const exists = byDate.getUTCFullYear() === y && byDate.getUTCMonth() === m - 1 && byDate.getUTCDate() === d
        expect(isLocalDate(date)).toBe(exists)
        if (exists) expect(isoWeekKey(date)).toBe(weekByDate(date))
        else expect(() => isoWeekKey(date)).toThrow(RangeError)
      }),
      { numRuns: 20_000 },
    )
  })

  it('counts days between any two dates as Date does', () => {
    fc.assert(
      fc.property(fc.integer({ min: -3_000_000, max: 2_900_000 }), fc.integer({ min: -800, max: 800 }), (n, k) => {
        const a = new Date(n * 86_400_000)
        const date = text(a.getUTCFullYear(), a.getUTCMonth() + 1, a.getUTCDate())
        if (a.getUTCFullYear() < 0 || a.getUTCFullYear() > 9999) return
        expect(addDays(date, k)).toBe(
          new Date((n + k) * 86_400_000).toISOString().slice(0, 10).replace(/^\+0*/, '').padStart(10, '0'),
        )
        expect(daysBetween(date, addDays(date, k))).toBe(k)
      }),
    )
  })
})
