import type { StateCreator } from 'zustand'
import { localDateString } from '../domain/dates'
import type { Suggestion } from '../domain/framework-schema'
import {
  MAX_FOCUS,
  expectedEffectOf,
  moveAction,
  plannedAction,
  toggleFocus,
  withStatus,
  type Action,
  type ActionStatus,
} from '../domain/plan'
import type { AppState } from './app-store'

export type NewAction = Pick<Action, 'competencyId' | 'title'> & Partial<Pick<Action, 'targetWeek' | 'expectedEffect'>>
export type ActionEdit = Partial<Pick<Action, 'title' | 'competencyId' | 'targetWeek' | 'expectedEffect'>>

export interface PlanSlice {
  actions: Action[]
  focus: string[]
  addAction: (action: NewAction) => Action
  addSuggestion: (suggestion: Suggestion) => Action
  editAction: (id: string, edit: ActionEdit) => void
  setActionStatus: (id: string, status: ActionStatus, now?: Date) => void
  moveAction: (id: string, offset: -1 | 1) => void
  /** Removes an action and hands it back with its place, so the screen can offer to undo. */
  deleteAction: (id: string) => { action: Action; index: number } | undefined
  restoreAction: (action: Action, index: number) => void
  toggleFocus: (competencyId: string) => void
  setFocus: (competencyIds: string[]) => void
}

const newId = () =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`

export const createPlanSlice: StateCreator<AppState, [['zustand/persist', unknown]], [], PlanSlice> = (set, get) => {
  const add = (action: Action) => {
    set((s) => ({ actions: [...s.actions, action] }))
    return action
  }
  const update = (id: string, fn: (a: Action) => Action) =>
    set((s) => ({ actions: s.actions.map((a) => (a.id === id ? fn(a) : a)) }))

  return {
    actions: [],
    focus: [],
    addAction: ({ competencyId, title, targetWeek = null, expectedEffect = null }) =>
      add(plannedAction({ id: newId(), competencyId, title: title.trim(), targetWeek, expectedEffect })),
    // Once only: a suggestion already in the plan hands back its action (a repeated click, another tab's add).
    addSuggestion: (suggestion) =>
      get().actions.find((a) => a.suggestionId === suggestion.id) ??
      add(
        plannedAction({
          id: newId(),
          competencyId: suggestion.competencyId,
          title: suggestion.title,
          suggestionId: suggestion.id,
          // The step the suggestion builds becomes the expected effect; the user can edit it.
          expectedEffect: expectedEffectOf(suggestion),
        }),
      ),
    editAction: (id, edit) => update(id, (a) => ({ ...a, ...edit, title: (edit.title ?? a.title).trim() || a.title })),
    setActionStatus: (id, status, now = new Date()) => update(id, (a) => withStatus(a, status, localDateString(now))),
    moveAction: (id, offset) => set((s) => ({ actions: moveAction(s.actions, id, offset) })),
    deleteAction: (id) => {
      const index = get().actions.findIndex((a) => a.id === id)
      const action = get().actions[index]
      if (!action) return undefined
      set((s) => ({ actions: s.actions.filter((a) => a.id !== id) }))
      return { action, index }
    },
    restoreAction: (action, index) =>
      set((s) => {
        if (s.actions.some((a) => a.id === action.id)) return s
        const actions = [...s.actions]
        actions.splice(Math.min(index, actions.length), 0, action)
        return { actions }
      }),
    toggleFocus: (competencyId) => set((s) => ({ focus: toggleFocus(s.focus, competencyId) })),
    setFocus: (competencyIds) => set({ focus: competencyIds.slice(0, MAX_FOCUS) }),
  }
}
