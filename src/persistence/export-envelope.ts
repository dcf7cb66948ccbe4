import { SCHEMA_VERSION } from './persisted-constants'
import type { PersistedState } from './persisted-state'

// Apart from data-file.ts: exporting is offered on the first screen; reading a file back needs the
// migrations and the schemas, which load with the settings screen.

/** The type tag of an export file: what tells a Trajectory file from any other JSON. */
export const EXPORT_TYPE = 'trajectory-export'

export interface ExportEnvelope {
  type: typeof EXPORT_TYPE
  schemaVersion: number
  appVersion: string
  exportedAt: string
  data: PersistedState
}

/** Everything the user has, in one file that this or a later version of the app imports. */
export function exportEnvelope(state: PersistedState, now: Date, appVersion: string): ExportEnvelope {
  return { type: EXPORT_TYPE, schemaVersion: SCHEMA_VERSION, appVersion, exportedAt: now.toISOString(), data: state }
}

/** "trajectory-2026-11-30.json", the local date of the export. */
export function exportFileName(localDate: string): string {
  return `trajectory-${localDate}.json`
}
