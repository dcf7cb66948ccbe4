import { describe, expect, it } from 'vitest'
import { textMeasure, wrapLabel } from './label-wrap'

/** Every character 10 px wide. */
const measure = (text: string) => text.length * 10

describe('wrapLabel', () => {
  it('keeps a name that fits on one line', () => {
    expect(wrapLabel('Strategy', 100, 2, measure)).toEqual(['Strategy'])
  })

  it('wraps between words, filling each line as far as it fits', () => {
    expect(wrapLabel('Execution and delivery', 130, 2, measure)).toEqual(['Execution and', 'delivery'])
    expect(wrapLabel('a b c d', 30, 2, measure)).toEqual(['a b', 'c d'])
  })

  it('gives a word wider than the width a line of its own, never cutting it', () => {
    expect(wrapLabel('Roadmapping and prioritisation', 100, 3, measure)).toEqual([
      'Roadmapping',
      'and',
      'prioritisation',
    ])
  })

  it('cuts a word short only where it would pass the room before the edge', () => {
    expect(wrapLabel('Decision-making', 100, 2, measure, 150)).toEqual(['Decision-making'])
    expect(wrapLabel('Decision-making', 100, 2, measure, 90)).toEqual(['Decision…'])
    expect(wrapLabel('Data and analytics', 100, 2, measure, 100)).toEqual(['Data and', 'analytics'])
  })

  it('ends the last line with an ellipsis when the name needs more lines than allowed', () => {
    const lines = wrapLabel('Decision-making and problem-solving under pressure', 160, 2, measure)
    expect(lines).toHaveLength(2)
    expect(lines[0]).toBe('Decision-making')
    expect(lines[1]).toMatch(/…$/)
    expect(measure(lines[1]!)).toBeLessThanOrEqual(160)
    expect('and problem-solving under pressure'.startsWith(lines[1]!.slice(0, -1))).toBe(true)
  })

  it('shortens one long word by characters when it must be cut and no word boundary fits', () => {
    expect(wrapLabel('Supercalifragilistic', 60, 1, measure)).toEqual(['Supercalifragilistic'])
    expect(wrapLabel('Supercalifragilistic word', 60, 1, measure)).toEqual(['Super…'])
  })

  it('collapses runs of white space', () => {
    expect(wrapLabel('  Data   and\nanalytics ', 400, 2, measure)).toEqual(['Data and analytics'])
  })
})

describe('textMeasure', () => {
  it('estimates 0.55 em a character where there is no canvas to measure with (jsdom)', () => {
    const estimate = textMeasure(12, 'sans-serif')
    expect(estimate('abcd')).toBeCloseTo(4 * 12 * 0.55)
    expect(estimate('')).toBe(0)
  })
})
