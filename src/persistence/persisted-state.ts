import { z } from 'zod'

/**
 * What the app keeps in localStorage: only the user's own data. Gaps, readiness
 * and level fit are derived on every render, so framework edits need no migration.
 *
 * Each schema version is named and frozen; a new version adds a schema here and a
 * migration step in migrations.ts, never an edit to an old one.
 */
export const STORAGE_KEY = 'trajectory'

const ratingValue = z.number().int().min(0).max(10)

export const persistedV1 = z.object({
  profile: z.object({
    currentLevelId: z.string().nullable(),
    targetLevelId: z.string().nullable(),
    aiTrack: z.boolean(),
  }),
  ratings: z.record(z.string(), ratingValue),
  notes: z.record(z.string(), z.string()),
})

export type PersistedV1 = z.infer<typeof persistedV1>

export const SCHEMA_VERSION = 1
export const persistedState = persistedV1
export type PersistedState = PersistedV1

export const EMPTY_STATE: PersistedState = {
  profile: { currentLevelId: null, targetLevelId: null, aiTrack: false },
  ratings: {},
  notes: {},
}
