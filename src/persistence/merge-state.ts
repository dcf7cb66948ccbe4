import { checkInsForStorage, checkInsFromStorage } from '../domain/check-in-changes'
import { EMPTY_FRAMEWORK_DATA } from './persisted-constants'
import type { FrameworkData, PersistedState, StoredFrameworkData } from './persisted-state'

/**
 * A three-way merge of stored states, for two tabs that both changed the data: `base` is the last
 * data both tabs held, `mine` this tab's, `theirs` what another tab saved. Items are merged one by
 * one (a rating, a note, a check-in week, an action, a framework's data): an item only one side
 * changed takes that side's value, so different edits both survive; an item both changed takes the
 * later edit, which `later` names (this tab's when it is about to save, theirs when reading theirs).
 */
export function mergeStates(
  base: PersistedState,
  mine: PersistedState,
  theirs: PersistedState,
  later: 'mine' | 'theirs' = 'mine',
): PersistedState {
  const pick = <T>(b: T | undefined, m: T | undefined, t: T | undefined) => pickLater(b, m, t, later)
  const mergeList = <T>(b: readonly T[], m: readonly T[], t: readonly T[], id: (item: T) => string) =>
    mergeListLater(b, m, t, id, later)
  // Check-ins are merged whole (item by item, by week): stored, each holds only changes from the one before.
  return {
    activeFrameworkId: pick(base.activeFrameworkId, mine.activeFrameworkId, theirs.activeFrameworkId)!,
    frameworks: mergeList(base.frameworks, mine.frameworks, theirs.frameworks, (f) => f.framework.id),
    data: mergeRecordLater(base.data, mine.data, theirs.data, later, (b, m, t, id) => {
      const inFull = (d: StoredFrameworkData): FrameworkData => ({
        ...d,
        checkIns: checkInsFromStorage(d.checkIns, id),
      })
      const merged = mergeData(inFull(b ?? EMPTY_FRAMEWORK_DATA), inFull(m), inFull(t), later)
      return { ...merged, checkIns: checkInsForStorage(merged.checkIns) }
    }),
    backup: {
      lastExportAt: pick(base.backup.lastExportAt, mine.backup.lastExportAt, theirs.backup.lastExportAt) ?? null,
      reminderDismissedAt:
        pick(base.backup.reminderDismissedAt, mine.backup.reminderDismissedAt, theirs.backup.reminderDismissedAt) ??
        null,
    },
  }
}

function mergeData(
  base: FrameworkData,
  mine: FrameworkData,
  theirs: FrameworkData,
  later: 'mine' | 'theirs',
): FrameworkData {
  const pick = <T>(b: T | undefined, m: T | undefined, t: T | undefined) => pickLater(b, m, t, later)
  const mergeRecord = <T>(
    b: Readonly<Record<string, T>>,
    m: Readonly<Record<string, T>>,
    t: Readonly<Record<string, T>>,
  ) => mergeRecordLater(b, m, t, later)
  const mergeList = <T>(b: readonly T[], m: readonly T[], t: readonly T[], id: (item: T) => string) =>
    mergeListLater(b, m, t, id, later)
  return {
    profile: {
      currentLevelId:
        pick(base.profile.currentLevelId, mine.profile.currentLevelId, theirs.profile.currentLevelId) ?? null,
      targetLevelId: pick(base.profile.targetLevelId, mine.profile.targetLevelId, theirs.profile.targetLevelId) ?? null,
      tracks: mergeRecord(base.profile.tracks, mine.profile.tracks, theirs.profile.tracks),
      background:
        pick(base.profile.background ?? null, mine.profile.background ?? null, theirs.profile.background ?? null) ??
        null,
    },
    ratings: mergeRecord(base.ratings, mine.ratings, theirs.ratings),
    notes: mergeRecord(base.notes, mine.notes, theirs.notes),
    checkIns: mergeList(base.checkIns, mine.checkIns, theirs.checkIns, (c) => c.week).sort((a, b) =>
      a.week < b.week ? -1 : a.week > b.week ? 1 : 0,
    ),
    actions: mergeList(base.actions, mine.actions, theirs.actions, (a) => a.id),
    focus: pick(base.focus, mine.focus, theirs.focus) ?? [],
    notRelevant: pick(base.notRelevant, mine.notRelevant, theirs.notRelevant) ?? [],
    mentorReviews: mergeList(base.mentorReviews, mine.mentorReviews, theirs.mentorReviews, (r) => r.id),
    // Links only ever get made: every one either tab made stays valid for a reply.
    shareIds: [...new Set([...mine.shareIds, ...theirs.shareIds])],
  }
}

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b)

/** One item: the side that changed it, or the later edit when both did. undefined: deleted (or never there). */
function pickLater<T>(
  base: T | undefined,
  mine: T | undefined,
  theirs: T | undefined,
  later: 'mine' | 'theirs',
): T | undefined {
  if (same(mine, base)) return theirs
  if (same(theirs, base)) return mine
  return later === 'mine' ? mine : theirs
}

function mergeRecordLater<T>(
  base: Readonly<Record<string, T>>,
  mine: Readonly<Record<string, T>>,
  theirs: Readonly<Record<string, T>>,
  later: 'mine' | 'theirs',
  both?: (base: T | undefined, mine: T, theirs: T, key: string) => T,
): Record<string, T> {
  const out: Record<string, T> = {}
  for (const key of new Set([...Object.keys(mine), ...Object.keys(theirs), ...Object.keys(base)])) {
    const b = base[key]
    const m = mine[key]
    const t = theirs[key]
    // Both sides kept it and one changed it: merge inside it (a framework's data) rather than pick one whole.
    const value = both && m !== undefined && t !== undefined ? both(b, m, t, key) : pickLater(b, m, t, later)
    if (value !== undefined) out[key] = value
  }
  return out
}

/** A list of items with ids, merged by id; this tab's order first, then what only the other tab added. */
function mergeListLater<T>(
  base: readonly T[],
  mine: readonly T[],
  theirs: readonly T[],
  id: (item: T) => string,
  later: 'mine' | 'theirs',
): T[] {
  const byId = (list: readonly T[]) => Object.fromEntries(list.map((item) => [id(item), item]))
  const merged = mergeRecordLater(byId(base), byId(mine), byId(theirs), later)
  const order = [...mine.map(id), ...theirs.map(id).filter((key) => !mine.some((item) => id(item) === key))]
  return order.filter((key) => key in merged).map((key) => merged[key]!)
}

/** Whether two states hold the same data, whatever the order of their keys. */
export function sameState(a: PersistedState, b: PersistedState): boolean {
  return canonical(a) === canonical(b)
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  )
}
