import { beforeEach, describe, expect, it, vi } from 'vitest'
import { STORAGE_KEY } from '../persistence/persisted-state'
import { resetAppStore, useAppStore } from './app-store'

const stored = () => JSON.parse(localStorage.getItem(STORAGE_KEY)!) as { state: Record<string, unknown>; version: number }

describe('app store', () => {
  beforeEach(() => resetAppStore())

  it('defaults the target to the level above the current one, once', () => {
    const { setCurrentLevel, setTargetLevel } = useAppStore.getState()
    setCurrentLevel('pm')
    expect(useAppStore.getState().profile).toMatchObject({ currentLevelId: 'pm', targetLevelId: 'spm' })
    setTargetLevel('director')
    setCurrentLevel('spm')
    expect(useAppStore.getState().profile.targetLevelId).toBe('director')
  })

  it('keeps the top level as its own target', () => {
    useAppStore.getState().setCurrentLevel('cpo')
    expect(useAppStore.getState().profile.targetLevelId).toBe('cpo')
  })

  it('persists only the user data, with the schema version', () => {
    const s = useAppStore.getState()
    s.rateCompetency('strategy-vision', 3)
    s.setNote('strategy-vision', 'Wrote the H2 strategy')
    s.setAiTrack(true)
    const saved = stored()
    expect(saved.version).toBe(3)
    expect(Object.keys(saved.state).sort()).toEqual(['actions', 'checkIns', 'focus', 'notes', 'profile', 'ratings'])
    expect(saved.state.ratings).toEqual({ 'strategy-vision': 3 })
    expect(saved.state.notes).toEqual({ 'strategy-vision': 'Wrote the H2 strategy' })
  })

  it('drops an emptied note', () => {
    const s = useAppStore.getState()
    s.setNote('communication', 'x')
    s.setNote('communication', ' ')
    expect(useAppStore.getState().notes).toEqual({ communication: ' ' })
    s.setNote('communication', '')
    expect(useAppStore.getState().notes).toEqual({})
  })

  it('keeps AI track ratings when the track is switched off', () => {
    const s = useAppStore.getState()
    s.setAiTrack(true)
    s.rateCompetency('ml-fundamentals', 2)
    s.setAiTrack(false)
    expect(useAppStore.getState().ratings['ml-fundamentals']).toBe(2)
  })

  it('reads back what another tab saved', async () => {
    useAppStore.getState().rateCompetency('communication', 1)
    const other = stored()
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({ ...other, state: { ...other.state, ratings: { communication: 1, 'data-analytics': 4 } } }),
    )
    await useAppStore.persist.rehydrate()
    expect(useAppStore.getState().ratings).toEqual({ communication: 1, 'data-analytics': 4 })
  })
})

describe('app store over unreadable storage', () => {
  it('starts empty, says so, and never writes over the saved data', async () => {
    localStorage.setItem(STORAGE_KEY, '{"state": {"ratings": ')
    vi.resetModules()
    const fresh = await import('./app-store')
    await Promise.resolve()
    expect(fresh.useStorageHealth.getState().problem).toMatchObject({ kind: 'unreadable' })
    fresh.useAppStore.getState().rateCompetency('communication', 3)
    expect(localStorage.getItem(STORAGE_KEY)).toBe('{"state": {"ratings": ')
    fresh.useAppStore.getState().discardUnreadableData()
    fresh.useAppStore.getState().rateCompetency('communication', 3)
    expect(stored().state.ratings).toEqual({ communication: 3 })
  })
})
