import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { frameworkById } from '../domain/framework-library'
import { levelAbove } from '../domain/ladder'
import { EMPTY_STATE, SCHEMA_VERSION, STORAGE_KEY } from '../persistence/persisted-constants'
import type { FrameworkData, PersistedState } from '../persistence/persisted-state'
import { createSafeStorage, type StorageProblem } from '../persistence/safe-storage'
import { loadFullCheck } from '../persistence/stored-check'
import { createCheckInsSlice, type CheckInsSlice } from './check-ins-slice'
import { createDataSlice, type DataSlice } from './data-slice'
import { activeData, createFrameworkSlice, fromPersisted, toPersisted, type FrameworkSlice } from './framework-slice'
import { createPlanSlice, type PlanSlice } from './plan-slice'
import { createShareSlice, type ShareSlice } from './share-slice'
import { shareUnchanged } from './share-unchanged'

/**
 * The active framework's data sits at the top of the state, so every screen and slice reads
 * `ratings`, `checkIns`… without knowing frameworks exist; the other frameworks' data waits in `stash`.
 */
export interface AppState
  extends
    Omit<FrameworkData, 'checkIns' | 'actions' | 'focus'>,
    CheckInsSlice,
    PlanSlice,
    FrameworkSlice,
    DataSlice,
    ShareSlice {
  /**
   * Sets the current role. With `defaultTarget` (the default), a user without a target gets the step
   * above as one; pass false while the user is only passing options (arrow keys on a closed select),
   * so an intermediate option never fixes the target. An existing target is never changed.
   */
  setCurrentLevel: (levelId: string, opts?: { defaultTarget?: boolean }) => void
  setTargetLevel: (levelId: string) => void
  /** Where someone before the ladder comes from (engineering, design…: the starting point's backgrounds), or null. */
  setBackground: (backgroundId: string | null) => void
  /** Switches one of the framework's optional tracks on or off (ratings on it are kept either way). */
  setTrack: (trackId: string, on: boolean) => void
  /** "Not relevant to me": left out of every figure, as a level that does not expect it; brought back with true. */
  setRelevant: (competencyId: string, relevant: boolean) => void
  rateCompetency: (competencyId: string, value: number) => void
  setNote: (competencyId: string, note: string) => void
  /** After unreadable storage: drop it and start with an empty profile. */
  discardUnreadableData: () => void
  /** Replaces everything with an imported file's data (validated and migrated by readDataFile). */
  replaceAllData: (state: PersistedState) => void
  /** Every framework's data and every imported framework gone: a new user's app, and nothing in storage. */
  deleteAllData: () => void
  dismissStorageProblem: () => void
}

/**
 * What went wrong reading or writing storage, shown as an alert. A store of its own:
 * a change here must never trigger a write of the user's data (a full quota would loop).
 */
export const useStorageHealth = create<{ problem: StorageProblem | null }>()(() => ({ problem: null }))

/** How long after the first screen the full check of stored data loads anyway (see syncAcrossTabs). */
const FULL_CHECK_PRELOAD_MS = 2000

const safe = createSafeStorage({
  onProblem: (problem) => useStorageHealth.setState({ problem }),
  // After the write that merged another tab's changes in: show them here too (not during the write).
  onMerged: (state) => queueMicrotask(() => applyStored(state)),
})

