import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { Ratings } from './framework-schema'
import { addDays, daysBetween, isoWeekKey } from './dates'
import { MAX_ETA_WEEKS, competencyForecast, forecastReach, readinessForecast } from './forecast'
import { readinessSeries } from './trends'
import { TINY_CORE, TINY_FRAMEWORK } from './testing/tiny-framework'
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
        fc.tuple(...days.map((d) => fc.record({ date: fc.constant(addDays('2025-06-01', d)), value: fc.integer({ min: 0, max: 100 }) }))),
      )
    fc.assert(
      fc.property(series, fc.integer({ min: 0, max: 100 }), fc.integer({ min: 1, max: 12 }), (points, goal, window) => {
        const forecast = forecastReach(points, goal, { window })
        expect(forecast.basis.count).toBe(Math.min(points.length, window))
        if (forecast.kind !== 'eta') return
        const latest = points.map((p) => p.date).sort().at(-1)!
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

describe('readinessForecast and competencyForecast', () => {
  // strategy rises one step every two weeks; delivery already at 4
  const checkIns = [
    checkIn('2026-10-05', { delivery: 4 }),
    checkIn('2026-10-19', { delivery: 4, strategy: 1 }),
    checkIn('2026-11-02', { delivery: 4, strategy: 2 }),
  ]

  it('forecasts readiness reaching 100 for the given target', () => {
    // mid expects 3+3+3 = 9: readiness 33, 44, 55 → +5.5 a week, 45 to go → 9 weeks
    expect(readinessForecast(readinessSeries(TINY_FRAMEWORK, checkIns, TINY_CORE, 'mid'))).toMatchObject({ kind: 'eta', weeks: 9, date: '2027-01-04' })
    // lead expects 4+5+4 = 13: readiness 30, 38, 46 → +4 a week, 54 to go → 14 weeks
    expect(readinessForecast(readinessSeries(TINY_FRAMEWORK, checkIns, TINY_CORE, 'lead'))).toMatchObject({ kind: 'eta', weeks: 14 })
    // junior expects 2+1+1: a check-in that meets every bar is reached, whatever came before
    expect(readinessForecast(readinessSeries(TINY_FRAMEWORK, [...checkIns, checkIn('2026-11-09', { delivery: 4, strategy: 2, insight: 1 })], TINY_CORE, 'junior'))).toMatchObject({ kind: 'reached' })
  })

  it("forecasts a competency reaching the target's expectation, unrated as 0", () => {
    const strategy = TINY_CORE.find((c) => c.id === 'strategy')!
    const delivery = TINY_CORE.find((c) => c.id === 'delivery')!
    // strategy: 0, 1, 2 at +0.5 a week; lead expects 5 → 3 steps → 6 weeks
    expect(competencyForecast(checkIns, strategy, 'lead')).toMatchObject({ kind: 'eta', weeks: 6 })
    expect(competencyForecast(checkIns, delivery, 'lead')).toMatchObject({ kind: 'reached' })
  })
})
