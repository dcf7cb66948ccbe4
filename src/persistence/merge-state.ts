import { notesAsChanges, notesInFull } from '../domain/check-in-notes'
import { EMPTY_FRAMEWORK_DATA, type FrameworkData, type PersistedState } from './persisted-state'

/**
 * A three-way merge of stored states, for two tabs that both changed the data: `base` is what this tab
 * last read or wrote, `mine` what it is about to write, `theirs` what another tab wrote meanwhile.
 * Items are merged one by one (a rating, a note, a check-in week, an action, a framework's data):
 * an item only one side changed takes that side's value, so different edits both survive; an item
 * both changed takes this tab's, the later edit.
 */
export function mergeStates(base: PersistedState, mine: PersistedState, theirs: PersistedState): PersistedState {
  return {
    activeFrameworkId: pick(base.activeFrameworkId, mine.activeFrameworkId, theirs.activeFrameworkId)!,
    frameworks: mergeList(base.frameworks, mine.frameworks, theirs.frameworks, (f) => f.framework.id),
    data: mergeRecord(base.data, mine.data, theirs.data, (b, m, t) =>
      compressed(mergeFrameworkData(expanded(b ?? EMPTY_FRAMEWORK_DATA), expanded(m), expanded(t))),
    ),
    backup: {
      lastExportAt: pick(base.backup.lastExportAt, mine.backup.lastExportAt, theirs.backup.lastExportAt) ?? null,
      reminderDismissedAt:
        pick(base.backup.reminderDismissedAt, mine.backup.reminderDismissedAt, theirs.backup.reminderDismissedAt) ?? null,
    },
  }
}

// Check-ins are merged with their notes in full: stored, each holds only changes from the one before.
const expanded = (d: FrameworkData): FrameworkData => ({ ...d, checkIns: notesInFull(d.checkIns) })
const compressed = (d: FrameworkData): FrameworkData => ({ ...d, checkIns: notesAsChanges(d.checkIns) })

function mergeFrameworkData(base: FrameworkData, mine: FrameworkData, theirs: FrameworkData): FrameworkData {
  return {
    profile: {
      currentLevelId: pick(base.profile.currentLevelId, mine.profile.currentLevelId, theirs.profile.currentLevelId) ?? null,
      targetLevelId: pick(base.profile.targetLevelId, mine.profile.targetLevelId, theirs.profile.targetLevelId) ?? null,
      tracks: mergeRecord(base.profile.tracks, mine.profile.tracks, theirs.profile.tracks),
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

/** One item: the side that changed it, or this tab's when both did. undefined: deleted (or never there). */
function pick<T>(base: T | undefined, mine: T | undefined, theirs: T | undefined): T | undefined {
  if (same(mine, base)) return theirs
  if (same(theirs, base)) return mine
  return mine
}

function mergeRecord<T>(
  base: Readonly<Record<string, T>>,
  mine: Readonly<Record<string, T>>,
  theirs: Readonly<Record<string, T>>,
  both?: (base: T | undefined, mine: T, theirs: T) => T,
): Record<string, T> {
  const out: Record<string, T> = {}
  for (const key of new Set([...Object.keys(mine), ...Object.keys(theirs), ...Object.keys(base)])) {
    const b = base[key]
    const m = mine[key]
    const t = theirs[key]
    // Both sides kept it and one changed it: merge inside it (a framework's data) rather than pick one whole.
    const value = both && m !== undefined && t !== undefined ? both(b, m, t) : pick(b, m, t)
    if (value !== undefined) out[key] = value
  }
  return out
}

/** A list of items with ids, merged by id; this tab's order first, then what only the other tab added. */
function mergeList<T>(base: readonly T[], mine: readonly T[], theirs: readonly T[], id: (item: T) => string): T[] {
  const byId = (list: readonly T[]) => Object.fromEntries(list.map((item) => [id(item), item]))
  const merged = mergeRecord(byId(base), byId(mine), byId(theirs))
  const order = [...mine.map(id), ...theirs.map(id).filter((key) => !mine.some((item) => id(item) === key))]
  return order.filter((key) => key in merged).map((key) => merged[key]!)
}
