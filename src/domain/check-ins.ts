import type { CheckIn } from './check-in'
import type { Ratings } from './framework-schema'
import { isoWeekKey, localDateString } from './dates'
import { ratingOf } from './ratings'

/**
 * Check-ins: one dated snapshot per ISO week, and what changed between two of them.
 * The list is kept oldest first, the order trends and forecasts read it in.
 */

/** What a comparison needs of a check-in; a blind-mode draft that is not saved yet fits too. */
export type Snapshot = Pick<CheckIn, 'ratings' | 'notes'>

/** One competency whose rating changed between two snapshots. */
export interface RatingChange {
  competencyId: string
  /** null: unrated (or no earlier snapshot). */
  from: number | null
  to: number | null
  /** to − from, unrated counting as 0 (so unrated → 0 is a change with delta 0). */
  delta: number
}

/**
 * A check-in for a save at the given instant.
 * Rule: the date is the user's local calendar date of the instant and the week is that date's ISO week,
 * so a save late on Sunday evening belongs to the week the user sees on their calendar.
 */
export function checkInAt(
  instant: Date,
  snapshot: Snapshot & Pick<CheckIn, 'currentLevelId' | 'targetLevelId' | 'frameworkId' | 'frameworkVersion'>,
): CheckIn {
  const date = localDateString(instant)
  return {
    week: isoWeekKey(date),
    date,
    savedAt: instant.toISOString(),
    // Copies: the check-in is a snapshot, later edits of the live ratings must not reach it.
    ratings: { ...snapshot.ratings },
    notes: { ...snapshot.notes },
    currentLevelId: snapshot.currentLevelId,
    targetLevelId: snapshot.targetLevelId,
    frameworkId: snapshot.frameworkId,
    frameworkVersion: snapshot.frameworkVersion,
  }
}

/**
 * Adds a check-in, or replaces the one of the same ISO week (then replaced is true).
 * Rule: one check-in per week; the result is a new array sorted oldest first by week key
 * ("YYYY-Www" sorts as text, so 2026-W53 comes before 2027-W01).
 */
export function upsertCheckIn(checkIns: readonly CheckIn[], next: CheckIn): { checkIns: CheckIn[]; replaced: boolean } {
  const others = checkIns.filter((c) => c.week !== next.week)
  const replaced = others.length !== checkIns.length
  const sorted = [...others, next].sort(byWeekOldestFirst)
  return { checkIns: sorted, replaced }
}

/**
 * The competencies (in the given order) whose rating differs between before and after.
 * Rule: rated vs unrated is a change even at 0 (the screens show unrated apart from 0);
 * with no earlier snapshot (before = null) every competency rated in after is a change from null.
 */
export function changesBetween(
  before: Snapshot | null,
  after: Snapshot,
  competencyIds: readonly string[],
): RatingChange[] {
  const changes: RatingChange[] = []
  for (const competencyId of competencyIds) {
    const from = valueOf(before?.ratings, competencyId)
    const to = valueOf(after.ratings, competencyId)
    if (from === to) continue
    changes.push({
      competencyId,
      from,
      to,
      delta: ratingOf(after.ratings, competencyId) - (before ? ratingOf(before.ratings, competencyId) : 0),
    })
  }
  return changes
}

/**
 * The big swings a blind re-rating should point out.
 * Rule: a change of two or more steps (either way) whose note did not change: a jump that big with
 * no new or edited note is more likely a misremembered rating than growth. Notes are compared
 * trimmed, so whitespace alone is no edit. With no earlier snapshot there is nothing to swing from.
 */
export function bigSwings(before: Snapshot | null, after: Snapshot, competencyIds: readonly string[]): RatingChange[] {
  if (before === null) return []
  return changesBetween(before, after, competencyIds).filter(
    (change) =>
      Math.abs(change.delta) >= 2 && noteOf(before, change.competencyId) === noteOf(after, change.competencyId),
  )
}

/** How many changes summariseChange names before it says "and N more". */
const NAMED_IN_SUMMARY = 3

/**
 * A short text of what changed, for the history table: "Strategy and vision +1, Communication −2 and 2 more".
 * Rule: the largest moves are named first (ties keep the given order), at most three; a Unicode minus
 * for falls; "rated"/"unrated" when only the rated state changed; "No rating changed" for no change.
 * (Saying "First check-in" when there is no earlier snapshot is the caller's job.)
 */
export function summariseChange(changes: readonly RatingChange[], nameOf: (competencyId: string) => string): string {
  if (changes.length === 0) return 'No rating changed'
  const ranked = changes
    .map((change, index) => ({ change, index }))
    .sort((a, b) => Math.abs(b.change.delta) - Math.abs(a.change.delta) || a.index - b.index)
    .map(({ change }) => change)
  const named = ranked.slice(0, NAMED_IN_SUMMARY).map((c) => `${nameOf(c.competencyId)} ${describeDelta(c)}`)
  const rest = ranked.length - named.length
  return rest > 0 ? `${named.join(', ')} and ${rest} more` : named.join(', ')
}

function describeDelta(change: RatingChange): string {
  if (change.delta > 0) return `+${change.delta}`
  if (change.delta < 0) return `\u2212${-change.delta}`
  // delta 0 is only ever a change of rated state (unrated ↔ 0).
  return change.to === null ? 'unrated' : 'rated'
}

function valueOf(ratings: Ratings | undefined, competencyId: string): number | null {
  return ratings?.[competencyId] ?? null
}

function noteOf(snapshot: Snapshot, competencyId: string): string {
  return (snapshot.notes[competencyId] ?? '').trim()
}

/** Plain code-unit order: week keys and ISO dates sort correctly as text, whatever the locale. */
/** The order check-ins are kept in: by ISO week ("2026-W53" < "2027-W01" as text), then date. */
export function byWeekOldestFirst(a: CheckIn, b: CheckIn): number {
  return compareText(a.week, b.week) || compareText(a.date, b.date)
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
