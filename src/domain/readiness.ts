import type { Competency, Framework, Level, PointsRule, Ratings } from './framework-schema'
import { expectedAt, expectationOf, ratingOf } from './ratings'

/** What readiness and level fit need of a framework: its levels and how a level is reached. */
export type Ladder = Pick<Framework, 'levels' | 'levelRule'>

/**
 * Readiness for a level, 0 to 100.
 * Bars rule: the share of the level's expected rating points that the ratings cover (a rating above the
 * bar covers no more than the bar); competencies the level does not expect are left out.
 * Points rule: the share of the level's minimum points that the ratings earn.
 * Rounded down, so 100 means the level is reached and nothing less.
 */
export function readiness(
  ladder: Ladder,
  competencies: readonly Competency[],
  ratings: Ratings,
  levelId: string,
): number {
  const rule = ladder.levelRule
  if (rule.kind === 'points') {
    const need = bandOf(rule, levelId)?.minPoints ?? 0
    if (need === 0) return 100
    return Math.floor((Math.min(pointsOf(rule, competencies, ratings), need) * 100) / need)
  }
  let expected = 0
  let covered = 0
  for (const c of competencies) {
    const bar = expectationOf(c, levelId)
    if (bar === null) continue
    expected += bar
    covered += Math.min(ratingOf(ratings, c.id), bar)
  }
  if (expected === 0) return 100
  return Math.floor((covered * 100) / expected)
}

/** How many of the competencies the level expects are rated at or above its bar. */
export function countMeetingBar(competencies: readonly Competency[], ratings: Ratings, levelId: string): number {
  return expectedAt(competencies, levelId).filter((c) => ratingOf(ratings, c.id) >= (expectationOf(c, levelId) ?? 0))
    .length
}

/** The sum of points the ratings earn under a points rule (unrated earns the points of 0). */
export function pointsOf(rule: PointsRule, competencies: readonly Competency[], ratings: Ratings): number {
  let sum = 0
  for (const c of competencies) sum += rule.pointsPerValue[ratingOf(ratings, c.id)] ?? 0
  return sum
}

export type PointsBand = PointsRule['bands'][number]

export function bandOf(rule: PointsRule, levelId: string): PointsBand | undefined {
  return rule.bands.find((b) => b.levelId === levelId)
}

/**
 * Level fit: the highest level the ratings reach, in ladder order. Under the bars rule that is the
 * highest level whose every bar is met (one level); under the points rule the levels of the highest
 * band whose minimum the points reach, which may be several (parallel IC and manager titles).
 * Empty when none is reached.
 */
export function levelFit(ladder: Ladder, competencies: readonly Competency[], ratings: Ratings): Level[] {
  const rule = ladder.levelRule
  if (rule.kind === 'points') {
    const points = pointsOf(rule, competencies, ratings)
    const reached = rule.bands.filter((b) => b.minPoints <= points)
    if (reached.length === 0) return []
    const top = Math.max(...reached.map((b) => b.minPoints))
    const ids = new Set(reached.filter((b) => b.minPoints === top).map((b) => b.levelId))
    return ladder.levels.filter((l) => ids.has(l.id))
  }
  for (let i = ladder.levels.length - 1; i >= 0; i--) {
    const level = ladder.levels[i]!
    // A starting point ("Not a PM yet") is where one begins, not a level one's ratings reach.
    if (level.startingPoint) continue
    const expected = expectedAt(competencies, level.id)
    if (expected.length > 0 && countMeetingBar(expected, ratings, level.id) === expected.length) return [level]
  }
  return []
}

export interface PointsStep {
  competency: Competency
  from: number
  to: number
  /** Points the one-step rise adds. */
  gain: number
}

/**
 * Under a points rule, the one-step rises that add the most points, largest first (ties in framework
 * order): where the next points come from. Competencies at the top of the scale have no next step.
 */
export function nextPointsSteps(rule: PointsRule, competencies: readonly Competency[], ratings: Ratings): PointsStep[] {
  const max = rule.pointsPerValue.length - 1
  return competencies
    .map((competency) => {
      const from = ratingOf(ratings, competency.id)
      const to = Math.min(from + 1, max)
      return { competency, from, to, gain: (rule.pointsPerValue[to] ?? 0) - (rule.pointsPerValue[from] ?? 0) }
    })
    .filter((step) => step.to > step.from)
    .sort((a, b) => b.gain - a.gain)
}
