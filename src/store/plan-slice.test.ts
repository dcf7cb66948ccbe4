import { beforeEach, describe, expect, it } from 'vitest'
import { STORAGE_KEY } from '../persistence/persisted-constants'
import { useAppStore } from './app-store'
import { resetAppStore } from './testing/reset-app-store'

const state = () => useAppStore.getState()
const saved = () => JSON.parse(localStorage.getItem(STORAGE_KEY)!).state.data['pm-ladder']

describe('plan slice', () => {
  beforeEach(() => resetAppStore())

  it('adds own and suggested actions, planned, and saves them', () => {
    state().addAction({ competencyId: 'communication', title: '  Present the roadmap at the all-hands  ' })
    state().addSuggestion({
      id: 's1',
      competencyId: 'customer-insight',
      levelIds: ['apm'],
      title: 'Interview three customers',
      detail: 'd',
      source: 'seed 001',
    })
    expect(state().actions.map((a) => [a.title, a.status, a.suggestionId])).toEqual([
      ['Present the roadmap at the all-hands', 'planned', null],
      ['Interview three customers', 'planned', 's1'],
    ])
    expect(saved().actions).toHaveLength(2)
  })

  it('pre-fills the expected effect with the rating step a suggestion builds', () => {
    const withStep = state().addSuggestion({
      id: 's2',
      competencyId: 'data-analytics',
      levelIds: ['apm', 'pm'],
      step: { from: 0, to: 1 },
      title: 'Answer one question in Amplitude',
    })
    expect(withStep.expectedEffect).toEqual({ from: 0, to: 1 })
    const without = state().addSuggestion({ id: 's3', competencyId: 'communication', title: 'Write a one-pager' })
    expect(without.expectedEffect).toBeNull()
    expect(saved().actions.map((a: { expectedEffect: unknown }) => a.expectedEffect)).toEqual([
      { from: 0, to: 1 },
      null,
    ])
  })

  it('edits, reorders and changes status with dates', () => {
    const a = state().addAction({ competencyId: 'communication', title: 'A' })
    const b = state().addAction({ competencyId: 'communication', title: 'B' })
    state().editAction(a.id, { title: 'A2', targetWeek: '2026-W50', expectedEffect: { from: 2, to: 3 } })
    state().moveAction(b.id, -1)
    expect(state().actions.map((x) => x.title)).toEqual(['B', 'A2'])
    state().setActionStatus(a.id, 'doing', new Date(2026, 10, 23, 12))
    state().setActionStatus(a.id, 'done', new Date(2026, 11, 1, 12))
    expect(state().actions[1]).toMatchObject({
      status: 'done',
      startedOn: '2026-11-23',
      doneOn: '2026-12-01',
      targetWeek: '2026-W50',
    })
  })

  it('never blanks a title by editing', () => {
    const a = state().addAction({ competencyId: 'communication', title: 'Keep me' })
    state().editAction(a.id, { title: '   ' })
    expect(state().actions[0]!.title).toBe('Keep me')
  })

  it('deletes and restores an action in its place', () => {
    const [a, b, c] = ['A', 'B', 'C'].map((title) => state().addAction({ competencyId: 'communication', title }))
    const removed = state().deleteAction(b!.id)!
    expect(state().actions.map((x) => x.title)).toEqual(['A', 'C'])
    state().restoreAction(removed.action, removed.index)
    expect(state().actions.map((x) => x.id)).toEqual([a!.id, b!.id, c!.id])
  })

  it('keeps at most three focus competencies', () => {
    for (const id of ['a', 'b', 'c', 'd']) state().toggleFocus(id)
    expect(state().focus).toEqual(['a', 'b', 'c'])
    state().setFocus(['x', 'y', 'z', 'w'])
    expect(saved().focus).toEqual(['x', 'y', 'z'])
  })
})
