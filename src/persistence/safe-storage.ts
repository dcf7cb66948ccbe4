import type { PersistStorage, StorageValue } from 'zustand/middleware'
import { EMPTY_STATE, SCHEMA_VERSION } from './persisted-constants'
import type { PersistedState } from './persisted-state'
import { mergeStates, sameState } from './merge-state'
import { checkStored, loadFullCheck } from './stored-check'

export type StorageProblem =
  | { kind: 'unreadable'; reason: string; raw: string }
  | { kind: 'quota' }
  | { kind: 'unavailable' }
  /** Saved, but the data takes most of what the browser allows: time to export. */
  | { kind: 'nearly-full'; percent: number }

/** Chromium's localStorage quota, in characters (10 MiB at 2 bytes each); other browsers allow about as much. */
export const QUOTA_CHARACTERS = 5_242_880
/** Past this share of the quota the user is warned while there is still room to act. */
const NEARLY_FULL = 0.8

/** Where the data of an older version is kept while it is migrated, until the new version has been saved. */
export const backupKey = (name: string, version: number) => `${name}-backup-v${version}`

type TextCheck = { ok: true; version: number; state: PersistedState } | { ok: false; reason: string } | null

export interface SafeStorageOptions {
  /** Called when reading or writing fails, and with null once a write succeeds again. */
  onProblem: (problem: StorageProblem | null) => void
  /**
   * Another tab saved since this one last read or wrote, and the write about to happen was merged
   * with it: the screen should show the merged data too.
   */
  onMerged?: (state: PersistedState) => void
  storage?: () => Storage
}

/**
 * zustand persist storage that never throws into the UI and never destroys data.
 *
 * zustand's own JSON storage leaves the initial state when the stored data is corrupt,
 * then overwrites it on the next change. Here, data that cannot be read locks writing
 * until the user decides (keep the raw copy, or start afresh with `unlock`).
 * Migration happens on read, so zustand always sees the current version.
 */
