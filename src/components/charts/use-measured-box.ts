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
