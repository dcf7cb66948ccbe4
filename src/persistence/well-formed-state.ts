import { isIsoWeek } from '../domain/dates'
import { BUILT_IN_FRAMEWORK_ID } from '../domain/framework'
import { ACTION_STATUSES } from '../domain/plan'
import type { PersistedState } from './persisted-state'

/** The imported frameworks checked (by valibot: persisted-state.ts' `readStoredFrameworks`), or null. */
export type FrameworksCheck = (frameworks: readonly unknown[]) => PersistedState['frameworks'] | null

/**
 * The stored text of the current version, checked in plain code: the state as it is when it has exactly
 * the shape `persistedState` (persisted-state.ts) describes, or null for anything else.
 *
 * Why a second check of the same shape: valibot runs every value of five years of check-ins through its
 * pipes, allocating as it goes, and at start-up that code runs cold. It took most of the ~50 ms the read
 * cost at 4× CPU slowdown. This check takes the common case, data the app saved itself; anything it does
 * not accept word for word (a wrong value, a missing or unknown field, text valibot would trim) goes to
 * valibot, which stays the authority and words the refusal. A property test holds the two together: this
 * never accepts what valibot refuses, and what it accepts is what valibot outputs.
 */
export function asWellFormedState(value: unknown, checkFrameworks?: FrameworksCheck): PersistedState | null {
  if (!hasExactly(value, STATE_KEYS)) return null
  if (!isNonEmpty(value.activeFrameworkId) || !isBackup(value.backup) || !isRecordOf(value.data, isFrameworkData))
    return null
  if (!Array.isArray(value.frameworks)) return null
  // Imported frameworks are few and their shape is large: it stays valibot's alone. Without that check
  // (not loaded at start-up), data with imported frameworks is left to the full check.
  const list = value.frameworks.length === 0 ? [] : (checkFrameworks?.(value.frameworks) ?? null)
  if (!list) return null
  const ids = [BUILT_IN_FRAMEWORK_ID, ...list.map((f) => f.framework.id)]
  if (new Set(ids).size !== ids.length || !ids.includes(value.activeFrameworkId as string)) return null
  return { ...(value as Omit<PersistedState, 'frameworks'>), frameworks: list }
}

type Check = (value: unknown) => boolean

const STATE_KEYS = { required: ['activeFrameworkId', 'frameworks', 'data', 'backup'] }
const BACKUP_KEYS = { required: ['lastExportAt', 'reminderDismissedAt'] }
const PROFILE_KEYS = { required: ['currentLevelId', 'targetLevelId', 'tracks'], optional: ['background'] }
const DATA_KEYS = {
  required: ['profile', 'ratings', 'notes', 'checkIns', 'actions', 'focus', 'notRelevant', 'mentorReviews', 'shareIds'],
}
const CHECK_IN_KEYS = {
  required: ['date', 'savedAt', 'ratings', 'notes', 'currentLevelId', 'targetLevelId', 'frameworkVersion'],
}
const ACTION_KEYS = {
  required: [
    'id',
    'competencyId',
    'title',
    'status',
    'targetWeek',
    'expectedEffect',
    'startedOn',
    'doneOn',
    'suggestionId',
  ],
}
const EFFECT_KEYS = { required: ['from', 'to'] }
const REVIEW_KEYS = {
  required: ['id', 'shareId', 'mentorName', 'ratedAt', 'receivedAt', 'ratings', 'comments'],
}

/** Keys valibot's records skip (and so would drop): never accepted here. */
const UNSAFE_KEYS = new Set(['__proto__', 'prototype', 'constructor'])

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * An object with as many keys as `keys` names: every required one, and those of the optional ones it holds.
 * Which keys they are is left to the check of each field, which refuses a missing (undefined) value: a
 * required key missing with an unknown one in its place fails there (valibot drops unknown keys, so any
 * is refused here). Counting, not looking each key up: one function looking up the keys of objects of a
 * dozen shapes is slow (its lookups turn megamorphic), and it ran for every check-in and action.
 */
