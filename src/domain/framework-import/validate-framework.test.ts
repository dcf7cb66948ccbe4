import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { TINY_FRAMEWORK } from '../testing/tiny-framework'
import { DATA_EXPORT, NOT_A_FRAMEWORK, formatPath, validateFramework } from './validate-framework'

/** A framework file as a test edits it: any field may be broken. */
type Draft = {
  [key: string]: unknown
  scale: { max: unknown }
  levels: Record<string, unknown>[]
  competencies: { [key: string]: unknown; descriptors: unknown[]; expectations: Record<string, unknown> }[]
}

/** Two levels, two competencies on a 0–5 scale: each test breaks one thing in a fresh copy. */
function small(): Draft {
  const descriptors = [null, 'one', 'two', 'three', 'four', 'five']
  return {
    id: 'small',
    name: 'Small',
    scale: { max: 5 },
    levels: [
      { id: 'junior', title: 'Junior' },
      { id: 'senior', title: 'Senior' },
    ],
    competencies: [
      { id: 'craft', name: 'Craft', descriptors, expectations: { junior: 1, senior: 3 } },
      { id: 'care', name: 'Care', descriptors, expectations: { junior: 2, senior: 4 } },
    ],
  }
}

function reasonFor(data: unknown): string {
  const result = validateFramework(data)
  if (result.ok) throw new Error('expected the framework to be refused')
  return result.reason
}

describe('validateFramework: accepted', () => {
  it('accepts a small framework, fills defaults and reports no unknown field', () => {
    const result = validateFramework(small())
    expect(result).toMatchObject({ ok: true, ignored: [] })
    if (!result.ok) return
    expect(result.framework.version).toBe('1')
    expect(result.framework.levelRule).toEqual({ kind: 'bars' })
    expect(result.framework.competencies[0]!.track).toBe('core')
  })

  it('accepts the tiny test framework', () => {
    expect(validateFramework(TINY_FRAMEWORK)).toMatchObject({ ok: true, ignored: [] })
  })
})

describe('validateFramework: one sentence for the first problem, with its location', () => {
  const cases: [string, (fw: Draft) => void, string][] = [
    [
      'a value above the scale',
      (fw) => (fw.competencies[1]!.expectations.senior = 7),
      "competencies[1].expectations.senior: 7 is above the scale's maximum of 5",
    ],
    ['a missing title', (fw) => delete fw.levels[0]!.title, 'levels[0].title: missing'],
    ['a wrong type', (fw) => (fw.scale.max = '5'), 'scale.max: should be a number, not a string'],
    [
      'a fraction where a whole number belongs',
      (fw) => (fw.scale.max = 2.5),
      'scale.max: should be a whole number, not 2.5',
    ],
    ['an empty name', (fw) => (fw.name = ''), 'name: should not be empty'],
    ['a name of spaces only', (fw) => (fw.name = '   '), 'name: should not be empty'],
    [
      'an expectation for an unknown level',
      (fw) => (fw.competencies[0]!.expectations.staff = 4),
      'competencies[0].expectations.staff: no level has the id "staff"',
    ],
    [
      'a duplicate level id',
      (fw) => fw.levels.push({ id: 'senior', title: 'Staff' }),
      'levels[2].id: the level id "senior" is used twice',
    ],
    [
      'a duplicate competency id',
      (fw) => (fw.competencies[1]!.id = 'craft'),
      'competencies[1].id: the competency id "craft" is used twice',
    ],
    [
      'a too-short array',
      (fw) => {
        fw.competencies.forEach((c) => (c.expectations = {}))
        fw.levels = []
      },
      'levels: needs at least 1 item',
    ],
    [
      'an unknown level rule',
      (fw) => (fw.levelRule = { kind: 'ladder' }),
      'levelRule.kind: should be "bars" or "points", not "ladder"',
    ],
    [
      'a level rule without its kind',
      (fw) => (fw.levelRule = {}),
      'levelRule.kind: missing (should be "bars" or "points")',
    ],
    [
      'a descriptor of the wrong type',
      (fw) => (fw.competencies[0]!.descriptors = [null, 1, 'two', 'three', 'four', 'five']),
      'competencies[0].descriptors[1]: should be a string or an array, not 1',
    ],
    [
      'an empty criterion in a descriptor list',
      (fw) => (fw.competencies[0]!.descriptors = [null, ['ok', ''], 'two', 'three', 'four', 'five']),
      'competencies[0].descriptors[1][1]: should not be empty',
    ],
    [
      'an id that is not a slug',
      (fw) => (fw.id = 'my framework'),
      'id: should be letters, digits, ".", "_" or "-", such as "acme-product"',
    ],
    [
      'a negative expectation',
      (fw) => (fw.competencies[0]!.expectations.junior = -1),
      'competencies[0].expectations.junior: -1 is below the minimum of 0',
    ],
    [
      'a scale too large (each competency then lacks descriptors too)',
      (fw) => (fw.scale.max = 11),
      'scale.max: 11 is above the maximum of 10 (and 2 more problems)',
    ],
  ]

  it.each(cases)('%s', (_, breakIt, reason) => {
    const fw = small()
    breakIt(fw)
    expect(reasonFor(fw)).toBe(reason)
  })

  it('counts the other problems', () => {
    const fw = small()
    fw.name = ''
    fw.competencies[0]!.expectations.senior = 6
    fw.competencies[1]!.expectations.senior = 9
    expect(validateFramework(fw)).toEqual({
      ok: false,
      reason: 'name: should not be empty (and 2 more problems)',
      problems: 3,
    })
  })

  it('says "problem" for a single other one', () => {
    const fw = small()
    delete fw.levels[1]!.title
    fw.levels[0]!.id = ''
    expect(validateFramework(fw)).toEqual({
      ok: false,
      reason: 'levels[0].id: should not be empty (and 1 more problem)',
      problems: 2,
    })
  })
})

