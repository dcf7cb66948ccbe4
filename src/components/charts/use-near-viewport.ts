import { useEffect, useState } from 'react'

/** How far below (or above) the screen a chart starts drawing, so it is usually ready when scrolled to. */
const NEAR = '300px'

/**
 * True once the element (held in state by a callback ref: it may be put in the page later) has come within a short scroll of the screen, and from then on. Where there is
 * no IntersectionObserver (jsdom), or when `enabled` is false, it is true from the start.
 */
export function useNearViewport(element: Element | null, enabled: boolean): boolean {
  const observable = enabled && typeof IntersectionObserver !== 'undefined'
  const [near, setNear] = useState(!observable)
  useEffect(() => {
    if (near || !observable || !element) return
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return
        observer.disconnect()
        setNear(true)
      },
      { rootMargin: `${NEAR} 0px` },
    )
    observer.observe(element)
    return () => observer.disconnect()
  }, [element, near, observable])
  return near
}
