import type { Suggestion } from './framework-schema'
import type { Gap } from './gaps'

/**
 * The growth plan: actions tied to competencies and a focus of at most three competencies. The suggestions
 * for the largest gaps (plan-suggestions.ts) and the measured outcome of finished actions (action-outcome.ts)
 * are modules of their own: the store needs this one in the first load, only later screens need those.
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
