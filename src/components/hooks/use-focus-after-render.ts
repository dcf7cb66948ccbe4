import { useCallback, useEffect, useRef, useState } from 'react'

type FocusTarget = () => HTMLElement | null | undefined

/**
 * When a control removes itself (delete, add, a form that closes), keyboard focus would fall back
 * to the page. Call the returned function with where focus should go; it moves there after the
 * next render, once the new elements exist.
 */
export function useFocusAfterRender(): (target: FocusTarget) => void {
  const pending = useRef<{ target: FocusTarget; request: number } | null>(null)
  const requests = useRef(0)
  // Which request this render was made for: the effects of an earlier render (a chart's update that
  // was not flushed yet when the click came) run before the new render's, and must not take the
  // target while the elements it names do not exist yet.
  const [rendered, setRendered] = useState(0)
  useEffect(() => {
    const next = pending.current
    if (!next || next.request > rendered) return
    pending.current = null
    next.target()?.focus()
  })
  return useCallback((target: FocusTarget) => {
    requests.current += 1
    pending.current = { target, request: requests.current }
    setRendered(requests.current)
  }, [])
}
