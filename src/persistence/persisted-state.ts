import * as v from 'valibot'
import type { CheckIn } from '../domain/check-in'
import { isIsoWeek } from '../domain/dates'
import { BUILT_IN_FRAMEWORK_ID } from '../domain/framework'
import { frameworkSchema } from '../domain/framework-schema'
import { ACTION_STATUSES } from '../domain/plan'
import { issueAt } from '../domain/validation-issues'

/**
 * What the app keeps in localStorage: only the user's own data. Gaps, readiness
 * and level fit are derived on every render, so framework edits need no migration.
 *
 * Only the current version is validated: data of an older version is first upgraded by the named
 * steps in migrations.ts (each with its fixture in tests/fixtures/). The schemas from version 4 on
 * stay named and frozen; a new version adds a schema here and a migration step, never an edit to an
 * old one.
 */
const ratingValue = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10))
const nonEmpty = v.pipe(v.string(), v.minLength(1))

const isoWeek = v.pipe(v.string(), v.check(isIsoWeek, 'an ISO week that exists, such as 2026-W48'))
const localDate = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'a date such as 2026-11-23'))
const instant = v.pipe(
  v.string(),
  v.check((s) => !Number.isNaN(Date.parse(s)), 'an ISO date-time'),
)

/** Version 2 adds weekly check-ins: dated snapshots of every rating and note. */
const checkInEntries = {
  week: isoWeek,
  date: localDate,
  savedAt: instant,
  ratings: v.record(v.string(), ratingValue),
  notes: v.record(v.string(), v.string()),
  currentLevelId: v.nullable(v.string()),
  targetLevelId: v.nullable(v.string()),
}

/** Version 3 adds the growth plan: actions and at most three focus competencies. */
const actionSchema = v.object({
  id: nonEmpty,
  competencyId: nonEmpty,
  title: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200)),
  status: v.picklist(ACTION_STATUSES),
  targetWeek: v.nullable(isoWeek),
  expectedEffect: v.nullable(v.object({ from: ratingValue, to: ratingValue })),
  startedOn: v.nullable(localDate),
  doneOn: v.nullable(localDate),
  suggestionId: v.nullable(v.string()),
})

/**
 * Version 4: the user's data is kept per framework, so switching frameworks loses nothing, and
 * imported frameworks are stored with it. The profile's AI-track switch becomes a choice per track,
 * a competency can be marked "not relevant to me", and a check-in records its framework and version.
 */
const checkInV4 = v.object({
  ...checkInEntries,
  frameworkId: nonEmpty,
  frameworkVersion: nonEmpty,
})

const profileV4 = {
  currentLevelId: v.nullable(v.string()),
  targetLevelId: v.nullable(v.string()),
  tracks: v.record(v.string(), v.boolean()),
}

const frameworkDataV4 = {
  profile: v.object(profileV4),
  ratings: v.record(v.string(), ratingValue),
  notes: v.record(v.string(), v.string()),
  checkIns: v.pipe(
    v.array(checkInV4),
    v.check((list) => new Set(list.map((c) => c.week)).size === list.length, 'one check-in per ISO week'),
  ),
  actions: v.array(actionSchema),
  focus: v.pipe(v.array(v.string()), v.maxLength(3, 'at most three focus competencies')),
  notRelevant: v.array(v.string()),
}

const storedFrameworkSchema = v.object({
  framework: frameworkSchema,
  /** Competency ids of the versions it replaced (see domain/framework-versions.ts). */
  history: v.record(v.string(), v.array(v.string())),
  importedAt: instant,
})

/** Imported frameworks; the built-in one lives in the code. */
const storedFrameworks = v.array(storedFrameworkSchema)

/** Imported frameworks as stored, checked; null when they do not fit (the full check words why). */
export function readStoredFrameworks(frameworks: readonly unknown[]): v.InferOutput<typeof storedFrameworks> | null {
  const read = v.safeParse(storedFrameworks, frameworks)
  return read.success ? read.output : null
}

const persistedV4 = {
  activeFrameworkId: nonEmpty,
  frameworks: storedFrameworks,
  /** Each framework's data by framework id; a framework never used has none. */
  data: v.record(v.string(), v.object(frameworkDataV4)),
}

interface FrameworkIds {
  activeFrameworkId: string
  frameworks: readonly { framework: { id: string } }[]
}

