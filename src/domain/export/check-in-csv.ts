import type { CheckIn } from '../check-in'
import type { Competency, Framework } from '../framework-schema'
import { expectationOf } from '../ratings'

/**
 * The check-in history as a CSV file for spreadsheets: one row per check-in and competency.
 * Written to RFC 4180 (quoted fields, CRLF records) so Excel, Numbers, LibreOffice and
 * Google Sheets read it the same way.
 */

export const CHECK_IN_CSV_HEADER = [
  'Date',
  'ISO week',
  'Framework',
  'Competency id',
  'Competency',
  'Rating',
  'Target level',
  'Target expects',
  'Note',
] as const

/** A string is user or framework text (neutralised); a number is one of our own values; null is a blank cell. */
type Cell = string | number | null

/** One framework with the check-ins made against it. */
export interface FrameworkCheckIns {
  framework: Framework
  checkIns: readonly CheckIn[]
}

// Excel reads a BOM-less CSV as the system code page, which garbles accents and emoji.
const BYTE_ORDER_MARK = '\uFEFF'
const RECORD_END = '\r\n'
// OWASP "CSV Injection": these first characters make a spreadsheet read a cell as a formula.
const FORMULA_START = /^[=+\-@\t\r]/
const NEEDS_QUOTES = /[",\r\n]/

/**
 * The check-ins of every given framework as CSV text.
 * Rule: frameworks in the given order; check-ins oldest first (week, then date); per check-in the
 * framework's competencies in its order, then any competency the check-in rated or noted that the
 * framework no longer has (id as its name), so no rating or note is lost from the export.
 */
export function checkInsCsv(frameworks: readonly FrameworkCheckIns[]): string {
  const rows: Cell[][] = [[...CHECK_IN_CSV_HEADER]]
  for (const { framework, checkIns } of frameworks)
    for (const checkIn of oldestFirst(checkIns)) rows.push(...rowsOf(framework, checkIn))
  return BYTE_ORDER_MARK + rows.map((row) => row.map(fieldOf).join(',') + RECORD_END).join('')
}

/** The download name for a CSV exported on a local date, e.g. "trajectory-check-ins-2026-11-30.csv". */
export function checkInsCsvFileName(date: string): string {
  return `trajectory-check-ins-${date}.csv`
}

function oldestFirst(checkIns: readonly CheckIn[]): CheckIn[] {
  const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
  return [...checkIns].sort((a, b) => byText(a.week, b.week) || byText(a.date, b.date))
}

function rowsOf(framework: Framework, checkIn: CheckIn): Cell[][] {
  const target = framework.levels.find((level) => level.id === checkIn.targetLevelId)
  return competencyColumnsOf(framework, checkIn).map(({ id, name, competency }) => [
    checkIn.date,
    checkIn.week,
    framework.name,
    id,
    name,
    checkIn.ratings[id] ?? null,
    target?.title ?? null,
    target && competency ? expectationOf(competency, target.id) : null,
    checkIn.notes[id] || null,
  ])
}

/** The framework's competencies, then those the check-in still holds data for but the framework dropped. */
function competencyColumnsOf(
  framework: Framework,
  checkIn: CheckIn,
): { id: string; name: string; competency: Competency | null }[] {
  const known = new Set(framework.competencies.map((c) => c.id))
  // Sorted so the export does not depend on the order keys happened to be stored in.
  const gone = [...new Set([...Object.keys(checkIn.ratings), ...Object.keys(checkIn.notes)])]
    .filter((id) => !known.has(id))
    .sort()
  return [
    ...framework.competencies.map((competency) => ({ id: competency.id, name: competency.name, competency })),
    ...gone.map((id) => ({ id, name: id, competency: null })),
  ]
}

function fieldOf(cell: Cell): string {
  if (cell === null) return ''
  if (typeof cell === 'number') return String(cell)
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}
