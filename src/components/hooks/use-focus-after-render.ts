import { useCallback, useEffect, useRef } from 'react'

type FocusTarget = () => HTMLElement | null | undefined

/**
 * When a control removes itself (delete, add, a form that closes), keyboard focus would fall back
 * to the page. Call the returned function with where focus should go; it moves there after the
 * next render, once the new elements exist.
 */
export function useFocusAfterRender(): (target: FocusTarget) => void {
  const pending = useRef<FocusTarget | null>(null)
  useEffect(() => {
    const target = pending.current
    pending.current = null
    target?.()?.focus()
  })
  return useCallback((target: FocusTarget) => {
    pending.current = target
  }, [])
}
