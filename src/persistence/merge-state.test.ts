import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import v9 from '../../tests/fixtures/persisted-v9.json'
import { checkInsForStorage, checkInsFromStorage } from '../domain/check-in-changes'
import { mergeStates } from './merge-state'
import { persistedState, type PersistedState, type StoredFrameworkData } from './persisted-state'

const base = v.parse(persistedState, v9.state)
/** The base with the built-in framework's data changed. */
const withPm = (change: (d: StoredFrameworkData) => Partial<StoredFrameworkData>): PersistedState => {
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
    const week = { ...pm(base).checkIns.at(-1)!, date: '2027-02-02', savedAt: '2027-02-02T09:00:00.000Z', notes: {} }
    const action = { ...pm(base).actions[0]!, id: 'new-action', title: 'Added in the other tab' }
    const mine = withPm((d) => ({ checkIns: [...d.checkIns.slice(1), week] }))
    const theirs = withPm((d) => ({ actions: [...d.actions, action] }))
    const merged = pm(mergeStates(base, mine, theirs))
    expect(merged.checkIns.map((c) => c.date)).toEqual([
      ...pm(base)
        .checkIns.slice(1)
        .map((c) => c.date),
      '2027-02-02',
    ])
    expect(merged.actions.map((a) => a.id)).toEqual([...pm(base).actions.map((a) => a.id), 'new-action'])
  })

  it('keeps a check-in’s notes and ratings right when merging stored changes', () => {
    // Stored, a check-in holds only changed notes and ratings: merging must not lose what an earlier one carried.
    const theirs = withPm((d) => ({ ratings: { ...d.ratings, communication: 2 } }))
    expect(pm(mergeStates(base, base, theirs)).checkIns).toEqual(pm(base).checkIns)
  })

  it('moves what a deleted check-in carried to the one after it', () => {
    // The first check-in holds every rating; deleted in one tab, the next must then hold them, not only its changes.
    const whole = (s: PersistedState) => checkInsFromStorage(pm(s).checkIns, 'pm-ladder')
    const mine = withPm(() => ({ checkIns: checkInsForStorage(whole(base).slice(1)) }))
    const theirs = withPm((d) => ({ ratings: { ...d.ratings, communication: 2 } }))
    const merged = mergeStates(base, mine, theirs)
    expect(pm(merged).checkIns[0]!.ratings).toEqual({ 'strategy-vision': 3, 'execution-delivery': 4 })
    expect(whole(merged)).toEqual(whole(base).slice(1))
    expect(pm(merged).ratings.communication).toBe(2)
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