describe('validateFramework: refused before the schema', () => {
  it.each([
    ['a data export envelope', { type: 'trajectory', version: 3, exportedAt: '2025-01-01', data: {} }],
    ['a differently tagged export', { type: 'trajectory-backup', data: {} }],
    ['persisted state', { state: { ratings: {} }, version: 2 }],
  ])('%s', (_, data) => {
    expect(validateFramework(data)).toEqual({ ok: false, reason: DATA_EXPORT, problems: 1 })
  })

  it('words the data export reason for the user', () => {
    expect(DATA_EXPORT).toBe('this is a Trajectory data export, not a framework: import it with "Import data"')
  })

  it.each([
    ['null', null],
    ['an array', [small()]],
    ['a string', 'framework'],
    ['a number', 42],
    ['undefined', undefined],
  ])('a non-object: %s', (_, data) => {
    expect(validateFramework(data)).toEqual({
      ok: false,
      reason: 'the file does not hold a framework (an object with id, name, scale, levels and competencies)',
      problems: 1,
    })
    expect(NOT_A_FRAMEWORK).toContain('does not hold a framework')
  })
})

describe('validateFramework: fields the app does not know', () => {
  it('lists them by path pattern, deduplicated, in first-seen order, without $schema', () => {
    const { competencies } = small()
    const fw = {
      $schema: './framework.schema.json',
      id: 'small',
      name: 'Small',
      publisher: 'Acme',
      levels: [
        { id: 'junior', title: 'Junior', coreExpected: [1, 2], years: { min: 0, max: 2, typical: 1 } },
        { id: 'senior', title: 'Senior', coreExpected: [3, 4], salaryBand: 'B' },
      ],
      scale: { max: 5, colour: 'blue' },
      levelRule: {
        kind: 'points',
        pointsPerValue: [0, 1, 2, 3, 4, 5],
        bands: [
          { levelId: 'junior', minPoints: 0, maxPoints: 9, label: 'J' },
          { levelId: 'senior', minPoints: 10 },
        ],
        subLevels: 3,
      },
      suggestions: [
        { id: 's1', competencyId: 'craft', title: 'Practise', fromValue: 1, toValue: 2 },
        { id: 's2', competencyId: 'care', title: 'Listen', fromValue: 2 },
      ],
      competencies: competencies.map((c, i) => ({
        ...c,
        criteria: ['a'],
        ...(i === 1 ? { resources: [{ url: 'x' }] } : {}),
      })),
    }
    const result = validateFramework(fw)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.ignored).toEqual([
      'publisher',
      'levels[].coreExpected',
      'levels[].years.typical',
      'levels[].salaryBand',
      'scale.colour',
      'levelRule.bands[].label',
      'levelRule.subLevels',
      'suggestions[].fromValue',
      'suggestions[].toValue',
      'competencies[].criteria',
      'competencies[].resources',
    ])
    // Loose objects keep what they do not know; the app just does not read it.
    expect(result.framework.levels[0]).toHaveProperty('coreExpected', [1, 2])
  })

  it('lists unknown fields of a bars rule too', () => {
    const result = validateFramework({ ...small(), levelRule: { kind: 'bars', strictness: 'high' } })
    expect(result).toMatchObject({ ok: true, ignored: ['levelRule.strictness'] })
  })
})

