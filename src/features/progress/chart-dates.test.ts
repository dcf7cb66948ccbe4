import { describe, expect, it, vi } from 'vitest'
import * as dates from '../../domain/dates'
import { datedRow, isLongSpan } from './chart-dates'

describe('chart dates', () => {
  it('places dates by day, so a skipped week is a wider gap', () => {
    expect(datedRow('2027-01-18', false, {}).x! - datedRow('2027-01-04', false, {}).x!).toBe(14)
  })

  it('labels a short span by day and month, a long one by month and year', () => {
    expect(isLongSpan('2027-01-04', '2027-10-25')).toBe(false)
    expect(isLongSpan('2021-12-08', '2026-11-26')).toBe(true)
    expect(isLongSpan(undefined, '2026-11-26')).toBe(false)
    const short = datedRow('2021-12-08', false, {}).axisLabel
    const long = datedRow('2021-12-08', true, {}).axisLabel
    expect(short).toMatch(/8/)
    expect(short).not.toMatch(/2021/)
    expect(long).toMatch(/2021/)
    expect(long).not.toMatch(/\b8\b/)
    expect(datedRow('2021-12-29', true, {}).axisLabel).toBe(long)
  })

  it('keeps the values and gives the full date as the label', () => {
    const row = datedRow('2026-11-26', false, { readiness: 40 })
    expect(row.values).toEqual({ readiness: 40 })
    expect(row.label).toBe(dates.formatLocalDate('2026-11-26'))
    expect(row.label).toMatch(/2026/)
  })

  it('formats a full date only when it is read, and once', () => {
    const format = vi.spyOn(dates, 'formatLocalDate')
    const rows = ['2031-03-03', '2031-03-10', '2031-03-17'].map((d) => datedRow(d, false, {}))
    expect(format).not.toHaveBeenCalled()
    const first = rows[0]!.label
    expect(rows[0]!.label).toBe(first)
    expect(format).toHaveBeenCalledTimes(1)
    format.mockRestore()
  })
})
