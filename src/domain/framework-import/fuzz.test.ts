import * as v from 'valibot'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import v6 from '../../../tests/fixtures/persisted-v6.json'
import { frameworkSchema } from '../framework-schema'
import {
  deepJson,
  damagedText,
  expandDeep,
  hostileValues,
  mutated,
  onlyPlainObjects,
  prototypeSnapshot,
  prototypesUntouched,
} from '../testing/hostile'
import { TINY_FRAMEWORK } from '../testing/tiny-framework'
import { readFrameworkFile } from './read-framework-file'
import { validateFramework } from './validate-framework'

// The framework importer, fed the shipped examples and small frameworks turned
// invalid and hostile. Each input is accepted or refused with a reason; nothing throws, and no
// prototype gains a property.
const RUNS = { numRuns: 10_000 }
/** 10,000 runs take a few seconds; the default 5 s timeout is too tight on a slow CI machine. */
const FUZZ_TIMEOUT = 30_000

// Through a variable: Vite rewrites a literal `new URL(…, import.meta.url)` into an asset URL.
const here = import.meta.url
const example = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../../../public/frameworks/${name}`, here)), 'utf8')
const DESIGN_LADDER = JSON.parse(example('design-ladder.json')) as unknown
const ENGINEERING_CSV = example('engineering-ladder.csv')

const one = {
  id: 'one',
  name: 'One',
  scale: { max: 1 },
  levels: [{ id: 'only', title: 'Only' }],
  competencies: [
    { id: 'a', name: 'A', descriptors: [null, 'Does A.'], expectations: { only: 1 } as Record<string, number> },
  ],
}

/** The valid frameworks the mutations start from: the shipped example, one from stored data, two small ones. */
const BASES: unknown[] = [DESIGN_LADDER, v6.state.frameworks[0]!.framework, TINY_FRAMEWORK, one]

/** A level-matrix CSV broken the ways spreadsheets break: rows cut, cells emptied, duplicated or swapped. */
const damagedCsv: fc.Arbitrary<string> = fc
  .tuple(
    fc.nat(),
    fc.nat(),
    fc.constantFrom('drop-row', 'copy-row', 'empty-cell', 'odd-cell', 'drop-column'),
    fc.oneof(
      fc.constantFrom('', '"', '""', '=HYPERLINK("x")', '1,2', '\u0000', 'Competency', '\n\n'),
      fc.string({ maxLength: 20 }),
      fc.integer({ min: 2_000, max: 60_000 }).map((n) => 'x'.repeat(n)),
    ),
  )
  .map(([row, cell, kind, value]) => {
    const rows = ENGINEERING_CSV.split('\n')
    const r = row % rows.length
    switch (kind) {
      case 'drop-row':
        rows.splice(r, 1)
        break
      case 'copy-row':
        rows.push(rows[r]!)
        break
      case 'drop-column':
        return rows
          .map((line) =>
            line
              .split(',')
              .filter((_, i) => i !== cell % 9)
              .join(','),
          )
          .join('\n')
      default: {
        const cells = rows[r]!.split(',')
        cells[cell % cells.length] = kind === 'empty-cell' ? '' : value
        rows[r] = cells.join(',')
      }
    }
    return rows.join('\n')
  })

function expectVerdict(result: { ok: true } | { ok: false; reason: string }) {
  if (!result.ok) {
    expect(typeof result.reason).toBe('string')
    expect(result.reason.trim()).not.toBe('')
  }
}

describe('fuzzing the framework importer', () => {
  it('accepts the frameworks the mutations start from', () => {
    for (const base of BASES) expect(validateFramework(base)).toMatchObject({ ok: true })
    expect(readFrameworkFile('engineering-ladder.csv', ENGINEERING_CSV)).toMatchObject({ ok: true })
  })

  it('refuses a framework with a field nested too deep to be saved again (found by fuzzing the stored data)', () => {
    const file = `{"id":"deep","name":"Deep","scale":{"max":1},"levels":[{"id":"a","title":"A","notes":${deepJson(6_000, false)}}],"competencies":[{"id":"c","name":"C","descriptors":[null,"x"],"expectations":{"a":1}}]}`
    expect(readFrameworkFile('deep.json', file)).toEqual({
      ok: false,
      reason: 'levels[0].notes: nested more than 32 levels deep, which no framework needs.',
    })
  })

  it.each([
    [
      'a competency',
      (f: typeof one) => (f.competencies[0]!.id = 'constructor'),
      'competencies[0].id: "constructor" cannot be an id',
    ],
    ['a level', (f: typeof one) => (f.levels[0]!.id = 'toString'), 'levels[0].id: "toString" cannot be an id'],
    ['the framework', (f: typeof one) => (f.id = 'valueOf'), 'id: "valueOf" cannot be an id'],
  ])('refuses %s named like a member every object has (a lookup by it would find that member)', (_, rename, reason) => {
    const framework = structuredClone(one)
    rename(framework)
    expect(validateFramework(framework)).toMatchObject({
      ok: false,
      reason: expect.stringContaining(`${reason}: every JavaScript object`),
    })
  })

  it(
    'validateFramework: accepted or refused with a reason, never a throw, a polluted prototype or a foreign one',
    () => {
      const before = prototypeSnapshot()
      const inputs = fc.oneof(
        { weight: 9, arbitrary: fc.constantFrom(...BASES).chain((base) => mutated(base)) },
        { weight: 1, arbitrary: hostileValues({ deep: 'values' }) },
      )
      fc.assert(
        fc.property(inputs, (input) => {
          const result = validateFramework(input)
          expectVerdict(result)
          if (result.ok) {
            expect(result.ignored.every((path) => typeof path === 'string')).toBe(true)
            expect(onlyPlainObjects(result.framework)).toBe(true)
            // What is accepted can be stored and read back.
            expect(v.safeParse(frameworkSchema, JSON.parse(JSON.stringify(result.framework))).success).toBe(true)
          } else expect(result.problems).toBeGreaterThanOrEqual(1)
          expect(prototypesUntouched(before)).toBe(true)
        }),
        RUNS,
      )
    },
    FUZZ_TIMEOUT,
  )

  it(
    'readFrameworkFile: JSON or CSV, mutated, damaged or random, is read or refused in a sentence',
    () => {
      const before = prototypeSnapshot()
      const markers = hostileValues({ deep: 'marker' })
      const json = fc.constantFrom(...BASES).map((base) => JSON.stringify(base))
      const files = fc.oneof(
        {
          weight: 4,
          arbitrary: fc
            .constantFrom(...BASES)
            .chain((base) => mutated(base, markers))
            .map((f) => expandDeep(JSON.stringify(f) ?? 'null')),
        },
        { weight: 2, arbitrary: json.chain(damagedText) },
        { weight: 2, arbitrary: damagedCsv },
        { weight: 1, arbitrary: damagedText(ENGINEERING_CSV) },
      )
      const names = fc.constantFrom('framework.json', 'ladder.csv', 'ladder.CSV', 'notes.txt', 'no-extension')
      fc.assert(
        fc.property(names, files, fc.boolean(), (name, text, claimsHuge) => {
          const result = readFrameworkFile(name, text, claimsHuge ? 3 * 1024 * 1024 : undefined)
          expectVerdict(result)
          if (result.ok) {
            expect(onlyPlainObjects(result.framework)).toBe(true)
            expect(v.safeParse(frameworkSchema, JSON.parse(JSON.stringify(result.framework))).success).toBe(true)
          }
          expect(prototypesUntouched(before)).toBe(true)
        }),
        RUNS,
      )
    },
    FUZZ_TIMEOUT,
  )
})
