import type { RestoreResult } from './migrations'
import { SCHEMA_VERSION } from './persisted-constants'
import { storedRuleProblem } from './stored-rules'
import { asWellFormedState } from './well-formed-state'

/**
 * Checking stored data in two parts, so the first screen does not wait for valibot.
 *
 * The plain check (well-formed-state.ts and the rules) takes what the app saved itself: the current
 * version, no imported framework. It is in the first load. Anything else (an older version to migrate,
 * imported frameworks, data to refuse with a reason) needs the full check of migrations.ts: valibot,
 * the schemas and the migrations, about 10 KiB that load on demand. The app loads them before its first
 * read when the stored text needs them (app-store.ts' readStoredData), and in the background once the
 * first screen is up, for what another tab may save later.
 */

let fullCheck: typeof import('./migrations').migratePersisted | null = null
let loading: Promise<void> | null = null

/** Loads the full check; resolves at once when it is loaded. A failed load may be tried again. */
export function loadFullCheck(): Promise<void> {
  loading ??= import('./migrations').then(
    (m) => {
      fullCheck = m.migratePersisted
    },
    (error: unknown) => {
      loading = null
      throw error
    },
  )
  return loading
}

/**
 * Stored data of `version` brought to the current shape and checked, as migratePersisted does; or
 * null when only the full check can tell and it is not loaded yet (see loadFullCheck).
 */
export function checkStored(data: unknown, version: number): RestoreResult | null {
  // Loaded, the full check takes the plain check's path itself where it can.
  if (fullCheck) return fullCheck(data, version)
  if (version !== SCHEMA_VERSION) return null
  const state = asWellFormedState(data)
  return state && storedRuleProblem(state) === null ? { ok: true, state } : null
}
