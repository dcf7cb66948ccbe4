import type { StateCreator } from 'zustand'
import { checkInsForStorage, checkInsFromStorage, type StoredCheckIn } from '../domain/check-in-changes'
import { BUILT_IN_FRAMEWORK_ID } from '../domain/framework'
import { planImport, withImported, type ImportPlan, type StoredFramework } from '../domain/framework-library'
import type { Framework } from '../domain/framework-schema'
import { EMPTY_FRAMEWORK_DATA } from '../persistence/persisted-constants'
import type { FrameworkData, PersistedState } from '../persistence/persisted-state'
import type { AppState } from './app-store'

export interface FrameworkSlice {
  activeFrameworkId: string
  /** Imported frameworks (the built-in one lives in the code). */
  frameworks: StoredFramework[]
  /** The data of every framework but the active one, whose data sits at the top of the state. */
  stash: Record<string, FrameworkData>
  /** Makes every screen use this framework, with its own ratings, check-ins and plan. */
  selectFramework: (id: string) => void
  /** Adds a framework, or updates an older version of it in place; a refused plan changes nothing. */
  importFramework: (framework: Framework, now?: Date) => ImportPlan
  /** Removes an imported framework and its data; the built-in framework becomes active if it was. */
  deleteFramework: (id: string) => void
}

/** The active framework's data, as it sits at the top of the state. */
export function activeData(s: FrameworkData): FrameworkData {
  return {
    profile: s.profile,
    ratings: s.ratings,
    notes: s.notes,
    checkIns: s.checkIns,
    actions: s.actions,
    focus: s.focus,
    notRelevant: s.notRelevant,
    mentorReviews: s.mentorReviews,
    shareIds: s.shareIds,
  }
}

/** Check-ins as stored (only what changed), worked out once per list: lists are replaced, never changed. */
const storedCheckIns = new WeakMap<FrameworkData['checkIns'], StoredCheckIn[]>()
function checkInsAsStored(checkIns: FrameworkData['checkIns']): StoredCheckIn[] {
  let stored = storedCheckIns.get(checkIns)
  if (!stored) {
    stored = checkInsForStorage(checkIns)
    storedCheckIns.set(checkIns, stored)
  }
  return stored
}

let lastPersisted: { inputs: readonly unknown[]; state: PersistedState } | null = null

/**
 * What is stored: every framework's data by id, the active one's taken from the top of the state.
 * The same object as last time when none of the stored parts changed, so a change to anything else
 * (or a repeated save) is seen as "nothing to write" without serialising.
 */
export function toPersisted(s: AppState): PersistedState {
  const active = activeData(s)
  const inputs = [s.activeFrameworkId, s.frameworks, s.stash, s.backup, ...Object.values(active)]
  if (
    lastPersisted &&
    inputs.length === lastPersisted.inputs.length &&
    inputs.every((v, i) => v === lastPersisted!.inputs[i])
  )
    return lastPersisted.state
  const data = Object.entries({ ...s.stash, [s.activeFrameworkId]: active }).map(([id, d]) => [
    id,
    { ...d, checkIns: checkInsAsStored(d.checkIns) },
  ])
  const state: PersistedState = {
    activeFrameworkId: s.activeFrameworkId,
    frameworks: s.frameworks,
    data: Object.fromEntries(data),
    backup: s.backup,
  }
  lastPersisted = { inputs, state }
  return state
}

/** The reverse of toPersisted: the active framework's data at the top, the rest in the stash. */
export function fromPersisted(
  p: PersistedState,
): Pick<AppState, 'activeFrameworkId' | 'frameworks' | 'stash' | 'backup'> & FrameworkData {
  const inFull = Object.fromEntries(
    Object.entries(p.data).map(([id, d]) => {
      const checkIns = checkInsFromStorage(d.checkIns, id)
      // Their stored form is at hand: the first save after a read need not work it out again.
      storedCheckIns.set(checkIns, d.checkIns)
      return [id, { ...d, checkIns }]
    }),
  )
  const { [p.activeFrameworkId]: active, ...stash } = inFull
  return {
    activeFrameworkId: p.activeFrameworkId,
    frameworks: p.frameworks,
    stash,
    backup: p.backup,
    ...(active ?? EMPTY_FRAMEWORK_DATA),
  }
}

/**
 * The data kept when a framework's newer version replaces it: ratings, notes, focus and "not relevant"
 * marks of competencies that no longer exist go (check-ins keep theirs: they are history).
 */
function keepExisting(data: FrameworkData, framework: Framework): FrameworkData {
  const ids = new Set(framework.competencies.map((c) => c.id))
  const levelIds = new Set(framework.levels.map((l) => l.id))
  const pick = <T>(record: Readonly<Record<string, T>>) =>
    Object.fromEntries(Object.entries(record).filter(([id]) => ids.has(id)))
  const level = (id: string | null) => (id !== null && levelIds.has(id) ? id : null)
  return {
    ...data,
    profile: {
      ...data.profile,
      currentLevelId: level(data.profile.currentLevelId),
      targetLevelId: level(data.profile.targetLevelId),
    },
    ratings: pick(data.ratings),
    notes: pick(data.notes),
    focus: data.focus.filter((id) => ids.has(id)),
    notRelevant: data.notRelevant.filter((id) => ids.has(id)),
  }
}

export const createFrameworkSlice: StateCreator<AppState, [['zustand/persist', unknown]], [], FrameworkSlice> = (
  set,
  get,
) => {
  const switchTo = (s: AppState, id: string): Partial<AppState> => {
    if (id === s.activeFrameworkId) return {}
    const { [id]: next, ...rest } = s.stash
    return {
      activeFrameworkId: id,
      stash: { ...rest, [s.activeFrameworkId]: activeData(s) },
      ...(next ?? EMPTY_FRAMEWORK_DATA),
    }
  }
  const isKnown = (s: AppState, id: string) =>
    id === BUILT_IN_FRAMEWORK_ID || s.frameworks.some((f) => f.framework.id === id)

  return {
    activeFrameworkId: BUILT_IN_FRAMEWORK_ID,
    frameworks: [],
    stash: {},
    selectFramework: (id) => set((s) => (isKnown(s, id) ? switchTo(s, id) : {})),
    importFramework: (framework, now = new Date()) => {
      const plan = planImport(get().frameworks, framework)
      if (plan.kind === 'refuse') return plan
      set((s) => {
        const frameworks = withImported(s.frameworks, framework, now.toISOString())
        if (plan.kind === 'new') return { frameworks }
        if (s.activeFrameworkId === framework.id) return { frameworks, ...keepExisting(activeData(s), framework) }
        const stored = s.stash[framework.id]
        return { frameworks, stash: stored ? { ...s.stash, [framework.id]: keepExisting(stored, framework) } : s.stash }
      })
      return plan
    },
    deleteFramework: (id) =>
      set((s) => {
        if (id === BUILT_IN_FRAMEWORK_ID || !isKnown(s, id)) return {}
        const switched = id === s.activeFrameworkId ? switchTo(s, BUILT_IN_FRAMEWORK_ID) : {}
        const stash = { ...(switched.stash ?? s.stash) }
        delete stash[id]
        return { ...switched, frameworks: s.frameworks.filter((f) => f.framework.id !== id), stash }
      }),
  }
}
