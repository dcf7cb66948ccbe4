import { describe, expect, it } from 'vitest'
import { assess } from './assessment'
import { biggestGapSentence, listOf } from './assessment-sentences'
import { CORE_COMPETENCIES, PM_FRAMEWORK } from './framework'
import { TINY_CORE, TINY_FRAMEWORK } from './testing/tiny-framework'

const sentence = (ratings: Record<string, number>, target = 'lead') =>
  biggestGapSentence(assess(TINY_FRAMEWORK, TINY_CORE, ratings, 'mid', target)!)

describe('biggestGapSentence', () => {
  it.each([
    {
      why: 'one largest gap is named with its numbers',
      ratings: { delivery: 4, strategy: 2, insight: 3 },
      text: 'Strategy holds you back most: you rate yourself 2, and Lead expects 5.',
    },
    {
      why: 'a tie names every tied competency, never one picked by name',
      ratings: { delivery: 3, strategy: 4, insight: 3 },
      text: "Three competencies are one step short of Lead's bar: Strategy, Delivery and Insight.",
    },
    {
      why: 'a tie of two larger gaps leaves the smaller one out',
      ratings: { delivery: 2, strategy: 3, insight: 3 },
      text: "Two competencies are two steps short of Lead's bar: Strategy and Delivery.",
    },
    {
      why: 'no gap at all',
      ratings: { delivery: 5, strategy: 5, insight: 5 },
      text: 'Nothing holds you back: you meet every bar of Lead.',
    },
  ])('$why', ({ ratings, text }) => {
    expect(sentence(ratings)).toBe(text)
  })

  it('says when ten competencies are one step short (the issue: one of them "held you back most")', () => {
    const ratings = Object.fromEntries(CORE_COMPETENCIES.map((c, i) => [c.id, c.expectations.spm - (i < 10 ? 1 : 0)]))
    const text = biggestGapSentence(assess(PM_FRAMEWORK, CORE_COMPETENCIES, ratings, 'pm', 'spm')!)
    expect(text).toMatch(/^Ten competencies are one step short of Senior PM's bar: /)
    for (const c of CORE_COMPETENCIES.slice(0, 10)) expect(text).toContain(c.name)
    expect(text).not.toContain('holds you back most')
  })
})

describe('listOf', () => {
  it.each([
    { names: [], text: '' },
    { names: ['A'], text: 'A' },
    { names: ['A', 'B'], text: 'A and B' },
    { names: ['A', 'B', 'C'], text: 'A, B and C' },
    { names: ['Strategy and vision', 'Communication'], text: 'Strategy and vision, and Communication' },
  ])('$text', ({ names, text }) => {
    expect(listOf(names)).toBe(text)
  })
})
