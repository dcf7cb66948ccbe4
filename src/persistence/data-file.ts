import { BUILT_IN_FRAMEWORK_ID, PM_FRAMEWORK } from '../domain/framework'
import { migratePersisted } from './migrations'
import { EXPORT_TYPE } from './export-envelope'
import { SCHEMA_VERSION } from './persisted-constants'
import type { PersistedState } from './persisted-state'

/** Far above five years of weekly check-ins (a few hundred KB), far below what would stall the page. */
export const MAX_DATA_FILE_BYTES = 10 * 1024 * 1024

export type DataFile = { ok: true; state: PersistedState; exportedAt: string | null } | { ok: false; reason: string }

/**
 * Reads an export file (of this or any earlier schema version) through the same validate-and-migrate
 * path as stored data. Also takes the raw copy of stored data the storage alert offers for download.
 * A file it cannot use changes nothing and is refused in one sentence saying why.
 */
export function readDataFile(text: string, sizeInBytes = text.length): DataFile {
  const refuse = (reason: string): DataFile => ({ ok: false, reason })
  if (sizeInBytes > MAX_DATA_FILE_BYTES)
    return refuse(
      `The file is ${(sizeInBytes / 1024 / 1024).toFixed(1)} MB: a Trajectory export is at most 10 MB, so this is not one.`,
    )
  const body = text.replace(/^\uFEFF/, '')
  if (body.trim() === '') return refuse('The file is empty.')
  if (body.includes('\u0000')) return refuse('This is not a text file: choose a Trajectory export (.json).')
  let parsed: unknown
  try {
    parsed = JSON.parse(body)
  } catch {
    return /^[^{[\n]*,[^\n]*\n/.test(body)
      ? refuse(
          'This is a CSV file, not a Trajectory export: a check-in CSV is for spreadsheets and cannot be imported back.',
        )
      : refuse('The file is not valid JSON, so it is not a Trajectory export.')
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    return refuse('This is not a Trajectory export: it holds no data object.')
  const file = parsed as Record<string, unknown>
  if ('levels' in file && 'competencies' in file)
    return refuse('This is a framework file, not a Trajectory export: import it under "Bring your own framework".')

  // An export, or the raw stored data ({ state, version }) the storage alert lets the user download.
  const isExport = file.type === EXPORT_TYPE
  const version = isExport ? file.schemaVersion : file.version
  const data = isExport ? file.data : file.state
  if (!isExport && !('state' in file && 'version' in file))
    return refuse('This is not a Trajectory export: it has no "type": "trajectory-export".')
  if (typeof version !== 'number') return refuse('The file does not say which version of Trajectory wrote it.')
  if (version > SCHEMA_VERSION) {
    const app = isExport && typeof file.appVersion === 'string' ? ` (app version ${file.appVersion})` : ''
    return refuse(
      `The file was written by a newer version of Trajectory${app}, data version ${version}; this app reads up to ${SCHEMA_VERSION}. Open it with the newer app.`,
    )
  }
  const result = migratePersisted(data, version)
  if (!result.ok) return refuse(`The file does not fit: ${result.reason.replace(/^the data does not fit: /, '')}.`)
  return {
    ok: true,
    state: result.state,
    exportedAt: isExport && typeof file.exportedAt === 'string' ? file.exportedAt : null,
  }
}

export interface DataSummary {
  frameworks: string[]
  ratings: number
  checkIns: number
  /** Dates of the first and last check-in, over every framework. */
  firstCheckIn: string | null
  lastCheckIn: string | null
  actions: number
}

/** What a state holds, in the counts a person checks before replacing their data with a file. */
export function summariseData(state: PersistedState): DataSummary {
  const nameOf = (id: string) =>
    id === BUILT_IN_FRAMEWORK_ID
      ? PM_FRAMEWORK.name
      : (state.frameworks.find((f) => f.framework.id === id)?.framework.name ?? id)
  const used = Object.entries(state.data).filter(
    ([, d]) => Object.keys(d.ratings).length + d.checkIns.length + d.actions.length > 0,
  )
  const ids = new Set([...used.map(([id]) => id), ...state.frameworks.map((f) => f.framework.id)])
  const dates = used.flatMap(([, d]) => d.checkIns.map((c) => c.date)).sort()
  return {
    frameworks: [...ids].map(nameOf),
    ratings: used.reduce((n, [, d]) => n + Object.keys(d.ratings).length, 0),
    checkIns: dates.length,
    firstCheckIn: dates[0] ?? null,
    lastCheckIn: dates.at(-1) ?? null,
    actions: used.reduce((n, [, d]) => n + d.actions.length, 0),
  }
}
