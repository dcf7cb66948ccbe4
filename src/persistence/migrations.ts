import * as v from 'valibot'
import { NOTE_REMOVED, RATING_REMOVED, asChanges } from '../domain/check-in-changes'
import { BUILT_IN_FRAMEWORK_ID } from '../domain/framework'
import { WORDED_BY_US, describeIssue } from '../domain/validation-issues'
import { SCHEMA_VERSION } from './persisted-constants'
import { persistedState, readStoredFrameworks, type PersistedState } from './persisted-state'
import { storedRuleProblem } from './stored-rules'
import { asWellFormedState } from './well-formed-state'

export type RestoreResult = { ok: true; state: PersistedState } | { ok: false; reason: string }

/** `data.pm-ladder.checkIns.0.week`, or `root` for the data itself. */
const dotted = (path: readonly (string | number)[]) => path.join('.') || 'root'

const isObject = (data: unknown): data is Record<string, unknown> => typeof data === 'object' && data !== null

/** A named step that turns data of version `from` into version `from + 1`; the final check validates the rest. */
interface Migration {
  from: number
  name: string
  up: (data: unknown) => unknown
}

/** v1 → v2: check-ins arrive; a v1 profile has none yet. */
const addCheckIns: Migration = {
  from: 1,
  name: 'addCheckIns',
  up: (data) => (isObject(data) ? { ...data, checkIns: [] } : data),
}

/** v2 → v3: the growth plan arrives, empty. */
const addPlan: Migration = {
  from: 2,
  name: 'addPlan',
  up: (data) => (isObject(data) ? { ...data, actions: [], focus: [] } : data),
}

/**
 * v3 → v4: everything so far was rated against the built-in framework, so it becomes that
 * framework's data. The AI-track switch becomes the choice for the built-in "ai" track, and
 * every check-in records the built-in framework's first version.
 */
const moveDataUnderBuiltInFramework: Migration = {
  from: 3,
  name: 'moveDataUnderBuiltInFramework',
  up: (data) => {
    if (!isObject(data)) return data
    const { profile, checkIns, ...rest } = data
    const { aiTrack, ...roles } = isObject(profile) ? profile : { aiTrack: undefined }
    return {
      activeFrameworkId: BUILT_IN_FRAMEWORK_ID,
      frameworks: [],
      data: {
        [BUILT_IN_FRAMEWORK_ID]: {
          ...rest,
          profile: isObject(profile) ? { ...roles, tracks: aiTrack === true ? { ai: true } : {} } : profile,
          checkIns: Array.isArray(checkIns)
            ? checkIns.map((c: unknown) =>
                isObject(c) ? { ...c, frameworkId: BUILT_IN_FRAMEWORK_ID, frameworkVersion: '1' } : c,
              )
            : checkIns,
          notRelevant: [],
        },
      },
    }
  },
}

/** v4 → v5: backups are remembered from now on; nothing was exported through the app before. */
const addBackupRecord: Migration = {
  from: 4,
  name: 'addBackupRecord',
  up: (data) => (isObject(data) ? { ...data, backup: { lastExportAt: null, reminderDismissedAt: null } } : data),
}

/** v5 → v6: mentors arrive; no framework has reviews or share links yet. */
const addMentorReviews: Migration = {
  from: 5,
  name: 'addMentorReviews',
  up: (data) => {
    if (!isObject(data) || !isObject(data.data)) return data
    const frameworks = Object.entries(data.data).map(([id, d]) => [
      id,
      isObject(d) ? { ...d, mentorReviews: [], shareIds: [] } : d,
    ])
    return { ...data, data: Object.fromEntries(frameworks) }
  },
}

/** v6 → v7: each check-in keeps only the notes that changed since the one before. */
const storeNotesOnlyWhenChanged: Migration = {
  from: 6,
  name: 'storeNotesOnlyWhenChanged',
  up: (data) => {
    if (!isObject(data) || !isObject(data.data)) return data
    const frameworks = Object.entries(data.data).map(([id, d]) => {
      const fits =
        isObject(d) && Array.isArray(d.checkIns) && d.checkIns.every((c: unknown) => isObject(c) && isObject(c.notes))
      // Anything else is left for the final check to refuse with a reason.
      if (!fits) return [id, d]
      const checkIns = d.checkIns as Record<string, unknown>[]
      const notes = asChanges(
        checkIns.map((c) => c.notes as Record<string, string>),
        NOTE_REMOVED,
      )
      return [id, { ...d, checkIns: checkIns.map((c, i) => ({ ...c, notes: notes[i] })) }]
    })
    return { ...data, data: Object.fromEntries(frameworks) }
  },
}

