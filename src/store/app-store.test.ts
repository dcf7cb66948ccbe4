import { beforeEach, describe, expect, it, vi } from 'vitest'
import { STORAGE_KEY } from '../persistence/persisted-constants'
import { readStoredData, syncAcrossTabs, useAppStore } from './app-store'
import * as checkInChanges from '../domain/check-in-changes'
import { resetAppStore } from './testing/reset-app-store'

const stored = () =>
  JSON.parse(localStorage.getItem(STORAGE_KEY)!) as { state: Record<string, unknown>; version: number }
const builtInData = () => (stored().state.data as Record<string, Record<string, unknown>>)['pm-ladder']!

describe('app store', () => {
  beforeEach(() => resetAppStore())

  it('writes storage only when something stored changed', () => {
    useAppStore.getState().rateCompetency('strategy-vision', 2)
    const writes = vi.spyOn(Storage.prototype, 'setItem')
    // A change to nothing stored (the same ratings object again) is no write, and no re-serialising.
    useAppStore.setState({ ratings: useAppStore.getState().ratings })
    expect(writes).not.toHaveBeenCalled()
    useAppStore.getState().rateCompetency('strategy-vision', 3)
    expect(writes).toHaveBeenCalledTimes(1)
    expect(builtInData().ratings).toEqual({ 'strategy-vision': 3 })
    writes.mockRestore()
  })

  it('defaults the target to the level above the current one, once', () => {
    const { setCurrentLevel, setTargetLevel } = useAppStore.getState()
    setCurrentLevel('pm')
    expect(useAppStore.getState().profile).toMatchObject({ currentLevelId: 'pm', targetLevelId: 'spm' })
    setTargetLevel('director')
    setCurrentLevel('spm')
    expect(useAppStore.getState().profile.targetLevelId).toBe('director')
  })

  it('never takes a starting point or an unknown level as the target', () => {
    const { setTargetLevel } = useAppStore.getState()
    setTargetLevel('spm')
    setTargetLevel('not-a-pm')
    setTargetLevel('no-such-level')
    expect(useAppStore.getState().profile.targetLevelId).toBe('spm')
  })

  it('keeps the top level as its own target', () => {
    useAppStore.getState().setCurrentLevel('cpo')
    expect(useAppStore.getState().profile.targetLevelId).toBe('cpo')
  })

  it('sets no target while the current role is only being passed, and the default once it is settled', () => {
    const { setCurrentLevel } = useAppStore.getState()
    // Arrow keys on a closed select: Associate PM, then Product Manager.
    setCurrentLevel('apm', { defaultTarget: false })
    setCurrentLevel('pm', { defaultTarget: false })
    expect(useAppStore.getState().profile).toMatchObject({ currentLevelId: 'pm', targetLevelId: null })
    setCurrentLevel('pm')
    expect(useAppStore.getState().profile).toMatchObject({ currentLevelId: 'pm', targetLevelId: 'spm' })
  })

  it('never changes a target the user has, whatever the current role becomes', () => {
    const { setCurrentLevel, setTargetLevel } = useAppStore.getState()
    setTargetLevel('spm')
    setCurrentLevel('apm', { defaultTarget: false })
    setCurrentLevel('gpm')
    expect(useAppStore.getState().profile).toMatchObject({ currentLevelId: 'gpm', targetLevelId: 'spm' })
  })

  it('persists only the user data, with the schema version', () => {
    const s = useAppStore.getState()
    s.rateCompetency('strategy-vision', 3)
    s.setNote('strategy-vision', 'Wrote the H2 strategy')
    s.setTrack('ai', true)
    const saved = stored()
    expect(saved.version).toBe(9)
    expect(Object.keys(saved.state).sort()).toEqual(['activeFrameworkId', 'backup', 'data', 'frameworks'])
    const data = (saved.state.data as Record<string, Record<string, unknown>>)['pm-ladder']!
    expect(Object.keys(data).sort()).toEqual([
      'actions',
      'checkIns',
      'focus',
      'mentorReviews',
      'notRelevant',
      'notes',
      'profile',
      'ratings',
      'shareIds',
    ])
    expect(data.ratings).toEqual({ 'strategy-vision': 3 })
    expect(data.notes).toEqual({ 'strategy-vision': 'Wrote the H2 strategy' })
    expect(data.profile).toEqual({ currentLevelId: null, targetLevelId: null, tracks: { ai: true }, background: null })
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
    s.setTrack('ai', true)
    s.rateCompetency('ml-fundamentals', 2)
    s.setTrack('ai', false)
    expect(useAppStore.getState().ratings['ml-fundamentals']).toBe(2)
  })

  it('reads back what another tab saved', async () => {
    useAppStore.getState().rateCompetency('communication', 1)
    const other = stored()
    const data = other.state.data as Record<string, Record<string, unknown>>
    const builtIn = { ...data['pm-ladder'], ratings: { communication: 1, 'data-analytics': 4 } }
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({ ...other, state: { ...other.state, data: { 'pm-ladder': builtIn } } }),
    )
    const before = useAppStore.getState()
    await readStoredData()
    expect(useAppStore.getState().ratings).toEqual({ communication: 1, 'data-analytics': 4 })
    // What their save did not change keeps its identity: its readers do not re-render.
    const after = useAppStore.getState()
    for (const key of ['notes', 'checkIns', 'actions', 'profile', 'frameworks', 'stash', 'backup'] as const)
      expect(after[key], key).toBe(before[key])
  })
})

