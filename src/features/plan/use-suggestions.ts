import { useEffect, useState } from 'react'
import { BUILT_IN_FRAMEWORK_ID, loadBuiltInSuggestions } from '../../domain/framework'
import type { Framework } from '../../domain/framework-schema'

let builtIn: Framework['suggestions'] | null = null

/**
 * The framework's suggestions: an imported framework carries its own; the built-in framework's load
 * with the plan (null until they have arrived, a moment on the first visit).
 */
export function useSuggestions(framework: Framework): Framework['suggestions'] | null {
  const lazy = framework.id === BUILT_IN_FRAMEWORK_ID && framework.suggestions.length === 0
  const [loaded, setLoaded] = useState(builtIn)
  useEffect(() => {
    if (!lazy || loaded) return
    let live = true
    void loadBuiltInSuggestions().then((suggestions) => {
      builtIn = suggestions
      if (live) setLoaded(suggestions)
    })
    return () => {
      live = false
    }
  }, [lazy, loaded])
  return lazy ? loaded : framework.suggestions
}
