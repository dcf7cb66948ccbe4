import { useEffect, useRef } from 'react'
import { useRouter, type LinkProps } from '@tanstack/react-router'

/**
 * Once the change has been painted: in the task after the next frame. Not an idle callback, which
 * Chromium delayed by over half a second here, by when the user may be on their way to the screen.
 */
function afterPaint(callback: () => void): void {
  requestAnimationFrame(() => setTimeout(callback))
}

/**
 * Fetches the code of the screen `to` once `value` first changes after the page opened, as soon as the
 * change is painted: the screen that shows the change's effect then opens without waiting for its code.
 * Nothing is fetched for a visit that changes nothing, so a first load fetches no more than it did.
 */
export function usePreloadAfterChange(value: unknown, to: NonNullable<LinkProps['to']>): void {
  const router = useRouter()
  const first = useRef(value)
  const done = useRef(false)
  useEffect(() => {
    if (value === first.current || done.current) return
    done.current = true
    // Not cancelled by a further change or by leaving: the code is wanted all the same.
    afterPaint(() => void router.preloadRoute({ to }).catch(() => undefined))
  }, [value, router, to])
}
