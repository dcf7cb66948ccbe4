import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { assess } from './assessment'
import { frameworkSchema, type Framework, type FrameworkInput } from './framework-schema'
import { competenciesAt } from './framework-versions'
import { rankGaps } from './gaps'
import { toRadarRows } from './radar'
import { competenciesInPlay, tracksOf } from './ratings'
import { countMeetingBar, levelFit, nextPointsSteps, pointsOf, readiness } from './readiness'
import { readinessSeries } from './trends'
import { testCheckIn } from './testing/check-in'

const parse = (input: FrameworkInput): Framework => v.parse(frameworkSchema, input)

/**
 * A matrix where the first level is "not concerned" by two skills (null), as in skills matrices
 * that mark a skill NC below a level.
 */
const matrix = parse({
  id: 'matrix',
  name: 'Matrix',
  scale: { max: 4 },
  levels: [
    { id: 'junior', title: 'Junior' },
    { id: 'senior', title: 'Senior' },
  ],
  tracks: [{ id: 'ops', name: 'operations track', onByDefault: false }],
  competencies: [
    { id: 'sql', name: 'SQL', descriptors: [null, 'a', 'b', 'c', 'd'], expectations: { junior: 2, senior: 3 } },
    { id: 'ml', name: 'ML', descriptors: [null, 'a', 'b', 'c', 'd'], expectations: { junior: null, senior: 2 } },
    { id: 'k8s', name: 'Kubernetes', descriptors: [null, 'a', 'b', 'c', 'd'], expectations: { senior: 1 } },
    {
      id: 'oncall',
      name: 'On-call',
      track: 'ops',
      descriptors: [null, 'a', 'b', 'c', 'd'],
      expectations: { junior: 1, senior: 1 },
    },
    {
      id: 'bi',
      name: 'BI',
      track: 'secondary',
      descriptors: [null, 'a', 'b', 'c', 'd'],
      expectations: { junior: 1, senior: 2 },
    },
  ],
})

describe('a null expectation leaves the competency out of that level', () => {
  const inPlay = competenciesInPlay(matrix, { tracks: {}, notRelevant: [] })

  it('counts only what the level expects in readiness and the bar count', () => {
    // Junior expects sql 2 and bi 1 (ml and k8s are not expected; on-call is on a track that is off).
    expect(readiness(matrix, inPlay, { sql: 2 }, 'junior')).toBe(66)
    expect(readiness(matrix, inPlay, { sql: 2, bi: 1 }, 'junior')).toBe(100)
    expect(countMeetingBar(inPlay, { sql: 2 }, 'junior')).toBe(1)
    expect(assess(matrix, inPlay, {}, null, 'junior')).toMatchObject({ expected: 2, meetingBar: 0, total: 4 })
  })

  it('lists no gap and draws no radar axis for it', () => {
    expect(rankGaps(inPlay, {}, 'junior').map((g) => g.competency.id)).toEqual(['sql', 'bi'])
    expect(toRadarRows(inPlay, {}, 'junior', null).map((r) => r.competencyId)).toEqual(['sql', 'bi'])
    expect(toRadarRows(inPlay, {}, 'senior', 'junior').map((r) => [r.competencyId, r.current])).toEqual([
      ['sql', 2],
      ['ml', null],
      ['k8s', null],
      ['bi', 1],
    ])
  })

  it('meets a level whose expected competencies are all at the bar', () => {
    expect(levelFit(matrix, inPlay, { sql: 2, bi: 1 }).map((l) => l.id)).toEqual(['junior'])
    expect(levelFit(matrix, inPlay, { sql: 3, ml: 2, k8s: 1, bi: 2 }).map((l) => l.id)).toEqual(['senior'])
    expect(levelFit(matrix, inPlay, {})).toEqual([])
  })

  it('treats "not relevant to me" as a null expectation', () => {
    const without = competenciesInPlay(matrix, { tracks: {}, notRelevant: ['bi'] })
    expect(readiness(matrix, without, { sql: 2 }, 'junior')).toBe(100)
    expect(rankGaps(without, {}, 'junior').map((g) => g.competency.id)).toEqual(['sql'])
  })
})

describe('tracks', () => {
  it('declares a track a file only tags, on from the start', () => {
    expect(tracksOf(matrix).map((t) => [t.id, t.onByDefault])).toEqual([
      ['ops', false],
      ['secondary', true],
    ])
  })

  it("follows the user's choice over the default", () => {
    const ids = (tracks: Record<string, boolean>) =>
      competenciesInPlay(matrix, { tracks, notRelevant: [] }).map((c) => c.id)
    expect(ids({})).toEqual(['sql', 'ml', 'k8s', 'bi'])
    expect(ids({ ops: true, secondary: false })).toEqual(['sql', 'ml', 'k8s', 'oncall'])
  })
})

