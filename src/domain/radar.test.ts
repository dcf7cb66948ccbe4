import { describe, expect, it } from 'vitest'
import type { Competency } from './framework-schema'
import { radarGroups, toComparisonRows, toRadarRows } from './radar'
import { TINY_CORE } from './testing/tiny-framework'

describe('toRadarRows', () => {
  it('gives one row per competency with rating, target and current expectations', () => {
    const rows = toRadarRows(TINY_CORE, { delivery: 2 }, 'lead', 'junior')
    expect(rows).toEqual([
      { competencyId: 'delivery', axis: 'Delivery', name: 'Delivery', you: 2, target: 4, current: 2, others: [] },
      { competencyId: 'strategy', axis: 'Strategy', name: 'Strategy', you: null, target: 5, current: 1, others: [] },
      { competencyId: 'insight', axis: 'Insight', name: 'Insight', you: null, target: 4, current: 1, others: [] },
    ])
  })

  it('adds further series (mentors), unrated as null', () => {
    const rows = toRadarRows(TINY_CORE, {}, 'lead', null, { others: [{ delivery: 3 }, { strategy: 1 }] })
    expect(rows.map((r) => r.others)).toEqual([
      [3, null],
      [null, 1],
      [null, null],
    ])
  })

  it('leaves the current series empty without a current level', () => {
    expect(toRadarRows(TINY_CORE, {}, 'mid', null).every((r) => r.current === null)).toBe(true)
  })
})

describe('radarGroups', () => {
  const c = (id: string, areaId: string) => ({ ...TINY_CORE[0]!, id, areaId }) as Competency
  const areas = ['a', 'b', 'c', 'd'].map((id) => ({ id, name: id.toUpperCase() }))

  it('keeps areas with enough axes, joins small neighbours, never leaves a view under three', () => {
    const competencies = [
      c('a1', 'a'),
      c('a2', 'a'),
      c('a3', 'a'),
      c('b1', 'b'),
      c('c1', 'c'),
      c('c2', 'c'),
      c('d1', 'd'),
    ]
    const groups = radarGroups(areas, competencies)
    expect(groups.map((g) => [g.name, g.competencyIds.length])).toEqual([
      ['A', 3],
      ['B & C & D', 4],
    ])
  })

  it('folds a short tail into the last view', () => {
    const competencies = [c('a1', 'a'), c('a2', 'a'), c('a3', 'a'), c('b1', 'b')]
    expect(radarGroups(areas, competencies).map((g) => g.name)).toEqual(['A & B'])
  })

  it('covers every competency exactly once', () => {
    const competencies = [
      c('a1', 'a'),
      c('b1', 'b'),
      c('b2', 'b'),
      c('c1', 'c'),
      c('d1', 'd'),
      c('d2', 'd'),
      c('d3', 'd'),
    ]
    const ids = radarGroups(areas, competencies).flatMap((g) => g.competencyIds)
    expect(ids.sort()).toEqual(competencies.map((x) => x.id).sort())
  })
})

describe('toComparisonRows', () => {
  it('puts the later snapshot in "you" and the earlier in "current"', () => {
    const rows = toComparisonRows(TINY_CORE, { delivery: 1 }, { delivery: 3, strategy: 2 }, 'mid')
    expect(rows.map((r) => [r.competencyId, r.current, r.you, r.target])).toEqual([
      ['delivery', 1, 3, 3],
      ['strategy', 0, 2, 3],
      ['insight', 0, null, 3],
    ])
  })
})

describe('axis labels', () => {
  it('use the short name where there is one, and keep the full name for the table', () => {
    const [row] = toRadarRows(
      [{ ...TINY_CORE[0]!, name: 'Execution and delivery', shortName: 'Execution' }],
      {},
      'mid',
      null,
    )
    expect(row).toMatchObject({ axis: 'Execution', name: 'Execution and delivery' })
  })
})
