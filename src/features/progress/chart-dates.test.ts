import { describe, expect, it } from 'vitest'
import { dateRow, isLongSpan } from './chart-dates'

describe('chart dates', () => {
  it('places dates by day, so a skipped week is a wider gap', () => {
    expect(dateRow('2027-01-18').x - dateRow('2027-01-04').x).toBe(14)
  })

  it('labels a short span by day and month, a long one by month and year', () => {
    expect(isLongSpan('2027-01-04', '2027-10-25')).toBe(false)
    expect(isLongSpan('2021-12-08', '2026-11-26')).toBe(true)
    expect(isLongSpan(undefined, '2026-11-26')).toBe(false)
    const short = dateRow('2021-12-08').axisLabel
    const long = dateRow('2021-12-08', true).axisLabel
    expect(short).toMatch(/8/)
    expect(short).not.toMatch(/2021/)
    expect(long).toMatch(/2021/)
    expect(long).not.toMatch(/\b8\b/)
  })

  it('makes the row of a date once: the same date (and span) gives the same row', () => {
    expect(dateRow('2026-11-26')).toBe(dateRow('2026-11-26'))
    expect(dateRow('2026-11-26', true)).toBe(dateRow('2026-11-26', true))
    expect(dateRow('2026-11-26', true)).not.toBe(dateRow('2026-11-26'))
  })
})