/** Snowflake's published rule: milestones worth 0, 1, 3, 6, 12, 20 points; titles by the sum over all tracks. */
const snowflakeLike = parse({
  id: 'points',
  name: 'Points',
  scale: { max: 5 },
  levels: [
    { id: 'e1', title: 'Engineer I' },
    { id: 'e2', title: 'Engineer II' },
    { id: 'se', title: 'Senior Engineer' },
    { id: 'gl', title: 'Group Lead' },
    { id: 'staff', title: 'Staff Engineer' },
    { id: 'sgl', title: 'Senior Group Lead' },
    { id: 'principal', title: 'Principal Engineer' },
    { id: 'director', title: 'Director of Engineering' },
  ],
  competencies: Array.from({ length: 16 }, (_, i) => ({
    id: `t${i}`,
    name: `Track ${i}`,
    descriptors: [null, '1', '2', '3', '4', '5'],
  })),
  levelRule: {
    kind: 'points',
    pointsPerValue: [0, 1, 3, 6, 12, 20],
    bands: [
      { levelId: 'e1', minPoints: 0, maxPoints: 16 },
      { levelId: 'e2', minPoints: 17, maxPoints: 35 },
      { levelId: 'se', minPoints: 36, maxPoints: 57 },
      { levelId: 'gl', minPoints: 36, maxPoints: 57 },
      { levelId: 'staff', minPoints: 58, maxPoints: 89 },
      { levelId: 'sgl', minPoints: 58, maxPoints: 89 },
      { levelId: 'principal', minPoints: 90 },
      { levelId: 'director', minPoints: 90, maxPoints: null },
    ],
  },
})

describe('the points rule', () => {
  const all = snowflakeLike.competencies
  const profile = (milestones: number[]) => Object.fromEntries(milestones.map((m, i) => [`t${i}`, m]))
  // Snowflake's own demo profile (SnowflakeApp.js default state, its 16 tracks in order):
  // 72 points, which Snowflake levels as Staff Engineer.
  const demo = profile([1, 2, 3, 2, 4, 1, 1, 4, 3, 2, 0, 4, 2, 2, 3, 0])

  it('sums the points of every rating', () => {
    expect(pointsOf(snowflakeLike.levelRule as Extract<Framework['levelRule'], { kind: 'points' }>, all, demo)).toBe(72)
  })

  it('levels the demo profile as Snowflake does: Staff Engineer, with the parallel manager title', () => {
    expect(levelFit(snowflakeLike, all, demo).map((l) => l.title)).toEqual(['Staff Engineer', 'Senior Group Lead'])
  })

  it.each([
    [0, ['Engineer I']],
    [16, ['Engineer I']],
    [17, ['Engineer II']],
    [57, ['Senior Engineer', 'Group Lead']],
    [90, ['Principal Engineer', 'Director of Engineering']],
  ])('puts %i points in the published band', (points, titles) => {
    // Spread the total over the tracks, the largest milestone that fits first.
    const worth = [0, 1, 3, 6, 12, 20]
    let left = points
    const milestones = Array.from({ length: 16 }, () => {
      const m = worth.findLastIndex((p) => p <= left)
      left -= worth[m]!
      return m
    })
    expect(left).toBe(0)
    expect(levelFit(snowflakeLike, all, profile(milestones)).map((l) => l.title)).toEqual(titles)
  })

  it("reads readiness as the share of the target band's minimum", () => {
    expect(readiness(snowflakeLike, all, demo, 'staff')).toBe(100)
    expect(readiness(snowflakeLike, all, demo, 'principal')).toBe(80)
    expect(readiness(snowflakeLike, all, {}, 'e1')).toBe(100)
    expect(assess(snowflakeLike, all, demo, null, 'principal')).toMatchObject({
      points: { have: 72, need: 90 },
      gaps: [],
    })
  })

  it('lists the one-step rises that add the most points first', () => {
    const rule = snowflakeLike.levelRule as Extract<Framework['levelRule'], { kind: 'points' }>
    const steps = nextPointsSteps(rule, all, demo)
    // Milestone 4 → 5 adds 8 points (12 → 20), the most; a track at 0 → 1 adds 1.
    expect(steps[0]).toMatchObject({ competency: { id: 't4' }, from: 4, to: 5, gain: 8 })
    expect(steps.at(-1)).toMatchObject({ from: 0, to: 1, gain: 1 })
    expect(nextPointsSteps(rule, all, profile(Array.from({ length: 16 }, () => 5)))).toEqual([])
  })

  it('draws every competency on the radar, with no target series', () => {
    const rows = toRadarRows(all, demo, 'staff', null, { keepUnexpected: true })
    expect(rows).toHaveLength(16)
    expect(rows.every((r) => r.target === null)).toBe(true)
  })
})

describe('check-ins of an earlier framework version', () => {
  const v1Ids = ['sql', 'bi']
  it('leave out competencies added since, instead of counting them as 0', () => {
    const inPlay = competenciesInPlay(matrix, { tracks: {}, notRelevant: [] })
    expect(competenciesAt(inPlay, '1', { '1': v1Ids }).map((c) => c.id)).toEqual(v1Ids)
    expect(competenciesAt(inPlay, '2', { '1': v1Ids })).toBe(inPlay)
    const old = testCheckIn('2027-01-04', { sql: 3, bi: 2 }, { frameworkVersion: '1' })
    const now = testCheckIn('2027-01-11', { sql: 3, bi: 2 }, { frameworkVersion: '2' })
    // Senior: v1 knew sql and bi only (fully met); v2 adds ml 2 and k8s 1, unrated.
    expect(readinessSeries(matrix, [old, now], inPlay, 'senior', { '1': v1Ids }).map((p) => p.readiness)).toEqual([
      100, 62,
    ])
  })
})
