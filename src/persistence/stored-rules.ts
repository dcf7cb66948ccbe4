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
  // Plain loops that stop at the first problem, with a path written only for it: this runs on every
  // start-up over years of check-ins, where generators and a path string per item cost more than the checks.
  for (const id in state.data) {
    const problem = frameworkDataProblem(state.data[id]!, `data.${id}`, scaleMaxOf(state, id))
    if (problem !== null) return problem
  }
  return null
}

/** The top of the scale a framework's data is rated on; undefined for data of a framework not here (nothing to check against). */
function scaleMaxOf(state: PersistedState, frameworkId: string): number | undefined {
  if (frameworkId === BUILT_IN_FRAMEWORK_ID) return PM_FRAMEWORK.scale.max
  return state.frameworks.find((f) => f.framework.id === frameworkId)?.framework.scale.max
}

function frameworkDataProblem(data: StoredFrameworkData, at: string, max: number | undefined): string | null {
  const rating = ratingProblem(data.ratings, max)
  if (rating !== null) return `${at}.ratings.${rating}`
  // A check-in's week is its date's (stored check-ins leave it out); saving again in a week replaces its check-in.
  const weeks = new Map<number, number>()
  const { checkIns } = data
  for (let i = 0; i < checkIns.length; i++) {
    const checkIn = checkIns[i]!
    const week = weekNumber(checkIn.date)
    if (week === null) return `${at}.checkIns.${i}.date: "${checkIn.date}" is not a date that exists`
    const other = weeks.get(week)
    if (other !== undefined)
      return `${at}.checkIns.${i}.date: one check-in per ISO week, and check-in ${other} is in ${isoWeekKey(checkIn.date)} too`
    weeks.set(week, i)
    const problem = ratingProblem(checkIn.ratings, max)
    if (problem !== null) return `${at}.checkIns.${i}.ratings.${problem}`
  }
  const { mentorReviews } = data
  for (let i = 0; i < mentorReviews.length; i++) {
    const problem = ratingProblem(mentorReviews[i]!.ratings, max)
    if (problem !== null) return `${at}.mentorReviews.${i}.ratings.${problem}`
  }

  const actionIds = new Set<string>()
  const { actions } = data
  for (let i = 0; i < actions.length; i++) {
    const action = actions[i]!
    // Deleting one of two actions with the same id would delete both, and Undo would bring back one.
    if (actionIds.has(action.id)) return `${at}.actions.${i}.id: "${action.id}" is the id of another action`
    actionIds.add(action.id)
    for (const field of ['startedOn', 'doneOn'] as const) {
      const date = action[field]
      if (date !== null && !isLocalDate(date)) return `${at}.actions.${i}.${field}: "${date}" is not a date that exists`
    }
  }
  const focus = new Set<string>()
  for (let i = 0; i < data.focus.length; i++) {
    const competencyId = data.focus[i]!
    if (focus.has(competencyId)) return `${at}.focus.${i}: "${competencyId}" is in the focus twice`
    focus.add(competencyId)
  }
  return null
}

/** "<competency id>: <what is wrong>" for the first rating above the scale, or null. */
function ratingProblem(ratings: Readonly<Record<string, number | null>>, max: number | undefined): string | null {
  if (max === undefined) return null
  for (const competencyId in ratings) {
    const value = ratings[competencyId]
    if (value != null && value > max) return `${competencyId}: ${value} is above the top of the scale (${max})`
  }
  return null
}