describe('app store across tabs', () => {
  beforeEach(() => resetAppStore())

  /** Another tab's save: the built-in framework's ratings replaced. */
  function saveInOtherTab(ratings: Record<string, number>) {
    const other = stored()
    const data = other.state.data as Record<string, Record<string, unknown>>
    const text = JSON.stringify({
      ...other,
      state: { ...other.state, data: { ...data, 'pm-ladder': { ...data['pm-ladder'], ratings } } },
    })
    localStorage.setItem(STORAGE_KEY, text)
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY, newValue: text }))
  }

  function setVisibility(state: DocumentVisibilityState) {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state })
    document.dispatchEvent(new Event('visibilitychange'))
  }

  it("shows another tab's save at once while in view, and only once back in view while hidden", async () => {
    const stop = syncAcrossTabs()
    try {
      useAppStore.getState().rateCompetency('communication', 1)
      saveInOtherTab({ communication: 2 })
      await vi.waitFor(() => expect(useAppStore.getState().ratings).toEqual({ communication: 2 }))

      setVisibility('hidden')
      saveInOtherTab({ communication: 3 })
      await new Promise((resolve) => setTimeout(resolve, 20))
      expect(useAppStore.getState().ratings).toEqual({ communication: 2 })

      setVisibility('visible')
      await vi.waitFor(() => expect(useAppStore.getState().ratings).toEqual({ communication: 3 }))
    } finally {
      stop()
      Reflect.deleteProperty(document, 'visibilityState')
    }
  })

  it('merges a save made while hidden with what another tab saved meanwhile', async () => {
    const stop = syncAcrossTabs()
    try {
      useAppStore.getState().rateCompetency('communication', 1)
      setVisibility('hidden')
      saveInOtherTab({ communication: 1, 'data-analytics': 4 })
      useAppStore.getState().rateCompetency('strategy-vision', 2)
      expect(builtInData().ratings).toEqual({ communication: 1, 'data-analytics': 4, 'strategy-vision': 2 })
    } finally {
      stop()
      Reflect.deleteProperty(document, 'visibilityState')
    }
  })
})

