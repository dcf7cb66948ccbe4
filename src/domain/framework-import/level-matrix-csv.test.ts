import * as v from 'valibot'
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { frameworkSchema, type FrameworkInput } from '../framework-schema'
import { parseLevelMatrixCsv, slugify } from './level-matrix-csv'

const lines = (...rows: string[]) => rows.join('\n')

/** Parses and insists on success and a schema-valid framework, so every happy-path test checks both. */
function parseOk(text: string, fileName = 'acme-ladder.csv') {
  const result = parseLevelMatrixCsv(text, { fileName })
  if (!result.ok) throw new Error(`refused: ${result.reason}`)
  const checked = v.safeParse(frameworkSchema, result.framework)
  expect(checked.issues ?? []).toEqual([])
  return result
}

const competency = (framework: FrameworkInput, name: string) => {
  const found = framework.competencies.find((c) => c.name === name)
  if (!found) throw new Error(`no competency named ${name}`)
  return found
}

describe('parseLevelMatrixCsv', () => {
  it('builds levels, rating values and expectations from a plain matrix', () => {
    const { framework, warnings } = parseOk(
      lines('Competency,Junior,Mid,Senior', 'Delivery,Ships small tasks,Ships features,Ships projects'),
    )
    expect(framework).toEqual({
      id: 'acme-ladder',
      name: 'Acme ladder',
      version: '1',
      scale: { max: 3 },
      levels: [
        { id: 'junior', title: 'Junior' },
        { id: 'mid', title: 'Mid' },
        { id: 'senior', title: 'Senior' },
      ],
      areas: [],
      competencies: [
        {
          id: 'delivery',
          name: 'Delivery',
          descriptors: [null, 'Ships small tasks', 'Ships features', 'Ships projects'],
          expectations: { junior: 1, mid: 2, senior: 3 },
        },
      ],
    })
    expect(warnings).toEqual([])
  })

  it('reads quoted cells holding commas and doubled quotes', () => {
    const { framework } = parseOk(
      lines('Competency,Level 1,Level 2', '"Writing, editing","Drafts ""clear"" notes","Edits others\' docs, gently"'),
    )
    expect(framework.competencies[0]).toMatchObject({
      id: 'writing-editing',
      name: 'Writing, editing',
      descriptors: [null, 'Drafts "clear" notes', "Edits others' docs, gently"],
    })
  })

  it('turns a cell of several lines into a list, stripping bullet markers', () => {
    const { framework } = parseOk(
      lines(
        'Competency,L1,L2,L3',
        'Craft,"• Tests code\n•Reviews code","- Designs modules\n\n* Mentors\nPlain third line","  • Only one bullet  "',
        'Maths,-5% error,**bold** start,"*  starred"',
      ),
    )
    expect(competency(framework, 'Craft').descriptors).toEqual([
      null,
      ['Tests code', 'Reviews code'],
      ['Designs modules', 'Mentors', 'Plain third line'],
      'Only one bullet',
    ])
    // A marker needs a space after "-" or "*", so text that merely starts with one is kept whole.
    expect(competency(framework, 'Maths').descriptors).toEqual([null, '-5% error', '**bold** start', 'starred'])
  })

  it("leaves levels below a competency's first filled cell without an expectation", () => {
    const { framework } = parseOk(
      lines(
        'Competency,Junior,Mid,Senior,Staff',
        'Delivery,a,b,c,d',
        'Strategy,,,Sets direction,Sets company direction',
      ),
    )
    const strategy = competency(framework, 'Strategy')
    expect(strategy.expectations).toEqual({ junior: null, mid: null, senior: 1, staff: 2 })
    expect(strategy.descriptors).toEqual([
      null,
      'Sets direction',
      'Sets company direction',
      'Sets company direction',
      'Sets company direction',
    ])
  })

  it('carries a value up through empty cells and fills missing top values from the last cell, with a warning', () => {
    const { framework, warnings } = parseOk(
      lines(
        'Competency,Junior,Mid,Senior,Staff',
        'Delivery,a,b,c,d',
        'Hiring,Interviews,,Runs loops,',
        'Ops,Is on call,,,',
      ),
    )
    expect(framework.scale).toEqual({ max: 4 })
    expect(competency(framework, 'Hiring')).toMatchObject({
      expectations: { junior: 1, mid: 1, senior: 2, staff: 2 },
      descriptors: [null, 'Interviews', 'Runs loops', 'Runs loops', 'Runs loops'],
    })
    expect(competency(framework, 'Ops')).toMatchObject({
      expectations: { junior: 1, mid: 1, senior: 1, staff: 1 },
      descriptors: [null, 'Is on call', 'Is on call', 'Is on call', 'Is on call'],
    })
    expect(warnings).toEqual([
      "Hiring (row 3) describes 2 of 4 values; values 3 to 4 reuse its last cell's text.",
      "Ops (row 4) describes 1 of 4 values; values 2 to 4 reuse its last cell's text.",
    ])
  })

  it('ignores empty trailing columns, empty rows and blank lines a spreadsheet exports', () => {
    const { framework } = parseOk(
      lines('Competency,Junior,Mid,,,', 'Delivery,a,b,,,', ',,,,,', '', 'Insight,c,d,,,', ',,,,,', '', ''),
    )
    expect(framework.levels).toEqual([
      { id: 'junior', title: 'Junior' },
      { id: 'mid', title: 'Mid' },
    ])
    expect(framework.competencies.map((c) => [c.name, c.descriptors])).toEqual([
      ['Delivery', [null, 'a', 'b']],
      ['Insight', [null, 'c', 'd']],
    ])
  })

  it('strips a byte-order mark', () => {
    const { framework } = parseOk('\uFEFFCompetency,Junior\nDelivery,a')
    expect(framework.levels).toEqual([{ id: 'junior', title: 'Junior' }])
    expect(framework.competencies[0]!.name).toBe('Delivery')
  })

  it('reads Windows line ends, inside quoted cells too', () => {
    const { framework } = parseOk('Competency,Junior,Mid\r\nDelivery,"• a\r\n• b",c\r\nInsight,d,e\r\n')
    expect(framework.competencies.map((c) => c.descriptors)).toEqual([
      [null, ['a', 'b'], 'c'],
      [null, 'd', 'e'],
    ])
  })

  it('keeps emoji and accents in names and texts, and drops them from ids', () => {
    const { framework } = parseOk(
      lines(
        'Competency,Niveau débutant,Niveau confirmé',
        '👨‍💻 Data Skills,Lit les données 📊,Crée des modèles',
        '❤️ Empathie,Écoute,Comprend',
        'Crème brûlée ✨,Goûte,Cuisine',
        '🚀,a,b',
      ),
    )
    expect(framework.levels).toEqual([
      { id: 'niveau-debutant', title: 'Niveau débutant' },
      { id: 'niveau-confirme', title: 'Niveau confirmé' },
    ])
    expect(framework.competencies.map((c) => [c.id, c.name])).toEqual([
      ['data-skills', '👨‍💻 Data Skills'],
      ['empathie', '❤️ Empathie'],
      ['creme-brulee', 'Crème brûlée ✨'],
      ['competency-4', '🚀'],
    ])
    expect(framework.competencies[0]!.descriptors[1]).toBe('Lit les données 📊')
    expect(framework.competencies[1]!.descriptors[1]).toBe('Écoute')
  })

  it('de-duplicates ids of competencies with the same name', () => {
    const { framework } = parseOk(lines('Competency,Junior', 'Delivery,a', 'delivery,b', 'Delivery!,c', 'Delivery 2,d'))
    expect(framework.competencies.map((c) => c.id)).toEqual(['delivery', 'delivery-2', 'delivery-3', 'delivery-2-2'])
  })

  it('lists areas in first-seen order and takes Description as the summary', () => {
    const { framework } = parseOk(
      lines(
        'area,COMPETENCY , description,Junior,Mid',
        'Craft & quality,Testing,Checks what ships,a,b',
        'People,Mentoring,,c,d',
        ',Loner,Belongs nowhere,e,f',
        'Craft & quality,Reviewing,,g,h',
      ),
    )
    expect(framework.areas).toEqual([
      { id: 'craft-quality', name: 'Craft & quality' },
      { id: 'people', name: 'People' },
    ])
    expect(framework.levels.map((l) => l.title)).toEqual(['Junior', 'Mid'])
    expect(framework.competencies.map((c) => [c.id, c.areaId, c.summary])).toEqual([
      ['testing', 'craft-quality', 'Checks what ships'],
      ['mentoring', 'people', undefined],
      ['loner', undefined, 'Belongs nowhere'],
      ['reviewing', 'craft-quality', undefined],
    ])
    // Omitted, not present-but-undefined, so a JSON export stays clean.
    expect(Object.keys(framework.competencies[2]!)).not.toContain('areaId')
    expect(Object.keys(framework.competencies[1]!)).not.toContain('summary')
  })

  it.each([
    ['product_ladder-v2.csv', 'product-ladder-v2', 'Product ladder v2'],
    ['C:\\Users\\me\\Équipe Data.csv', 'equipe-data', 'Équipe Data'],
    ['monzo.level-matrix.csv', 'monzo-level-matrix', 'Monzo level matrix'],
    ['.csv', 'imported-framework', 'Imported framework'],
  ])('names the framework after the file %s', (fileName, id, name) => {
    const { framework } = parseOk(lines('Competency,Junior', 'Delivery,a'), fileName)
    expect([framework.id, framework.name]).toEqual([id, name])
  })

  it.each([
    ['', 'The file is empty.'],
    ['\uFEFF \n\n', 'The file is empty.'],
    [
      'Competency\nDelivery\nInsight',
      'The file has a single column; a level matrix has comma-separated columns: Competency, then one per level.',
    ],
    [
      'Competency;Junior;Mid\nDelivery;a;b',
      'The file has a single column; a level matrix has comma-separated columns: Competency, then one per level.',
    ],
    ['Skill,Junior,Mid\nDelivery,a,b', 'The first row needs a column named Competency; found: Skill, Junior, Mid.'],
    [
      'Competency,Area,Description\nDelivery,Craft,Ships',
      'The header row has no level columns: after Competency, add one column per level, titled with the level.',
    ],
    [
      'Competency,Junior,Senior,junior\nDelivery,a,b,c',
      'Two level columns have the same title: "Junior" and "junior".',
    ],
    ['Competency,Area,Junior,Area\nDelivery,x,a,y', 'The header row has two columns named Area.'],
    ['Competency,Junior,Mid\nDelivery,a,b\nInsight,,', 'Row 3 (Insight) has no text under any level.'],
    ['Competency,Area,Junior\nDelivery,Craft,a\n,Craft,b', 'Row 3 has text but no competency name.'],
    ['Competency,Junior\n\nDelivery,a\n,b', 'Row 4 has text but no competency name.'],
    ['Competency,Junior,Mid\n', 'The file has a header row but no competency rows below it.'],
    ['Competency,Junior\nDelivery,a,stray', 'Column C has text but no title in the header row (row 1).'],
    ['Competency,Junior\nDelivery,"a\nInsight,b', 'Row 2 has a quoted cell whose closing quote is missing.'],
    ['Competency,Junior\nDelivery,a\nInsight,"b"x', 'Row 3 has text after the closing quote of a quoted cell.'],
    ['Competency,Junior\u0000', 'The file is not a CSV text file.'],
    [
      `Competency,${Array.from({ length: 11 }, (_, i) => `L${i + 1}`).join(',')}\nDelivery,${'a,'.repeat(10)}a`,
      "Row 2 (Delivery) fills 11 levels; a framework's scale has at most 10 values above 0.",
    ],
  ])('refuses %j', (text, reason) => {
    expect(parseLevelMatrixCsv(text, { fileName: 'x.csv' })).toEqual({ ok: false, reason })
  })

  it('never throws, and whatever it accepts passes the schema with rising expectations', () => {
    const cell = fc.oneof(
      fc.constant(''),
      fc.string({ maxLength: 12 }),
      fc.constantFrom('• a\n• b', '"quoted, cell"', '👨‍💻 é', ' ', '\r\n'),
    )
    const quote = (s: string) => `"${s.replaceAll('"', '""')}"`
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 7 }), { maxLength: 8 }), fc.boolean(), (grid, crlf) => {
        const header = ['Competency', 'Area', 'L1', 'L2', 'L3', 'L4'].map(quote).join(',')
        const body = grid.map((row) => row.map(quote).join(','))
        const result = parseLevelMatrixCsv([header, ...body].join(crlf ? '\r\n' : '\n'), { fileName: 'fuzz.csv' })
        if (!result.ok) return
        expect(v.safeParse(frameworkSchema, result.framework).success).toBe(true)
        for (const c of result.framework.competencies) {
          const values = Object.values(c.expectations ?? {}).filter((v) => v !== null)
          expect(values).toEqual([...values].sort((a, b) => a! - b!))
        }
      }),
    )
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(() => parseLevelMatrixCsv(text, { fileName: 'any.csv' })).not.toThrow()
      }),
    )
  })
})

