import type { Framework } from '../framework-schema'
import { parseLevelMatrixCsv } from './level-matrix-csv'
import { validateFramework } from './validate-framework'

export type FrameworkFile =
  | {
      ok: true
      framework: Framework
      /** Fields of the file the app does not know: kept, and named so nothing disappears silently. */
      ignored: string[]
      warnings: string[]
    }
  | { ok: false; reason: string }

/** Larger than any real framework (a 47-skill matrix with seven descriptors each is ~160 KB). */
export const MAX_FRAMEWORK_FILE_BYTES = 2 * 1024 * 1024

/**
 * Reads a framework file: a level-matrix spreadsheet (.csv) or a framework in the documented JSON
 * format. Every refusal is one sentence saying what is wrong, so the user can fix the file.
 */
export function readFrameworkFile(fileName: string, text: string, sizeInBytes = text.length): FrameworkFile {
  if (sizeInBytes > MAX_FRAMEWORK_FILE_BYTES)
    return {
      ok: false,
      reason: `The file is ${megabytes(sizeInBytes)}: a framework file is at most ${megabytes(MAX_FRAMEWORK_FILE_BYTES)}.`,
    }
  const body = text.replace(/^\uFEFF/, '')
  if (body.trim() === '') return { ok: false, reason: 'The file is empty.' }
  if (body.includes('\u0000'))
    return { ok: false, reason: 'This is not a text file: choose a .json or .csv framework file.' }

  const looksLikeJson = /\.json$/i.test(fileName) || /^\s*[{[]/.test(body)
  if (!looksLikeJson) {
    const csv = parseLevelMatrixCsv(body, { fileName })
    if (!csv.ok) return { ok: false, reason: sentence(csv.reason) }
    const checked = validateFramework(csv.framework)
    if (!checked.ok) return { ok: false, reason: sentence(checked.reason) }
    return { ok: true, framework: checked.framework, ignored: [], warnings: csv.warnings }
  }

  let data: unknown
  try {
    data = JSON.parse(body)
  } catch {
    return { ok: false, reason: 'The file is not valid JSON: check it in an editor, or export it again.' }
  }
  const checked = validateFramework(data)
  if (!checked.ok) return { ok: false, reason: sentence(checked.reason) }
  return { ok: true, framework: checked.framework, ignored: checked.ignored, warnings: [] }
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

/** Reasons come as clauses ("levels[0].title: missing"); the screen shows them as sentences. */
function sentence(reason: string): string {
  // A location such as "levels[0].title" keeps its case: it is what the file says.
  const text = /^[\w$]+[[.:]/.test(reason) ? reason : reason.charAt(0).toUpperCase() + reason.slice(1)
  return /[.!?]$/.test(text) ? text : `${text}.`
}
