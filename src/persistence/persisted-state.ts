import { z } from 'zod'
import { isIsoWeek } from '../domain/dates'
import { BUILT_IN_FRAMEWORK_ID } from '../domain/framework'
import { frameworkSchema } from '../domain/framework-schema'
import { ACTION_STATUSES } from '../domain/plan'

/**
 * What the app keeps in localStorage: only the user's own data. Gaps, readiness
 * and level fit are derived on every render, so framework edits need no migration.
 *
 * Only the current version is validated: data of an older version is first upgraded by the named
 * steps in migrations.ts (each with its fixture in tests/fixtures/). The schemas from version 4 on
 * stay named and frozen; a new version adds a schema here and a migration step, never an edit to an
 * old one.
 */
export const STORAGE_KEY = 'trajectory'

const ratingValue = z.number().int().min(0).max(10)

const isoWeek = z.string().refine(isIsoWeek, 'an ISO week that exists, such as 2026-W48')
const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date such as 2026-11-23')

/** Version 2 adds weekly check-ins: dated snapshots of every rating and note. */
const checkInSchema = z.object({
  week: isoWeek,
  date: localDate,
  savedAt: z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'an ISO date-time'),
  ratings: z.record(z.string(), ratingValue),
  notes: z.record(z.string(), z.string()),
  currentLevelId: z.string().nullable(),
  targetLevelId: z.string().nullable(),
})

/** Version 3 adds the growth plan: actions and at most three focus competencies. */
const actionSchema = z.object({
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

/**
 * Version 4: the user's data is kept per framework, so switching frameworks loses nothing, and
 * imported frameworks are stored with it. The profile's AI-track switch becomes a choice per track,
 * a competency can be marked "not relevant to me", and a check-in records its framework and version.
 */
const checkInV4 = checkInSchema.extend({
  frameworkId: z.string().min(1),
  frameworkVersion: z.string().min(1),
})

const frameworkDataV4 = z.object({
  profile: z.object({
    currentLevelId: z.string().nullable(),
    targetLevelId: z.string().nullable(),
    tracks: z.record(z.string(), z.boolean()),
  }),
  ratings: z.record(z.string(), ratingValue),
  notes: z.record(z.string(), z.string()),
  checkIns: z
    .array(checkInV4)
    .refine((list) => new Set(list.map((c) => c.week)).size === list.length, 'one check-in per ISO week'),
  actions: z.array(actionSchema),
  focus: z.array(z.string()).max(3, 'at most three focus competencies'),
  notRelevant: z.array(z.string()),
})

const storedFrameworkSchema = z.object({
  framework: frameworkSchema,
  /** Competency ids of the versions it replaced (see domain/framework-versions.ts). */
  history: z.record(z.string(), z.array(z.string())),
  importedAt: z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'an ISO date-time'),
})

const persistedV4 = z
  .object({
    activeFrameworkId: z.string().min(1),
    /** Imported frameworks; the built-in one lives in the code. */
    frameworks: z.array(storedFrameworkSchema),
    /** Each framework's data by framework id; a framework never used has none. */
    data: z.record(z.string(), frameworkDataV4),
  })
  .superRefine((s, ctx) => {
    const ids = [BUILT_IN_FRAMEWORK_ID]
    s.frameworks.forEach((f, i) => {
      if (ids.includes(f.framework.id))
        ctx.addIssue({
          code: 'custom',
          message: `framework id "${f.framework.id}" is used twice`,
          path: ['frameworks', i],
        })
      ids.push(f.framework.id)
    })
    if (!ids.includes(s.activeFrameworkId))
      ctx.addIssue({
        code: 'custom',
        message: `no framework has the id "${s.activeFrameworkId}"`,
        path: ['activeFrameworkId'],
      })
  })

const instant = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'an ISO date-time')

/**
 * Version 5 remembers backups: when the user last exported (to remind them after four check-ins or
 * 30 days without one) and when they last dismissed that reminder (quiet until the next check-in).
 */
const persistedV5 = persistedV4.safeExtend({
  backup: z.object({
    lastExportAt: instant.nullable(),
    reminderDismissedAt: instant.nullable(),
  }),
})
type PersistedV5 = z.infer<typeof persistedV5>
export type BackupRecord = PersistedV5['backup']

/** A mentor's ratings of the user, received as a reply to a share link. */
const mentorReviewSchema = z.object({
  id: z.string().min(1),
  /** The share link it answers: a reply is accepted only for a link this browser created. */
  shareId: z.string().min(1),
  mentorName: z.string().trim().min(1).max(80),
  /** When the mentor created the reply, and when the user added it. */
  ratedAt: instant,
  receivedAt: instant,
  ratings: z.record(z.string(), ratingValue),
  comments: z.record(z.string(), z.string().max(2000)),
})
export type MentorReview = z.infer<typeof mentorReviewSchema>

/**
 * Version 6 adds mentors, per framework: the reviews received in reply to share links, and the ids of
 * the share links this browser created (so a reply to someone else's link is refused).
 */
const frameworkDataV6 = frameworkDataV4.extend({
  mentorReviews: z.array(mentorReviewSchema),
  shareIds: z.array(z.string().min(1)),
})

const persistedV6 = persistedV5.safeExtend({ data: z.record(z.string(), frameworkDataV6) })

/**
 * Version 7 keeps the shape and changes what a check-in's notes mean in storage: only the notes that
 * changed since the check-in before ("" for a cleared one), not a copy of every note (see
 * domain/check-in-notes.ts). The store expands them on read and compresses them on write.
 */
const persistedV7 = persistedV6

/**
 * Version 8 adds the background of someone who starts before the ladder ("Not a PM yet": engineering,
 * design, marketing…), an id from the framework's starting point, or null. Optional in the shape, set to
 * null by the migration: a version-7 app refuses version-8 data instead of dropping the field unseen.
 */
export const frameworkDataSchema = frameworkDataV6.extend({
  profile: frameworkDataV6.shape.profile.extend({
    background: z.string().min(1).nullable().optional(),
  }),
})
/** One framework's data, as the current version stores it. */
export type FrameworkData = z.infer<typeof frameworkDataSchema>

const persistedV8 = persistedV7.safeExtend({ data: z.record(z.string(), frameworkDataSchema) })
type PersistedV8 = z.infer<typeof persistedV8>

export const SCHEMA_VERSION = 8
export const persistedState = persistedV8
export type PersistedState = PersistedV8

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
