import fc from 'fast-check'

/**
 * Fuzzing helpers: valid data mutated into the invalid and hostile shapes data arrives in (a hand-edited
 * export, a corrupted store, a crafted file). Inputs are kept small so 10,000 runs take seconds.
 */

/** Keys that reach a prototype when code copies with `target[key] = value`; made own properties via JSON.parse. */
const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype'] as const

/** An object whose own keys would pollute Object.prototype if merged naively. */
const pollution = () =>
  JSON.parse(
    '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"prototype":{"polluted":"yes"}}',
  ) as unknown

/**
 * JSON text nested `depth` levels deep, in arrays or objects. Parsed, it is the deep value: JSON.parse
 * is iterative in V8, while JSON.stringify and structuredClone recurse and overflow the stack beyond a
 * few thousand levels, so whatever the app accepts must be shallower than that to be saved again.
 */
export function deepJson(depth: number, inObjects: boolean): string {
  return inObjects ? `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}` : `${'['.repeat(depth)}1${']'.repeat(depth)}`
}

/** Deeper than JSON.stringify can go (it overflows the stack near 5,000 levels in Node): what the app accepts must be saved again. */
const DEEP = 6_000
const DEEP_TEXT = deepJson(DEEP, true)
/**
 * Parsed once and shared: parsing 6,000 levels takes milliseconds, and thousands of inputs hold one.
 * Mutations never reach into them (containers), so sharing cannot change them.
 */
const DEEP_VALUES: readonly object[] = [JSON.parse(DEEP_TEXT) as object, JSON.parse(deepJson(DEEP, false)) as object]
const SHARED = new WeakSet<object>(DEEP_VALUES)

/** Stands in for a deep value in data that is turned into text: expandDeep puts the nesting in the text. */
const DEEP_MARKER = '\u2063deep\u2063'

/** Replaces the deep-value markers in JSON text with nesting 6,000 levels deep. */
export function expandDeep(text: string): string {
  return text.replaceAll(`"${DEEP_MARKER}"`, () => DEEP_TEXT)
}

/**
 * Values the stored and imported shapes never hold where they are put. With `deep: 'marker'`, deep
 * nesting is a marker string for expandDeep, for data that the test turns into text itself.
 */
export function hostileValues({ deep }: { deep: 'values' | 'marker' }): fc.Arbitrary<unknown> {
  return fc.oneof(
    // wrong types (parsed each time: a shared [] or {} would collect keys across runs, and could end up inside itself)
    fc
      .constantFrom('null', 'true', 'false', '0', '""', '[]', '{}', '"null"', '"0"')
      .map((json) => JSON.parse(json) as unknown),
    fc.string({ maxLength: 12 }),
    // out-of-range and odd numbers
    fc.constantFrom(
      -1,
      6,
      11,
      2.5,
      -0,
      1e308,
      -1e308,
      Number.MAX_SAFE_INTEGER + 2,
      Number.NaN,
      Number.POSITIVE_INFINITY,
    ),
    fc.integer({ min: -1_000, max: 1_000 }),
    // impossible dates and weeks, and dates in other shapes
    fc.constantFrom(
      '2026-02-30',
      '2026-13-45',
      '2026-00-10',
      '2027-02-29',
      '2026-W00',
      '2027-W53',
      '2026-W99',
      '26-1-5',
      '2026-01-05T25:00:00Z',
      'not a date',
    ),
    // huge strings
    fc.integer({ min: 10_000, max: 120_000 }).map((n) => 'x'.repeat(n)),
    // deep nesting (twice as likely: kept only where the shapes are loose, so it needs more tries to land there)
    {
      weight: 2,
      arbitrary:
        deep === 'marker'
          ? fc.constant(DEEP_MARKER)
          : fc.oneof(
              fc.constantFrom(...DEEP_VALUES),
              fc
                .tuple(fc.integer({ min: 20, max: 500 }), fc.boolean())
                .map(([depth, inObjects]) => JSON.parse(deepJson(depth, inObjects)) as unknown),
            ),
    },
    // prototype keys as own properties
    fc.constant(null).map(pollution),
    // markup, for anything that might reach a sink
    fc.constant('<img src=x onerror="globalThis.polluted=1">'),
  )
}

export const hostileValue = hostileValues({ deep: 'values' })

type Container = Record<string, unknown> | unknown[]

const isContainer = (v: unknown): v is Container => typeof v === 'object' && v !== null

/** Every object and array of a tree down to the depth real data has, the root first (not into generated deep values). */
function containers(root: unknown): Container[] {
  const found: Container[] = []
  const stack: [unknown, number][] = [[root, 0]]
  while (stack.length > 0) {
    const [here, depth] = stack.pop()!
    if (!isContainer(here) || SHARED.has(here)) continue
    found.push(here)
    if (depth < 12) for (const child of Object.values(here)) stack.push([child, depth + 1])
  }
  return found
}

