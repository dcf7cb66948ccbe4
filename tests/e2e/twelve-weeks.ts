// A twelve-week profile for the layout and progress browser tests: a Product Manager aiming at Senior PM,
// weekly check-ins from 2027-01-04 with weeks 4 and 8 skipped, one dip that recovers (strategy
// 3, 3, 3, 1, 3…), stalled gaps, two competencies that stay equal (communication and data at 2),
// and the AI track on (17 competencies). Stored as schema v3, which the app migrates on load.
import { addDays, isoWeekKey } from '../../src/domain/dates'

const WEEKS = 12
const SKIPPED = new Set([3, 7])

/** Ratings per week (index 0 = 2027-01-04). */
const RATINGS: Record<string, number[]> = {
  'strategy-vision': [2, 3, 3, 3, 1, 3, 3, 3, 3, 3, 3, 3],
  'roadmapping-prioritisation': [2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2],
  'execution-delivery': [3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3],
  'customer-insight': [1, 1, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3],
  'data-analytics': [2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2],
  communication: [2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2],
  'cross-functional-influence': [1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 3, 3],
  'people-leadership': [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
  'business-acumen': [0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2],
  'technical-literacy': [2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2],
  'decision-making': [2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2],
  'process-org-design': [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  'portfolio-management': [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1],
  'ml-fundamentals': [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
  'data-literacy-sql': [2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2],
  'apis-systems-thinking': [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
  'algorithmic-success': [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
}

/** A moment after the last check-in (Wednesday of its week). */
export const TWELVE_WEEKS_NOW = new Date('2027-03-24T10:00:00')

/** The localStorage option of openPage for the twelve-week profile. */
export function twelveWeekStorage(): Record<string, string> {
  const ratingsAt = (i: number) => Object.fromEntries(Object.entries(RATINGS).map(([id, v]) => [id, v[i]!]))
  const checkIns = Array.from({ length: WEEKS }, (_, i) => i)
    .filter((i) => !SKIPPED.has(i))
    .map((i) => {
      const date = addDays('2027-01-04', 7 * i)
      return {
        week: isoWeekKey(date),
        date,
        savedAt: new Date(`${date}T09:00:00`).toISOString(),
        ratings: ratingsAt(i),
        notes: {},
        currentLevelId: 'pm',
        targetLevelId: 'spm',
      }
    })
  const state = {
    profile: { currentLevelId: 'pm', targetLevelId: 'spm', aiTrack: true },
    ratings: ratingsAt(WEEKS - 1),
    notes: {},
    checkIns,
    actions: [],
    focus: [],
  }
  return { trajectory: JSON.stringify({ state, version: 3 }) }
}
