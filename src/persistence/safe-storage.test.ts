import { beforeAll, describe, expect, it, vi } from 'vitest'
import v1 from '../../tests/fixtures/persisted-v1.json'
import { EMPTY_FRAMEWORK_DATA, EMPTY_STATE, SCHEMA_VERSION } from './persisted-constants'
import type { PersistedState } from './persisted-state'
import { backupKey, createSafeStorage, type StorageProblem } from './safe-storage'
import { loadFullCheck } from './stored-check'

// Storage with every check loaded, as a tab has it once its first screen is up; what happens before
// the full check has loaded is in safe-storage-before-full-check.test.ts.
beforeAll(() => loadFullCheck())

function setup(initial?: string) {
  const problems: (StorageProblem | null)[] = []
  if (initial !== undefined) localStorage.setItem('k', initial)
  const safe = createSafeStorage({ onProblem: (p) => problems.push(p) })
  return { safe, problems }
}

describe('safe storage', () => {
  it('reads and migrates saved data', () => {
    const { safe, problems } = setup(JSON.stringify(v1))
    const read = safe.storage.getItem('k') as { state: PersistedState; version: number }
    expect(read.version).toBe(SCHEMA_VERSION)
    expect(read.state.data['pm-ladder']).toMatchObject({
      ratings: v1.state.ratings,
      notes: v1.state.notes,
      checkIns: [],
    })
    expect(problems).toEqual([])
  })

  it.each([
    ['{not json', /not valid JSON/],
    [JSON.stringify({ nope: 1 }), /no state/],
    [JSON.stringify({ state: v1.state, version: 99 }), /newer version/],
  ])('reports unreadable data and never writes over it (%s)', (raw, reason) => {
    const { safe, problems } = setup(raw)
    expect(safe.storage.getItem('k')).toBeNull()
    expect(problems[0]).toMatchObject({ kind: 'unreadable', raw })
    expect((problems[0] as { reason: string }).reason).toMatch(reason)
    safe.storage.setItem('k', { state: EMPTY_STATE, version: SCHEMA_VERSION })
    expect(localStorage.getItem('k')).toBe(raw)
  })

  it('writes again once the user chooses to start afresh', () => {
    const { safe } = setup('{broken')
    safe.storage.getItem('k')
    safe.unlock()
    safe.storage.setItem('k', { state: EMPTY_STATE, version: SCHEMA_VERSION })
    expect(JSON.parse(localStorage.getItem('k')!).state).toEqual(EMPTY_STATE)
  })

  it('reports a full quota instead of throwing, and clears it after a good write', () => {
    const { safe, problems } = setup()
    const spy = vi.spyOn(Storage.prototype, 'setItem').mockImplementationOnce(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    expect(() => safe.storage.setItem('k', { state: EMPTY_STATE, version: 1 })).not.toThrow()
    expect(problems).toEqual([{ kind: 'quota' }])
    safe.storage.setItem('k', { state: EMPTY_STATE, version: 1 })
    expect(problems).toEqual([{ kind: 'quota' }, null])
    spy.mockRestore()
  })

  it('unlocks when the data becomes readable again (another tab started afresh)', () => {
    const { safe, problems } = setup('{broken')
    expect(safe.storage.getItem('k')).toBeNull()
    expect(safe.isLocked()).toBe(true)
    localStorage.setItem('k', JSON.stringify({ state: EMPTY_STATE, version: SCHEMA_VERSION }))
    expect(safe.storage.getItem('k')).toEqual({ state: EMPTY_STATE, version: SCHEMA_VERSION })
    expect(safe.isLocked()).toBe(false)
    expect(problems.at(-1)).toBeNull()
  })

  it('says a failed write left changes unsaved until a write succeeds', () => {
    const { safe } = setup()
    const spy = vi.spyOn(Storage.prototype, 'setItem').mockImplementationOnce(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    safe.storage.setItem('k', { state: EMPTY_STATE, version: 1 })
    expect(safe.hasUnsavedChanges()).toBe(true)
    safe.storage.setItem('k', { state: EMPTY_STATE, version: 1 })
    expect(safe.hasUnsavedChanges()).toBe(false)
    spy.mockRestore()
  })
})

describe('safe storage: room and backups', () => {
  it('warns once the data passes 80% of the quota, and clears the warning when it shrinks', () => {
    const { safe, problems } = setup()
    const big = { state: { ...EMPTY_STATE, note: 'x'.repeat(4_300_000) }, version: SCHEMA_VERSION } as never
    safe.storage.setItem('k', big)
    expect(problems).toEqual([{ kind: 'nearly-full', percent: 82 }])
    safe.storage.setItem('k', big)
    expect(problems, 'said once, not on every save').toHaveLength(1)
    safe.storage.setItem('k', { state: EMPTY_STATE, version: SCHEMA_VERSION })
    expect(problems.at(-1)).toBeNull()
  })

  it('keeps the older version under a backup key while migrating, and drops it once the new version was saved', () => {
    const { safe } = setup(JSON.stringify(v1))
    safe.storage.getItem('k')
    expect(localStorage.getItem(backupKey('k', 1))).toBe(JSON.stringify(v1))
    safe.storage.setItem('k', { state: EMPTY_STATE, version: SCHEMA_VERSION })
    // The next start reads data already in the current version: the backup has done its job.
    safe.storage.getItem('k')
    expect(localStorage.getItem(backupKey('k', 1))).toBeNull()
  })
})

describe('safe storage: two tabs', () => {
  const start = { state: EMPTY_STATE, version: SCHEMA_VERSION }
  const rated = (ratings: Record<string, number>) => ({
    state: { ...EMPTY_STATE, data: { 'pm-ladder': { ...EMPTY_FRAMEWORK_DATA, ratings } } },
    version: SCHEMA_VERSION,
  })
  const storedRatings = () => JSON.parse(localStorage.getItem('k')!).state.data['pm-ladder'].ratings
  const tab = () => {
    const merged: PersistedState[] = []
    const safe = createSafeStorage({ onProblem: () => {}, onMerged: (state) => merged.push(state) })
    safe.storage.getItem('k')
    return { safe, merged }
  }

  it('merges instead of overwriting: ratings clicked in two tabs at once both survive (D3)', () => {
    localStorage.setItem('k', JSON.stringify(start))
    const a = tab()
    const b = tab()
    a.safe.storage.setItem('k', rated({ communication: 3 }))
    b.safe.storage.setItem('k', rated({ 'data-analytics': 2 }))
    expect(storedRatings()).toEqual({ communication: 3, 'data-analytics': 2 })
    expect(b.merged, 'the tab that merged is told, to show both').toHaveLength(1)
    expect(a.merged).toEqual([])
  })

  it('skips writing the same state object again, unless another tab saved meanwhile', () => {
    localStorage.setItem('k', JSON.stringify(start))
    const a = tab()
    const mine = rated({ communication: 3 })
    a.safe.storage.setItem('k', mine)
    const writes = vi.spyOn(Storage.prototype, 'setItem')
    a.safe.storage.setItem('k', mine)
    expect(writes).not.toHaveBeenCalled()
    // Another tab saved: the same state is merged with theirs and written.
    localStorage.setItem('k', JSON.stringify(rated({ 'data-analytics': 2 })))
    writes.mockClear()
    a.safe.storage.setItem('k', mine)
    expect(writes).toHaveBeenCalledTimes(1)
    expect(storedRatings()).toEqual({ communication: 3, 'data-analytics': 2 })
    writes.mockRestore()
  })

  it('does not write what storage already holds (another tab’s save, read back)', () => {
    localStorage.setItem('k', JSON.stringify(rated({ communication: 3 })))
    const a = tab()
    const writes = vi.spyOn(Storage.prototype, 'setItem')
    a.safe.storage.setItem('k', rated({ communication: 3 }))
    expect(writes).not.toHaveBeenCalled()
    a.safe.storage.setItem('k', rated({ communication: 4 }))
    expect(writes).toHaveBeenCalledTimes(1)
    writes.mockRestore()
  })

  it('merges the first saves of two new tabs that both started with nothing stored', () => {
    localStorage.removeItem('k')
    const a = tab()
    const b = tab()
    a.safe.storage.setItem('k', rated({ communication: 3 }))
    b.safe.storage.setItem('k', rated({ 'data-analytics': 2 }))
    expect(storedRatings()).toEqual({ communication: 3, 'data-analytics': 2 })
    // And the tab whose save was crossed reads the other's back without losing its own.
    expect(a.safe.mergeFromStorage('k', rated({ communication: 3 }).state)).toBeNull()
  })

  it('after a failed save, the next save keeps what another tab saved meanwhile (D2)', () => {
    localStorage.setItem('k', JSON.stringify(start))
    const a = tab()
    const b = tab()
    const full = vi.spyOn(Storage.prototype, 'setItem').mockImplementationOnce(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    a.safe.storage.setItem('k', rated({ communication: 3 }))
    full.mockRestore()
    b.safe.storage.setItem('k', rated({ 'data-analytics': 2 }))
    a.safe.storage.setItem('k', rated({ communication: 3, strategy: 1 }))
    expect(storedRatings()).toEqual({ communication: 3, strategy: 1, 'data-analytics': 2 })
  })
})

describe('safe storage: reading another tab’s save back', () => {
  const withRatings = (ratings: Record<string, number>): PersistedState => ({
    ...EMPTY_STATE,
    data: { 'pm-ladder': { ...EMPTY_FRAMEWORK_DATA, ratings } },
  })

  it('keeps this tab’s own save when the other tab’s crossed it, and is quiet when nothing crossed', () => {
    localStorage.setItem('k', JSON.stringify({ state: EMPTY_STATE, version: SCHEMA_VERSION }))
    const safe = createSafeStorage({ onProblem: () => {} })
    safe.storage.getItem('k')
    safe.storage.setItem('k', { state: withRatings({ communication: 3 }), version: SCHEMA_VERSION })
    // The other tab saved over it without having seen it (their writes crossed).
    localStorage.setItem('k', JSON.stringify({ state: withRatings({ 'data-analytics': 2 }), version: SCHEMA_VERSION }))
    const merged = safe.mergeFromStorage('k', withRatings({ communication: 3 }))
    expect(merged?.data['pm-ladder']!.ratings).toEqual({ communication: 3, 'data-analytics': 2 })
    // The tab now shows the merge; the other tab then saves a change of its own on top of it, having
    // seen everything: nothing of this tab's is missing, so reading back is enough.
    const shown = merged!
    localStorage.setItem(
      'k',
      JSON.stringify({ state: withRatings({ communication: 3, 'data-analytics': 4 }), version: SCHEMA_VERSION }),
    )
    expect(safe.mergeFromStorage('k', shown)).toBeNull()
  })

  it('reads another tab’s save once: the merge check and the read back share it, and the ancestor is not read again', () => {
    const first = JSON.stringify({ state: withRatings({ communication: 3 }), version: SCHEMA_VERSION })
    localStorage.setItem('k', first)
    const safe = createSafeStorage({ onProblem: () => {} })
    const mine = (safe.storage.getItem('k') as { state: PersistedState }).state
    const theirs = JSON.stringify({
      state: withRatings({ communication: 3, 'data-analytics': 4 }),
      version: SCHEMA_VERSION,
    })
    localStorage.setItem('k', theirs)
    const parse = vi.spyOn(JSON, 'parse')
    try {
      expect(safe.mergeFromStorage('k', mine)).toBeNull()
      const shown = safe.storage.getItem('k') as { state: PersistedState }
      expect(shown.state.data['pm-ladder']!.ratings).toEqual({ communication: 3, 'data-analytics': 4 })
      expect(parse.mock.calls.filter(([text]) => text === theirs)).toHaveLength(1)
      expect(parse.mock.calls.filter(([text]) => text === first)).toHaveLength(0)
    } finally {
      parse.mockRestore()
    }
  })
})
