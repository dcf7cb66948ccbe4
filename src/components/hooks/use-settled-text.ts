import { useCallback, useEffect, useRef, useState } from 'react'

/** How often, at most, text being typed is handed on: about once a second, never per keystroke. */
const SETTLE_MS = 1000

/**
 * A text field's draft, handed to `commit` once it settles rather than on every keystroke: at most
 * once every `everyMs` while typing, and at once on blur, when the page is hidden or closed, and
 * when the field goes away. Each commit is a store change, a save to storage and a re-render of
 * whatever reads the text, so typing a long note costs a few of them instead of one per character.
 * While nothing is pending the field shows `value`, so a change saved in another tab appears.
 */
export function useSettledText(
  value: string,
  commit: (text: string) => void,
  everyMs = SETTLE_MS,
): [text: string, edit: (text: string) => void, flush: () => void] {
  const [draft, setDraft] = useState<string | null>(null)
  const pending = useRef<{ text: string | null; commit: typeof commit }>({ text: null, commit })
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)

  const flush = useCallback(() => {
    clearTimeout(timer.current)
    timer.current = undefined
    const { text, commit } = pending.current
    if (text === null) return
    pending.current.text = null
    commit(text)
    setDraft(null)
  }, [])

  const edit = useCallback(
    (text: string) => {
      pending.current.text = text
      setDraft(text)
      timer.current ??= setTimeout(flush, everyMs)
    },
    [flush, everyMs],
  )

  useEffect(() => {
    pending.current.commit = commit
  }, [commit])

  useEffect(() => {
    // pagehide: the tab closes or navigates away mid-word; hidden: it may be frozen or discarded next.
    const onHidden = () => {
      if (document.visibilityState === 'hidden') flush()
    }
    window.addEventListener('pagehide', flush)
    document.addEventListener('visibilitychange', onHidden)
    return () => {
      window.removeEventListener('pagehide', flush)
      document.removeEventListener('visibilitychange', onHidden)
      flush()
    }
  }, [flush])

  return [draft ?? value, edit, flush]
}
