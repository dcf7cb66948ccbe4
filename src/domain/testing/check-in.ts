import type { CheckIn } from '../check-in'
import { isoWeekKey } from '../dates'
import type { Ratings } from '../framework-schema'

/** A check-in on a local date for unit tests; its week is derived as the app derives it. */
export function testCheckIn(date: string, ratings: Ratings = {}, patch: Partial<CheckIn> = {}): CheckIn {
  return {
    week: isoWeekKey(date),
    date,
    savedAt: `${date}T12:00:00.000Z`,
    ratings,
    notes: {},
    currentLevelId: 'junior',
    targetLevelId: 'mid',
    frameworkId: 'tiny',
    frameworkVersion: '1',
    ...patch,
  }
}
