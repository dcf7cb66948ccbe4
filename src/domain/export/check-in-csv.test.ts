import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import Papa from 'papaparse'
import type { CheckIn } from '../check-in'
import { isoWeekKey } from '../dates'
import { frameworkSchema, type Framework } from '../framework-schema'
import { CHECK_IN_CSV_HEADER, checkInsCsv, checkInsCsvFileName } from './check-in-csv'

type Row = Record<(typeof CHECK_IN_CSV_HEADER)[number], string>

const descriptors = ['Not yet', 'Learning', 'Doing', 'Leading']

const FRAMEWORK: Framework = v.parse(frameworkSchema, {
  id: 'acme-product',
  name: 'Acme Product',
  version: '2',
  scale: { max: 3 },
  levels: [
    { id: 'pm', title: 'Product Manager' },
    { id: 'senior', title: 'Senior PM' },
  ],
  competencies: [
    { id: 'discovery', name: 'Discovery', descriptors, expectations: { pm: 1, senior: 2 } },
    { id: 'delivery', name: 'Delivery, end to end', descriptors, expectations: { pm: 2, senior: 3 } },
    // The senior level does not expect this one: its "Target expects" cell stays blank.
    { id: 'people', name: 'People leadership', descriptors, expectations: { pm: null, senior: null } },
  ],
})

const OTHER_FRAMEWORK: Framework = v.parse(frameworkSchema, {
  id: 'skills',
  name: 'Skills scale',
  scale: { max: 3 },
  levels: [{ id: 'l1', title: 'Level 1' }],
  competencies: [{ id: 'writing', name: 'Writing', descriptors, expectations: { l1: 1 } }],
})

function checkIn(date: string, patch: Partial<CheckIn> = {}): CheckIn {
  return {
    week: isoWeekKey(date),
    date,
    savedAt: `${date}T09:00:00.000Z`,
    ratings: {},
    notes: {},
    currentLevelId: 'pm',
    targetLevelId: 'senior',
    frameworkId: FRAMEWORK.id,
    frameworkVersion: FRAMEWORK.version,
    ...patch,
  }
}

function parse(text: string): Row[] {
  const parsed = Papa.parse<Row>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true })
  expect(parsed.errors).toEqual([])
  expect(parsed.meta.fields).toEqual([...CHECK_IN_CSV_HEADER])
  return parsed.data
}

const rowFor = (rows: Row[], date: string, competencyId: string) => {
  const row = rows.find((r) => r.Date === date && r['Competency id'] === competencyId)
  if (!row) throw new Error(`no row for ${date} ${competencyId}`)
  return row
}

