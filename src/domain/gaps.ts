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
  return {
    competency,
    rating,
    rated: ratings[competency.id] !== undefined,
    expected,
    size: Math.max(0, expected - rating),
  }
}

/**
 * The open gaps against a level, largest first. Gaps of equal size are a tie (they share a rank:
 * gapRanks); within a tie the order only says what to look at first: the user's focus, then what
 * the level weighs more (its higher expectation: its own emphasis), then the name, so it is stable.
 */
export function rankGaps(
  competencies: readonly Competency[],
  ratings: Ratings,
  levelId: string,
  opts?: { focus?: readonly string[] },
): Gap[] {
  const ranked = expectedAt(competencies, levelId)
    .map((c) => gapFor(c, ratings, levelId))
    .filter((g) => g.size > 0)
    .sort(
      (a, b) => b.size - a.size || b.expected - a.expected || a.competency.name.localeCompare(b.competency.name, 'en'),
    )
  return focusFirst(ranked, opts?.focus ?? [])
}

/** Gaps ranked largest first with, within each tie, the focus competencies first (otherwise in the given order). */
export function focusFirst(gaps: readonly Gap[], focus: readonly string[]): Gap[] {
  const inFocus = (g: Gap) => (focus.includes(g.competency.id) ? 1 : 0)
  return gaps
    .map((gap, index) => ({ gap, index }))
    .sort((a, b) => b.gap.size - a.gap.size || inFocus(b.gap) - inFocus(a.gap) || a.index - b.index)
    .map(({ gap }) => gap)
}

/**
 * Each gap's rank in a list ordered largest first: 1 + how many gaps are larger, so equal gaps share
 * a rank ("1, 1, 1, 4") and ten one-step gaps are all first, not numbered 1 to 10.
 */
export function gapRanks(gaps: readonly Gap[]): number[] {
  return gaps.map((g) => 1 + gaps.filter((other) => other.size > g.size).length)
}

/** The gaps tied for the largest size (one when it stands alone; none without gaps). */
export function largestGaps(gaps: readonly Gap[]): Gap[] {
  const top = Math.max(0, ...gaps.map((g) => g.size))
  return gaps.filter((g) => g.size === top && top > 0)
}
