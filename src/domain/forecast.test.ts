import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { Ratings } from './framework-schema'
import { addDays, daysBetween, isoWeekKey } from './dates'
import { MAX_ETA_WEEKS, competencyForecast, forecastReach, readinessForecast } from './forecast'
import { TINY_CORE } from './testing/tiny-framework'
import { testCheckIn } from './testing/check-in'

/** One value a week from the given Monday. */
const weekly = (start: string, values: number[]) => values.map((value, i) => ({ date: addDays(start, 7 * i), value }))

describe('forecastReach', () => {
  it('is reached when the latest value meets the goal, even from one check-in', () => {
    expect(forecastReach([{ date: '2026-11-02', value: 100 }], 100)).toEqual({
      kind: 'reached',
      basis: { count: 1, spanWeeks: 0, text: 'from 1 check-in over 0 weeks' },
    })
    expect(forecastReach(weekly('2026-11-02', [90, 60, 101]), 100).kind).toBe('reached')
  })

  it.each([
    { why: 'no check-ins', series: [] },
    { why: 'one check-in', series: weekly('2026-11-02', [40]) },
    { why: 'two check-ins', series: weekly('2026-11-02', [40, 60]) },
  ])('is insufficient with $why', ({ series }) => {
    expect(forecastReach(series, 100).kind).toBe('insufficient')
  })

  it.each([
    { why: 'flat', values: [50, 50, 50, 50] },
    { why: 'falling', values: [60, 55, 50, 45] },
    { why: 'barely moving', values: [50, 50, 50, 50.1] },
  ])('is stalled when $why', ({ values }) => {
    const forecast = forecastReach(weekly('2026-11-02', values), 100)
    expect(forecast).toMatchObject({ kind: 'stalled', reason: 'no-upward-trend' })
  })

  it('is stalled when the pace would take longer than the cap', () => {
    // +0.1 a week: 90 points to go is 900 weeks, beyond any meaningful forecast
    const forecast = forecastReach(weekly('2026-11-02', [10, 10.1, 10.2, 10.3]), 100)
    expect(forecast).toMatchObject({ kind: 'stalled', reason: 'too-slow' })
    if (forecast.kind === 'stalled') expect(forecast.slopePerWeek).toBeCloseTo(0.1)
  })

  it('forecasts a steady +5 a week at 40 reaching 100 in 12 weeks', () => {
    const series = weekly('2026-10-12', [25, 30, 35, 40])
    expect(forecastReach(series, 100)).toEqual({
      kind: 'eta',
      basis: { count: 4, spanWeeks: 3, text: 'from 4 check-ins over 3 weeks' },
      slopePerWeek: expect.closeTo(5) as number,
      weeks: 12,
      date: addDays('2026-11-02', 84),
      // A perfectly steady pace: every pairwise slope is 5, so the range is one date.
      earliest: { weeks: 12, date: addDays('2026-11-02', 84) },
      latest: { weeks: 12, date: addDays('2026-11-02', 84) },
    })
  })

  it('dates the eta correctly across the year end', () => {
    const forecast = forecastReach(weekly('2026-12-14', [40, 45, 50]), 60)
    expect(forecast).toMatchObject({ kind: 'eta', weeks: 2, date: '2027-01-11' })
    if (forecast.kind === 'eta') expect(isoWeekKey(forecast.date)).toBe('2027-W02')
  })

  it('rounds partial weeks up', () => {
    // at 50, +5 a week, 52 is 0.4 weeks away: next week
    expect(forecastReach(weekly('2026-11-02', [40, 45, 50]), 52)).toMatchObject({ kind: 'eta', weeks: 1 })
  })

  it('measures the pace per week from the dates, not per check-in', () => {
    // +10 every two weeks is +5 a week: 60 to go from 40 is 12 weeks
    const series = [0, 14, 28].map((d, i) => ({ date: addDays('2026-10-05', d), value: 20 + 10 * i }))
    expect(forecastReach(series, 100)).toMatchObject({ kind: 'eta', weeks: 12 })
  })

  it('uses only the most recent check-ins of the window', () => {
    // rose fast long ago, flat over the last four
    const series = weekly('2026-01-05', [0, 20, 40, 60, 60, 60, 60])
    expect(forecastReach(series, 100, { window: 4 })).toMatchObject({
      kind: 'stalled',
      basis: { count: 4, spanWeeks: 3, text: 'from 4 check-ins over 3 weeks' },
    })
    expect(forecastReach(series, 100).kind).toBe('eta')
    expect(forecastReach(series, 100).basis.count).toBe(7)
  })

  it('defaults the window to 8 check-ins', () => {
    const series = weekly('2026-01-05', [0, 0, 0, 0, 10, 20, 30, 40, 50, 60, 70, 80])
    expect(forecastReach(series, 100).basis.count).toBe(8)
  })

  it('reads an unsorted series in date order', () => {
    const series = weekly('2026-10-12', [25, 30, 35, 40]).reverse()
    expect(forecastReach(series, 100)).toMatchObject({ kind: 'eta', weeks: 12 })
  })

  it.each([
    { days: [0, 7, 14, 21, 42, 56], text: 'from 6 check-ins over 8 weeks' },
    { days: [0, 7], text: 'from 2 check-ins over 1 week' },
    { days: [0, 4], text: 'from 2 check-ins over 1 week' },
    { days: [0], text: 'from 1 check-in over 0 weeks' },
    { days: [0, 2], text: 'from 2 check-ins over 0 weeks' },
  ])('states its basis: $text', ({ days, text }) => {
    const series = days.map((d) => ({ date: addDays('2026-03-02', d), value: 10 }))
    expect(forecastReach(series, 100).basis.text).toBe(text)
  })

  it('never forecasts backwards or beyond the cap', () => {
    const series = fc
      .uniqueArray(fc.integer({ min: 0, max: 400 }), { minLength: 0, maxLength: 12 })
      .chain((days) =>
        fc.tuple(
          ...days.map((d) =>
            fc.record({ date: fc.constant(addDays('2025-06-01', d)), value: fc.integer({ min: 0, max: 100 }) }),
          ),
        ),
      )
    fc.assert(
      fc.property(series, fc.integer({ min: 0, max: 100 }), fc.integer({ min: 1, max: 12 }), (points, goal, window) => {
        const forecast = forecastReach(points, goal, { window })
        expect(forecast.basis.count).toBe(Math.min(points.length, window))
        if (forecast.kind !== 'eta') return
        const latest = points
          .map((p) => p.date)
          .sort()
          .at(-1)!
        expect(forecast.weeks).toBeGreaterThanOrEqual(1)
        expect(forecast.weeks).toBeLessThanOrEqual(MAX_ETA_WEEKS)
        expect(Number.isInteger(forecast.weeks)).toBe(true)
        expect(daysBetween(latest, forecast.date)).toBe(forecast.weeks * 7)
        expect(forecast.slopePerWeek).toBeGreaterThan(0)
      }),
    )
  })
})

