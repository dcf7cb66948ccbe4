import { useState, useSyncExternalStore } from 'react'
import type { RegisterSWOptions } from 'vite-plugin-pwa/types'
import styles from './UpdatePrompt.module.css'

/** The plugin's `registerSW` (virtual:pwa-register), passed in so this file runs in jsdom too. */
export type RegisterSW = (options?: RegisterSWOptions) => (reloadPage?: boolean) => Promise<void>

type ApplyUpdate = () => Promise<void>

// A waiting worker is news from outside React: a tiny store the banner subscribes to.
let waiting: ApplyUpdate | null = null
const listeners = new Set<() => void>()
function setWaiting(next: ApplyUpdate | null) {
  waiting = next
  for (const listener of listeners) listener()
}
function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/**
 * Registers the service worker once the page has loaded (it never competes with the first
 * screen) and announces a new version when one is waiting. The page reloads only when its
 * user asks: the plugin would reload every open tab once the new worker takes over, and
 * another tab may be mid-edit.
 */
export function watchForUpdates(registerSW: RegisterSW): void {
  if (!('serviceWorker' in navigator)) return
  const start = () => {
    let applying = false
    const updateServiceWorker = registerSW({
      onNeedRefresh: () =>
        setWaiting(async () => {
          if (applying) return
          applying = true
          const registration = await navigator.serviceWorker.getRegistration()
          // Another tab already switched to the new version: this page only needs to reload.
          if (!registration?.waiting) return window.location.reload()
          navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true })
          await updateServiceWorker(true)
        }),
      onNeedReload: () => {},
    })
  }
  if (document.readyState === 'complete') start()
  else window.addEventListener('load', start, { once: true })
}

/** A non-blocking note that a new version is ready; reloads only when asked. */
export function UpdatePrompt() {
  const update = useSyncExternalStore(
    subscribe,
    () => waiting,
    () => null,
  )
  const [reloading, setReloading] = useState(false)
  // The live region is there before the news so screen readers announce it; only where a
  // worker can exist (not in jsdom), so it adds nothing to pages that can never update.
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return null
  return (
    <div role="status" className={styles.region}>
      {update && (
        <div className={styles.banner}>
          <p>A new version of Trajectory is ready.</p>
          <button
            type="button"
            className="button"
            disabled={reloading}
            onClick={() => {
              setReloading(true)
              void update()
            }}
          >
            Reload to update
          </button>
        </div>
      )}
    </div>
  )
}
