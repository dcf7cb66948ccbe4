import { describe, expect, it } from 'vitest'
import { addDays } from '../../domain/dates'
import { testCheckIn } from '../../domain/testing/check-in'
import { checkInsInRange, effectiveTrendRange, trendRangeOptions } from './trend-range'

/** `count` weekly check-ins, oldest first, the latest on 2026-11-26. */
function weekly(count: number) {
  return Array.from({ length: count }, (_, i) => testCheckIn(addDays('2026-11-26', -7 * (count - 1 - i))))
}

describe('trend ranges', () => {
  it('keeps the check-ins less than the range before the latest one', () => {
    const five = weekly(260)
    expect(checkInsInRange(five, '12w')).toHaveLength(12)
    expect(checkInsInRange(five, '6m')).toHaveLength(27)
    expect(checkInsInRange(five, '1y')).toHaveLength(53)
    expect(checkInsInRange(five, 'all')).toBe(five)
    expect(checkInsInRange(five, '12w')[0]!.date).toBe('2026-09-10')
    expect(checkInsInRange(five, '12w').at(-1)).toBe(five.at(-1))
  })

  it('counts from the latest check-in, so a paused history still shows its last stretch', () => {
    const paused = [testCheckIn('2023-11-02'), testCheckIn('2024-03-07'), testCheckIn('2024-03-14')]
    expect(checkInsInRange(paused, '12w').map((c) => c.date)).toEqual(['2024-03-07', '2024-03-14'])
  })

  it('offers only the ranges shorter than the history, and all of it', () => {
    expect(trendRangeOptions([])).toEqual(['all'])
    expect(trendRangeOptions(weekly(6))).toEqual(['all'])
    expect(trendRangeOptions(weekly(20))).toEqual(['12w', 'all'])
    expect(trendRangeOptions(weekly(40))).toEqual(['12w', '6m', 'all'])
    expect(trendRangeOptions(weekly(260))).toEqual(['12w', '6m', '1y', 'all'])
  })

  it('shows the last year of a longer history unless another range is chosen', () => {
    expect(effectiveTrendRange(weekly(260), undefined)).toBe('1y')
    expect(effectiveTrendRange(weekly(260), 'all')).toBe('all')
    expect(effectiveTrendRange(weekly(260), '12w')).toBe('12w')
    expect(effectiveTrendRange(weekly(40), undefined)).toBe('all')
    // A range this history does not offer (a bookmark from a longer one) shows everything.
    expect(effectiveTrendRange(weekly(20), '1y')).toBe('all')
  })
})
