import { useCallback, useState } from 'react'
import { flushSync } from 'react-dom'

export interface Box {
  width: number
  height: number
}

/**
 * The size ResponsiveContainer measures, for charts that lay out their labels from it.
 * Its ResizeObserver also fires once when it starts observing; equal sizes keep the same
 * object, so a resize that changes nothing does not re-render the chart.
 */
export function useMeasuredBox(): [Box | null, (width: number, height: number) => void] {
  const [box, setBox] = useState<Box | null>(null)
  const onResize = useCallback((w: number, h: number) => {
    const next = { width: Math.round(w), height: Math.round(h) }
    setBox((prev) => (prev?.width === next.width && prev.height === next.height ? prev : next))
  }, [])
  return [box, onResize]
}

/**
 * The size of an element, measured on every resize: for a chart drawn without ResponsiveContainer.
 * Pass the returned callback as the element's ref. Not measured when attached: that would force the
 * whole new page's first layout inside React's commit, one long task of render and layout. The
 * observer's first call comes right after the browser's own layout, before that frame's paint, and
 * the chart is drawn there at once (flushSync), so it shows in the same paint as its page.
 */
export function useObservedBox(): [Box | null, (element: Element | null) => (() => void) | undefined] {
  const [box, onResize] = useMeasuredBox()
  const observe = useCallback(
    (element: Element | null) => {
      if (!element || typeof ResizeObserver === 'undefined') return undefined
      const observer = new ResizeObserver(() => {
        const rect = element.getBoundingClientRect()
        flushSync(() => onResize(rect.width, rect.height))
      })
      observer.observe(element)
      return () => observer.disconnect()
    },
    [onResize],
  )
  return [box, observe]
}
