import * as v from 'valibot'
import { beforeEach, describe, expect, it } from 'vitest'
import v4 from '../../tests/fixtures/persisted-v4.json'
import v7 from '../../tests/fixtures/persisted-v7.json'
import { frameworkSchema, type Framework, type FrameworkInput } from '../domain/framework-schema'
import { STORAGE_KEY } from '../persistence/persisted-constants'
import { readStoredData, useAppStore } from './app-store'
import { resetAppStore } from './testing/reset-app-store'

const state = () => useAppStore.getState()
const storedData = () => JSON.parse(localStorage.getItem(STORAGE_KEY)!).state

/** A small ladder of our own, as an import would hand it over (defaults filled in by the schema). */
function ladder(version: string, competencies: string[]): Framework {
  const input: FrameworkInput = {
    id: 'guild',
    name: 'Guild ladder',
    version,
    scale: { max: 2 },
    levels: [
      { id: 'junior', title: 'Junior' },
      { id: 'senior', title: 'Senior' },
    ],
    competencies: competencies.map((id) => ({
      id,
      name: id,
      descriptors: [null, `${id} with help`, `${id} alone`],
      expectations: { junior: 1, senior: 2 },
    })),
  }
  return v.parse(frameworkSchema, input)
}

describe('framework slice', () => {
  beforeEach(() => resetAppStore())

  it('keeps ratings per framework: switching and switching back loses nothing', () => {
    state().setCurrentLevel('pm')
    state().rateCompetency('communication', 3)
    state().setNote('communication', 'Ran the all-hands')
    expect(state().importFramework(ladder('1', ['forging']))).toEqual({ kind: 'new' })

    state().selectFramework('guild')
    expect(state().activeFrameworkId).toBe('guild')
    expect(state().ratings).toEqual({})
    expect(state().profile.currentLevelId).toBeNull()
    state().rateCompetency('forging', 2)

    state().selectFramework('pm-ladder')
    expect(state().ratings).toEqual({ communication: 3 })
    expect(state().notes).toEqual({ communication: 'Ran the all-hands' })
    expect(state().profile.currentLevelId).toBe('pm')

    const saved = storedData()
    expect(saved.activeFrameworkId).toBe('pm-ladder')
    expect(saved.data.guild.ratings).toEqual({ forging: 2 })
    expect(saved.data['pm-ladder'].ratings).toEqual({ communication: 3 })
  })

  it('ignores a choice of a framework that does not exist', () => {
    state().selectFramework('nope')
    expect(state().activeFrameworkId).toBe('pm-ladder')
  })

  it('refuses the same or an older version, and updates in place to a newer one', () => {
    state().importFramework(ladder('2', ['forging', 'smelting']))
    expect(state().importFramework(ladder('2', ['forging']))).toMatchObject({ kind: 'refuse' })
    expect(state().importFramework(ladder('1.9', ['forging']))).toMatchObject({ kind: 'refuse' })

    state().selectFramework('guild')
    state().rateCompetency('forging', 2)
    state().rateCompetency('smelting', 1)
    state().toggleFocus('smelting')
    const first = state().saveCheckIn(new Date(2027, 0, 5, 9)).checkIn
    expect(first).toMatchObject({ frameworkId: 'guild', frameworkVersion: '2' })

    expect(state().importFramework(ladder('2.10', ['forging', 'casting']))).toEqual({
      kind: 'update',
      fromVersion: '2',
      removed: ['smelting'],
      added: ['casting'],
    })
    expect(state().frameworks).toHaveLength(1)
    expect(state().frameworks[0]!.framework.version).toBe('2.10')
    expect(state().frameworks[0]!.history).toEqual({ '2': ['forging', 'smelting'] })
    expect(state().ratings).toEqual({ forging: 2 })
    expect(state().focus).toEqual([])
    // A check-in is history: it keeps the rating of a competency that is gone.
    expect(state().checkIns[0]!.ratings).toEqual({ forging: 2, smelting: 1 })
  })

  it('refuses a framework that takes the built-in id', () => {
    expect(state().importFramework({ ...ladder('1', ['x']), id: 'pm-ladder' })).toMatchObject({ kind: 'refuse' })
    expect(state().frameworks).toEqual([])
  })

  it('deletes an imported framework with its data, back to the built-in one when it was in use', () => {
    state().rateCompetency('communication', 2)
    state().importFramework(ladder('1', ['forging']))
    state().selectFramework('guild')
    state().rateCompetency('forging', 1)
    state().deleteFramework('guild')
    expect(state().activeFrameworkId).toBe('pm-ladder')
    expect(state().frameworks).toEqual([])
    expect(state().ratings).toEqual({ communication: 2 })
    expect(Object.keys(storedData().data)).toEqual(['pm-ladder'])
  })

  it('never deletes the built-in framework', () => {
    state().rateCompetency('communication', 2)
    state().deleteFramework('pm-ladder')
    expect(state().ratings).toEqual({ communication: 2 })
  })

  it('marks a competency not relevant and brings it back', () => {
    state().setRelevant('business-acumen', false)
    expect(state().notRelevant).toEqual(['business-acumen'])
    state().setRelevant('business-acumen', true)
    expect(state().notRelevant).toEqual([])
  })

  it('keeps full notes in every check-in in memory, and only the changes in storage', async () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(v7))
    await readStoredData()
    state().selectFramework('pm-ladder')
    const note = 'Wrote the H1 strategy for search'
    expect(state().checkIns.map((c) => c.notes)).toEqual([
      {},
      { 'strategy-vision': note },
      { 'strategy-vision': note },
      {},
    ])
    state().rateCompetency('communication', 2)
    expect(storedData().data['pm-ladder'].checkIns.map((c: { notes: object }) => c.notes)).toEqual([
      {},
      { 'strategy-vision': note },
      {},
      { 'strategy-vision': '' },
    ])
  })

  it('reads stored data with the active framework on top and the others stashed', async () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(v4))
    await readStoredData()
    expect(state().activeFrameworkId).toBe('acme-support')
    expect(state().ratings).toEqual({ tickets: 2 })
    expect(state().stash['pm-ladder']!.ratings).toEqual(v4.state.data['pm-ladder'].ratings)
    state().selectFramework('pm-ladder')
    expect(state().ratings).toEqual(v4.state.data['pm-ladder'].ratings)
  })
})