const checkIn = (date: string, ratings: Ratings) => testCheckIn(date, ratings)

describe('forecastReach: a robust pace and a range', () => {
  it('is not fooled by one dip that recovers: no upward trend, no date', () => {
    // 3, 3, 3, 3, 1, 3, 3, 3, 3, 3 against a bar of 4: least squares would see a rise after the dip
    const series = weekly('2027-01-04', [3, 3, 3, 3, 1, 3, 3, 3, 3, 3])
    expect(forecastReach(series, 4)).toMatchObject({ kind: 'stalled', reason: 'no-upward-trend' })
  })

  it('gives a range from the faster to the slower half of the paces seen', () => {
    // 0, 0, 1, 1, 2, 2 weekly: pairwise slopes' median 0.5, quartiles 1/3 and 0.5 → to 3 from 2
    const forecast = forecastReach(weekly('2027-01-04', [0, 0, 1, 1, 2, 2]), 3)
    expect(forecast).toMatchObject({ kind: 'eta', weeks: 2, earliest: { weeks: 2 }, latest: { weeks: 3 } })
  })

  it('leaves the range open when the slower pace is no upward trend', () => {
    // one step up in eight weeks, the rest flat: the median pace rises, the lower quartile does not
    const forecast = forecastReach(weekly('2027-01-04', [1, 1, 1, 1, 2, 2, 2, 2]), 3)
    expect(forecast).toMatchObject({ kind: 'eta', latest: null })
  })
})

describe('competencyForecast', () => {
  const checkIns = [
    checkIn('2026-10-05', { delivery: 4 }),
    checkIn('2026-10-19', { delivery: 4, strategy: 1 }),
    checkIn('2026-11-02', { delivery: 4, strategy: 2 }),
  ]

  it("forecasts a competency reaching the target's expectation, unrated as 0", () => {
    const strategy = TINY_CORE.find((c) => c.id === 'strategy')!
    const delivery = TINY_CORE.find((c) => c.id === 'delivery')!
    // strategy: 0, 1, 2 at +0.5 a week; lead expects 5 → 3 steps → 6 weeks
    expect(competencyForecast(checkIns, strategy, 'lead')).toMatchObject({ kind: 'eta', weeks: 6 })
    expect(competencyForecast(checkIns, delivery, 'lead')).toMatchObject({ kind: 'reached' })
  })
})

