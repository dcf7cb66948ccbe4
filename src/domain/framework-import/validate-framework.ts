import { z } from 'zod'
import { frameworkSchema, type Framework } from '../framework-schema'

export type FrameworkValidation =
  { ok: true; framework: Framework; ignored: string[] } | { ok: false; reason: string; problems: number }

type Path = readonly PropertyKey[]
type Issue = z.core.$ZodIssue

export const NOT_A_FRAMEWORK =
  'the file does not hold a framework (an object with id, name, scale, levels and competencies)'
export const DATA_EXPORT = 'this is a Trajectory data export, not a framework: import it with "Import data"'

/**
 * Every issue zod words itself gets this message through the per-parse error map; messages the
 * schema sets (the id pattern, every superRefine check) outrank that map and are kept as written.
 */
const UNWORDED = '\u0000unworded'

/**
 * Checks an imported file against the framework schema. On failure the reason names the first
 * problem and where it is (`competencies[3].expectations.senior: 7 is above …`); on success it
 * lists the fields the app does not know, by path pattern (`competencies[].criteria`).
 */
export function validateFramework(data: unknown): FrameworkValidation {
  if (!isPlainObject(data)) return { ok: false, reason: NOT_A_FRAMEWORK, problems: 1 }
  // Checked before the schema: its first complaint ("id: missing") would not tell the user what went wrong.
  if (
    (typeof data.type === 'string' && /^trajectory/i.test(data.type)) ||
    (Object.hasOwn(data, 'state') && Object.hasOwn(data, 'version'))
  )
    return { ok: false, reason: DATA_EXPORT, problems: 1 }

  const result = frameworkSchema.safeParse(data, { error: () => UNWORDED })
  if (result.success) return { ok: true, framework: result.data, ignored: unknownFields(frameworkSchema, data) }

  const issues = result.error.issues
  const first = describeIssue(issues[0]!, [], data)
  const more = issues.length - 1
  const tail = more === 0 ? '' : ` (and ${more} more ${more === 1 ? 'problem' : 'problems'})`
  return { ok: false, reason: first + tail, problems: issues.length }
}

// ---------------------------------------------------------------------------------------------
// Problems, in words

/** `competencies[3].expectations.senior`: indexes in brackets, keys after dots (quoted when they would be ambiguous). */
export function formatPath(path: Path): string {
  let out = ''
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`
    else {
      const name = String(key)
      if (/^[^.[\]\s"'`]+$/.test(name)) out += out === '' ? name : `.${name}`
      else out += `[${JSON.stringify(name)}]`
    }
  }
  return out
}

function describeIssue(issue: Issue, base: Path, data: unknown): string {
  // A union reports each branch's issues; say the one that got furthest, at its own path.
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    const branch = closestBranch(issue.errors)
    if (branch) return describeIssue(branch, [...base, ...issue.path], data)
  }
  const path = [...base, ...issue.path]
  const where = formatPath(path)
  const message = wordIssue(issue, valueAt(data, path))
  return where === '' ? message : `${where}: ${message}`
}

/** The first issue of the branch that matched furthest, or none when every branch failed on the value's type. */
function closestBranch(branches: readonly (readonly Issue[])[]): Issue | undefined {
  const typeOnly = (issues: readonly Issue[]) =>
    issues.length > 0 && issues.every((i) => i.code === 'invalid_type' && i.path.length === 0)
  const candidates = branches.filter((issues) => issues.length > 0 && !typeOnly(issues))
  if (candidates.length === 0) return undefined
  const depth = (issues: readonly Issue[]) => Math.max(...issues.map((i) => i.path.length))
  return candidates.reduce((best, issues) => (depth(issues) > depth(best) ? issues : best))[0]
}

function wordIssue(issue: Issue, value: unknown): string {
  if (issue.message !== UNWORDED) return issue.message
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return 'missing'
      return `should be ${expectedType(issue.expected, value)}, not ${describeValue(value)}`
    case 'invalid_union': {
      if (issue.errors.length === 0) {
        // A discriminated union whose tag matched no option.
        const allowed = oneOf(('options' in issue && issue.options) || [])
        if (value === undefined) return allowed ? `missing (should be ${allowed})` : 'missing'
        return allowed ? `should be ${allowed}, not ${quoteValue(value)}` : 'matches none of the allowed forms'
      }
      // Every branch failed on the type: list the types the union accepts.
      const expected = issue.errors.flatMap((branch) =>
        branch.flatMap((i) => (i.code === 'invalid_type' ? [expectedType(i.expected, value)] : [])),
      )
      if (value === undefined) return 'missing'
      return `should be ${[...new Set(expected)].join(' or ')}, not ${describeValue(value)}`
    }
    case 'invalid_value':
      if (value === undefined) return `missing (should be ${oneOf(issue.values)})`
      return `should be ${oneOf(issue.values)}, not ${quoteValue(value)}`
    case 'too_small':
      return tooSmall(issue, value)
    case 'too_big':
      return tooBig(issue, value)
    case 'invalid_format':
      if (issue.format === 'regex') return `should match the pattern ${issue.pattern ?? ''}`.trimEnd()
      return `should be a valid ${issue.format.replaceAll('_', ' ')}`
    case 'not_multiple_of':
      return `should be a multiple of ${issue.divisor}`
    case 'unrecognized_keys':
      return `has ${issue.keys.length === 1 ? 'an unknown field' : 'unknown fields'} ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`
    case 'invalid_key':
      return `has a key that is not allowed${issue.issues[0] ? ` (${wordIssue(issue.issues[0], undefined)})` : ''}`
    case 'invalid_element':
      return `has an element that is not allowed${issue.issues[0] ? ` (${wordIssue(issue.issues[0], undefined)})` : ''}`
    case 'custom':
    default:
      return 'is not valid'
  }
}