export const useAppStore = create<AppState>()(
  persist(
    (set, get, api) => ({
      ...fromPersisted(EMPTY_STATE),
      ...createCheckInsSlice(set, get, api),
      ...createPlanSlice(set, get, api),
      ...createFrameworkSlice(set, get, api),
      ...createDataSlice(set, get, api),
      ...createShareSlice(set, get, api),

      setCurrentLevel: (levelId, opts) =>
        set((s) => ({
          profile: {
            ...s.profile,
            currentLevelId: levelId,
            // A new user's target defaults to the next step up, once the current role is settled.
            targetLevelId:
              s.profile.targetLevelId ??
              (opts?.defaultTarget === false
                ? null
                : (levelAbove(frameworkById(s.frameworks, s.activeFrameworkId).framework.levels, levelId)?.id ?? null)),
          },
        })),
      setTargetLevel: (levelId) =>
        set((s) => {
          // A starting point ("Not a PM yet") is where one begins, never a role to aim for.
          const level = frameworkById(s.frameworks, s.activeFrameworkId).framework.levels.find((l) => l.id === levelId)
          return level && !level.startingPoint ? { profile: { ...s.profile, targetLevelId: levelId } } : {}
        }),
      setBackground: (backgroundId) => set((s) => ({ profile: { ...s.profile, background: backgroundId } })),
      setTrack: (trackId, on) =>
        set((s) => ({ profile: { ...s.profile, tracks: { ...s.profile.tracks, [trackId]: on } } })),
      setRelevant: (competencyId, relevant) =>
        set((s) => {
          const others = s.notRelevant.filter((id) => id !== competencyId)
          return { notRelevant: relevant ? others : [...others, competencyId] }
        }),
      rateCompetency: (competencyId, value) => set((s) => ({ ratings: { ...s.ratings, [competencyId]: value } })),
      setNote: (competencyId, note) =>
        set((s) => {
          const notes = { ...s.notes }
          // Only an empty note is dropped: typing may begin with a space or a new line.
          if (note === '') delete notes[competencyId]
          else notes[competencyId] = note
          return { notes }
        }),
      discardUnreadableData: () => {
        safe.unlock()
        set(fromPersisted(EMPTY_STATE))
      },
      // Both are the user's explicit choice, so they may write over data that could not be read.
      replaceAllData: (state) => {
        safe.unlock()
        set(fromPersisted(state))
      },
      deleteAllData: () => {
        safe.unlock()
        set(fromPersisted(EMPTY_STATE))
        void api.persist.clearStorage()
      },
      dismissStorageProblem: () => {
        if (useStorageHealth.getState().problem?.kind !== 'unreadable') useStorageHealth.setState({ problem: null })
      },
    }),
    {
      name: STORAGE_KEY,
      version: SCHEMA_VERSION,
      storage: safe.storage,
      // Only the user's own data; everything else is derived or transient.
      partialize: toPersisted,
      // Read by readStoredData, which first loads the full check when the stored text needs it.
      skipHydration: true,
      // What another tab saved keeps the identity of every part it did not change: only their readers re-render.
      merge: (persisted, current) => ({
        ...current,
        ...shareUnchanged(current, fromPersisted(persisted as PersistedState)),
      }),
    },
  ),
)

/** Everything the user has, in the stored shape: what an export holds. */
export function persistedSnapshot(): PersistedState {
  return toPersisted(useAppStore.getState())
}

/** Every framework's data as the screens see it (check-ins with their notes in full), by framework id. */
export function allFrameworkData(): Record<string, FrameworkData> {
  const s = useAppStore.getState()
  return { ...s.stash, [s.activeFrameworkId]: activeData(s) }
}

/** How many characters the stored data takes (the quota counts characters: 5,242,880 in Chromium). */
export function storedCharacters(): number {
  try {
    return localStorage.getItem(STORAGE_KEY)?.length ?? 0
  } catch {
    return 0
  }
}

/**
 * Reads what is stored into the store, before the first screen renders (main.tsx). Stored data the plain
 * check does not take (an older version, imported frameworks) waits for the full check to load; should
 * it fail to load, the read refuses the data with a reason and locks writing over it.
 */
export async function readStoredData(): Promise<void> {
  if (safe.needsFullCheck(STORAGE_KEY)) await loadFullCheck().catch(() => undefined)
  await useAppStore.persist.rehydrate()
}

/** Shows stored data (another tab's, merged): the parts it leaves unchanged keep their identity. */
function applyStored(state: PersistedState) {
  useAppStore.setState((current) => shareUnchanged(current, fromPersisted(state)))
}

/** Keeps every open tab in step: another tab's save is read back in here, without a reload. */
export function syncAcrossTabs(): () => void {
  // After a failed write the screen is ahead of storage: reading back would throw those changes away.
  const readBack = (): void => {
    if (safe.hasUnsavedChanges()) return
    // Should it fail to load, the read refuses their save with a reason and locks writing over it.
    if (safe.needsFullCheck(STORAGE_KEY))
      return void loadFullCheck().then(readBack, () => void useAppStore.persist.rehydrate())
    // A save of this tab's that crossed the other tab's: keep both, and save the merge for the other tab.
    const merged = safe.mergeFromStorage(STORAGE_KEY, toPersisted(useAppStore.getState()))
    if (merged) applyStored(merged)
    else void useAppStore.persist.rehydrate()
  }
  // Loaded while nothing else happens, another tab's save (imported frameworks, say) is read at once.
  const preload = window.setTimeout(() => void loadFullCheck().catch(() => undefined), FULL_CHECK_PRELOAD_MS)
  // A tab out of view reads another tab's save when it comes back: typing in one tab then costs the tabs
  // behind it nothing (their own saves merge with storage whether or not they read it first).
  const onStorage = (event: StorageEvent) => {
    if ((event.key === STORAGE_KEY || event.key === null) && document.visibilityState !== 'hidden') readBack()
  }
  // Coming back into view, read what was saved meanwhile (a frozen tab may have missed events too).
  const onVisible = () => {
    if (document.visibilityState === 'visible') readBack()
  }
  window.addEventListener('storage', onStorage)
  document.addEventListener('visibilitychange', onVisible)
  return () => {
    window.clearTimeout(preload)
    window.removeEventListener('storage', onStorage)
    document.removeEventListener('visibilitychange', onVisible)
  }
}
