import * as v from 'valibot'
import Papa from 'papaparse'
import { WORDED_BY_US, describeIssue } from '../validation-issues'
import { frameworkSchema, type Descriptor, type FrameworkInput } from '../framework-schema'

export type LevelMatrixResult =
  { ok: true; framework: FrameworkInput; warnings: string[] } | { ok: false; reason: string }

type CompetencyInput = FrameworkInput['competencies'][number]
type Row = { number: number; cells: string[] }

/** frameworkSchema caps scale.max at 10. */
const MAX_SCALE = 10

/**
 * Reads a level-matrix CSV (the format README.md describes under "Bring your own framework") into a framework: a column per
 * level, a row per competency, rating values 0..n for a row's n filled cells. Never throws.
 */
export function parseLevelMatrixCsv(text: string, options: { fileName: string }): LevelMatrixResult {
  // The format allows a byte-order mark (Excel writes one); Papa drops it today, but that is not its promise.
  const source = text.replace(/^\uFEFF/, '')
  if (source.trim() === '') return refuse('The file is empty.')
  if (source.includes('\u0000')) return refuse('The file is not a CSV text file.')

  const parsed = Papa.parse<string[]>(source, { delimiter: ',', skipEmptyLines: false })
  const quoteError = parsed.errors[0]
  if (quoteError) {
    const where = quoteError.row === undefined ? 'The file' : `Row ${quoteError.row + 1}`
    const what =
      quoteError.code === 'MissingQuotes'
        ? 'has a quoted cell whose closing quote is missing'
        : quoteError.code === 'InvalidQuotes'
          ? 'has text after the closing quote of a quoted cell'
          : `cannot be read (${quoteError.message})`
    return refuse(`${where} ${what}.`)
  }

  // Row numbers as a spreadsheet shows them (header = 1); blank rows and blank columns are dropped,
  // since spreadsheets export them freely (",,," lines, trailing empty columns).
  const rows: Row[] = parsed.data
    .map((cells, i) => ({ number: i + 1, cells: cells.map((c) => c.trim()) }))
    .filter((row) => row.cells.some(Boolean))
  const width = Math.max(...rows.map((r) => r.cells.length))
  const columns = Array.from({ length: width }, (_, i) => i).filter((i) => rows.some((r) => r.cells[i]))
  if (columns.length < 2)
    return refuse(
      'The file has a single column; a level matrix has comma-separated columns: Competency, then one per level.',
    )

  const [header, ...body] = rows as [Row, ...Row[]]
  const titles = columns.map((i) => header.cells[i] ?? '')
  const untitled = columns.find((i) => !header.cells[i])
  if (untitled !== undefined)
    return refuse(`Column ${columnLetter(untitled)} has text but no title in the header row (row ${header.number}).`)

  for (const name of ['Competency', 'Area', 'Description'])
    if (titles.filter((t) => t.toLowerCase() === name.toLowerCase()).length > 1)
      return refuse(`The header row has two columns named ${name}.`)
  const find = (name: string) => columns.find((i) => header.cells[i]!.toLowerCase() === name)
  const competencyColumn = find('competency')
  const areaColumn = find('area')
  const descriptionColumn = find('description')
  if (competencyColumn === undefined)
    return refuse(`The first row needs a column named Competency; found: ${titles.join(', ')}.`)

  const levelColumns = columns.filter((i) => ![competencyColumn, areaColumn, descriptionColumn].includes(i))
  if (levelColumns.length === 0)
    return refuse(
      'The header row has no level columns: after Competency, add one column per level, titled with the level.',
    )
  const seenTitles = new Map<string, string>()
  for (const i of levelColumns) {
    const title = header.cells[i]!
    const twin = seenTitles.get(title.toLowerCase())
    if (twin !== undefined) return refuse(`Two level columns have the same title: "${twin}" and "${title}".`)
    seenTitles.set(title.toLowerCase(), title)
  }
  const levelId = uniqueIds()
  const levels = levelColumns.map((i, n) => ({
    id: levelId(slugify(header.cells[i]!) || `level-${n + 1}`),
    title: header.cells[i]!,
  }))

  if (body.length === 0) return refuse('The file has a header row but no competency rows below it.')
  const matrix: { row: Row; name: string; cells: (Descriptor | undefined)[]; filled: number }[] = []
  for (const row of body) {
    const name = row.cells[competencyColumn] ?? ''
    if (!name) return refuse(`Row ${row.number} has text but no competency name.`)
    const cells = levelColumns.map((i) => toDescriptor(row.cells[i] ?? ''))
    const filled = cells.filter((d) => d !== undefined).length
    if (filled === 0) return refuse(`Row ${row.number} (${name}) has no text under any level.`)
    if (filled > MAX_SCALE)
      return refuse(
        `Row ${row.number} (${name}) fills ${filled} levels; a framework's scale has at most ${MAX_SCALE} values above 0.`,
      )
    matrix.push({ row, name, cells, filled })
  }
  const max = Math.max(...matrix.map((m) => m.filled))

  const areaIdByName = new Map<string, string>()
  const areaId = uniqueIds()
  const competencyId = uniqueIds()
  const warnings: string[] = []
  const competencies = matrix.map(({ row, name, cells, filled }, n): CompetencyInput => {
    const descriptors: (Descriptor | null)[] = [null]
    const expectations: Record<string, number | null> = {}
    levels.forEach((level, j) => {
      const cell = cells[j]
      if (cell !== undefined) descriptors.push(cell)
      // An empty cell keeps the lower level's value; before the first filled cell, no expectation.
      expectations[level.id] = descriptors.length > 1 ? descriptors.length - 1 : null
    })
    if (filled < max) {
      // The schema wants one descriptor per scale value; reusing the row's own last text invents nothing.
      const values = filled + 1 === max ? `value ${max}` : `values ${filled + 1} to ${max}`
      warnings.push(
        `${name} (row ${row.number}) describes ${filled} of ${max} values; ${values} reuse its last cell's text.`,
      )
      const last = descriptors[descriptors.length - 1]!
      while (descriptors.length <= max) descriptors.push(last)
    }
    const competency: CompetencyInput = {
      id: competencyId(slugify(name) || `competency-${n + 1}`),
      name,
      descriptors,
      expectations,
    }
    const area = areaColumn === undefined ? undefined : row.cells[areaColumn]
    if (area) {
      if (!areaIdByName.has(area)) areaIdByName.set(area, areaId(slugify(area) || `area-${areaIdByName.size + 1}`))
      competency.areaId = areaIdByName.get(area)!
    }
    const summary = descriptionColumn === undefined ? undefined : row.cells[descriptionColumn]
    if (summary) competency.summary = summary
    return competency
  })

  const stem = (options.fileName.split(/[\\/]/).pop() ?? '').replace(/\.[^.]*$/, '')
  const name = stem
    .replace(/[-_.]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  const framework: FrameworkInput = {
    id: slugify(stem) || 'imported-framework',
    name: name ? name.charAt(0).toUpperCase() + name.slice(1) : 'Imported framework',
    version: '1',
    scale: { max },
    levels,
    areas: [...areaIdByName].map(([areaName, id]) => ({ id, name: areaName })),
    competencies,
  }
  // A safety net: the rules above should make this unreachable, but a caller must never get an
  // invalid framework.
  const checked = v.safeParse(frameworkSchema, framework, WORDED_BY_US)
  if (!checked.success)
    return refuse(
      `The matrix does not make a valid framework (${describeIssue(checked.issues[0], framework, (p) => p.join('.'))}).`,
    )
  return { ok: true, framework, warnings }
}

/**
 * An ASCII id from a name: accents dropped ("é" → "e"), quotes and apostrophes dropped,
 * anything else that is not a letter or digit (spaces, emoji, punctuation) joins words with "-".
 */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘"“”`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

function uniqueIds() {
  const seen = new Set<string>()
  return (base: string) => {
    let id = base
    for (let n = 2; seen.has(id); n++) id = `${base}-${n}`
    seen.add(id)
    return id
  }
}

// "-" and "*" need a space after them so "-5% churn" or "**bold**" keep their first character.
const BULLET = /^(?:•\s*|[-*]\s+)/

/** A cell's text: several lines become a list (bullet markers stripped), one line a string. */
function toDescriptor(cell: string): Descriptor | undefined {
  const lines = cell
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim().replace(BULLET, '').trim())
    .filter(Boolean)
  if (lines.length === 0) return undefined
  return lines.length === 1 ? lines[0]! : lines
}

function columnLetter(index: number): string {
  let letters = ''
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters
  return letters
}

function refuse(reason: string): LevelMatrixResult {
  return { ok: false, reason }
}
