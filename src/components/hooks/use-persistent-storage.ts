import { useEffect } from 'react'
import { useAppStore } from '../../store/app-store'

/**
 * Once the user has saved a check-in there is history to lose, so ask the browser not to evict this
 * site's storage under pressure. The browser decides (Chromium grants it to sites a user engages with)
 * and asking again is harmless.
 */
export function usePersistentStorage() {
  const hasHistory = useAppStore(
    (s) => s.checkIns.length > 0 || Object.values(s.stash).some((d) => d.checkIns.length > 0),
  )
  useEffect(() => {
    if (hasHistory) void navigator.storage?.persist?.().catch(() => undefined)
  }, [hasHistory])
}
