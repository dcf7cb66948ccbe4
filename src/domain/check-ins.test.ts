import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { CheckIn } from './check-in'
import type { Ratings } from './framework-schema'
import { bigSwings, changesBetween, checkInAt, summariseChange, upsertCheckIn } from './check-ins'
import { TINY_CORE } from './testing/tiny-framework'
import { testCheckIn } from './testing/check-in'
import { competencyNames } from './ratings'

const ids = TINY_CORE.map((c) => c.id)
const nameOf = competencyNames(TINY_CORE)

const checkIn = (date: string, ratings: Ratings = {}, notes: Readonly<Record<string, string>> = {}): CheckIn =>
  testCheckIn(date, ratings, { notes })

describe('checkInAt', () => {
  it('dates a save by the local calendar and its ISO week, and copies the ratings', () => {
    const ratings = { delivery: 2 }
    const saved = checkInAt(new Date(2027, 0, 3, 23, 45), {
      ratings,
      notes: { delivery: 'shipped' },
      frameworkId: 'tiny',
      frameworkVersion: '1',
      currentLevelId: 'junior',
      targetLevelId: 'mid',
    })
    expect(saved).toMatchObject({
      date: '2027-01-03',
      week: '2026-W53',
      currentLevelId: 'junior',
      targetLevelId: 'mid',
    })
    expect(saved.savedAt).toBe(new Date(2027, 0, 3, 23, 45).toISOString())
    expect(saved.ratings).toEqual(ratings)
    expect(saved.ratings).not.toBe(ratings)
  })
})

describe('upsertCheckIn', () => {
  it('adds a check-in of a new week', () => {
    const { checkIns, replaced } = upsertCheckIn([checkIn('2026-11-16')], checkIn('2026-11-23'))
    expect(replaced).toBe(false)
    expect(checkIns.map((c) => c.date)).toEqual(['2026-11-16', '2026-11-23'])
  })

  it("replaces that week's check-in when saved again in the same week", () => {
    const monday = checkIn('2026-11-23', { delivery: 1 })
    const sunday = checkIn('2026-11-29', { delivery: 2 })
    const { checkIns, replaced } = upsertCheckIn([checkIn('2026-11-16'), monday], sunday)
    expect(replaced).toBe(true)
    expect(checkIns).toHaveLength(2)
    expect(checkIns[1]).toBe(sunday)
  })

  it('treats the days of week 53 across the year end as one week', () => {
    const { checkIns, replaced } = upsertCheckIn([checkIn('2026-12-31')], checkIn('2027-01-02'))
    expect(replaced).toBe(true)
    expect(checkIns.map((c) => c.week)).toEqual(['2026-W53'])
  })

  it('keeps oldest first across the year end (W52, W53, W01) whatever the order of saving', () => {
    let list: CheckIn[] = []
    for (const date of ['2027-01-05', '2026-12-22', '2026-12-29']) list = upsertCheckIn(list, checkIn(date)).checkIns
    expect(list.map((c) => c.week)).toEqual(['2026-W52', '2026-W53', '2027-W01'])
  })

  it('never holds two check-ins of a week and never mutates its input', () => {
    const anyDay = fc.integer({ min: 0, max: 120 }).map((n) => {
      const d = new Date(Date.UTC(2026, 10, 1 + n))
      return d.toISOString().slice(0, 10)
    })
    fc.assert(
      fc.property(fc.array(anyDay, { maxLength: 30 }), (dates) => {
        let list: CheckIn[] = []
        for (const date of dates) {
          const previous = list
          const copy = [...list]
          list = upsertCheckIn(previous, checkIn(date)).checkIns
          expect(previous).toEqual(copy)
        }
        const weeks = list.map((c) => c.week)
        expect(new Set(weeks).size).toBe(weeks.length)
        expect([...weeks].sort()).toEqual(weeks)
      }),
    )
  })
})