function tooSmall(issue: Extract<Issue, { code: 'too_small' }>, value: unknown): string {
  const min = Number(issue.minimum)
  switch (issue.origin) {
    case 'string':
      if (issue.exact) return `should have exactly ${count(min, 'character')}`
      return min <= 1 ? 'should not be empty' : `should have at least ${count(min, 'character')}`
    case 'array':
    case 'set':
      if (issue.exact) return `needs exactly ${count(min, 'item')}`
      return `needs at least ${count(min, 'item')}`
    default:
      if (issue.inclusive === false) return `should be greater than ${min}, not ${describeValue(value)}`
      return `${describeValue(value)} is below the minimum of ${min}`
  }
}

function tooBig(issue: Extract<Issue, { code: 'too_big' }>, value: unknown): string {
  const max = Number(issue.maximum)
  const length = typeof value === 'string' || Array.isArray(value) ? value.length : undefined
  const has = length === undefined ? '' : `, has ${length}`
  switch (issue.origin) {
    case 'string':
      return `should have ${issue.exact ? 'exactly' : 'at most'} ${count(max, 'character')}${has}`
    case 'array':
    case 'set':
      return `should have ${issue.exact ? 'exactly' : 'at most'} ${count(max, 'item')}${has}`
    default:
      if (issue.inclusive === false) return `should be less than ${max}, not ${describeValue(value)}`
      return `${describeValue(value)} is above the maximum of ${max}`
  }
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`

const TYPE_NAMES: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  record: 'an object',
  array: 'an array',
  tuple: 'an array',
  null: 'null',
}

function expectedType(expected: string, value: unknown): string {
  // z.number().int() reports "int" for strings too; "a number" reads better there, "a whole number" for 2.5.
  if (expected === 'int' && typeof value !== 'number') return 'a number'
  return TYPE_NAMES[expected] ?? expected
}

function describeValue(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  switch (typeof value) {
    case 'string':
      return 'a string'
    case 'number':
    case 'boolean':
      return String(value)
    case 'object':
      return 'an object'
    default:
      return typeof value
  }
}

/** Where the allowed values are listed, the value itself says more than its type: `not "ladder"`. */
function quoteValue(value: unknown): string {
  if (typeof value !== 'string') return describeValue(value)
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 39)}…` : value)
}

/** `"bars" or "points"`, `"a", "b" or "c"`. */
function oneOf(values: readonly unknown[]): string {
  const shown = values.map((v) => (typeof v === 'string' ? JSON.stringify(v) : String(v)))
  if (shown.length <= 1) return shown[0] ?? ''
  return `${shown.slice(0, -1).join(', ')} or ${shown.at(-1)}`
}

function valueAt(data: unknown, path: Path): unknown {
  let here = data
  for (const key of path) {
    if (here === null || typeof here !== 'object') return undefined
    here = (here as Record<PropertyKey, unknown>)[key]
  }
  return here
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

// ---------------------------------------------------------------------------------------------
// Fields the app does not know

/**
 * Walks the input beside the schema and lists each key no object schema declares, as a path
 * pattern without array indexes (`levels[].coreExpected`), deduplicated in first-seen order.
 * Loose objects keep such keys and plain (stripping) objects drop them: either way the app ignores them.
 */
function unknownFields(schema: z.core.$ZodType, input: unknown): string[] {
  const found = new Set<string>()
  walk(schema, input, '', found)
  return [...found]
}

function walk(schema: z.core.$ZodType, value: unknown, at: string, found: Set<string>): void {
  const s = schema as z.core.$ZodTypes
  const def = s._zod.def
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'nonoptional':
    case 'readonly':
    case 'catch':
      return walk(def.innerType, value, at, found)
    case 'lazy':
      return walk(def.getter(), value, at, found)
    case 'pipe':
      // A preprocess step (transform → schema) says nothing about the input's shape: read the target schema.
      return walk((def.in as z.core.$ZodTypes)._zod.def.type === 'transform' ? def.out : def.in, value, at, found)
    case 'union': {
      const option = def.options.find((o) => z.safeParse(o, value).success)
      if (option) walk(option, value, at, found)
      return
    }
    case 'array':
      if (Array.isArray(value)) for (const item of value) walk(def.element, item, `${at}[]`, found)
      return
    case 'tuple':
      if (Array.isArray(value))
        value.forEach((item, i) => {
          const itemSchema = def.items[i] ?? def.rest
          if (itemSchema) walk(itemSchema, item, `${at}[]`, found)
        })
      return
    case 'record':
      if (isPlainObject(value)) for (const item of Object.values(value)) walk(def.valueType, item, `${at}.*`, found)
      return
    case 'object': {
      if (!isPlainObject(value)) return
      const shape = def.shape
      for (const [key, item] of Object.entries(value)) {
        const path = at === '' ? key : `${at}.${key}`
        const field = Object.hasOwn(shape, key) ? shape[key] : undefined
        if (field) walk(field, item, path, found)
        else found.add(path)
      }
      return
    }
    default:
      return
  }
}