describe('formatPath', () => {
  it.each([
    [['competencies', 3, 'expectations', 'senior'], 'competencies[3].expectations.senior'],
    [['competencies', 0, 'expectations', 'level-1'], 'competencies[0].expectations.level-1'],
    [['competencies', 0, 'expectations', 'senior pm'], 'competencies[0].expectations["senior pm"]'],
    [['name'], 'name'],
    [[], ''],
  ])('%j → %s', (path, text) => {
    expect(formatPath(path)).toBe(text)
  })
})

// ---------------------------------------------------------------------------------------------
// Property: every well-formed framework validates, and its export re-imports unchanged.

const text = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim().length > 0)
const slug = fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,10}$/)

const frameworkArbitrary = fc
  .record({
    scaleMax: fc.integer({ min: 1, max: 6 }),
    levelIds: fc.uniqueArray(slug, { minLength: 1, maxLength: 6 }),
    competencyIds: fc.uniqueArray(slug, { minLength: 1, maxLength: 10 }),
  })
  .chain(({ scaleMax, levelIds, competencyIds }) => {
    const descriptor = fc.oneof(text, fc.array(text, { minLength: 1, maxLength: 3 }))
    const competency = (id: string) =>
      fc.record({
        id: fc.constant(id),
        name: text,
        descriptors: fc.tuple(
          fc.option(descriptor, { nil: null }),
          ...Array.from({ length: scaleMax }, () => descriptor),
        ),
        // Non-decreasing as levels rise, the lowest levels possibly not expecting it (null).
        expectations: fc
          .tuple(
            fc.array(fc.integer({ min: 0, max: scaleMax }), { minLength: levelIds.length, maxLength: levelIds.length }),
            fc.integer({ min: 0, max: levelIds.length }),
          )
          .map(([values, nulls]) => {
            const sorted = [...values].sort((a, b) => a - b)
            return Object.fromEntries(levelIds.map((l, i) => [l, i < nulls ? null : sorted[i]!]))
          }),
      })
    return fc.record(
      {
        id: slug,
        name: text,
        version: fc.oneof(text, fc.integer({ min: 1, max: 99 })),
        scale: fc.constant({ max: scaleMax }),
        levels: fc.tuple(...levelIds.map((id) => fc.record({ id: fc.constant(id), title: text }))),
        competencies: fc.tuple(...competencyIds.map(competency)),
      },
      { requiredKeys: ['id', 'name', 'scale', 'levels', 'competencies'] },
    )
  })

describe('validateFramework: property', () => {
  it('accepts every generated framework, and its JSON re-imports to the same framework', () => {
    fc.assert(
      fc.property(frameworkArbitrary, (input) => {
        const first = validateFramework(input)
        if (!first.ok) throw new Error(first.reason)
        expect(first.ignored).toEqual([])
        const second = validateFramework(JSON.parse(JSON.stringify(first.framework)))
        if (!second.ok) throw new Error(second.reason)
        expect(second.framework).toEqual(first.framework)
        expect(second.ignored).toEqual([])
      }),
    )
  })

  it('never throws on broken files, and always words the first problem', () => {
    const paths = [
      ['id'],
      ['name'],
      ['version'],
      ['scale'],
      ['scale', 'max'],
      ['levels'],
      ['levels', 0],
      ['levels', 1, 'id'],
      ['competencies', 0, 'descriptors'],
      ['competencies', 1, 'descriptors', 2],
      ['competencies', 0, 'expectations'],
      ['competencies', 1, 'expectations', 'senior'],
      ['levelRule'],
      ['suggestions'],
    ]
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue(), (path, value) => {
        const fw = small() as unknown as Record<PropertyKey, unknown>
        let parent = fw
        for (const key of path.slice(0, -1)) parent = parent[key] as Record<PropertyKey, unknown>
        parent[path.at(-1)!] = value
        const result = validateFramework(fw)
        if (result.ok) return
        expect(result.problems).toBeGreaterThan(0)
        expect(result.reason).not.toContain('\u0000')
        expect(result.reason).not.toMatch(/undefined|Invalid input/)
        // A location, then the sentence: `competencies[1].expectations.senior: …`, `expectations[""]: …`.
        expect(result.reason).toMatch(/^[\w$]+(\[\d+\]|\.[^\s.[\]"]+|\["(?:[^"\\]|\\.)*"\])*: \S/)
      }),
    )
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(validateFramework(value).ok).toBe(false)
      }),
    )
  })
})