describe('check-ins in storage', () => {
  beforeEach(() => resetAppStore())

  it('are stored with only the ratings and notes that changed, and read back whole', async () => {
    const s = useAppStore.getState()
    s.rateCompetency('communication', 2)
    s.rateCompetency('strategy-vision', 1)
    s.setNote('communication', 'Ran the all-hands')
    s.saveCheckIn(new Date(2027, 0, 4, 10))
    s.rateCompetency('strategy-vision', 2)
    s.saveCheckIn(new Date(2027, 0, 11, 10))
    const whole = useAppStore.getState().checkIns
    expect(builtInData().checkIns).toEqual([
      expect.objectContaining({
        date: '2027-01-04',
        ratings: { communication: 2, 'strategy-vision': 1 },
        notes: { communication: 'Ran the all-hands' },
      }),
      expect.objectContaining({ date: '2027-01-11', ratings: { 'strategy-vision': 2 }, notes: {} }),
    ])
    for (const checkIn of builtInData().checkIns as object[]) {
      expect(checkIn).not.toHaveProperty('week')
      expect(checkIn).not.toHaveProperty('frameworkId')
    }
    const text = localStorage.getItem(STORAGE_KEY)!
    resetAppStore()
    expect(useAppStore.getState().checkIns).toEqual([])
    localStorage.setItem(STORAGE_KEY, text)
    await readStoredData()
    expect(useAppStore.getState().checkIns).toEqual(whole)
    expect(useAppStore.getState().checkIns[1]).toMatchObject({
      week: '2027-W02',
      frameworkId: 'pm-ladder',
      ratings: { communication: 2, 'strategy-vision': 2 },
      notes: { communication: 'Ran the all-hands' },
    })
  })

  it('are not worked out again for the first save after a read that left them unchanged', async () => {
    const s = useAppStore.getState()
    s.rateCompetency('communication', 2)
    s.saveCheckIn(new Date(2027, 0, 4, 10))
    s.rateCompetency('communication', 3)
    s.saveCheckIn(new Date(2027, 0, 11, 10))
    const text = localStorage.getItem(STORAGE_KEY)!
    resetAppStore()
    localStorage.setItem(STORAGE_KEY, text)
    await readStoredData()
    const forStorage = vi.spyOn(checkInChanges, 'checkInsForStorage')
    useAppStore.getState().setTargetLevel('gpm')
    expect(forStorage).not.toHaveBeenCalled()
    forStorage.mockRestore()
    expect(builtInData().checkIns).toEqual(JSON.parse(text).state.data['pm-ladder'].checkIns)
    expect(builtInData().profile).toMatchObject({ targetLevelId: 'gpm' })
  })
})

describe('app store over unreadable storage', () => {
  it('starts empty, says so, and never writes over the saved data', async () => {
    localStorage.setItem(STORAGE_KEY, '{"state": {"ratings": ')
    vi.resetModules()
    const fresh = await import('./app-store')
    await fresh.readStoredData()
    expect(fresh.useStorageHealth.getState().problem).toMatchObject({ kind: 'unreadable' })
    fresh.useAppStore.getState().rateCompetency('communication', 3)
    expect(localStorage.getItem(STORAGE_KEY)).toBe('{"state": {"ratings": ')
    fresh.useAppStore.getState().discardUnreadableData()
    fresh.useAppStore.getState().rateCompetency('communication', 3)
    expect(builtInData().ratings).toEqual({ communication: 3 })
  })
})

describe('blind check-in', () => {
  beforeEach(() => resetAppStore())

  it('re-rates and saves in one step, and undo puts ratings and the week back as they were', () => {
    const s = useAppStore.getState()
    s.rateCompetency('communication', 2)
    const monday = new Date(2027, 0, 4, 10)
    s.saveCheckIn(monday)
    const saved = useAppStore.getState().checkIns[0]!
    const result = useAppStore.getState().saveBlindCheckIn({ communication: 4, strategy: 1 }, new Date(2027, 0, 5, 10))
    expect(result.replaced).toBe(true)
    expect(useAppStore.getState().ratings).toEqual({ communication: 4, strategy: 1 })
    expect(result.before.ratings).toEqual({ communication: 2 })
    result.undo()
    expect(useAppStore.getState().ratings).toEqual({ communication: 2 })
    expect(useAppStore.getState().checkIns).toEqual([saved])
  })

  it('undo of a first blind check-in of the week removes that week', () => {
    const result = useAppStore.getState().saveBlindCheckIn({ communication: 3 }, new Date(2027, 0, 5, 10))
    expect(result.replaced).toBe(false)
    result.undo()
    expect(useAppStore.getState().checkIns).toEqual([])
    expect(useAppStore.getState().ratings).toEqual({})
  })
})
