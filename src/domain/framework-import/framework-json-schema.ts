import { toJsonSchema, type JsonSchema } from '@valibot/to-json-schema'
import { frameworkSchema } from '../framework-schema'

/**
 * Where the app serves the schema (public/framework.schema.json): a framework file names it in
 * `$schema` and an editor completes and checks fields as they are typed. Relative, so it resolves
 * against wherever the app is hosted.
 */
const FRAMEWORK_JSON_SCHEMA_ID = 'framework.schema.json'

/**
 * The framework file format as a JSON Schema, generated from frameworkSchema so the two cannot
 * drift. It describes what a file may contain (the input side: defaulted fields are optional);
 * the cross-field checks (unique ids, expectations within the scale, one descriptor per value)
 * are code, which JSON Schema cannot express: only the app's import enforces them.
 */
export function frameworkJsonSchema(): Record<string, unknown> {
  const { $schema, ...generated } = toJsonSchema(frameworkSchema, {
    target: 'draft-2020-12',
    typeMode: 'input',
    // The cross-field check and the trimming have no JSON Schema form: left out, as said above.
    errorMode: 'ignore',
    overrideAction: ({ valibotAction, jsonSchema }) => keepCaseInsensitivity(valibotAction, jsonSchema),
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
 * JSON Schema patterns carry no flags, so `/^[a-z]…$/i` written as `^[a-z]…$` would make an editor
 * flag ids the app accepts ("Acme-Product"). Spell the case-insensitivity out instead.
 */
function keepCaseInsensitivity(action: { type: string; requirement?: unknown }, json: JsonSchema): JsonSchema | null {
  const regex = action.requirement
  if (action.type !== 'regex' || !(regex instanceof RegExp) || !regex.flags.includes('i')) return null
  return { ...json, pattern: caseInsensitiveSource(regex.source) }
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
