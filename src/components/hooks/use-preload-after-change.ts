import { useEffect, useRef } from 'react'
import { useRouter, type LinkProps } from '@tanstack/react-router'

/** Fallback where the browser has no idle callback (Safari): soon after, not in the same task. */
function whenIdle(callback: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(callback, { timeout: 2000 })
  else setTimeout(callback, 200)
}

/**
 * Fetches the code of the screen `to` in idle time once `value` first changes after the page opened:
 * the screen that shows the change's effect then opens without waiting for its code. Nothing is
 * fetched for a visit that changes nothing, so a first load fetches no more than it did.
 */
export function usePreloadAfterChange(value: unknown, to: NonNullable<LinkProps['to']>): void {
  const router = useRouter()
  const first = useRef(value)
  const done = useRef(false)
  useEffect(() => {
    if (value === first.current || done.current) return
    done.current = true
    // Not cancelled by a further change or by leaving: the code is wanted all the same.
    whenIdle(() => void router.preloadRoute({ to }).catch(() => undefined))
  }, [value, router, to])
}
