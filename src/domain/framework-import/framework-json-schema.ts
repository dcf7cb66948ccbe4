import { z } from 'zod'
import { frameworkSchema } from '../framework-schema'

/**
 * Where the app serves the schema (public/framework.schema.json): a framework file names it in
 * `$schema` and an editor completes and checks fields as they are typed. Relative, so it resolves
 * against wherever the app is hosted.
 */
const FRAMEWORK_JSON_SCHEMA_ID = 'framework.schema.json'

type JsonSchema = z.core.JSONSchema.BaseSchema

/**
 * The framework file format as a JSON Schema, generated from frameworkSchema so the two cannot
 * drift. It describes what a file may contain (the input side: defaulted fields are optional);
 * the cross-field checks (unique ids, expectations within the scale, one descriptor per value)
 * are code, which JSON Schema cannot express: only the app's import enforces them.
 */
export function frameworkJsonSchema(): Record<string, unknown> {
  const { $schema, ...generated } = z.toJSONSchema(frameworkSchema, {
    io: 'input',
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      keepCaseInsensitivity(zodSchema, jsonSchema)
      dropSafeIntegerBounds(jsonSchema)
    },
  })
  return {
    $schema,
    $id: FRAMEWORK_JSON_SCHEMA_ID,
    title: 'Trajectory competency framework',
    description:
      'A competency framework for Trajectory: levels, competencies with one description per rating value, and the rating each level expects. ' +
      'Fields not described here are kept but ignored. Some rules are checked only on import: ids are unique; every competency has one descriptor per value 0 to scale.max, and only value 0 may be null; ' +
      'expectations name existing levels, stay within the scale and (with the "bars" rule) do not fall as levels rise.',
    ...generated,
  }
}

/**
 * JSON Schema patterns carry no flags, so zod writes `/^[a-z]…$/i` as `^[a-z]…$` and an editor
 * would flag ids the app accepts ("Acme-Product"). Spell the case-insensitivity out instead.
 */
function keepCaseInsensitivity(zodSchema: z.core.$ZodType, json: JsonSchema): void {
  // A string's .regex() is a check carrying its RegExp; third-party checks may add theirs to the bag.
  const checks = (zodSchema._zod.def.checks ?? []).map((check) => (check._zod.def as { pattern?: unknown }).pattern)
  const bagged = (zodSchema._zod.bag as { patterns?: Set<unknown> }).patterns ?? []
  const patterns = [...checks, ...bagged].filter((p): p is RegExp => p instanceof RegExp)
  const insensitive = new Map(patterns.filter((p) => p.flags.includes('i')).map((p) => [p.source, p]))
  if (insensitive.size === 0) return
  const widen = (node: JsonSchema) => {
    const regex = node.pattern === undefined ? undefined : insensitive.get(node.pattern)
    if (regex) node.pattern = caseInsensitiveSource(regex.source)
  }
  widen(json)
  for (const part of json.allOf ?? []) if (typeof part === 'object') widen(part)
}

/**
 * `^[a-z0-9][a-z0-9._-]*$` → `^[a-zA-Z0-9][a-zA-Z0-9._-]*$`: each lowercase letter or range gains
 * its uppercase twin, inside a class or as `[xX]` outside. Patterns with escapes whose letters are
 * not literal (`\p{L}`, `\x41`, `\u0041`, `\cJ`, `\k<name>`) or with named groups are left as they are.
 */
export function caseInsensitiveSource(source: string): string {
  if (/\\[pPxuck]/.test(source) || /\(\?<[^=!]/.test(source)) return source
  const upper = (c: string) => c.toUpperCase()
  const isLower = (c: string | undefined) => c !== undefined && c >= 'a' && c <= 'z'
  let out = ''
  let inClass = false
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!
    if (c === '\\') {
      out += c + (source[i + 1] ?? '')
      i++
    } else if (inClass) {
      if (c === ']') inClass = false
      if (isLower(c) && source[i + 1] === '-' && isLower(source[i + 2])) {
        const to = source[i + 2]!
        out += `${c}-${to}${upper(c)}-${upper(to)}`
        i += 2
      } else out += isLower(c) ? c + upper(c) : c
    } else if (c === '[') {
      inClass = true
      out += c
      if (source[i + 1] === '^') out += source[++i]
    } else out += isLower(c) ? `[${c}${upper(c)}]` : c
  }
  return out
}

/** Every z.number().int() carries ±2^53−1 bounds: true of JSON numbers anyway, and noise in an editor's hover. */
function dropSafeIntegerBounds(json: JsonSchema): void {
  if (json.maximum === Number.MAX_SAFE_INTEGER) delete json.maximum
  if (json.minimum === Number.MIN_SAFE_INTEGER) delete json.minimum
}
