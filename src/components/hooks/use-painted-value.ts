import { useEffect, useState } from 'react'

/**
 * `value`, held back until the browser has painted the frame of its change (a frame, then a task):
 * what the user acted on shows first, and costly parts of the page that read the held value (charts
 * of years of check-ins) follow in a task of their own. The first render has it at once.
 */
export function usePaintedValue<T>(value: T): T {
  const [shown, setShown] = useState(value)
  useEffect(() => {
    if (Object.is(shown, value)) return
    let timer: ReturnType<typeof setTimeout> | undefined
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setShown(() => value))
    })
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
  }, [value, shown])
  return shown
}
