import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { countMeetingBar, levelFit, readiness } from './readiness'
import { TINY_CORE, TINY_FRAMEWORK } from './testing/tiny-framework'
import type { Ratings } from './framework-schema'

const ids = TINY_CORE.map((c) => c.id)
const levelIds = TINY_FRAMEWORK.levels.map((l) => l.id)
/** Any mix of unrated and rated (0..5) competencies. */
const anyRatings = fc.record(
  Object.fromEntries(ids.map((id) => [id, fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined })])),
) as fc.Arbitrary<Ratings>

describe('readiness', () => {
  it('is 0 when nothing is rated', () => {
    expect(readiness(TINY_FRAMEWORK, TINY_CORE, {}, 'mid')).toBe(0)
  })

  it('counts covered expectation points, capping each rating at the bar', () => {
    // mid expects 3 + 3 + 3 = 9; covered: min(5,3) + 1 + 0 = 4 → 44.4 → 44
    expect(readiness(TINY_FRAMEWORK, TINY_CORE, { delivery: 5, strategy: 1 }, 'mid')).toBe(44)
  })

  it('is 100 exactly when every competency meets the bar', () => {
    expect(readiness(TINY_FRAMEWORK, TINY_CORE, { delivery: 3, strategy: 3, insight: 3 }, 'mid')).toBe(100)
    // 11 of 12 points: rounds down, never up to a false 100
    expect(readiness(TINY_FRAMEWORK, TINY_CORE, { delivery: 3, strategy: 3, insight: 2 }, 'mid')).toBe(88)
  })

  it('stays within 0..100', () => {
    fc.assert(
      fc.property(anyRatings, fc.constantFrom(...levelIds), (ratings, level) => {
        const r = readiness(TINY_FRAMEWORK, TINY_CORE, ratings, level)
        return Number.isInteger(r) && r >= 0 && r <= 100
      }),
    )
  })

  it('never falls when a rating rises', () => {
    fc.assert(
      fc.property(anyRatings, fc.constantFrom(...ids), fc.constantFrom(...levelIds), (ratings, id, level) => {
        const before = readiness(TINY_FRAMEWORK, TINY_CORE, ratings, level)
        const raised = { ...ratings, [id]: Math.min(5, (ratings[id] ?? 0) + 1) }
        return readiness(TINY_FRAMEWORK, TINY_CORE, raised, level) >= before
      }),
    )
  })

  it('is 100 for every level when everything is at the maximum', () => {
    const max = Object.fromEntries(ids.map((id) => [id, 5]))
    for (const level of levelIds) expect(readiness(TINY_FRAMEWORK, TINY_CORE, max, level)).toBe(100)
  })

  it('is 100 only when the bar count is full', () => {
    fc.assert(
      fc.property(anyRatings, fc.constantFrom(...levelIds), (ratings, level) => {
        const full = countMeetingBar(TINY_CORE, ratings, level) === TINY_CORE.length
        return (readiness(TINY_FRAMEWORK, TINY_CORE, ratings, level) === 100) === full
      }),
    )
  })
})

describe('countMeetingBar', () => {
  it('counts competencies at or above the bar, unrated as 0', () => {
    expect(countMeetingBar(TINY_CORE, { delivery: 2, strategy: 0 }, 'junior')).toBe(1)
    expect(countMeetingBar(TINY_CORE, { delivery: 2, strategy: 1, insight: 4 }, 'junior')).toBe(3)
  })
})

describe('levelFit', () => {
  it.each([
    [{}, null],
    [{ delivery: 2, strategy: 1, insight: 1 }, 'junior'],
    [{ delivery: 3, strategy: 3, insight: 3 }, 'mid'],
    [{ delivery: 5, strategy: 4, insight: 5 }, 'mid'],
    [{ delivery: 4, strategy: 5, insight: 4 }, 'lead'],
  ] as [Ratings, string | null][])('%o fits %s', (ratings, expected) => {
    expect(levelFit(TINY_FRAMEWORK, TINY_CORE, ratings)[0]?.id ?? null).toBe(expected)
  })
})
