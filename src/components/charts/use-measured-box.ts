import { useCallback, useState } from 'react'

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
 * The size of an element, measured when it is attached (before the first paint) and on every resize:
 * for a chart drawn without ResponsiveContainer. Pass the returned callback as the element's ref.
 */
export function useObservedBox(): [Box | null, (element: Element | null) => (() => void) | undefined] {
  const [box, onResize] = useMeasuredBox()
  const observe = useCallback(
    (element: Element | null) => {
      if (!element) return undefined
      const measure = () => {
        const rect = element.getBoundingClientRect()
        onResize(rect.width, rect.height)
      }
      measure()
      if (typeof ResizeObserver === 'undefined') return undefined
      const observer = new ResizeObserver(measure)
      observer.observe(element)
      return () => observer.disconnect()
    },
    [onResize],
  )
  return [box, observe]
}