export function createSafeStorage({ onProblem, onMerged, storage = () => window.localStorage }: SafeStorageOptions) {
  let locked = false
  /**
   * The stored text as this tab last read or wrote it: unchanged since means no other tab saved.
   * null is a read that found nothing (a new user: the empty profile); undefined, not read yet.
   */
  let lastSeen: string | null | undefined = undefined
  /**
   * The last stored text another tab is known to have held (read from storage, not written here):
   * the common ancestor of a merge. This tab's own later saves may not have reached the other tab.
   * null and undefined as for lastSeen.
   */
  let lastShared: string | null | undefined = undefined
  let quotaHit = false
  let nearlyFull = false
  /** The state object this tab last wrote as is (not merged): the same object again means nothing to write. */
  let lastWritten: PersistedState | null = null
  /**
   * The last two stored texts read, and what they hold. Another tab's save is read for the merge (with the
   * common ancestor), then again to be shown: each text is parsed, migrated and validated once, not three times.
   */
  const known = new Map<string, { version: number; state: PersistedState }>()
  const remember = (raw: string, version: number, state: PersistedState) => {
    known.delete(raw)
    known.set(raw, { version, state })
    if (known.size > 2) known.delete(known.keys().next().value!)
  }
  /**
   * A stored text read: its version and the current-version state, or why it cannot be used; null while
   * only the full check can tell and it is not loaded yet (stored-check.ts).
   */
  const checkText = (raw: string): TextCheck => {
    const seen = known.get(raw)
    if (seen) return { ok: true, ...seen }
    let parsed: unknown
    try {
      parsed = JSON.parse(raw)
    } catch {
      return { ok: false, reason: 'the saved data is not valid JSON' }
    }
    if (typeof parsed !== 'object' || parsed === null || !('state' in parsed))
      return { ok: false, reason: 'the saved data has no state' }
    const version = 'version' in parsed && typeof parsed.version === 'number' ? parsed.version : 0
    const result = checkStored(parsed.state, version)
    if (result === null || !result.ok) return result
    remember(raw, version, result.state)
    return { ok: true, version, state: result.state }
  }
  /** The current-version state in a stored text, or null when it cannot be read (yet). */
  const stateOf = (raw: string): PersistedState | null => {
    const checked = checkText(raw)
    return checked?.ok ? checked.state : null
  }
  /**
   * Whether what another tab saved (`current`), or the common ancestor of a merge with it, can be read
   * only once the full check is loaded: a write or a read-back then waits for it.
   */
  const waitsForFullCheck = (current: string | null): boolean =>
    lastSeen !== undefined &&
    current !== null &&
    current !== lastSeen &&
    (checkText(current) === null || (typeof lastShared === 'string' && checkText(lastShared) === null))

  const read = (name: string): StorageValue<PersistedState> | null => {
    let raw: string | null
    try {
      raw = storage().getItem(name)
    } catch {
      onProblem({ kind: 'unavailable' })
      return null
    }
    if (raw === null) {
      // Two new tabs both start from nothing: their first saves must merge as well as later ones.
      lastSeen = null
      lastShared = null
      return null
    }
    const checked = checkText(raw)
    if (checked === null || !checked.ok) {
      locked = true
      const reason =
        checked?.reason ?? 'the part of the app that checks it did not load; reload the page before anything else'
      onProblem({ kind: 'unreadable', reason, raw })
      return null
    }
    const { version, state } = checked
    keepBackupWhileMigrating(name, version, raw)
    lastSeen = raw
    lastShared = raw
    if (locked) {
      // Readable again (another tab started afresh, or repaired it): nothing is at risk any more.
      locked = false
      onProblem(null)
    }
    return { state, version: SCHEMA_VERSION }
  }

  /**
   * Migration rewrites stored data on the next save: the older version's text is kept under a backup
   * key first, and removed once a later start reads data already saved in the current version.
   */
  const keepBackupWhileMigrating = (name: string, version: number, raw: string) => {
    try {
      if (version < SCHEMA_VERSION) {
        if (storage().getItem(backupKey(name, version)) === null) storage().setItem(backupKey(name, version), raw)
        return
      }
      for (let v = 1; v < SCHEMA_VERSION; v++)
        if (storage().getItem(backupKey(name, v)) !== null) storage().removeItem(backupKey(name, v))
    } catch {
      // No room for a backup: the migration still reads the data; it is not written until a change.
    }
  }

  /** The common ancestor of this tab's data and another tab's save. */
  const ancestor = (): PersistedState | null =>
    lastShared === undefined ? null : lastShared === null ? EMPTY_STATE : stateOf(lastShared)

  /**
   * Before writing, what another tab saved since this one last read or wrote is merged in, item by
   * item, instead of being overwritten (also after a failed save, when this tab stopped reading).
   */
  const mergedWithOtherTabs = (
    value: StorageValue<PersistedState>,
    current: string | null,
  ): StorageValue<PersistedState> => {
    if (lastSeen === undefined || current === null || current === lastSeen) return value
    const base = ancestor()
    const theirs = stateOf(current)
    if (!base || !theirs) return value
    lastShared = current
    const merged = { state: mergeStates(base, value.state, theirs, 'mine'), version: SCHEMA_VERSION }
    onMerged?.(merged.state)
    return merged
  }

  /** The latest write waiting for the full check; later writes replace it (each holds the whole state). */
  let waiting: { name: string; value: StorageValue<PersistedState> } | null = null
  const writeOnceFullCheckLoaded = (name: string, value: StorageValue<PersistedState>) => {
    const first = waiting === null
    waiting = { name, value }
    if (!first) return
    loadFullCheck().then(
      () => {
        const write = waiting
        waiting = null
        if (write) persistStorage.setItem(write.name, write.value)
      },
      () => {
        // Not saved: the screen stays ahead of storage, and the next change tries again.
        waiting = null
        onProblem({ kind: 'unavailable' })
      },
    )
  }

  const persistStorage: PersistStorage<PersistedState> = {
    getItem: read,
    setItem(name, value) {
      if (locked) return
      try {
        // Read once: what another tab may have saved since this one last read or wrote.
        const current = storage().getItem(name)
        // Nothing of ours changed and no other tab saved since: skip the serialising and the write.
        if (value.state === lastWritten && !quotaHit && current === lastSeen) return
        // Writing now would overwrite another tab's save instead of merging with it.
        if (waitsForFullCheck(current)) return writeOnceFullCheckLoaded(name, value)
        const toWrite = mergedWithOtherTabs(value, current)
        const text = JSON.stringify(toWrite)
        // Reading another tab's save back hands the same data over again: no need to write it.
        if (text !== current) storage().setItem(name, text)
        lastSeen = text
        lastWritten = toWrite === value ? value.state : null
        const percent = Math.round((text.length * 100) / QUOTA_CHARACTERS)
        const full = text.length > QUOTA_CHARACTERS * NEARLY_FULL
        if (full && !nearlyFull) onProblem({ kind: 'nearly-full', percent })
        else if ((quotaHit || nearlyFull) && !full) onProblem(null)
        else if (quotaHit && full) onProblem({ kind: 'nearly-full', percent })
        quotaHit = false
        nearlyFull = full
      } catch (error) {
        const quota = error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22)
        if (quota) quotaHit = true
        onProblem(quota ? { kind: 'quota' } : { kind: 'unavailable' })
      }
    },
    removeItem(name) {
      try {
        storage().removeItem(name)
      } catch {
        onProblem({ kind: 'unavailable' })
      }
    },
  }

  return {
    storage: persistStorage,
    isLocked: () => locked,
    /**
     * A write failed (full quota) or waits for the full check: the screen holds changes that storage does
     * not, so do not read over them.
     */
    hasUnsavedChanges: () => quotaHit || waiting !== null,
    /**
     * Whether reading what is stored now (and merging it with this tab's data) needs the full check,
     * which is not loaded yet: load it first (stored-check.ts' loadFullCheck).
     */
    needsFullCheck(name: string): boolean {
      let current: string | null
      try {
        current = storage().getItem(name)
      } catch {
        return false
      }
      return current !== null && (lastSeen === undefined ? checkText(current) === null : waitsForFullCheck(current))
    },
    /**
     * Another tab saved: its data merged with what this tab holds (`mine`), when this tab holds
     * something the other's save lacks (a write of its own that crossed theirs); null when the other
     * tab's data already holds everything, and reading it back is enough.
     */
    mergeFromStorage(name: string, mine: PersistedState): PersistedState | null {
      const current = storage().getItem(name)
      if (lastSeen === undefined || current === null || current === lastSeen) return null
      const base = ancestor()
      const theirs = stateOf(current)
      if (!base || !theirs) return null
      // Their save is the latest: where both changed an item, theirs wins.
      const merged = mergeStates(base, mine, theirs, 'theirs')
      if (sameState(merged, theirs)) return null
      lastSeen = current
      lastShared = current
      return merged
    },
    /** The user chose to start afresh: writing may overwrite the unreadable data from now on. */
    unlock() {
      locked = false
      onProblem(null)
    },
  }
}
