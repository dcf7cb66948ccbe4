import { BUILT_IN_FRAMEWORK_ID } from '../domain/framework'
import type { FrameworkData, PersistedState } from './persisted-state'

// Apart from persisted-state.ts, which holds the schemas: the first screen needs these values, and the
// schemas (with valibot) load only when stored data needs more than the plain check (stored-check.ts).

/** The localStorage key of everything the app stores. */
export const STORAGE_KEY = 'trajectory'

/** The version of the stored shape: persistedState in persisted-state.ts; older ones are migrated up. */
export const SCHEMA_VERSION = 9

export const EMPTY_FRAMEWORK_DATA: FrameworkData = {
  profile: { currentLevelId: null, targetLevelId: null, tracks: {}, background: null },
  ratings: {},
  notes: {},
  checkIns: [],
  actions: [],
  focus: [],
  notRelevant: [],
  mentorReviews: [],
  shareIds: [],
}

export const EMPTY_STATE: PersistedState = {
  activeFrameworkId: BUILT_IN_FRAMEWORK_ID,
  frameworks: [],
  data: {},
  backup: { lastExportAt: null, reminderDismissedAt: null },
}
