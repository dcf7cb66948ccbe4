import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { PM_FRAMEWORK } from '../domain/framework'
import { levelAbove } from '../domain/ladder'
import { EMPTY_STATE, SCHEMA_VERSION, STORAGE_KEY, type PersistedState } from '../persistence/persisted-state'
import { createSafeStorage, type StorageProblem } from '../persistence/safe-storage'
import { createCheckInsSlice, type CheckInsSlice } from './check-ins-slice'
import { createPlanSlice, type PlanSlice } from './plan-slice'

export interface AppState extends Omit<PersistedState, "checkIns" | "actions" | "focus">, CheckInsSlice, PlanSlice {
  setCurrentLevel: (levelId: string) => void
  setTargetLevel: (levelId: string) => void
  setAiTrack: (on: boolean) => void
  rateCompetency: (competencyId: string, value: number) => void
  setNote: (competencyId: string, note: string) => void
  /** After unreadable storage: drop it and start with an empty profile. */
  discardUnreadableData: () => void
  dismissStorageProblem: () => void
}

/**
 * What went wrong reading or writing storage, shown as an alert. A store of its own:
 * a change here must never trigger a write of the user's data (a full quota would loop).
 */
export const useStorageHealth = create<{ problem: StorageProblem | null }>()(() => ({ problem: null }))

const safe = createSafeStorage({ onProblem: (problem) => useStorageHealth.setState({ problem }) })

export const useAppStore = create<AppState>()(
  persist(
    (set, get, api) => ({
      ...EMPTY_STATE,
      ...createCheckInsSlice(set, get, api),
      ...createPlanSlice(set, get, api),

      setCurrentLevel: (levelId) =>
        set((s) => ({
          profile: {
            ...s.profile,
            currentLevelId: levelId,
            // A new user's target defaults to the next step up.
            targetLevelId: s.profile.targetLevelId ?? levelAbove(PM_FRAMEWORK.levels, levelId)?.id ?? null,
          },
        })),
      setTargetLevel: (levelId) => set((s) => ({ profile: { ...s.profile, targetLevelId: levelId } })),
      setAiTrack: (on) => set((s) => ({ profile: { ...s.profile, aiTrack: on } })),
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
        set(EMPTY_STATE)
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
      partialize: (s): PersistedState => ({
        profile: s.profile,
        ratings: s.ratings,
        notes: s.notes,
        checkIns: s.checkIns,
        actions: s.actions,
        focus: s.focus,
      }),
    },
  ),
)

/** Keeps every open tab in step: another tab's save is read back in here, without a reload. */
export function syncAcrossTabs(): () => void {
  // After a failed write the screen is ahead of storage: reading back would throw those changes away.
  const readBack = () => {
    if (!safe.hasUnsavedChanges()) void useAppStore.persist.rehydrate()
  }
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY || event.key === null) readBack()
  }
  // A frozen background tab may miss events: read again when it comes back into view.
  const onVisible = () => {
    if (document.visibilityState === 'visible') readBack()
  }
  window.addEventListener('storage', onStorage)
  document.addEventListener('visibilitychange', onVisible)
  return () => {
    window.removeEventListener('storage', onStorage)
    document.removeEventListener('visibilitychange', onVisible)
  }
}

/** Test helper: back to a fresh profile, with storage cleared. */
export function resetAppStore() {
  safe.unlock()
  useAppStore.setState(EMPTY_STATE)
  useStorageHealth.setState({ problem: null })
  localStorage.removeItem(STORAGE_KEY)
}
