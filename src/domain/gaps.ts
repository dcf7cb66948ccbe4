import type { Competency, Ratings } from './framework-schema'
import { expectationOf, expectedAt, ratingOf } from './ratings'

export interface Gap {
  competency: Competency
  /** The rating as figures count it: unrated is 0. */
  rating: number
  /** False when the user has not rated it: screens say "not rated", not 0. */
  rated: boolean
  expected: number
  /** Expected minus rating, never below 0. */
  size: number
}

/** Gap of one competency against a level: expected minus rating, never below 0 (unrated counts as 0). */
export function gapFor(competency: Competency, ratings: Ratings, levelId: string): Gap {
  const rating = ratingOf(ratings, competency.id)
  // A level that does not expect the competency has no bar to fall short of.
  const expected = expectationOf(competency, levelId) ?? 0
  return { competency, rating, rated: ratings[competency.id] !== undefined, expected, size: Math.max(0, expected - rating) }
}

/**
 * The open gaps against a level, largest first; ties go to the competency the level
 * weighs more (its higher expectation), then by name so the order is stable.
 */
export function rankGaps(competencies: readonly Competency[], ratings: Ratings, levelId: string): Gap[] {
  return expectedAt(competencies, levelId)
    .map((c) => gapFor(c, ratings, levelId))
    .filter((g) => g.size > 0)
    .sort(
      (a, b) =>
        b.size - a.size || b.expected - a.expected || a.competency.name.localeCompare(b.competency.name, 'en'),
    )
}
