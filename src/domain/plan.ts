import type { CheckIn } from './check-in'
import type { Suggestion } from './framework-schema'
import type { Gap } from './gaps'
import { byWeekOldestFirst } from './check-ins'
import { isoWeekKey } from './dates'
import { ratingOf } from './ratings'

/**
 * The growth plan: actions tied to competencies, a focus of at most three competencies,
 * suggestions for the largest gaps, and the measured outcome of finished actions.
 */

export type ActionStatus = 'planned' | 'doing' | 'done'
export const ACTION_STATUSES = ['planned', 'doing', 'done'] as const satisfies readonly ActionStatus[]

export interface Action {
  id: string
  competencyId: string
  title: string
  status: ActionStatus
  /** ISO week the user means to finish by, e.g. "2026-W50". */
  targetWeek: string | null
  /** What the user expects it to do to the rating, e.g. 2 → 3. */
  expectedEffect: { from: number; to: number } | null
  /** Local date the action was first started (doing or done); the outcome is measured from here. */
  startedOn: string | null
  /** Local date it was marked done. */
  doneOn: string | null
  /** The suggestion it came from, so the same suggestion is not offered twice. */
  suggestionId: string | null
}

/** A new action as the plan first holds it: planned, with no target week, effect, dates or suggestion unless given. */
export function plannedAction(fields: Pick<Action, 'id' | 'competencyId' | 'title'> & Partial<Action>): Action {
  return {
    status: 'planned',
    targetWeek: null,
    expectedEffect: null,
    startedOn: null,
    doneOn: null,
    suggestionId: null,
    ...fields,
  }
}

/** Most focus competencies at once: more than three is no focus at all. */
export const MAX_FOCUS = 3

/** The proposed focus: the largest gaps, in rank order, at most three. */
export function proposeFocus(gaps: readonly Gap[], max = MAX_FOCUS): string[] {
  return gaps.slice(0, max).map((g) => g.competency.id)
}

/** Adds or removes a focus competency; adding to a full focus changes nothing. */
export function toggleFocus(focus: readonly string[], competencyId: string, max = MAX_FOCUS): string[] {
  if (focus.includes(competencyId)) return focus.filter((id) => id !== competencyId)
  return focus.length >= max ? [...focus] : [...focus, competencyId]
}

/** The framework's starting points (levels before the ladder), and the user's current level if it is one. */
export interface StartingPoints {
  ids: readonly string[]
  current: string | null
  /** The background the user chose there (engineering, marketing…): its ways in come first. */
  background?: string | null
}

export interface GapSuggestions {
  gap: Gap
  suggestions: Suggestion[]
}

/**
 * Suggestions for each gap, in the gaps' order, those already in the plan left out. First the steps from the
 * user's own rating up to the target's bar, nearest first: the next step, then the one after it (for one step,
 * those written for the target first), whatever target they were written for; then the suggestions for the
 * target that name no step; when there are none of either, the competency's others. Someone at a starting
 * point ("Not a PM yet") gets the ways in written for it first, within each step; nobody else gets them.
 */
export function suggestionsForGaps(
  suggestions: readonly Suggestion[],
  gaps: readonly Gap[],
  targetLevelId: string,
  actions: readonly Action[],
  perGap = 3,
  startingPoints: StartingPoints = { ids: [], current: null },
): GapSuggestions[] {
  const taken = new Set(actions.map((a) => a.suggestionId).filter((id) => id !== null))
  // A suggestion without levels is for any target that expects the competency.
  const fitsTarget = (s: Suggestion) => !s.levelIds || s.levelIds.includes(targetLevelId)
  const { ids: startIds, current } = startingPoints
  const fitsStart = (s: Suggestion) => current !== null && (s.levelIds?.includes(current) ?? false)
  // Written only for a starting point: a way in, for nobody already past it.
  const onlyForStart = (s: Suggestion) =>
    (s.levelIds ?? []).length > 0 && s.levelIds!.every((l) => startIds.includes(l))
  const background = startingPoints.background ?? null
  const fitsBackground = (s: Suggestion) =>
    fitsStart(s) && background !== null && (s.backgrounds?.includes(background) ?? false)
  const fit = (s: Suggestion) => (fitsBackground(s) ? 4 : 0) + (fitsStart(s) ? 2 : 0) + (fitsTarget(s) ? 1 : 0)
  return gaps.map((gap) => {
    const forCompetency = suggestions.filter(
      (s) => s.competencyId === gap.competency.id && !taken.has(s.id) && (!onlyForStart(s) || fitsStart(s)),
    )
    const steps = forCompetency
      .filter((s) => s.step && s.step.from >= gap.rating && s.step.from < gap.expected)
      .sort((a, b) => a.step!.from - b.step!.from || fit(b) - fit(a))
    const unstepped = forCompetency.filter((s) => !s.step && fitsTarget(s))
    const chosen = [...steps, ...unstepped]
    return { gap, suggestions: (chosen.length > 0 ? chosen : forCompetency).slice(0, perGap) }
  })
}

/** The expected effect an action added from a suggestion starts with: the rating step it builds, if it says. */
export function expectedEffectOf(suggestion: Suggestion): Action['expectedEffect'] {
  return suggestion.step ? { from: suggestion.step.from, to: suggestion.step.to } : null
}

/**
 * An action with a new status. Starting (doing or done) stamps the first start date, which the
 * outcome is measured from; done stamps the finish; going back from done clears the finish.
 */
export function withStatus(action: Action, status: ActionStatus, today: string): Action {
  return {
    ...action,
    status,
    startedOn: status === 'planned' ? action.startedOn : (action.startedOn ?? today),
    doneOn: status === 'done' ? (action.doneOn ?? today) : null,
  }
}

/** Moves an action up (offset −1) or down (+1) the list; at either end nothing moves. */
export function moveAction(actions: readonly Action[], id: string, offset: -1 | 1): Action[] {
  const from = actions.findIndex((a) => a.id === id)
  const to = from + offset
  if (from < 0 || to < 0 || to >= actions.length) return [...actions]
  const next = [...actions]
  const [moved] = next.splice(from, 1)
  next.splice(to, 0, moved!)
  return next
}

/** What to do next: actions in progress first, then planned ones, each in plan order. */
export function nextActions(actions: readonly Action[], count = 3): Action[] {
  return [...actions.filter((a) => a.status === 'doing'), ...actions.filter((a) => a.status === 'planned')].slice(
    0,
    count,
  )
}

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