describe('changesBetween', () => {
  it('lists the competencies whose rating changed, in the given order, unrated as 0 in the delta', () => {
    const before = checkIn('2026-11-16', { delivery: 2, strategy: 3 })
    const after = checkIn('2026-11-23', { delivery: 2, strategy: 1, insight: 2 })
    expect(changesBetween(before, after, ids)).toEqual([
      { competencyId: 'strategy', from: 3, to: 1, delta: -2 },
      { competencyId: 'insight', from: null, to: 2, delta: 2 },
    ])
  })

  it('counts unrated to 0 (and back) as a change with delta 0', () => {
    const before = checkIn('2026-11-16', { delivery: 0 })
    const after = checkIn('2026-11-23', { strategy: 0 })
    expect(changesBetween(before, after, ids)).toEqual([
      { competencyId: 'delivery', from: 0, to: null, delta: 0 },
      { competencyId: 'strategy', from: null, to: 0, delta: 0 },
    ])
  })

  it('compares the first check-in with nothing', () => {
    expect(changesBetween(null, checkIn('2026-11-23', { delivery: 3 }), ids)).toEqual([
      { competencyId: 'delivery', from: null, to: 3, delta: 3 },
    ])
  })

  it('is empty for the same ratings', () => {
    const c = checkIn('2026-11-23', { delivery: 3, strategy: 1 })
    expect(changesBetween(c, { ...c }, ids)).toEqual([])
  })
})

describe('bigSwings', () => {
  const before = checkIn('2026-11-16', { delivery: 1, strategy: 4, insight: 2 }, { insight: 'ran interviews' })

  const kept = before.notes
  it.each([
    { why: 'a rise of 2 with no note', ratings: { delivery: 3 }, notes: kept, swings: ['delivery'] },
    { why: 'a fall of 3 with no note', ratings: { strategy: 1 }, notes: kept, swings: ['strategy'] },
    { why: 'a change of 1', ratings: { delivery: 2 }, notes: kept, swings: [] },
    {
      why: 'a rise of 2 with a new note',
      ratings: { delivery: 3 },
      notes: { ...kept, delivery: 'led the launch' },
      swings: [],
    },
    {
      why: 'a rise of 2 with an edited note',
      ratings: { insight: 4 },
      notes: { insight: 'ran 12 interviews' },
      swings: [],
    },
    { why: 'a rise of 2 with the same old note', ratings: { insight: 4 }, notes: kept, swings: ['insight'] },
    {
      why: 'a note edited only in whitespace',
      ratings: { insight: 4 },
      notes: { insight: ' ran interviews ' },
      swings: ['insight'],
    },
    { why: 'a fall of 2 with the note deleted', ratings: { insight: 0 }, notes: {}, swings: [] },
  ] as { why: string; ratings: Ratings; notes: Readonly<Record<string, string>>; swings: string[] }[])(
    '$why → $swings',
    ({ ratings, notes, swings }) => {
      const after = checkIn('2026-11-23', { ...before.ratings, ...ratings }, notes)
      expect(bigSwings(before, after, ids).map((s) => s.competencyId)).toEqual(swings)
    },
  )

  it('has nothing to swing from on the first check-in', () => {
    expect(bigSwings(null, checkIn('2026-11-23', { delivery: 5 }), ids)).toEqual([])
  })

  it('accepts an unsaved blind-mode draft', () => {
    const draft = { ratings: { ...before.ratings, strategy: 2 }, notes: before.notes }
    expect(bigSwings(before, draft, ids)).toEqual([{ competencyId: 'strategy', from: 4, to: 2, delta: -2 }])
  })
})

describe('summariseChange', () => {
  const change = (competencyId: string, from: number | null, to: number | null) => ({
    competencyId,
    from,
    to,
    delta: (to ?? 0) - (from ?? 0),
  })

  it.each([
    { changes: [], text: 'No rating changed' },
    { changes: [change('strategy', 2, 3)], text: 'Strategy +1' },
    { changes: [change('strategy', 2, 3), change('delivery', 4, 2)], text: 'Delivery \u22122, Strategy +1' },
    { changes: [change('insight', null, 0), change('delivery', 0, null)], text: 'Insight rated, Delivery unrated' },
    {
      changes: [change('a', 1, 2), change('b', 1, 3), change('c', 3, 2), change('d', 0, 4), change('e', 2, 3)],
      text: 'd +4, b +2, a +1 and 2 more',
    },
    {
      changes: [change('a', 1, 2), change('b', 1, 2), change('c', 1, 2), change('d', 1, 2)],
      text: 'a +1, b +1, c +1 and 1 more',
    },
  ])('$text', ({ changes, text }) => {
    expect(summariseChange(changes, nameOf)).toBe(text)
  })

  it('uses the Unicode minus, never a hyphen', () => {
    const text = summariseChange([change('delivery', 3, 1)], nameOf)
    expect(text).toBe('Delivery −2')
    expect(text).not.toContain('-')
  })
})
