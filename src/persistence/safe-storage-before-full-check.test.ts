import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import v8 from '../../tests/fixtures/persisted-v8.json'
import v9 from '../../tests/fixtures/persisted-v9.json'
import { EMPTY_FRAMEWORK_DATA, EMPTY_STATE, SCHEMA_VERSION } from './persisted-constants'
import type { PersistedState } from './persisted-state'
import type { StorageProblem } from './safe-storage'

// Each test starts from fresh modules: the full check (valibot, the schemas, the migrations) is not
// loaded, as in a tab whose first screen has just come up (stored-check.ts).
const fresh = async () => {
  vi.resetModules()
  const { createSafeStorage } = await import('./safe-storage')
  const check = await import('./stored-check')
  const problems: (StorageProblem | null)[] = []
  const safe = createSafeStorage({ onProblem: (p) => problems.push(p) })
  return { safe, problems, ...check }
}

const text = (state: unknown, version = SCHEMA_VERSION) => JSON.stringify({ state, version })
const rated = (ratings: Record<string, number>): PersistedState => ({
  ...EMPTY_STATE,
  data: { 'pm-ladder': { ...EMPTY_FRAMEWORK_DATA, ratings } },
})
/** The built-in framework's data of the fixture, with the imported framework and its data left out. */
const v9BuiltInOnly = {
  ...v9.state,
  activeFrameworkId: 'pm-ladder',
  frameworks: [],
  data: { 'pm-ladder': v9.state.data['pm-ladder'] },
}

beforeEach(() => localStorage.clear())
afterEach(() => vi.doUnmock('./migrations'))

describe('safe storage before the full check has loaded', () => {
  it('reads what the app saved itself with the plain check alone', async () => {
    localStorage.setItem('k', text(v9BuiltInOnly))
    const { safe, problems, checkStored } = await fresh()
    expect(safe.needsFullCheck('k')).toBe(false)
    const read = safe.storage.getItem('k') as { state: PersistedState }
    expect(read.state.data['pm-ladder']!.ratings).toEqual(v9.state.data['pm-ladder'].ratings)
    expect(problems).toEqual([])
    // Still not loaded: an older version cannot be read yet.
    expect(checkStored(v8.state, 8)).toBeNull()
  })

  it('needs the full check for an older version and for imported frameworks, and reads them once it loaded', async () => {
    for (const [state, version] of [
      [v8.state, 8],
      [v9.state, 9],
    ] as const) {
      localStorage.setItem('k', text(state, version))
      const { safe, problems, loadFullCheck } = await fresh()
      expect(safe.needsFullCheck('k')).toBe(true)
      await loadFullCheck()
      expect(safe.needsFullCheck('k')).toBe(false)
      const read = safe.storage.getItem('k') as { state: PersistedState }
      expect(read.state.activeFrameworkId).toBe(v9.state.activeFrameworkId)
      expect(problems).toEqual([])
    }
  })

  it('holds a write that would merge with a save it cannot read yet, then merges it in once loaded', async () => {
    localStorage.setItem('k', text(EMPTY_STATE))
    const { safe, loadFullCheck } = await fresh()
    safe.storage.getItem('k')
    // Another tab imports a framework and saves: reading that save needs the full check.
    const theirs = text(v9.state)
    localStorage.setItem('k', theirs)
    safe.storage.setItem('k', { state: rated({ communication: 3 }), version: SCHEMA_VERSION })
    expect(localStorage.getItem('k'), 'their save is not written over').toBe(theirs)
    expect(safe.hasUnsavedChanges()).toBe(true)
    await loadFullCheck()
    const stored = JSON.parse(localStorage.getItem('k')!) as { state: PersistedState }
    expect(stored.state.frameworks.map((f) => f.framework.id)).toEqual(['acme-support'])
    expect(stored.state.data['pm-ladder']!.ratings).toEqual({ ...v9.state.data['pm-ladder'].ratings, communication: 3 })
    expect(safe.hasUnsavedChanges()).toBe(false)
  })

  it('when the full check cannot load: the read refuses with a reason and locks writing, a held write is not saved', async () => {
    vi.doMock('./migrations', () => {
      throw new Error('offline')
    })
    const older = text(v8.state, 8)
    localStorage.setItem('k', older)
    const { safe, problems, loadFullCheck } = await fresh()
    expect(safe.needsFullCheck('k')).toBe(true)
    await expect(loadFullCheck()).rejects.toThrow()
    expect(safe.storage.getItem('k')).toBeNull()
    expect(problems[0]).toMatchObject({ kind: 'unreadable', raw: older, reason: expect.stringMatching(/did not load/) })
    safe.storage.setItem('k', { state: EMPTY_STATE, version: SCHEMA_VERSION })
    expect(localStorage.getItem('k')).toBe(older)

    localStorage.setItem('k', text(EMPTY_STATE))
    const tab = await fresh()
    tab.safe.storage.getItem('k')
    const theirs = text(v9.state)
    localStorage.setItem('k', theirs)
    tab.safe.storage.setItem('k', { state: rated({ communication: 3 }), version: SCHEMA_VERSION })
    await tab.loadFullCheck().catch(() => undefined)
    expect(localStorage.getItem('k')).toBe(theirs)
    expect(tab.problems).toContainEqual({ kind: 'unavailable' })
  })
})
