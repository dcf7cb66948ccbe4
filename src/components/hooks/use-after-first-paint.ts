import { useEffect, useState } from 'react'

/**
 * Calls back once the page has had its first contentful paint. A frame alone is not enough: the browser may
 * run a frame before it paints anything (while the first screen is still being put together), and what loads
 * then competes with the first paint. Where paint timing is not reported, one frame and a task stand in.
 */
export function afterFirstContentfulPaint(callback: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  const later = () => {
    timer = setTimeout(callback)
  }
  if (typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    // Buffered: a paint that came before this call is reported too. The entries are read from the observer,
    // not from `performance`, which test clocks replace.
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return
      observer.disconnect()
      later()
    })
    observer.observe({ type: 'paint', buffered: true })
    return () => {
      observer.disconnect()
      clearTimeout(timer)
    }
  }
  const frame = requestAnimationFrame(later)
  return () => {
    cancelAnimationFrame(frame)
    clearTimeout(timer)
  }
}

/** False for the first render, true once the browser has painted the page's first content. */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false)
  useEffect(() => afterFirstContentfulPaint(() => setPainted(true)), [])
  return painted
}
