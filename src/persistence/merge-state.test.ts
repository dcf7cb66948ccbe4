import { describe, expect, it } from 'vitest'
import v7 from '../../tests/fixtures/persisted-v7.json'
import { mergeStates } from './merge-state'
import type { FrameworkData, PersistedState } from './persisted-state'

const base = v7.state as PersistedState
/** The base with the built-in framework's data changed. */
const withPm = (change: (d: FrameworkData) => Partial<FrameworkData>): PersistedState => {
  const pm = base.data['pm-ladder']!
  return { ...base, data: { ...base.data, 'pm-ladder': { ...pm, ...change(pm) } } }
}
const pm = (s: PersistedState) => s.data['pm-ladder']!

describe('mergeStates', () => {
  it('keeps ratings clicked in two tabs on different competencies', () => {
    const mine = withPm((d) => ({ ratings: { ...d.ratings, communication: 3 } }))
    const theirs = withPm((d) => ({ ratings: { ...d.ratings, 'data-analytics': 2 } }))
    expect(pm(mergeStates(base, mine, theirs)).ratings).toEqual({
      ...pm(base).ratings,
      communication: 3,
      'data-analytics': 2,
    })
  })

  it('gives the same competency to the later edit, this tab’s', () => {
    const mine = withPm((d) => ({ ratings: { ...d.ratings, communication: 3 } }))
    const theirs = withPm((d) => ({ ratings: { ...d.ratings, communication: 1 } }))
    expect(pm(mergeStates(base, mine, theirs)).ratings.communication).toBe(3)
  })

  it('keeps a note typed in one tab and a rating changed in the other', () => {
    const mine = withPm((d) => ({ notes: { ...d.notes, communication: 'Ran the all-hands' } }))
    const theirs = withPm((d) => ({ ratings: { ...d.ratings, communication: 4 } }))
    const merged = pm(mergeStates(base, mine, theirs))
    expect(merged.notes.communication).toBe('Ran the all-hands')
    expect(merged.ratings.communication).toBe(4)
  })

  it('merges check-ins by week and actions by id, and keeps a deletion', () => {
    const week = {
      ...pm(base).checkIns[0]!,
      week: '2027-W05',
      date: '2027-02-02',
      savedAt: '2027-02-02T09:00:00.000Z',
      notes: {},
    }
    const action = { ...pm(base).actions[0]!, id: 'new-action', title: 'Added in the other tab' }
    const mine = withPm((d) => ({ checkIns: [...d.checkIns.slice(1), week] }))
    const theirs = withPm((d) => ({ actions: [...d.actions, action] }))
    const merged = pm(mergeStates(base, mine, theirs))
    expect(merged.checkIns.map((c) => c.week)).toEqual([
      ...pm(base)
        .checkIns.slice(1)
        .map((c) => c.week),
      '2027-W05',
    ])
    expect(merged.actions.map((a) => a.id)).toEqual([...pm(base).actions.map((a) => a.id), 'new-action'])
  })

  it('keeps a check-in’s notes right when merging stored changes', () => {
    // Stored, a check-in holds only changed notes: merging must not lose the note an earlier one carried.
    const theirs = withPm((d) => ({ ratings: { ...d.ratings, communication: 2 } }))
    expect(pm(mergeStates(base, base, theirs)).checkIns).toEqual(pm(base).checkIns)
  })

  it('keeps a framework imported in another tab while this one rates', () => {
    const before: PersistedState = { ...base, frameworks: [] }
    const mine: PersistedState = { ...withPm((d) => ({ ratings: { ...d.ratings, communication: 3 } })), frameworks: [] }
    const theirs: PersistedState = { ...before, frameworks: base.frameworks }
    const merged = mergeStates(before, mine, theirs)
    expect(merged.frameworks.map((f) => f.framework.id)).toEqual(['acme-support'])
    expect(pm(merged).ratings.communication).toBe(3)
  })
})