function hasExactly(
  value: unknown,
  keys: { required: readonly string[]; optional?: readonly string[] },
): value is Record<string, unknown> {
  if (!isPlainObject(value)) return false
  let expected = keys.required.length
  for (const key of keys.optional ?? []) if (key in value) expected++
  let count = 0
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- only counted
  for (const _key in value) if (++count > expected) return false
  return count === expected
}

const isString: Check = (value) => typeof value === 'string'
const isNonEmpty: Check = (value) => typeof value === 'string' && value.length > 0
const isRating: Check = (value) => typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 10
const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/
const isDate: Check = (value) => typeof value === 'string' && DATE_SHAPE.test(value)
const isInstant: Check = (value) => typeof value === 'string' && !Number.isNaN(Date.parse(value))
// Plain functions of the value, no closure made per call: this runs over every item of five years.
const nullOr = (check: Check, value: unknown) => value === null || check(value)
const isRatingOrNull: Check = (value) => value === null || isRating(value)
const isWeek: Check = (value) => typeof value === 'string' && isIsoWeek(value)
const isTrimmed = (value: unknown, max: number) =>
  typeof value === 'string' && value.length >= 1 && value.length <= max && value.trim() === value

function isRecordOf(value: unknown, check: Check): boolean {
  if (!isPlainObject(value)) return false
  for (const key in value) if (UNSAFE_KEYS.has(key) || !check(value[key])) return false
  return true
}

function isArrayOf(value: unknown, check: Check): boolean {
  if (!Array.isArray(value)) return false
  for (const item of value) if (!check(item)) return false
  return true
}

const isBackup: Check = (value) =>
  hasExactly(value, BACKUP_KEYS) &&
  nullOr(isInstant, value.lastExportAt) &&
  nullOr(isInstant, value.reminderDismissedAt)

const isProfile: Check = (value) =>
  hasExactly(value, PROFILE_KEYS) &&
  nullOr(isString, value.currentLevelId) &&
  nullOr(isString, value.targetLevelId) &&
  isRecordOf(value.tracks, (on) => typeof on === 'boolean') &&
  (!('background' in value) || nullOr(isNonEmpty, value.background))

const isCheckIn: Check = (value) =>
  hasExactly(value, CHECK_IN_KEYS) &&
  isDate(value.date) &&
  isInstant(value.savedAt) &&
  isRecordOf(value.ratings, isRatingOrNull) &&
  isRecordOf(value.notes, isString) &&
  nullOr(isString, value.currentLevelId) &&
  nullOr(isString, value.targetLevelId) &&
  isNonEmpty(value.frameworkVersion)

const isEffect: Check = (value) => hasExactly(value, EFFECT_KEYS) && isRating(value.from) && isRating(value.to)

const isAction: Check = (value) =>
  hasExactly(value, ACTION_KEYS) &&
  isNonEmpty(value.id) &&
  isNonEmpty(value.competencyId) &&
  isTrimmed(value.title, 200) &&
  (ACTION_STATUSES as readonly unknown[]).includes(value.status) &&
  nullOr(isWeek, value.targetWeek) &&
  nullOr(isEffect, value.expectedEffect) &&
  nullOr(isDate, value.startedOn) &&
  nullOr(isDate, value.doneOn) &&
  nullOr(isString, value.suggestionId)

const isReview: Check = (value) =>
  hasExactly(value, REVIEW_KEYS) &&
  isNonEmpty(value.id) &&
  isNonEmpty(value.shareId) &&
  isTrimmed(value.mentorName, 80) &&
  isInstant(value.ratedAt) &&
  isInstant(value.receivedAt) &&
  isRecordOf(value.ratings, isRating) &&
  isRecordOf(value.comments, (text) => typeof text === 'string' && text.length <= 2000)

const isFrameworkData: Check = (value) =>
  hasExactly(value, DATA_KEYS) &&
  isProfile(value.profile) &&
  isRecordOf(value.ratings, isRating) &&
  isRecordOf(value.notes, isString) &&
  isArrayOf(value.checkIns, isCheckIn) &&
  isArrayOf(value.actions, isAction) &&
  isArrayOf(value.focus, isString) &&
  (value.focus as unknown[]).length <= 3 &&
  isArrayOf(value.notRelevant, isString) &&
  isArrayOf(value.mentorReviews, isReview) &&
  isArrayOf(value.shareIds, isNonEmpty)