/** Every version from 4 on: framework ids name one framework each, and the active one exists. */
function knownFrameworks<T extends FrameworkIds>() {
  return v.rawCheck<T>(({ dataset, addIssue }) => {
    if (!dataset.typed) return
    const s = dataset.value
    const ids: string[] = [BUILT_IN_FRAMEWORK_ID]
    s.frameworks.forEach((f, i) => {
      if (ids.includes(f.framework.id))
        addIssue({ message: `framework id "${f.framework.id}" is used twice`, path: issueAt(s, ['frameworks', i]) })
      ids.push(f.framework.id)
    })
    if (!ids.includes(s.activeFrameworkId))
      addIssue({ message: `no framework has the id "${s.activeFrameworkId}"`, path: issueAt(s, ['activeFrameworkId']) })
  })
}

/**
 * Version 5 remembers backups: when the user last exported (to remind them after four check-ins or
 * 30 days without one) and when they last dismissed that reminder (quiet until the next check-in).
 */
const backupSchema = v.object({
  lastExportAt: v.nullable(instant),
  reminderDismissedAt: v.nullable(instant),
})
const persistedV5 = { ...persistedV4, backup: backupSchema }
export type BackupRecord = v.InferOutput<typeof backupSchema>

/** A mentor's ratings of the user, received as a reply to a share link. */
const mentorReviewSchema = v.object({
  id: nonEmpty,
  /** The share link it answers: a reply is accepted only for a link this browser created. */
  shareId: nonEmpty,
  mentorName: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(80)),
  /** When the mentor created the reply, and when the user added it. */
  ratedAt: instant,
  receivedAt: instant,
  ratings: v.record(v.string(), ratingValue),
  comments: v.record(v.string(), v.pipe(v.string(), v.maxLength(2000))),
})
export type MentorReview = v.InferOutput<typeof mentorReviewSchema>

/**
 * Version 6 adds mentors, per framework: the reviews received in reply to share links, and the ids of
 * the share links this browser created (so a reply to someone else's link is refused).
 */
const frameworkDataV6 = {
  ...frameworkDataV4,
  mentorReviews: v.array(mentorReviewSchema),
  shareIds: v.array(nonEmpty),
}

const persistedV6 = { ...persistedV5, data: v.record(v.string(), v.object(frameworkDataV6)) }

/**
 * Version 7 keeps the shape and changes what a check-in's notes mean in storage: only the notes that
 * changed since the check-in before ("" for a cleared one), not a copy of every note (see
 * domain/check-in-changes.ts). The store expands them on read and compresses them on write.
 */
const persistedV7 = persistedV6

/**
 * Version 8 adds the background of someone who starts before the ladder ("Not a PM yet": engineering,
 * design, marketing…), an id from the framework's starting point, or null. Optional in the shape, set to
 * null by the migration: a version-7 app refuses version-8 data instead of dropping the field unseen.
 */
const frameworkDataV8 = {
  ...frameworkDataV6,
  profile: v.object({ ...profileV4, background: v.optional(v.nullable(nonEmpty)) }),
}

const persistedV8 = { ...persistedV7, data: v.record(v.string(), v.object(frameworkDataV8)) }

/**
 * Version 9 stores a check-in's ratings as its notes since version 7: only those that changed since
 * the check-in before (null for a rating removed since), and leaves out what each check-in repeated:
 * its week (its date's ISO week) and its framework (the one whose data holds it). See
 * domain/check-in-changes.ts; the store expands check-ins on read and compresses them on write. One
 * check-in per ISO week is then a rule of stored-rules.ts, which knows how to find a date's week.
 */
const storedCheckInV9 = v.object({
  date: localDate,
  savedAt: instant,
  ratings: v.record(v.string(), v.nullable(ratingValue)),
  notes: v.record(v.string(), v.string()),
  currentLevelId: v.nullable(v.string()),
  targetLevelId: v.nullable(v.string()),
  frameworkVersion: nonEmpty,
})

const frameworkDataV9 = { ...frameworkDataV8, checkIns: v.array(storedCheckInV9) }

const persistedV9Shape = v.object({ ...persistedV8, data: v.record(v.string(), v.object(frameworkDataV9)) })
const persistedV9 = v.pipe(persistedV9Shape, knownFrameworks<v.InferOutput<typeof persistedV9Shape>>())

/** The current version's schema (its number, SCHEMA_VERSION, is in persisted-constants.ts). */
export const persistedState = persistedV9
/** Everything stored, as the current version stores it (check-ins compressed). */
export type PersistedState = v.InferOutput<typeof persistedV9>
/** One framework's data as stored: each check-in keeps only what changed since the one before. */
export type StoredFrameworkData = PersistedState['data'][string]
/** One framework's data in memory: every check-in whole (domain/check-in-changes.ts turns one into the other). */
export type FrameworkData = Omit<StoredFrameworkData, 'checkIns'> & { checkIns: CheckIn[] }
