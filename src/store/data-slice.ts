import type { StateCreator } from 'zustand'
import { EMPTY_STATE } from '../persistence/persisted-constants'
import type { BackupRecord } from '../persistence/persisted-state'
import type { AppState } from './app-store'

export interface DataSlice {
  backup: BackupRecord
  /** The user downloaded an export: remembered so the overview's reminder waits for the next ones. */
  recordExport: (now?: Date) => void
  /** "Not now" on the export reminder: quiet until the next check-in. */
  dismissExportReminder: (now?: Date) => void
}

export const createDataSlice: StateCreator<AppState, [['zustand/persist', unknown]], [], DataSlice> = (set) => ({
  backup: EMPTY_STATE.backup,
  recordExport: (now = new Date()) => set((s) => ({ backup: { ...s.backup, lastExportAt: now.toISOString() } })),
  dismissExportReminder: (now = new Date()) =>
    set((s) => ({ backup: { ...s.backup, reminderDismissedAt: now.toISOString() } })),
})
