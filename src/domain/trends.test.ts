import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { Ratings } from './framework-schema'
import { competencyDirections, linearTrend, readinessSeries, toWeekPoints, trendOf } from './trends'
import { TINY_CORE, TINY_FRAMEWORK } from './testing/tiny-framework'
import { testCheckIn } from './testing/check-in'

const checkIn = (date: string, ratings: Ratings, targetLevelId = 'mid') => testCheckIn(date, ratings, { targetLevelId })

describe('linearTrend', () => {
  it('recovers slope and intercept of an exact line', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -20, max: 20 }),
        fc.integer({ min: -100, max: 100 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 200 }), { minLength: 2, maxLength: 20 }),
        (slope, intercept, xs) => {
          const line = linearTrend(xs.map((x) => ({ x, y: slope * x + intercept })))
          expect(line!.slope).toBeCloseTo(slope, 9)
          expect(line!.intercept).toBeCloseTo(intercept, 6)
        },
      ),
    )
  })

  it('fits the least-squares line through scattered points', () => {
    // (0,1) (1,3) (2,2) (3,4): slope = 0.8, intercept = 1.3
    const line = linearTrend([
      { x: 0, y: 1 },
      { x: 1, y: 3 },
      { x: 2, y: 2 },
      { x: 3, y: 4 },
    ])
    expect(line!.slope).toBeCloseTo(0.8)
    expect(line!.intercept).toBeCloseTo(1.3)
  })

  it.each([
    { why: 'no points', points: [] },
    { why: 'one point', points: [{ x: 1, y: 2 }] },
    { why: 'every x the same', points: [{ x: 2, y: 1 }, { x: 2, y: 5 }, { x: 2, y: 3 }] },
  ])('is null with $why', ({ points }) => {
    expect(linearTrend(points)).toBeNull()
  })
})

describe('trendOf', () => {
  const line = (slope: number) => [0, 1, 2, 3, 4].map((x) => ({ x, y: 2 + slope * x }))

  it.each([
    { slope: 0.5, direction: 'rising' },
    { slope: 0.06, direction: 'rising' },
    { slope: 0.04, direction: 'stalled' },
    { slope: 0, direction: 'stalled' },
    { slope: -0.04, direction: 'stalled' },
    { slope: -0.06, direction: 'falling' },
    { slope: -1, direction: 'falling' },
  ])('a slope of $slope per week is $direction', ({ slope, direction }) => {
    expect(trendOf(line(slope))).toBe(direction)
  })

  it('takes another threshold, e.g. for readiness percent', () => {
    expect(trendOf(line(0.5), { threshold: 1 })).toBe('stalled')
  })

  it('is stalled when no line can be drawn', () => {
    expect(trendOf([{ x: 0, y: 3 }])).toBe('stalled')
  })
})

describe('toWeekPoints', () => {
  it('measures x in weeks from the first date, across the year end', () => {
    const points = toWeekPoints([
      { date: '2026-12-21', value: 1 },
      { date: '2026-12-31', value: 2 },
      { date: '2027-01-04', value: 3 },
    ])
    expect(points.map((p) => p.x)).toEqual([0, 10 / 7, 2])
    expect(points.map((p) => p.y)).toEqual([1, 2, 3])
  })
})

describe('readinessSeries', () => {
  const checkIns = [
    checkIn('2026-11-02', { delivery: 2, strategy: 1, insight: 1 }, 'mid'),
    checkIn('2026-11-09', { delivery: 3, strategy: 3, insight: 2 }, 'lead'),
  ]

  it.each([
    // junior expects 2+1+1, mid 3+3+3, lead 4+5+4
    { target: 'junior', readiness: [100, 100] },
    { target: 'mid', readiness: [44, 88] },
    { target: 'lead', readiness: [30, 61] },
  ])('recomputes every check-in against $target, whatever target it was saved with', ({ target, readiness }) => {
    expect(readinessSeries(TINY_FRAMEWORK, checkIns, TINY_CORE, target).map((p) => p.readiness)).toEqual(readiness)
  })

  it('is oldest first with date and week', () => {
    expect(readinessSeries(TINY_FRAMEWORK, [...checkIns].reverse(), TINY_CORE, 'mid')).toEqual([
      { date: '2026-11-02', week: '2026-W45', readiness: 44 },
      { date: '2026-11-09', week: '2026-W46', readiness: 88 },
    ])
  })
})

describe('competencyDirections', () => {
  it('marks each competency rising, stalled or falling over recent check-ins', () => {
    const checkIns = [
      checkIn('2026-10-05', { delivery: 1, strategy: 3, insight: 2 }),
      checkIn('2026-10-12', { delivery: 2, strategy: 3, insight: 2 }),
      checkIn('2026-10-19', { delivery: 2, strategy: 2, insight: 2 }),
      checkIn('2026-10-26', { delivery: 3, strategy: 2, insight: 2 }),
    ]
    expect(competencyDirections(checkIns, ['delivery', 'strategy', 'insight'])).toEqual({
      delivery: 'rising',
      strategy: 'falling',
      insight: 'stalled',
    })
  })

  it('reads only the most recent window', () => {
    // rose long ago, flat for the last three check-ins
    const checkIns = [
      checkIn('2026-01-05', { delivery: 0 }),
      checkIn('2026-02-02', { delivery: 4 }),
      checkIn('2026-02-09', { delivery: 4 }),
      checkIn('2026-02-16', { delivery: 4 }),
    ]
    expect(competencyDirections(checkIns, ['delivery'])).toEqual({ delivery: 'rising' })
    expect(competencyDirections(checkIns, ['delivery'], { window: 3 })).toEqual({ delivery: 'stalled' })
  })
})
