import { describe, expect, it } from 'vitest'
import { gapFor, gapRanks, largestGaps, rankGaps } from './gaps'
import { TINY_CORE } from './testing/tiny-framework'

const byId = (id: string) => TINY_CORE.find((c) => c.id === id)!

describe('gapFor', () => {
  it.each([
    { rating: undefined, expected: 3, size: 3, why: 'unrated counts as 0' },
    { rating: 1, expected: 3, size: 2, why: 'below the bar' },
    { rating: 3, expected: 3, size: 0, why: 'at the bar' },
    { rating: 5, expected: 3, size: 0, why: 'above the bar is never negative' },
  ])('$why', ({ rating, expected, size }) => {
    const gap = gapFor(byId('strategy'), rating === undefined ? {} : { strategy: rating }, 'mid')
    expect(gap.expected).toBe(expected)
    expect(gap.size).toBe(size)
    expect(gap.rating).toBe(rating ?? 0)
    expect(gap.rated).toBe(rating !== undefined)
  })
})

describe('rankGaps', () => {
  it('orders by size, then by how much the level expects, then by name', () => {
    // lead expects delivery 4, strategy 5, insight 4.
    const ranked = rankGaps(TINY_CORE, { delivery: 2, strategy: 3, insight: 2 }, 'lead')
    expect(ranked.map((g) => [g.competency.id, g.size])).toEqual([
      ['strategy', 2], // size 2, expects 5
      ['delivery', 2], // size 2, expects 4, "Delivery" < "Insight"
      ['insight', 2],
    ])
  })

  it('puts the largest gap first and leaves out met competencies', () => {
    const ranked = rankGaps(TINY_CORE, { delivery: 4, strategy: 0, insight: 3 }, 'lead')
    expect(ranked.map((g) => g.competency.id)).toEqual(['strategy', 'insight'])
    expect(ranked[0]!.size).toBe(5)
  })

  it('is empty when every bar is met', () => {
    expect(rankGaps(TINY_CORE, { delivery: 5, strategy: 5, insight: 5 }, 'lead')).toEqual([])
  })
})

describe('ties', () => {
  // lead expects delivery 4, strategy 5, insight 4: one step short of each
  const oneStepEach = { delivery: 3, strategy: 4, insight: 3 }

  it('gives equal gaps the same rank, never 1, 2, 3 for three one-step gaps', () => {
    const ranked = rankGaps(TINY_CORE, oneStepEach, 'lead')
    expect(gapRanks(ranked)).toEqual([1, 1, 1])
    expect(largestGaps(ranked)).toHaveLength(3)
  })

  it('ranks after a tie as in a competition: 1, 1, 3', () => {
    const ranked = rankGaps(TINY_CORE, { delivery: 2, strategy: 3, insight: 3 }, 'lead')
    expect(ranked.map((g) => g.size)).toEqual([2, 2, 1])
    expect(gapRanks(ranked)).toEqual([1, 1, 3])
    expect(largestGaps(ranked).map((g) => g.competency.id)).toEqual(['strategy', 'delivery'])
  })

  it('orders a tie by focus first, then the level’s emphasis', () => {
    expect(rankGaps(TINY_CORE, oneStepEach, 'lead').map((g) => g.competency.id)).toEqual([
      'strategy',
      'delivery',
      'insight',
    ])
    expect(rankGaps(TINY_CORE, oneStepEach, 'lead', { focus: ['insight'] }).map((g) => g.competency.id)).toEqual([
      'insight',
      'strategy',
      'delivery',
    ])
    // focus never lifts a smaller gap over a larger one
    expect(
      rankGaps(TINY_CORE, { delivery: 2, strategy: 4, insight: 3 }, 'lead', { focus: ['insight'] })[0]!.competency.id,
    ).toBe('delivery')
  })

  it('has no largest gaps when every bar is met', () => {
    expect(largestGaps([])).toEqual([])
  })
})
