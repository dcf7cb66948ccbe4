import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { CheckIn } from './check-in'
import { asChanges, checkInsForStorage, checkInsFromStorage, inFull } from './check-in-changes'
import { addDays, isoWeekKey } from './dates'

const FRAMEWORK = 'acme'

/** Whole check-ins a week apart from 2026-12-28 (a Monday of ISO week 2026-W53), with the values given. */
function history(
  values: { ratings: Record<string, number>; notes: Record<string, string>; day?: number }[],
): CheckIn[] {
  return values.map(({ ratings, notes, day = 0 }, i) => {
    const date = addDays('2026-12-28', 7 * i + day)
    return {
      week: isoWeekKey(date),
      date,
      savedAt: `${date}T09:00:00.000Z`,
      ratings,
      notes,
      currentLevelId: 'pm',
      targetLevelId: i % 2 === 0 ? 'spm' : null,
      frameworkId: FRAMEWORK,
      frameworkVersion: i < 2 ? '1' : '2',
    }
  })
}

describe('asChanges and inFull', () => {
  it('keep only what changed, and the marker for a value removed', () => {
    const full: Record<string, string>[] = [
      { a: 'one', b: 'two' },
      { a: 'one', b: 'two' },
      { a: 'one!' },
      { a: 'one!', c: 'new' },
    ]
    expect(asChanges(full, '')).toEqual([{ a: 'one', b: 'two' }, {}, { a: 'one!', b: '' }, { c: 'new' }])
    expect(asChanges([{ x: 3, y: 1 }, { x: 3 }, { x: 0 }], null)).toEqual([{ x: 3, y: 1 }, { y: null }, { x: 0 }])
  })

  it('give back every record, for any history of ratings and of notes', () => {
    const key = fc.constantFrom('a', 'b', 'c', 'd')
    const ratings = fc.array(fc.dictionary(key, fc.integer({ min: 0, max: 10 })), { maxLength: 12 })
    const notes = fc.array(fc.dictionary(key, fc.string({ minLength: 1, maxLength: 8 })), { maxLength: 12 })
    fc.assert(fc.property(ratings, (full) => void expect(inFull(asChanges(full, null), null)).toEqual(full)))
    fc.assert(fc.property(notes, (full) => void expect(inFull(asChanges(full, ''), '')).toEqual(full)))
  })
})

describe('check-ins in storage', () => {
  it('store a check-in without its week and framework, with only the ratings and notes that changed', () => {
    const whole = history([
      { ratings: { a: 1, b: 2 }, notes: { a: 'Ran the pricing test' } },
      { ratings: { a: 1, b: 2 }, notes: { a: 'Ran the pricing test' } },
      { ratings: { a: 2 }, notes: {} },
    ])
    const stored = checkInsForStorage(whole)
    expect(stored.map((c) => [c.ratings, c.notes])).toEqual([
      [{ a: 1, b: 2 }, { a: 'Ran the pricing test' }],
      [{}, {}],
      [{ a: 2, b: null }, { a: '' }],
    ])
    for (const checkIn of stored) expect(Object.keys(checkIn).sort()).not.toContain('week')
    for (const checkIn of stored) expect(Object.keys(checkIn).sort()).not.toContain('frameworkId')
    expect(checkInsFromStorage(stored, FRAMEWORK)).toEqual(whole)
  })

  it('give back every whole check-in, for any history', () => {
    const key = fc.constantFrom('strategy', 'data', 'delivery')
    const week = fc.record({
      ratings: fc.dictionary(key, fc.integer({ min: 0, max: 5 })),
      notes: fc.dictionary(key, fc.string({ minLength: 1, maxLength: 8 })),
      // Any day of its week: Sunday evening's check-in still belongs to the week it was saved in.
      day: fc.integer({ min: 0, max: 6 }),
    })
    fc.assert(
      fc.property(fc.array(week, { maxLength: 60 }), (values) => {
        const whole = history(values)
        const stored = JSON.parse(JSON.stringify(checkInsForStorage(whole))) as ReturnType<typeof checkInsForStorage>
        expect(checkInsFromStorage(stored, FRAMEWORK)).toEqual(whole)
      }),
    )
  })

  it('store five years of rarely changing ratings and long notes in a small part of their whole size', () => {
    const long = 'x'.repeat(300)
    const ratings = Object.fromEntries(Array.from({ length: 18 }, (_, i) => [`c${i}`, i % 6]))
    const notes = Object.fromEntries(Object.keys(ratings).map((id) => [id, long]))
    const whole = history(Array.from({ length: 260 }, () => ({ ratings, notes })))
    const stored = JSON.stringify(checkInsForStorage(whole)).length
    expect(stored).toBeLessThan(JSON.stringify(whole).length / 20)
  })
})