describe('checkInsCsv', () => {
  it('starts with a byte-order mark, ends every record with CRLF and writes the header first', () => {
    const text = checkInsCsv([
      { framework: FRAMEWORK, checkIns: [checkIn('2026-11-30', { ratings: { discovery: 1 } })] },
    ])
    expect(
      text.startsWith(
        '\uFEFFDate,ISO week,Framework,Competency id,Competency,Rating,Target level,Target expects,Note\r\n',
      ),
    ).toBe(true)
    expect(text.endsWith('\r\n')).toBe(true)
    // No quoted field here, so every line break is a record end, and every one is CRLF.
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/)
    expect(text.split('\r\n')).toHaveLength(1 + 3 + 1)
  })

  it('writes only the header when there is nothing to export', () => {
    expect(checkInsCsv([])).toBe(`\uFEFF${CHECK_IN_CSV_HEADER.join(',')}\r\n`)
    expect(checkInsCsv([{ framework: FRAMEWORK, checkIns: [] }])).toBe(`\uFEFF${CHECK_IN_CSV_HEADER.join(',')}\r\n`)
  })

  it('writes one row per check-in and competency with the rating, target and what the target expects', () => {
    const rows = parse(
      checkInsCsv([
        { framework: FRAMEWORK, checkIns: [checkIn('2026-11-30', { ratings: { discovery: 2, delivery: 0 } })] },
      ]),
    )
    expect(rows).toEqual([
      {
        Date: '2026-11-30',
        'ISO week': '2026-W49',
        Framework: 'Acme Product',
        'Competency id': 'discovery',
        Competency: 'Discovery',
        Rating: '2',
        'Target level': 'Senior PM',
        'Target expects': '2',
        Note: '',
      },
      {
        Date: '2026-11-30',
        'ISO week': '2026-W49',
        Framework: 'Acme Product',
        'Competency id': 'delivery',
        Competency: 'Delivery, end to end',
        Rating: '0',
        'Target level': 'Senior PM',
        'Target expects': '3',
        Note: '',
      },
      {
        Date: '2026-11-30',
        'ISO week': '2026-W49',
        Framework: 'Acme Product',
        'Competency id': 'people',
        Competency: 'People leadership',
        // unrated, and a null expectation: both blank, not 0
        Rating: '',
        'Target level': 'Senior PM',
        'Target expects': '',
        Note: '',
      },
    ])
  })

  it.each([
    ['no target', null],
    ['a target the framework does not know', 'principal'],
  ])('leaves the target cells blank with %s', (_, targetLevelId) => {
    const rows = parse(checkInsCsv([{ framework: FRAMEWORK, checkIns: [checkIn('2026-11-30', { targetLevelId })] }]))
    expect(rows.map((r) => [r['Target level'], r['Target expects']])).toEqual([
      ['', ''],
      ['', ''],
      ['', ''],
    ])
  })

  it('orders check-ins oldest first by week, then date, whatever order they come in', () => {
    const rows = parse(
      checkInsCsv([
        {
          framework: FRAMEWORK,
          checkIns: [checkIn('2027-01-04'), checkIn('2026-12-31'), checkIn('2026-11-30'), checkIn('2026-12-28')],
        },
      ]),
    )
    const dates = [...new Set(rows.map((r) => r.Date))]
    expect(dates).toEqual(['2026-11-30', '2026-12-28', '2026-12-31', '2027-01-04'])
  })

  it('still exports a competency the framework no longer has, with its id as its name', () => {
    const rows = parse(
      checkInsCsv([
        {
          framework: FRAMEWORK,
          checkIns: [
            checkIn('2026-11-30', {
              ratings: { discovery: 1, 'stakeholders-old': 3 },
              notes: { 'zz-noted-only': 'kept', 'stakeholders-old': 'renamed since' },
            }),
          ],
        },
      ]),
    )
    expect(rows.map((r) => r['Competency id'])).toEqual([
      'discovery',
      'delivery',
      'people',
      'stakeholders-old',
      'zz-noted-only',
    ])
    expect(rowFor(rows, '2026-11-30', 'stakeholders-old')).toMatchObject({
      Competency: 'stakeholders-old',
      Rating: '3',
      'Target level': 'Senior PM',
      'Target expects': '',
      Note: 'renamed since',
    })
    expect(rowFor(rows, '2026-11-30', 'zz-noted-only')).toMatchObject({ Rating: '', Note: 'kept' })
  })

  it('puts two frameworks in one file, in the given order', () => {
    const rows = parse(
      checkInsCsv([
        {
          framework: OTHER_FRAMEWORK,
          checkIns: [checkIn('2026-12-07', { targetLevelId: 'l1', ratings: { writing: 3 }, frameworkId: 'skills' })],
        },
        { framework: FRAMEWORK, checkIns: [checkIn('2026-11-30', { ratings: { delivery: 1 } })] },
      ]),
    )
    expect(
      rows.map((r) => [r.Framework, r['Competency id'], r.Rating, r['Target level'], r['Target expects']]),
    ).toEqual([
      ['Skills scale', 'writing', '3', 'Level 1', '1'],
      ['Acme Product', 'discovery', '', 'Senior PM', '2'],
      ['Acme Product', 'delivery', '1', 'Senior PM', '3'],
      ['Acme Product', 'people', '', 'Senior PM', ''],
    ])
  })

  const NOTES: [string, string, string][] = [
    ['a comma', 'discovery', 'Interviews, surveys, and a diary study'],
    ['double quotes', 'delivery', 'Shipped the "big" release, finally'],
    ['a line break (LF)', 'people', 'First line\nsecond line'],
    ['a line break (CRLF)', 'discovery', 'First line\r\nsecond line\r\n'],
    ['emoji', 'delivery', 'Launched 🚀 with the 👨‍💻 team'],
    ['accents', 'people', 'Réunion très réussie, équipe ravie'],
  ]

  it.each(NOTES)('gives back a note with %s exactly', (_, competencyId, note) => {
    const text = checkInsCsv([
      {
        framework: FRAMEWORK,
        checkIns: [checkIn('2026-11-30', { ratings: { [competencyId]: 2 }, notes: { [competencyId]: note } })],
      },
    ])
    const row = rowFor(parse(text), '2026-11-30', competencyId)
    expect(row.Note).toBe(note)
    expect(row.Rating).toBe('2')
  })

  it('gives back every rating and note of a longer history', () => {
    const checkIns = NOTES.map(([, competencyId, note], i) =>
      checkIn(`2026-1${i < 3 ? 0 : 1}-0${i + 1}`, {
        ratings: { [competencyId]: i % 4 },
        notes: { [competencyId]: note },
      }),
    )
    const rows = parse(checkInsCsv([{ framework: FRAMEWORK, checkIns }]))
    expect(rows).toHaveLength(checkIns.length * 3)
    for (const c of checkIns)
      for (const id of ['discovery', 'delivery', 'people']) {
        const row = rowFor(rows, c.date, id)
        expect(row.Rating).toBe(c.ratings[id] === undefined ? '' : String(c.ratings[id]))
        expect(row.Note).toBe(c.notes[id] ?? '')
      }
  })

  it.each(['=SUM(A1:A9)', '+1 for this', '-2 vs last week', '@mention the team', '\tindented', '\rcarriage return'])(
    'neutralises a note starting like a formula (%j) with a leading quote',
    (note) => {
      const text = checkInsCsv([
        { framework: FRAMEWORK, checkIns: [checkIn('2026-11-30', { notes: { discovery: note } })] },
      ])
      expect(rowFor(parse(text), '2026-11-30', 'discovery').Note).toBe(`'${note}`)
    },
  )

  it('neutralises framework texts too, but not a formula sign later in the text', () => {
    const framework = v.parse(frameworkSchema, {
      ...FRAMEWORK,
      name: '=HYPERLINK("http://evil.example","Acme")',
      levels: [
        { id: 'pm', title: 'PM' },
        { id: 'senior', title: '@Senior' },
      ],
    })
    const text = checkInsCsv([{ framework, checkIns: [checkIn('2026-11-30', { notes: { delivery: 'a = b + c' } })] }])
    const rows = parse(text)
    expect(rows[0]).toMatchObject({
      Framework: `'=HYPERLINK("http://evil.example","Acme")`,
      'Target level': "'@Senior",
    })
    expect(rowFor(rows, '2026-11-30', 'delivery').Note).toBe('a = b + c')
  })
})

describe('checkInsCsvFileName', () => {
  it('names the file after the export date', () => {
    expect(checkInsCsvFileName('2026-11-30')).toBe('trajectory-check-ins-2026-11-30.csv')
  })
})
