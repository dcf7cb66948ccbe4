import type { PersistStorage, StorageValue } from 'zustand/middleware'
import { SCHEMA_VERSION, type PersistedState } from './persisted-state'
import { migratePersisted } from './migrations'

export type StorageProblem =
  | { kind: 'unreadable'; reason: string; raw: string }
  | { kind: 'quota' }
  | { kind: 'unavailable' }

export interface SafeStorageOptions {
  /** Called when reading or writing fails, and with null once a write succeeds again. */
  onProblem: (problem: StorageProblem | null) => void
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
export function createSafeStorage({ onProblem, storage = () => window.localStorage }: SafeStorageOptions) {
  let locked = false
  let quotaHit = false

  const read = (name: string): StorageValue<PersistedState> | null => {
    let raw: string | null
    try {
      raw = storage().getItem(name)
    } catch {
      onProblem({ kind: 'unavailable' })
      return null
    }
    if (raw === null) return null
    const refuse = (reason: string) => {
      locked = true
      onProblem({ kind: 'unreadable', reason, raw })
      return null
    }
    let parsed: unknown
    try {
      parsed = JSON.parse(raw)
    } catch {
      return refuse('the saved data is not valid JSON')
    }
    if (typeof parsed !== 'object' || parsed === null || !('state' in parsed))
      return refuse('the saved data has no state')
    const version = 'version' in parsed && typeof parsed.version === 'number' ? parsed.version : 0
    const result = migratePersisted(parsed.state, version)
    if (!result.ok) return refuse(result.reason)
    if (locked) {
      // Readable again (another tab started afresh, or repaired it): nothing is at risk any more.
      locked = false
      onProblem(null)
    }
    return { state: result.state, version: SCHEMA_VERSION }
  }

  const persistStorage: PersistStorage<PersistedState> = {
    getItem: read,
    setItem(name, value) {
      if (locked) return
      try {
        storage().setItem(name, JSON.stringify(value))
        if (quotaHit) {
          quotaHit = false
          onProblem(null)
        }
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
    /** Reads what another tab (or an earlier session) saved, migrated; null when nothing usable. */
    read,
    isLocked: () => locked,
    /** A write failed (full quota): the screen holds changes that storage does not, so do not read over them. */
    hasUnsavedChanges: () => quotaHit,
    /** The user chose to start afresh: writing may overwrite the unreadable data from now on. */
    unlock() {
      locked = false
      onProblem(null)
    },
  }
}
