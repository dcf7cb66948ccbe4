import type { CheckIn } from './check-in'
import { byWeekOldestFirst } from './check-ins'
import { isoWeekKey } from './dates'
import type { Action } from './plan'
import { ratingOf } from './ratings'

export interface Outcome {
  from: number
  to: number
  delta: number
  fromDate: string
  toDate: string
  /** The action's expected effect, if it has one, and how the measured change compares with it. */
  expected: { from: number; to: number } | null
  /** 'reached': the rating got to the expected "to"; 'partly': it rose, not that far; 'not-yet': it did not rise. */
  verdict: 'reached' | 'partly' | 'not-yet' | null
}

/**
 * The measured change of a finished action's competency, between two check-ins (unrated counts as 0).
 * Null until it is done and there is a check-in on each side.
 *
 * Where it starts: no date records when an action was added, only when its status first changed
 * (startedOn), and a user who works on a planned action for weeks and then marks it done straight
 * away stamps the start on the day it was done, when the check-in already holds the result ("3 → 3").
 * So, without a stored change:
 * - an action that went through "doing" starts at the latest check-in on or before that start day;
 * - one marked done straight from "planned" (started the day it was done) starts at the latest
 *   check-in before that day, since a check-in of that day may already hold the result;
 * - with an expected effect ("2 to 3"), its "from" is the rating the user planned from: when the
 *   starting check-in is already above it, the rise came before the status changed, and the start
 *   goes back to the latest earlier check-in at or below that "from" (if there is one).
 * Where it ends: the week's snapshot of the week it was done (the latest check-in of that ISO week
 * or before it), or, when no check-in has come since the start by then, the next one after it.
 */
export function actionOutcome(action: Action, checkIns: readonly CheckIn[]): Outcome | null {
  if (action.status !== 'done') return null
  const doneOn = action.doneOn ?? action.startedOn
  const startedOn = action.startedOn ?? doneOn
  if (doneOn === null || startedOn === null) return null
  const ordered = [...checkIns].sort(byWeekOldestFirst)
  const rating = (c: CheckIn) => ratingOf(c.ratings, action.competencyId)
  const straightToDone = startedOn >= doneOn
  let start = ordered.filter((c) => (straightToDone ? c.date < startedOn : c.date <= startedOn)).at(-1)
  const plannedFrom = action.expectedEffect?.from
  if (start && plannedFrom !== undefined && rating(start) > plannedFrom) {
    const startDate = start.date
    start = ordered.filter((c) => c.date < startDate && rating(c) <= plannedFrom).at(-1) ?? start
  }
  if (!start) return null
  const startDate = start.date
  const later = ordered.filter((c) => c.date > startDate)
  const doneWeek = isoWeekKey(doneOn)
  const end = later.filter((c) => c.week <= doneWeek).at(-1) ?? later[0]
  if (!end) return null
  const from = rating(start)
  const to = rating(end)
  const expected = action.expectedEffect
  return {
    from,
    to,
    delta: to - from,
    fromDate: start.date,
    toDate: end.date,
    expected,
    verdict: expected === null ? null : to >= expected.to ? 'reached' : to > from ? 'partly' : 'not-yet',
  }
}

const VERDICTS = { reached: 'reached', partly: 'partly reached', 'not-yet': 'not reached yet' } as const

/**
 * An outcome in one sentence: "Measured: Strategy 2 → 3 (+1) between the check-ins of 2027-01-18 and
 * 2027-01-25. Expected 2 → 3: reached."; the second sentence only for an action with an expected effect.
 */
export function outcomeSentence(competencyName: string, outcome: Outcome): string {
  const sign = outcome.delta > 0 ? '+' : outcome.delta < 0 ? '\u2212' : ''
  const measured = `Measured: ${competencyName} ${outcome.from} → ${outcome.to} (${sign}${Math.abs(outcome.delta)}) between the check-ins of ${outcome.fromDate} and ${outcome.toDate}.`
  if (outcome.expected === null || outcome.verdict === null) return measured
  return `${measured} Expected ${outcome.expected.from} → ${outcome.expected.to}: ${VERDICTS[outcome.verdict]}.`
}
