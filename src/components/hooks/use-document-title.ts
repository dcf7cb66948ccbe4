import { useEffect } from 'react'

/** Sets the tab title, so history and screen readers tell screens apart. */
export function useDocumentTitle(title: string) {
  useEffect(() => {
    document.title = `${title} · Trajectory`
  }, [title])
}
