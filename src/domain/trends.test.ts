import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { Ratings } from './framework-schema'
import { addDays } from './dates'
import {
  competencyDirections,
  directionOf,
  pairwiseSlopes,
  quantile,
  readinessSeries,
  theilSenSlope,
  toWeekPoints,
  trendOf,
} from './trends'
import { TINY_CORE, TINY_FRAMEWORK } from './testing/tiny-framework'
import { testCheckIn } from './testing/check-in'

const checkIn = (date: string, ratings: Ratings, targetLevelId = 'mid') => testCheckIn(date, ratings, { targetLevelId })

describe('theilSenSlope', () => {
  it('recovers the slope of an exact line', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -20, max: 20 }),
        fc.integer({ min: -100, max: 100 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 200 }), { minLength: 2, maxLength: 20 }),
        (slope, intercept, xs) => {
          expect(theilSenSlope(xs.map((x) => ({ x, y: slope * x + intercept })))).toBeCloseTo(slope, 9)
        },
      ),
    )
  })

  it('is the median of the pairwise slopes', () => {
    // (0,1) (1,3) (2,2) (3,4): slopes 2, 0.5, 1, −1, 0.5, 2 → sorted −1, 0.5, 0.5, 1, 2, 2 → median 0.75
    const points = [
      { x: 0, y: 1 },
      { x: 1, y: 3 },
      { x: 2, y: 2 },
      { x: 3, y: 4 },
    ]
    expect(pairwiseSlopes(points)).toEqual([-1, 0.5, 0.5, 1, 2, 2])
    expect(theilSenSlope(points)).toBeCloseTo(0.75)
  })

  it('ignores one dip that recovers, where least squares would call it a trend', () => {
    const dip = [3, 3, 3, 3, 1, 3, 3, 3, 3, 3].map((y, x) => ({ x, y }))
    expect(theilSenSlope(dip)).toBe(0)
  })

  it.each([
    { why: 'no points', points: [] },
    { why: 'one point', points: [{ x: 1, y: 2 }] },
    {
      why: 'every x the same',
      points: [
        { x: 2, y: 1 },
        { x: 2, y: 5 },
        { x: 2, y: 3 },
      ],
    },
  ])('is null with $why', ({ points }) => {
    expect(theilSenSlope(points)).toBeNull()
  })
})

describe('quantile', () => {
  it.each([
    { q: 0, value: 1 },
    { q: 0.25, value: 1.75 },
    { q: 0.5, value: 2.5 },
    { q: 1, value: 4 },
  ])('interpolates the $q quantile', ({ q, value }) => {
    expect(quantile([1, 2, 3, 4], q)).toBeCloseTo(value)
  })

  it('is null for nothing', () => {
    expect(quantile([], 0.5)).toBeNull()
  })
})

describe('trendOf', () => {
  const line = (slope: number) => [0, 1, 2, 3, 4].map((x) => ({ x, y: 2 + slope * x }))

  it.each([
    { slope: 0.5, direction: 'rising' },
    { slope: 0.06, direction: 'rising' },
    { slope: 0.04, direction: 'flat' },
    { slope: 0, direction: 'flat' },
    { slope: -0.04, direction: 'flat' },
    { slope: -0.06, direction: 'falling' },
    { slope: -1, direction: 'falling' },
  ])('a slope of $slope per week is $direction', ({ slope, direction }) => {
    expect(trendOf(line(slope))).toBe(direction)
  })

  it('takes another threshold, e.g. for readiness percent', () => {
    expect(trendOf(line(0.5), { threshold: 1 })).toBe('flat')
  })

  it('is flat when no line can be drawn', () => {
    expect(trendOf([{ x: 0, y: 3 }])).toBe('flat')
  })
})

describe('directionOf', () => {
  /** Weekly ratings from a Monday, skipping the weeks (0-based) listed. */
  const weekly = (values: number[], skip: number[] = []) =>
    values.flatMap((value, i) => (skip.includes(i) ? [] : [{ date: addDays('2027-01-04', 7 * i), value }]))

  it.each([
    { why: 'one dip that recovers', values: [3, 3, 3, 3, 1, 3, 3, 3, 3, 3], bar: 3, direction: 'at-bar' },
    {
      why: 'one dip that recovers, below the bar',
      values: [2, 2, 2, 2, 0, 2, 2, 2, 2, 2],
      bar: 3,
      direction: 'stalled',
    },
    { why: 'flat at the bar', values: [3, 3, 3, 3, 3], bar: 3, direction: 'at-bar' },
    { why: 'flat above the bar', values: [4, 4, 4, 4], bar: 3, direction: 'at-bar' },
    { why: 'flat below the bar', values: [2, 2, 2, 2], bar: 3, direction: 'stalled' },
    { why: 'flat where the target sets no bar', values: [2, 2, 2, 2], bar: null, direction: 'steady' },
    { why: 'a step up every two weeks', values: [1, 1, 2, 2, 3], bar: 3, direction: 'rising' },
    { why: 'rising past the bar', values: [2, 3, 4, 4], bar: 3, direction: 'rising' },
    { why: 'a step down', values: [3, 3, 2, 2], bar: 3, direction: 'falling' },
    {
      why: 'rose long ago, flat over the last eight',
      values: [0, 1, 2, 3, 3, 3, 3, 3, 3, 3, 3],
      bar: 4,
      direction: 'stalled',
    },
  ] as const)('$why is $direction', ({ values, bar, direction }) => {
    expect(directionOf(weekly([...values]), bar)).toBe(direction)
  })

  it('measures the pace in weeks, so skipped weeks slow it down', () => {
    // +1 between check-ins, but with two weeks skipped each time: 1/3 a week, still rising
    expect(directionOf(weekly([1, 0, 0, 2, 0, 0, 3], [1, 2, 4, 5]), 4)).toBe('rising')
    // +1 over 30 weeks is below 0.05 a week: flat, and below the bar
    expect(
      directionOf(
        [
          { date: '2027-01-04', value: 1 },
          { date: addDays('2027-01-04', 7 * 15), value: 1 },
          { date: addDays('2027-01-04', 7 * 30), value: 2 },
        ],
        3,
      ),
    ).toBe('stalled')
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
    expect(
      competencyDirections(checkIns, ['delivery', 'strategy', 'insight'], {
        bars: { delivery: 3, strategy: 3, insight: 3 },
      }),
    ).toEqual({
      delivery: 'rising',
      strategy: 'falling',
      insight: 'stalled',
    })
    // Insight flat at 2 is at the bar of a level that expects 2, and steady where none is set.
    expect(competencyDirections(checkIns, ['insight'], { bars: { insight: 2 } })).toEqual({ insight: 'at-bar' })
    expect(competencyDirections(checkIns, ['insight'])).toEqual({ insight: 'steady' })
  })

  it('does not call a dip that recovers rising (3, 3, 3, 3, 1, 3, 3, 3, 3, 3)', () => {
    const values = [3, 3, 3, 3, 1, 3, 3, 3, 3, 3]
    const checkIns = values.map((v, i) => checkIn(addDays('2027-01-04', 7 * i), { strategy: v }))
    expect(competencyDirections(checkIns, ['strategy'], { bars: { strategy: 3 } })).toEqual({ strategy: 'at-bar' })
    expect(competencyDirections(checkIns, ['strategy'], { bars: { strategy: 4 } })).toEqual({ strategy: 'stalled' })
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
    expect(competencyDirections(checkIns, ['delivery'], { window: 3, bars: { delivery: 5 } })).toEqual({
      delivery: 'stalled',
    })
  })
})
