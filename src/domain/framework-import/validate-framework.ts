import * as v from 'valibot'
import { frameworkSchema, type Framework } from '../framework-schema'
import { WORDED_BY_US, describeIssue } from '../validation-issues'

export type FrameworkValidation =
  { ok: true; framework: Framework; ignored: string[] } | { ok: false; reason: string; problems: number }

type Path = readonly PropertyKey[]

export const NOT_A_FRAMEWORK =
  'the file does not hold a framework (an object with id, name, scale, levels and competencies)'
export const DATA_EXPORT = 'this is a Trajectory data export, not a framework: import it with "Import data"'

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

  const result = v.safeParse(frameworkSchema, data, WORDED_BY_US)
  if (result.success) return { ok: true, framework: result.output, ignored: unknownFields(frameworkSchema, data) }

  const issues = result.issues
  const first = describeIssue(issues[0], data, formatPath)
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

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

// ---------------------------------------------------------------------------------------------
// Fields the app does not know

/** A valibot schema, by the parts a walk reads (a piped schema carries its first schema's). */
type Schema = v.GenericSchema & {
  wrapped?: v.GenericSchema
  options?: readonly v.GenericSchema[]
  item?: v.GenericSchema
  value?: v.GenericSchema
  entries?: Record<string, v.GenericSchema>
}

/**
 * Walks the input beside the schema and lists each key no object schema declares, as a path
 * pattern without array indexes (`levels[].coreExpected`), deduplicated in first-seen order.
 * Loose objects keep such keys and plain (stripping) objects drop them: either way the app ignores them.
 */
function unknownFields(schema: v.GenericSchema, input: unknown): string[] {
  const found = new Set<string>()
  walk(schema, input, '', found)
  return [...found]
}

function walk(schema: Schema, value: unknown, at: string, found: Set<string>): void {
  switch (schema.type) {
    case 'optional':
    case 'nullable':
    case 'nullish':
    case 'exact_optional':
    case 'non_optional':
    case 'non_nullable':
    case 'non_nullish':
      return walk(schema.wrapped!, value, at, found)
    case 'union':
    case 'variant': {
      const option = schema.options!.find((o) => v.is(o, value))
      if (option) walk(option, value, at, found)
      return
    }
    case 'array':
      if (Array.isArray(value)) for (const item of value) walk(schema.item!, item, `${at}[]`, found)
      return
    case 'record':
      if (isPlainObject(value)) for (const item of Object.values(value)) walk(schema.value!, item, `${at}.*`, found)
      return
    case 'object':
    case 'loose_object':
    case 'strict_object': {
      if (!isPlainObject(value)) return
      const shape = schema.entries!
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
