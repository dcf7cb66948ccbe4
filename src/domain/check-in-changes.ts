import type { CheckIn } from './check-in'
import { isoWeekKey } from './dates'

/**
 * How check-ins are kept in storage. In memory every check-in is a whole snapshot: every rating and
 * note, its week and its framework. Stored, a check-in keeps only what changed since the check-in
 * before it, for notes (since stored version 7) and ratings (since version 9), with a marker for a
 * value removed since then ("" for a note, null for a rating); its week and framework are left out
 * (the week is its date's ISO week, the framework the one whose data holds it). Notes are long and
 * ratings many, and both change rarely: five years of weekly copies filled a third of the browser's
 * quota, the changes take a few percent.
 * Every function takes check-ins oldest first, the order they are kept in.
 */

type Values<V> = Readonly<Record<string, V>>

/** Each record → only what changed since the one before it, `removed` for a key it no longer has. */
export function asChanges<V, R>(records: readonly Values<V>[], removed: R): Record<string, V | R>[] {
  let previous: Values<V> = {}
  return records.map((record) => {
    const changes: Record<string, V | R> = {}
    for (const [key, value] of Object.entries(record)) if (previous[key] !== value) changes[key] = value
    for (const key of Object.keys(previous)) if (!Object.hasOwn(record, key)) changes[key] = removed
    previous = record
    return changes
  })
}

/** The reverse of asChanges: each record as it stood, the changes applied in order. */
export function inFull<V, R>(changes: readonly Values<V | R>[], removed: R): Record<string, V>[] {
  let current: Record<string, V> = {}
  return changes.map((change) => {
    current = { ...current }
    for (const [key, value] of Object.entries(change)) {
      if (value === removed) delete current[key]
      else current[key] = value as V
    }
    return current
  })
}

/** A note cleared since the check-in before. */
export const NOTE_REMOVED = ''
/** A rating removed since the check-in before. */
export const RATING_REMOVED = null

/** A check-in as stored from version 9 on. */
export type StoredCheckIn = Omit<CheckIn, 'week' | 'frameworkId' | 'ratings' | 'notes'> & {
  ratings: Readonly<Record<string, number | null>>
  notes: Readonly<Record<string, string>>
}

/** Whole check-ins → the stored form. */
export function checkInsForStorage(checkIns: readonly CheckIn[]): StoredCheckIn[] {
  const ratings = asChanges(
    checkIns.map((c) => c.ratings),
    RATING_REMOVED,
  )
  const notes = asChanges(
    checkIns.map((c) => c.notes),
    NOTE_REMOVED,
  )
  return checkIns.map((c, i) => ({
    date: c.date,
    savedAt: c.savedAt,
    ratings: ratings[i]!,
    notes: notes[i]!,
    currentLevelId: c.currentLevelId,
    targetLevelId: c.targetLevelId,
    frameworkVersion: c.frameworkVersion,
  }))
}

/** The stored form → whole check-ins, for the framework whose data holds them. */
export function checkInsFromStorage(stored: readonly StoredCheckIn[], frameworkId: string): CheckIn[] {
  const ratings = inFull<number, null>(
    stored.map((c) => c.ratings),
    RATING_REMOVED,
  )
  const notes = inFull(
    stored.map((c) => c.notes),
    NOTE_REMOVED,
  )
  return stored.map((c, i) => ({
    week: isoWeekKey(c.date),
    date: c.date,
    savedAt: c.savedAt,
    ratings: ratings[i]!,
    notes: notes[i]!,
    currentLevelId: c.currentLevelId,
    targetLevelId: c.targetLevelId,
    frameworkId,
    frameworkVersion: c.frameworkVersion,
  }))
}
