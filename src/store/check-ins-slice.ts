import type { StateCreator } from 'zustand'
import type { CheckIn } from '../domain/check-in'
import { checkInAt, upsertCheckIn } from '../domain/check-ins'
import { frameworkById } from '../domain/framework-library'
import type { AppState } from './app-store'

export interface CheckInsSlice {
  checkIns: CheckIn[]
  /** Snapshots every rating and note now; a second save in the same ISO week replaces that week's. */
  saveCheckIn: (now?: Date) => { replaced: boolean; checkIn: CheckIn }
  /** Blind mode: the re-rated values replace the live ones (competencies left unrated keep theirs). */
  applyRatings: (ratings: Readonly<Record<string, number>>) => void
  /**
   * A blind check-in in one step: the re-rated values replace the live ones and the week is saved.
   * Hands back `undo`, which puts the ratings and that week's check-in back as they were.
   */
  saveBlindCheckIn: (
    draft: Readonly<Record<string, number>>,
    now?: Date,
  ) => {
    replaced: boolean
    checkIn: CheckIn
    before: { ratings: AppState['ratings']; notes: AppState['notes'] }
    undo: () => void
  }
  /** Removes a week's check-in and hands it back, so the screen can offer to undo. */
  deleteCheckIn: (week: string) => CheckIn | undefined
  /** Puts a deleted check-in back, unless its week has been saved again since. */
  restoreCheckIn: (checkIn: CheckIn) => void
}

export const createCheckInsSlice: StateCreator<AppState, [['zustand/persist', unknown]], [], CheckInsSlice> = (
  set,
  get,
) => ({
  checkIns: [],
  saveCheckIn: (now = new Date()) => {
    const { ratings, notes, profile, checkIns, frameworks, activeFrameworkId } = get()
    const { framework } = frameworkById(frameworks, activeFrameworkId)
    const checkIn = checkInAt(now, {
      ratings,
      notes,
      currentLevelId: profile.currentLevelId,
      targetLevelId: profile.targetLevelId,
      frameworkId: framework.id,
      frameworkVersion: framework.version,
    })
    const result = upsertCheckIn(checkIns, checkIn)
    set({ checkIns: result.checkIns })
    return { replaced: result.replaced, checkIn }
  },
  applyRatings: (draft) => set((s) => ({ ratings: { ...s.ratings, ...draft } })),
  saveBlindCheckIn: (draft, now) => {
    const { ratings, notes, checkIns } = get()
    get().applyRatings(draft)
    const result = get().saveCheckIn(now)
    const earlier = checkIns.find((c) => c.week === result.checkIn.week)
    const undo = () =>
      set((s) => ({
        ratings,
        checkIns: earlier
          ? upsertCheckIn(s.checkIns, earlier).checkIns
          : s.checkIns.filter((c) => c.week !== result.checkIn.week),
      }))
    return { ...result, before: { ratings, notes }, undo }
  },
  deleteCheckIn: (week) => {
    const removed = get().checkIns.find((c) => c.week === week)
    if (removed) set((s) => ({ checkIns: s.checkIns.filter((c) => c.week !== week) }))
    return removed
  },
  restoreCheckIn: (checkIn) =>
    set((s) =>
      // A newer save of the same week wins over the undo: never overwrite it with the older snapshot.
      s.checkIns.some((c) => c.week === checkIn.week) ? s : { checkIns: upsertCheckIn(s.checkIns, checkIn).checkIns },
    ),
})
