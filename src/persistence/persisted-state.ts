import { z } from 'zod'
import { isIsoWeek } from '../domain/dates'
import { ACTION_STATUSES } from '../domain/plan'

// The built app runs under a CSP without 'unsafe-eval'; zod's compiled parsers would probe
// `new Function` and the browser would report a violation. Interpreted parsing is fast enough here.
z.config({ jitless: true })

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

const isoWeek = z.string().refine(isIsoWeek, 'an ISO week that exists, such as 2026-W48')
const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date such as 2026-11-23')

/** Version 2 adds weekly check-ins: dated snapshots of every rating and note. */
export const checkInSchema = z.object({
  week: isoWeek,
  date: localDate,
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

/** Version 3 adds the growth plan: actions and at most three focus competencies. */
export const actionSchema = z.object({
  id: z.string().min(1),
  competencyId: z.string().min(1),
  title: z.string().trim().min(1).max(200),
  status: z.enum(ACTION_STATUSES),
  targetWeek: isoWeek.nullable(),
  expectedEffect: z.object({ from: ratingValue, to: ratingValue }).nullable(),
  startedOn: localDate.nullable(),
  doneOn: localDate.nullable(),
  suggestionId: z.string().nullable(),
})

export const persistedV3 = persistedV2.extend({
  actions: z.array(actionSchema),
  focus: z.array(z.string()).max(3, 'at most three focus competencies'),
})

export type PersistedV3 = z.infer<typeof persistedV3>

export const SCHEMA_VERSION = 3
export const persistedState = persistedV3
export type PersistedState = PersistedV3

export const EMPTY_STATE: PersistedState = {
  profile: { currentLevelId: null, targetLevelId: null, aiTrack: false },
  ratings: {},
  notes: {},
  checkIns: [],
  actions: [],
  focus: [],
}
