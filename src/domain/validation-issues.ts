import type * as v from 'valibot'

/**
 * Validation problems in the user's words, for every door data comes in by (a framework file, stored
 * data, an export, a share link): "scale.max: should be a whole number, not 2.5", not the library's
 * "Invalid type: Expected …". valibot words an issue itself only where no message was given; parsing
 * with `WORDED_BY_US` gives every such issue this marker instead, so a message a schema sets (an id
 * pattern, a cross-field check) is kept as written and every other one is worded here.
 */
const UNWORDED = '\u0000unworded'
export const WORDED_BY_US: v.Config<v.BaseIssue<unknown>> = { message: UNWORDED }

type Issue = v.BaseIssue<unknown>
export type PathKey = string | number

/** The keys of an issue's path (valibot keeps an object per step, with the value found there). */
export function keysOf(issue: Issue): PathKey[] {
  return (issue.path ?? []).map((item) => (typeof item.key === 'number' ? item.key : String(item.key)))
}

/** A path in valibot's form, for an issue a check adds by hand at `keys` below `root`. */
export function issueAt(root: unknown, keys: readonly PathKey[]): [v.IssuePathItem, ...v.IssuePathItem[]] | undefined {
  let input = root
  const items = keys.map((key) => {
    const value = input !== null && typeof input === 'object' ? (input as Record<PathKey, unknown>)[key] : undefined
    const item = { type: 'unknown', origin: 'value', input, key, value } as const
    input = value
    return item
  })
  return items.length > 0 ? (items as [v.IssuePathItem, ...v.IssuePathItem[]]) : undefined
}

/** The first issue as "<path>: <what is wrong>", the path written by `format` ("root" alone when there is none). */
export function describeIssue(issue: Issue, data: unknown, format: (path: PathKey[]) => string): string {
  return describe(issue, [], data, format)
}

function describe(issue: Issue, base: PathKey[], data: unknown, format: (path: PathKey[]) => string): string {
  const path = [...base, ...keysOf(issue)]
  // A union reports each branch's issues; say the one that got furthest, at its own path.
  if (issue.type === 'union' && issue.issues) {
    const branch = closestBranch(issue.issues)
    if (branch) return describe(branch, path, data, format)
  }
  const message = wordIssue(issue, valueAt(data, path))
  const where = format(path)
  return where === '' ? message : `${where}: ${message}`
}

/** The issue that reached deepest, unless every branch failed on the value's own type. */
function closestBranch(issues: readonly Issue[]): Issue | undefined {
  const candidates = issues.filter((i) => !(i.kind === 'schema' && keysOf(i).length === 0))
  if (candidates.length === 0) return undefined
  return candidates.reduce((best, i) => (keysOf(i).length > keysOf(best).length ? i : best))
}

function wordIssue(issue: Issue, value: unknown): string {
  if (issue.message !== UNWORDED) return issue.message
  switch (issue.type) {
    case 'union': {
      if (value === undefined) return 'missing'
      // Every branch failed on the type: list the types the union accepts.
      const expected = (issue.issues ?? []).map((i) => TYPE_NAMES[i.type] ?? i.expected ?? i.type)
      return `should be ${[...new Set(expected)].join(' or ')}, not ${describeValue(value)}`
    }
    case 'variant':
    case 'literal':
    case 'picklist': {
      // valibot writes the allowed values as `("bars" | "points")`.
      const expected = (issue.expected ?? '').replace(/^\((.*)\)$/, '$1')
      const allowed = oneOf(expected.split(' | ').filter((e) => e !== ''))
      if (value === undefined) return allowed ? `missing (should be ${allowed})` : 'missing'
      return allowed ? `should be ${allowed}, not ${quoteValue(value)}` : 'matches none of the allowed forms'
    }
    case 'integer':
      return `should be a whole number, not ${describeValue(value)}`
    case 'min_length': {
      const min = Number(issue.requirement)
      if (Array.isArray(value)) return `needs at least ${count(min, 'item')}`
      return min <= 1 ? 'should not be empty' : `should have at least ${count(min, 'character')}`
    }
    case 'max_length': {
      const max = Number(issue.requirement)
      const length = typeof value === 'string' || Array.isArray(value) ? value.length : undefined
      const has = length === undefined ? '' : `, has ${length}`
      return `should have at most ${count(max, Array.isArray(value) ? 'item' : 'character')}${has}`
    }
    case 'min_value':
      return `${describeValue(value)} is below the minimum of ${String(issue.requirement)}`
    case 'max_value':
      return `${describeValue(value)} is above the maximum of ${String(issue.requirement)}`
    case 'gt_value':
      return `should be greater than ${String(issue.requirement)}, not ${describeValue(value)}`
    case 'regex':
      return `should match the pattern ${issue.requirement instanceof RegExp ? issue.requirement.source : ''}`.trimEnd()
    default:
      if (issue.kind !== 'schema') return 'is not valid'
      if (value === undefined) return 'missing'
      return `should be ${TYPE_NAMES[issue.type] ?? issue.expected ?? issue.type}, not ${describeValue(value)}`
  }
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`

/** What a schema of each type accepts, as a reader would say it. */
const TYPE_NAMES: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  boolean: 'true or false',
  object: 'an object',
  loose_object: 'an object',
  strict_object: 'an object',
  record: 'an object',
  variant: 'an object',
  array: 'an array',
  tuple: 'an array',
  null: 'null',
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

/** `"bars" or "points"`, `"a", "b" or "c"` (valibot's expected values come already written as JSON). */
function oneOf(shown: readonly string[]): string {
  if (shown.length <= 1) return shown[0] ?? ''
  return `${shown.slice(0, -1).join(', ')} or ${shown.at(-1)}`
}

function valueAt(data: unknown, path: readonly PathKey[]): unknown {
  let here = data
  for (const key of path) {
    if (here === null || typeof here !== 'object') return undefined
    here = (here as Record<PathKey, unknown>)[key]
  }
  return here
}
