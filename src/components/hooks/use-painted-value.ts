import { useEffect, useState } from 'react'

/**
 * `value`, held back until the browser has painted the frame of its change: what the user acted on
 * shows first, and costly parts of the page that read the held value (charts of years of check-ins)
 * follow in a task of their own. The first render has it at once.
 */
export function usePaintedValue<T>(value: T): T {
  const [shown, setShown] = useState(value)
  useEffect(() => {
    if (Object.is(shown, value)) return
    let channel: MessageChannel | undefined
    // A message posted from the frame's callback runs once that frame is painted, in the order posted
    // (a timer may run before a message posted earlier, so before other work waiting on the paint).
    const frame = requestAnimationFrame(() => {
      channel = new MessageChannel()
      channel.port1.onmessage = () => {
        channel?.port1.close()
        setShown(() => value)
      }
      channel.port2.postMessage(null)
    })
    return () => {
      cancelAnimationFrame(frame)
      channel?.port1.close()
    }
  }, [value, shown])
  return shown
}
