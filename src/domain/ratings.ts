import type { Competency, Framework, Ratings } from './framework-schema'

/** The competencies in play: the core set, plus optional tracks the user switched on. */
export function competenciesInPlay(framework: Framework, options: { aiTrack: boolean }): Competency[] {
  return framework.competencies.filter((c) => c.track === 'core' || (c.track === 'ai' && options.aiTrack))
}

/** A rating as the figures count it: unrated counts as 0 ("not yet"). */
export function ratingOf(ratings: Ratings, competencyId: string): number {
  return ratings[competencyId] ?? 0
}

/** What a level expects of a competency; a level the framework does not know expects nothing. */
export function expectationOf(competency: Competency, levelId: string): number {
  return competency.expectations[levelId] ?? 0
}

/** How many of the given competencies have a rating at all (0 counts as rated). */
export function countRated(competencies: readonly Competency[], ratings: Ratings): number {
  return competencies.filter((c) => ratings[c.id] !== undefined).length
}
