import { SCHEMA_VERSION, persistedState, type PersistedState } from './persisted-state'

export type RestoreResult =
  | { ok: true; state: PersistedState }
  | { ok: false; reason: string }

/** One step per schema version: steps[n] turns version n data into version n + 1. */
const steps: Record<number, (data: unknown) => unknown> = {
  /** v1 → v2: check-ins arrive; a v1 profile has none yet. The final check validates the rest. */
  1: (data) => (typeof data === 'object' && data !== null ? { ...data, checkIns: [] } : data),
  /** v2 → v3: the growth plan arrives, empty. */
  2: (data) => (typeof data === 'object' && data !== null ? { ...data, actions: [], focus: [] } : data),
}

/**
 * Brings stored or imported data of any known version to the current shape and checks it.
 * Never throws: a newer version, an unknown one, or data that does not fit is refused with a reason.
 */
export function migratePersisted(data: unknown, version: number): RestoreResult {
  if (!Number.isInteger(version) || version < 1)
    return { ok: false, reason: `unknown data version ${String(version)}` }
  if (version > SCHEMA_VERSION)
    return {
      ok: false,
      reason: `the data was saved by a newer version of Trajectory (data version ${version}, this app reads up to ${SCHEMA_VERSION})`,
    }
  let current = data
  for (let v = version; v < SCHEMA_VERSION; v++) {
    const step = steps[v]
    if (!step) return { ok: false, reason: `no migration from data version ${v}` }
    try {
      current = step(current)
    } catch (error) {
      return { ok: false, reason: `migration from version ${v} failed: ${String(error)}` }
    }
  }
  const parsed = persistedState.safeParse(current)
  if (!parsed.success) {
    const first = parsed.error.issues[0]
    return { ok: false, reason: `the data does not fit: ${first?.path.join('.') || 'root'}: ${first?.message ?? 'invalid'}` }
  }
  return { ok: true, state: parsed.data }
}