describe('slugify', () => {
  it.each([
    ['Senior Engineer', 'senior-engineer'],
    ["Engineer's craft", 'engineers-craft'],
    ['🧠 Problem solving', 'problem-solving'],
    ['Ça marche – très bien', 'ca-marche-tres-bien'],
    ['R&D / ops', 'r-d-ops'],
    ['✨', ''],
  ])('%s → %s', (text, slug) => {
    expect(slugify(text)).toBe(slug)
  })
})

describe('example frameworks in public/frameworks', () => {
  // Through a variable: Vite rewrites a literal `new URL(…, import.meta.url)` into an asset URL on
  // jsdom's http://localhost origin, which node:fs cannot open.
  const here = import.meta.url
  const read = (file: string) => readFileSync(new URL(`../../../public/frameworks/${file}`, here), 'utf8')

  it('engineering-ladder.csv parses into a valid framework without warnings', () => {
    const { framework, warnings } = parseOk(read('engineering-ladder.csv'), 'engineering-ladder.csv')
    expect(warnings).toEqual([])
    expect(framework.id).toBe('engineering-ladder')
    expect(framework.levels.length).toBeGreaterThanOrEqual(4)
    expect(framework.areas).toHaveLength(3)
    expect(framework.competencies.length).toBeGreaterThanOrEqual(6)
    expect(framework.levels.map((l) => l.id)).toEqual([
      'engineer-i',
      'engineer-ii',
      'senior-engineer',
      'staff-engineer',
      'principal-engineer',
    ])
    expect(framework.scale).toEqual({ max: 4 })
    const design = competency(framework, 'System design')
    expect(design.expectations).toEqual({
      'engineer-i': null,
      'engineer-ii': 1,
      'senior-engineer': 2,
      'staff-engineer': 3,
      'principal-engineer': 4,
    })
    expect(design.descriptors[2]).toEqual([
      'Designs a service end to end: data model, interfaces, failure modes',
      'Writes down the "why" of each choice, not only the "what", so reviewers can object early',
    ])
  })

  it('design-ladder.json passes the schema', () => {
    const checked = v.safeParse(frameworkSchema, JSON.parse(read('design-ladder.json')))
    expect(checked.issues ?? []).toEqual([])
    if (!checked.success) return
    expect(checked.output).toMatchObject({ id: 'design-ladder', name: 'Product design ladder', scale: { max: 4 } })
    expect(checked.output.tracks).toEqual([expect.objectContaining({ id: 'research', onByDefault: false })])
    expect(checked.output.levels.every((l) => l.pay === undefined)).toBe(true)
  })
})
