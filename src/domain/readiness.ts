import type { Competency, Level, Ratings } from './framework-schema'
import { expectationOf, ratingOf } from './ratings'

/**
 * Readiness for a level, 0 to 100: the share of the level's expected rating points
 * that the ratings cover (a rating above the bar covers no more than the bar).
 * Rounded down, so 100 means every competency meets the bar and nothing less.
 */
export function readiness(competencies: readonly Competency[], ratings: Ratings, levelId: string): number {
  let expected = 0
  let covered = 0
  for (const c of competencies) {
    const bar = expectationOf(c, levelId)
    expected += bar
    covered += Math.min(ratingOf(ratings, c.id), bar)
  }
  if (expected === 0) return 100
  return Math.floor((covered * 100) / expected)
}

/** How many competencies are rated at or above what the level expects. */
export function countMeetingBar(competencies: readonly Competency[], ratings: Ratings, levelId: string): number {
  return competencies.filter((c) => ratingOf(ratings, c.id) >= expectationOf(c, levelId)).length
}

/** Level fit: the highest level whose bar every competency meets, or null when none is met. */
export function levelFit(
  levels: readonly Level[],
  competencies: readonly Competency[],
  ratings: Ratings,
): Level | null {
  for (let i = levels.length - 1; i >= 0; i--) {
    const level = levels[i]!
    if (countMeetingBar(competencies, ratings, level.id) === competencies.length) return level
  }
  return null
}
