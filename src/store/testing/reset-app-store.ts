import { STORAGE_KEY } from '../../persistence/persisted-constants'
import { useAppStore, useStorageHealth } from '../app-store'

/** Test helper: back to a fresh profile, with storage unlocked and cleared and no problem reported. */
export function resetAppStore(): void {
  // The same reset the user gets from "start afresh": unlocks writing and empties every framework's data.
  useAppStore.getState().discardUnreadableData()
  useStorageHealth.setState({ problem: null })
  localStorage.removeItem(STORAGE_KEY)
}