/** v7 → v8: a profile may record a background (for "Not a PM yet"); nobody has chosen one yet. */
const addBackground: Migration = {
  from: 7,
  name: 'addBackground',
  up: (data) => {
    if (!isObject(data) || !isObject(data.data)) return data
    const frameworks = Object.entries(data.data).map(([id, d]) => [
      id,
      // Anything else is left for the final check to refuse with a reason.
      isObject(d) && isObject(d.profile) ? { ...d, profile: { ...d.profile, background: null } } : d,
    ])
    return { ...data, data: Object.fromEntries(frameworks) }
  },
}

/**
 * v8 → v9: each check-in keeps only the ratings that changed since the one before (null for one
 * removed), and no longer repeats its week (its date's) or its framework id (its data's key).
 */
const storeRatingsOnlyWhenChanged: Migration = {
  from: 8,
  name: 'storeRatingsOnlyWhenChanged',
  up: (data) => {
    if (!isObject(data) || !isObject(data.data)) return data
    const frameworks = Object.entries(data.data).map(([id, d]) => {
      const fits =
        isObject(d) &&
        Array.isArray(d.checkIns) &&
        d.checkIns.every((c: unknown) => isObject(c) && isObject(c.ratings) && !Array.isArray(c.ratings))
      // Anything else is left for the final check to refuse with a reason.
      if (!fits) return [id, d]
      const checkIns = d.checkIns as Record<string, unknown>[]
      const ratings = asChanges(
        checkIns.map((c) => c.ratings as Record<string, number>),
        RATING_REMOVED,
      )
      return [
        id,
        {
          ...d,
          checkIns: checkIns.map((c, i) => ({ ...withoutRepeats(c), ratings: ratings[i] })),
        },
      ]
    })
    return { ...data, data: Object.fromEntries(frameworks) }
  },
}

/** A check-in without what version 9 no longer repeats: its week and its framework id. */
const withoutRepeats = (checkIn: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(checkIn).filter(([key]) => key !== 'week' && key !== 'frameworkId'))

const MIGRATIONS: readonly Migration[] = [
  addCheckIns,
  addPlan,
  moveDataUnderBuiltInFramework,
  addBackupRecord,
  addMentorReviews,
  storeNotesOnlyWhenChanged,
  addBackground,
  storeRatingsOnlyWhenChanged,
]

/**
 * Brings stored or imported data of any known version to the current shape and checks it.
 * Never throws: a newer version, an unknown one, or data that does not fit is refused with a reason.
 */
export function migratePersisted(data: unknown, version: number): RestoreResult {
  if (!Number.isInteger(version) || version < 1) return { ok: false, reason: `unknown data version ${String(version)}` }
  if (version > SCHEMA_VERSION)
    return {
      ok: false,
      reason: `the data was saved by a newer version of Trajectory (data version ${version}, this app reads up to ${SCHEMA_VERSION})`,
    }
  let current = data
  for (let v = version; v < SCHEMA_VERSION; v++) {
    const step = MIGRATIONS.find((m) => m.from === v)
    if (!step) return { ok: false, reason: `no migration from data version ${v}` }
    try {
      current = step.up(current)
    } catch (error) {
      return { ok: false, reason: `migration ${step.name} (from version ${v}) failed: ${String(error)}` }
    }
  }
  let state = asWellFormedState(current, readStoredFrameworks)
  if (!state) {
    const parsed = v.safeParse(persistedState, current, WORDED_BY_US)
    if (!parsed.success)
      return { ok: false, reason: `the data does not fit: ${describeIssue(parsed.issues[0], current, dotted)}` }
    state = parsed.output
  }
  const problem = storedRuleProblem(state)
  if (problem) return { ok: false, reason: `the data does not fit: ${problem}` }
  return { ok: true, state }
}
