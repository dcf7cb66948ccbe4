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

/** Version 2 adds weekly check-ins: dated snapshots of every rating and note. */
export const checkInSchema = z.object({
  week: z.string().regex(/^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/, 'an ISO week such as 2026-W48'),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date such as 2026-11-23'),
  savedAt: z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'an ISO date-time'),
  ratings: z.record(z.string(), ratingValue),
  notes: z.record(z.string(), z.string()),
  currentLevelId: z.string().nullable(),
  targetLevelId: z.string().nullable(),
})

export const persistedV2 = persistedV1.extend({
  checkIns: z.array(checkInSchema).refine(
    (list) => new Set(list.map((c) => c.week)).size === list.length,
    'one check-in per ISO week',
  ),
})

export type PersistedV2 = z.infer<typeof persistedV2>

export const SCHEMA_VERSION = 2
export const persistedState = persistedV2
export type PersistedState = PersistedV2

export const EMPTY_STATE: PersistedState = {
  profile: { currentLevelId: null, targetLevelId: null, aiTrack: false },
  ratings: {},
  notes: {},
  checkIns: [],
}
