import { describe, expect, it } from 'vitest'
import { expectationRises, formatBand, formatPay, formatYears, hasFacts, levelAbove, shortTitleOf } from './ladder'
import { TINY_CORE, TINY_FRAMEWORK } from './testing/tiny-framework'

describe('levelAbove', () => {
  it('gives the next level, and the top level for the top', () => {
    expect(levelAbove(TINY_FRAMEWORK.levels, 'junior')?.id).toBe('mid')
    expect(levelAbove(TINY_FRAMEWORK.levels, 'lead')?.id).toBe('lead')
    expect(levelAbove(TINY_FRAMEWORK.levels, 'nope')).toBeUndefined()
  })
})

describe('expectationRises', () => {
  it('lists the competencies whose expectation rises, from the lower value to the higher', () => {
    const rises = expectationRises(TINY_CORE, 'mid', 'lead')
    expect(rises.map((r) => [r.competency.id, r.from, r.to])).toEqual([
      ['delivery', 3, 4],
      ['strategy', 3, 5],
      ['insight', 3, 4],
    ])
  })

  it('measures the first level against nothing', () => {
    expect(expectationRises(TINY_CORE, null, 'junior')).toHaveLength(3)
  })
})

describe('formatting', () => {
  it('writes years as ranges and pay in dollars with thousands separators', () => {
    expect(formatYears({ min: 0, max: 2 })).toBe('0–2 years')
    expect(formatYears({ min: 10, max: null })).toBe('10+ years')
    expect(formatPay({ min: 110_000, max: 150_000, openEnded: false })).toBe('$110,000 – $150,000')
    expect(formatPay({ min: 350_000, max: 500_000, openEnded: true })).toBe('$350,000 – $500,000+')
  })

  it('writes a points band, open-ended or not', () => {
    expect(formatBand({ minPoints: 17, maxPoints: 35 })).toBe('17–35 points')
    expect(formatBand({ minPoints: 90, maxPoints: null })).toBe('90 points or more')
    expect(formatBand({ minPoints: 90 })).toBe('90 points or more')
  })
})

describe('level facts', () => {
  it('uses the title where a framework gives no short title, and knows when a level has no facts', () => {
    expect(shortTitleOf({ title: 'Level 1' })).toBe('Level 1')
    expect(shortTitleOf({ title: 'Senior Product Manager', shortTitle: 'Senior PM' })).toBe('Senior PM')
    expect(hasFacts({ id: 'l1', title: 'Level 1' })).toBe(false)
    expect(hasFacts({ id: 'l1', title: 'Level 1', focus: 'Learning' })).toBe(true)
  })
})
