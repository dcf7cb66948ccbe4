import { useEffect, useState } from 'react'
import { localDateString } from '../../domain/dates'

/**
 * Today's local date, kept current: a tab left open past midnight (or past Sunday, into a new
 * ISO week) must not keep offering to update last week's check-in.
 */
export function useToday(): string {
  const [today, setToday] = useState(() => localDateString(new Date()))
  useEffect(() => {
    const refresh = () => setToday(localDateString(new Date()))
    const timer = window.setInterval(refresh, 60_000)
    document.addEventListener('visibilitychange', refresh)
    return () => {
      window.clearInterval(timer)
      document.removeEventListener('visibilitychange', refresh)
    }
  }, [])
  return today
}
