import { isLocalDate, isoWeekKey, weekNumber } from '../domain/dates'
import { BUILT_IN_FRAMEWORK_ID, PM_FRAMEWORK } from '../domain/framework'
import type { PersistedState, StoredFrameworkData } from './persisted-state'

/**
 * The rules the screens rely on that the stored shape (persisted-state.ts) cannot say: dates that
 * exist (the date functions throw on 2026-02-30), one check-in per ISO week, ratings on
 * the framework's scale, ids that name one thing. Data that breaks one is refused on the way in,
 * with the field named, instead of taking a screen down later.
 * Returns the first problem as "<path>: <what is wrong>", or null when the data keeps every rule.
 */
export function storedRuleProblem(state: PersistedState): string | null {
  return problems(state).next().value ?? null
}

function* problems(state: PersistedState): Generator<string> {
  for (const [id, data] of Object.entries(state.data))
    yield* frameworkDataProblems(data, `data.${id}`, scaleMaxOf(state, id))
}

/** The top of the scale a framework's data is rated on; undefined for data of a framework not here (nothing to check against). */
function scaleMaxOf(state: PersistedState, frameworkId: string): number | undefined {
  if (frameworkId === BUILT_IN_FRAMEWORK_ID) return PM_FRAMEWORK.scale.max
  return state.frameworks.find((f) => f.framework.id === frameworkId)?.framework.scale.max
}

function* frameworkDataProblems(data: StoredFrameworkData, at: string, max: number | undefined): Generator<string> {
  yield* ratingProblems(data.ratings, `${at}.ratings`, max)
  // A check-in's week is its date's (stored check-ins leave it out); saving again in a week replaces its check-in.
  const weeks = new Map<number, number>()
  for (const [i, checkIn] of data.checkIns.entries()) {
    const here = `${at}.checkIns.${i}`
    const week = weekNumber(checkIn.date)
    if (week === null) yield `${here}.date: "${checkIn.date}" is not a date that exists`
    else {
      const other = weeks.get(week)
      if (other !== undefined)
        yield `${here}.date: one check-in per ISO week, and check-in ${other} is in ${isoWeekKey(checkIn.date)} too`
      weeks.set(week, i)
    }
    yield* ratingProblems(checkIn.ratings, `${here}.ratings`, max)
  }
  for (const [i, review] of data.mentorReviews.entries())
    yield* ratingProblems(review.ratings, `${at}.mentorReviews.${i}.ratings`, max)

  const actionIds = new Set<string>()
  for (const [i, action] of data.actions.entries()) {
    const here = `${at}.actions.${i}`
    // Deleting one of two actions with the same id would delete both, and Undo would bring back one.
    if (actionIds.has(action.id)) yield `${here}.id: "${action.id}" is the id of another action`
    actionIds.add(action.id)
    for (const field of ['startedOn', 'doneOn'] as const) {
      const date = action[field]
      if (date !== null && !isLocalDate(date)) yield `${here}.${field}: "${date}" is not a date that exists`
    }
  }
  const focus = new Set<string>()
  for (const [i, competencyId] of data.focus.entries()) {
    if (focus.has(competencyId)) yield `${at}.focus.${i}: "${competencyId}" is in the focus twice`
    focus.add(competencyId)
  }
}

function* ratingProblems(
  ratings: Readonly<Record<string, number | null>>,
  at: string,
  max: number | undefined,
): Generator<string> {
  if (max === undefined) return
  for (const [competencyId, value] of Object.entries(ratings))
    if (value !== null && value > max) yield `${at}.${competencyId}: ${value} is above the top of the scale (${max})`
}
