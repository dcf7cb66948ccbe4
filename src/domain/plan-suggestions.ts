import type { Suggestion } from './framework-schema'
import type { Gap } from './gaps'
import type { Action } from './plan'

/** The framework's starting points (levels before the ladder), and the user's current level if it is one. */
export interface StartingPoints {
  ids: readonly string[]
  current: string | null
  /** The background the user chose there (engineering, marketing…): its ways in come first. */
  background?: string | null
}

export interface GapSuggestions {
  gap: Gap
  suggestions: Suggestion[]
}

/**
 * Suggestions for each gap, in the gaps' order, those already in the plan left out. First the steps from the
 * user's own rating up to the target's bar, nearest first: the next step, then the one after it (for one step,
 * those written for the target first), whatever target they were written for; then the suggestions for the
 * target that name no step; when there are none of either, the competency's others. Someone at a starting
 * point ("Not a PM yet") gets the ways in written for it first, within each step; nobody else gets them.
 */
export function suggestionsForGaps(
  suggestions: readonly Suggestion[],
  gaps: readonly Gap[],
  targetLevelId: string,
  actions: readonly Action[],
  perGap = 3,
  startingPoints: StartingPoints = { ids: [], current: null },
): GapSuggestions[] {
  const taken = new Set(actions.map((a) => a.suggestionId).filter((id) => id !== null))
  // A suggestion without levels is for any target that expects the competency.
  const fitsTarget = (s: Suggestion) => !s.levelIds || s.levelIds.includes(targetLevelId)
  const { ids: startIds, current } = startingPoints
  const fitsStart = (s: Suggestion) => current !== null && (s.levelIds?.includes(current) ?? false)
  // Written only for a starting point: a way in, for nobody already past it.
  const onlyForStart = (s: Suggestion) =>
    (s.levelIds ?? []).length > 0 && s.levelIds!.every((l) => startIds.includes(l))
  const background = startingPoints.background ?? null
  const fitsBackground = (s: Suggestion) =>
    fitsStart(s) && background !== null && (s.backgrounds?.includes(background) ?? false)
  const fit = (s: Suggestion) => (fitsBackground(s) ? 4 : 0) + (fitsStart(s) ? 2 : 0) + (fitsTarget(s) ? 1 : 0)
  return gaps.map((gap) => {
    const forCompetency = suggestions.filter(
      (s) => s.competencyId === gap.competency.id && !taken.has(s.id) && (!onlyForStart(s) || fitsStart(s)),
    )
    const steps = forCompetency
      .filter((s) => s.step && s.step.from >= gap.rating && s.step.from < gap.expected)
      .sort((a, b) => a.step!.from - b.step!.from || fit(b) - fit(a))
    const unstepped = forCompetency.filter((s) => !s.step && fitsTarget(s))
    const chosen = [...steps, ...unstepped]
    return { gap, suggestions: (chosen.length > 0 ? chosen : forCompetency).slice(0, perGap) }
  })
}
