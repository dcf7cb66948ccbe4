import { describe, expect, it } from 'vitest'
import { evidenceHistory } from './check-in-notes'

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