/** Sets an own, enumerable property, even for "__proto__" (plain assignment would set the prototype). */
function define(target: Container, key: string | number, value: unknown) {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
}

interface Mutation {
  kind: 'replace' | 'delete' | 'duplicate' | 'addKey' | 'emptyContainer'
  where: number
  which: number
  key: string
  value: unknown
}

const mutation = (values: fc.Arbitrary<unknown>): fc.Arbitrary<Mutation> =>
  fc.record({
    kind: fc.constantFrom(
      'replace',
      'replace',
      'replace',
      'delete',
      'duplicate',
      'duplicate',
      'addKey',
      'addKey',
      'emptyContainer',
    ),
    where: fc.nat(),
    which: fc.nat(),
    key: fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS), fc.string({ maxLength: 8 })),
    value: values,
  })

function apply(root: unknown, m: Mutation): unknown {
  if (!isContainer(root)) return root
  const all = containers(root)
  const target = all[m.where % all.length]!
  const keys = Object.keys(target)
  if (keys.length === 0) {
    if (m.kind === 'addKey') define(target, Array.isArray(target) ? 0 : m.key, m.value)
    return root
  }
  const key = keys[m.which % keys.length]!
  const at = Array.isArray(target) ? Number(key) : key
  const current: unknown = (target as Record<string | number, unknown>)[at]
  switch (m.kind) {
    case 'replace':
      define(target, at, m.value)
      break
    case 'delete':
      if (Array.isArray(target)) target.splice(Number(key), 1)
      else delete target[key]
      break
    case 'duplicate':
      // Two check-ins of one week, two actions or frameworks with one id, a competency listed twice.
      // The same value twice, not a copy: a copy would recurse into a deep value.
      if (Array.isArray(target)) target.push(current)
      else define(target, `${key}2`, current)
      break
    case 'addKey':
      if (Array.isArray(target)) target.push(m.value)
      else define(target, m.key, m.value)
      break
    case 'emptyContainer':
      define(target, at, Array.isArray(current) ? [] : {})
      break
  }
  return root
}

/** A deep copy of `base` with one to three mutations at random places, putting in `values`. */
export function mutated(base: unknown, values = hostileValue): fc.Arbitrary<unknown> {
  return fc.array(mutation(values), { minLength: 1, maxLength: 3 }).map((mutations) => {
    let data: unknown = JSON.parse(JSON.stringify(base))
    for (const m of mutations) data = apply(data, m)
    return data
  })
}

/** Text that is not the JSON it should be: cut short, a byte changed, random bytes, a BOM or a NUL. */
export function damagedText(text: string): fc.Arbitrary<string> {
  return fc.oneof(
    fc.nat(text.length).map((n) => text.slice(0, n)),
    fc
      .tuple(fc.nat(Math.max(0, text.length - 1)), fc.integer({ min: 0, max: 0xffff }))
      .map(([at, code]) => text.slice(0, at) + String.fromCharCode(code) + text.slice(at + 1)),
    fc.uint8Array({ maxLength: 400 }).map((bytes) => new TextDecoder('utf-8').decode(bytes)),
    fc.uint8Array({ maxLength: 400 }).map((bytes) => String.fromCharCode(...bytes)),
    fc.constantFrom(`\uFEFF${text}`, `${text}\u0000`, `${text},`, `[${text}]`, ''),
  )
}

/** Snapshot of the built-in prototypes, to tell after a run whether anything was added to them. */
export function prototypeSnapshot(): string {
  return [Object.prototype, Array.prototype, String.prototype, Function.prototype]
    .map((p) => Object.getOwnPropertyNames(p).sort().join(','))
    .join('|')
}

/** Whether a run left the built-in prototypes as they were. */
export function prototypesUntouched(before: string): boolean {
  const probe = {} as Record<string, unknown>
  return (
    probe.polluted === undefined &&
    ([] as unknown as Record<string, unknown>).polluted === undefined &&
    (globalThis as Record<string, unknown>).polluted === undefined &&
    prototypeSnapshot() === before
  )
}

/**
 * Whether every object in a result is a plain object or array. An own "__proto__" key copied with
 * `result[key] = value` would instead give that object the attacker's prototype.
 */
export function onlyPlainObjects(root: unknown): boolean {
  const stack = [root]
  const seen = new Set<unknown>()
  while (stack.length > 0) {
    const here = stack.pop()
    if (typeof here !== 'object' || here === null || seen.has(here)) continue
    seen.add(here)
    const proto: unknown = Object.getPrototypeOf(here)
    if (proto !== Object.prototype && proto !== Array.prototype && proto !== null) return false
    for (const child of Object.values(here)) stack.push(child)
  }
  return true
}
