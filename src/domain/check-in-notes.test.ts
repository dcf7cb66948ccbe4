import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { evidenceHistory, notesAsChanges, notesInFull } from './check-in-notes'

const week = (notes: Record<string, string>) => ({ notes })

describe('check-in notes stored as changes', () => {
  it('keeps only what changed, and "" for a cleared note', () => {
    const full = [
      week({ a: 'one', b: 'two' }),
      week({ a: 'one', b: 'two' }),
      week({ a: 'one!' }),
      week({ a: 'one!', c: 'new' }),
    ]
    expect(notesAsChanges(full).map((c) => c.notes)).toEqual([
      { a: 'one', b: 'two' },
      {},
      { a: 'one!', b: '' },
      { c: 'new' },
    ])
  })

  it('gives back the full notes of every check-in, for any history', () => {
    const note = fc.string({ minLength: 1, maxLength: 8 })
    const history = fc
      .array(fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd'), note), { maxLength: 12 })
      .map((list) => list.map(week))
    fc.assert(
      fc.property(history, (full) => {
        expect(notesInFull(notesAsChanges(full))).toEqual(full)
      }),
    )
  })

  it('stores a long unchanged note once, not in every check-in', () => {
    const long = 'x'.repeat(300)
    const full = Array.from({ length: 260 }, () => week({ a: long, b: long }))
    const stored = JSON.stringify(notesAsChanges(full)).length
    expect(stored).toBeLessThan(JSON.stringify(full).length / 20)
  })
})

describe('evidenceHistory', () => {
  it('lists each saved note once, dated by its first check-in, newest first', () => {
    const at = (date: string, notes: Record<string, string>) => ({ date, notes })
    const history = [
      at('2027-01-04', {}),
      at('2027-01-11', { a: 'Ran the pricing test' }),
      at('2027-01-18', { a: 'Ran the pricing test' }),
      at('2027-01-25', { a: 'Shipped pricing to all markets' }),
      at('2027-02-01', {}),
    ]
    expect(evidenceHistory(history, 'a')).toEqual([
      { date: '2027-01-25', note: 'Shipped pricing to all markets' },
      { date: '2027-01-11', note: 'Ran the pricing test' },
    ])
    expect(evidenceHistory(history, 'b')).toEqual([])
  })
})