describe('readinessForecast: agrees with the competency forecasts', () => {
  const byId = (id: string) => TINY_CORE.find((c) => c.id === id)!

  it.each([
    {
      why: 'a gap with no upward trend: no date, and the stalled gap is named',
      // mid expects 3, 3, 3: delivery met, strategy rising, insight flat at 1
      ratings: [
        { delivery: 3, strategy: 0, insight: 1 },
        { delivery: 3, strategy: 1, insight: 1 },
        { delivery: 3, strategy: 2, insight: 1 },
      ],
      expected: {
        kind: 'stalled',
        stalled: [{ competency: byId('insight'), rating: 1, expected: 3, reason: 'no-upward-trend' }],
        open: 2,
      },
    },
    {
      why: 'every gap rising: the date the slowest one closes',
      // strategy +1 a week (1 to go: 1 week), insight +0.5 a week (2 to go: 4 weeks)
      ratings: [
        { delivery: 3, strategy: 0, insight: 0 },
        { delivery: 3, strategy: 1, insight: 0 },
        { delivery: 3, strategy: 2, insight: 1 },
      ],
      expected: { kind: 'eta', slowest: byId('insight'), weeks: 4, date: '2026-11-30', open: 2 },
    },
    {
      why: 'every bar met in the latest check-in',
      ratings: [{ delivery: 1 }, { delivery: 2 }, { delivery: 3, strategy: 3, insight: 4 }],
      expected: { kind: 'reached' },
    },
    {
      why: 'two check-ins',
      ratings: [{ delivery: 1 }, { delivery: 2 }],
      expected: { kind: 'insufficient' },
    },
  ])('$why', ({ ratings, expected }) => {
    const checkIns = (ratings as Ratings[]).map((r, i) => checkIn(addDays('2026-10-19', 7 * i), r))
    expect(readinessForecast(checkIns, TINY_CORE, 'mid')).toMatchObject(expected)
  })

  it('never dates readiness while a competency on the same screen is stalled (the issue: 6 weeks with four stalled)', () => {
    // readiness itself rises every week (strategy climbs fast), which a readiness-only line would date
    const checkIns = [0, 1, 2, 3].map((i) =>
      checkIn(addDays('2026-10-05', 7 * i), { delivery: 3, strategy: Math.min(3, i), insight: 1 }),
    )
    expect(readinessForecast(checkIns, TINY_CORE, 'mid')).toMatchObject({
      kind: 'stalled',
      stalled: [{ competency: byId('insight') }],
    })
    // …and a higher target with more stalled gaps is no sooner
    expect(readinessForecast(checkIns, TINY_CORE, 'lead').kind).toBe('stalled')
  })

  it('states the basis of the last eight check-ins', () => {
    const checkIns = Array.from({ length: 10 }, (_, i) =>
      checkIn(addDays('2026-09-07', 7 * i + (i > 5 ? 7 : 0)), { delivery: 3, strategy: 3, insight: i > 7 ? 3 : 2 }),
    )
    expect(readinessForecast(checkIns, TINY_CORE, 'mid')).toMatchObject({
      kind: 'reached',
      basis: { count: 8, text: 'from 8 check-ins over 8 weeks' },
    })
  })

  it('is no later than any gap closes and no sooner than the slowest', () => {
    const value = fc.integer({ min: 0, max: 5 })
    const week = fc.record({ delivery: value, strategy: value, insight: value })
    fc.assert(
      fc.property(fc.array(week, { minLength: 3, maxLength: 10 }), (ratings) => {
        const checkIns = ratings.map((r, i) => checkIn(addDays('2026-09-07', 7 * i), r))
        const forecast = readinessForecast(checkIns, TINY_CORE, 'mid')
        const perGap = TINY_CORE.map((c) => competencyForecast(checkIns, c, 'mid'))
        if (forecast.kind === 'eta') {
          expect(perGap.every((f) => f.kind === 'eta' || f.kind === 'reached')).toBe(true)
          expect(Math.max(...perGap.map((f) => (f.kind === 'eta' ? f.weeks : 0)))).toBe(forecast.weeks)
          expect(forecast.earliest.weeks).toBeLessThanOrEqual(forecast.weeks)
          if (forecast.latest) expect(forecast.latest.weeks).toBeGreaterThanOrEqual(forecast.weeks)
        }
        if (perGap.some((f) => f.kind === 'stalled')) expect(forecast.kind).toBe('stalled')
      }),
    )
  })
})
