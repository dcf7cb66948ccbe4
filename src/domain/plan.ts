import type { CheckIn } from './check-in'
import type { Suggestion } from './framework-schema'
import type { Gap } from './gaps'
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

export interface GapSuggestions {
  gap: Gap
  suggestions: Suggestion[]
}

/**
 * Suggestions for each gap, in the gaps' order: the ones written for the target level, or,
 * when the framework has none for it, the competency's others; those already in the plan are left out.
 */
export function suggestionsForGaps(
  suggestions: readonly Suggestion[],
  gaps: readonly Gap[],
  targetLevelId: string,
  actions: readonly Action[],
  perGap = 3,
): GapSuggestions[] {
  const taken = new Set(actions.map((a) => a.suggestionId).filter((id) => id !== null))
  return gaps.map((gap) => {
    const forCompetency = suggestions.filter((s) => s.competencyId === gap.competency.id && !taken.has(s.id))
    // A suggestion without levels is for any target that expects the competency.
    const forTarget = forCompetency.filter((s) => !s.levelIds || s.levelIds.includes(targetLevelId))
    return { gap, suggestions: (forTarget.length > 0 ? forTarget : forCompetency).slice(0, perGap) }
  })
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
  return [...actions.filter((a) => a.status === 'doing'), ...actions.filter((a) => a.status === 'planned')].slice(0, count)
}

export interface Outcome {
  from: number
  to: number
  delta: number
  fromDate: string
  toDate: string
}

/**
 * The measured change of a finished action's competency: its rating in the last check-in on or
 * before the day the action started, against the latest check-in. Null until both exist and differ
 * (one check-in cannot measure a change); unrated counts as 0.
 */
export function actionOutcome(action: Action, checkIns: readonly CheckIn[]): Outcome | null {
  if (action.status !== 'done' || action.startedOn === null) return null
  const started = action.startedOn
  const before = checkIns.filter((c) => c.date <= started).at(-1)
  const latest = checkIns.at(-1)
  if (!before || !latest || before === latest) return null
  const from = ratingOf(before.ratings, action.competencyId)
  const to = ratingOf(latest.ratings, action.competencyId)
  return { from, to, delta: to - from, fromDate: before.date, toDate: latest.date }
}
