import type { Ratings } from './framework-schema'

/**
 * A dated snapshot of every rating and note, with the roles at that time.
 * One per ISO week: saving again in the same week replaces that week's snapshot.
 */
export interface CheckIn {
  /** ISO week of the local date of the save, e.g. "2026-W53". */
  week: string
  /** Local calendar date (user's time zone) of the latest save in that week: "YYYY-MM-DD". */
  date: string
  /** The instant of the latest save, ISO 8601 UTC ("2026-11-23T09:15:00.000Z"). */
  savedAt: string
  ratings: Ratings
  notes: Readonly<Record<string, string>>
  currentLevelId: string | null
  targetLevelId: string | null
  /** The framework rated against, and its version: a competency added later is left out of this check-in's figures. */
  frameworkId: string
  frameworkVersion: string
}
