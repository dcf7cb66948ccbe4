import { CORE_TRACK } from './core-track'
import type { Competency, Framework, Ratings, Track } from './framework-schema'

/** The user's choices that decide which competencies count: tracks switched on or off, and "not relevant to me". */
export interface Scope {
  /** Track id → on; a track without a choice follows its onByDefault. */
  tracks: Readonly<Record<string, boolean>>
  /** Competency ids the user marked as not relevant: left out of every figure, as a null expectation is. */
  notRelevant: readonly string[]
}

/**
 * The framework's optional tracks: the declared ones, then any track id a competency uses without
 * declaring it (a file may just tag competencies), which counts from the start, since the file expects it.
 */
export function tracksOf(framework: Pick<Framework, 'tracks' | 'competencies'>): Track[] {
  const tracks = [...framework.tracks]
  for (const c of framework.competencies)
    if (c.track !== CORE_TRACK && !tracks.some((t) => t.id === c.track))
      tracks.push({ id: c.track, name: c.track.charAt(0).toUpperCase() + c.track.slice(1), onByDefault: true })
  return tracks
}

/** Whether a competency's track is on for these choices. */
export function isTrackOn(
  framework: Pick<Framework, 'tracks' | 'competencies'>,
  trackId: string,
  choices: Scope['tracks'],
): boolean {
  if (trackId === CORE_TRACK) return true
  return choices[trackId] ?? tracksOf(framework).find((t) => t.id === trackId)?.onByDefault ?? true
}

/** The competencies on a switched-on track, relevant or not: what /assess lists. */
export function competenciesOnTracks(framework: Framework, tracks: Scope['tracks']): Competency[] {
  return framework.competencies.filter((c) => isTrackOn(framework, c.track, tracks))
}

/** The competencies in play: on a switched-on track and not marked "not relevant to me". */
export function competenciesInPlay(framework: Framework, scope: Scope): Competency[] {
  const dropped = new Set(scope.notRelevant)
  return competenciesOnTracks(framework, scope.tracks).filter((c) => !dropped.has(c.id))
}

/** A rating as the figures count it: unrated counts as 0 ("not yet"). */
export function ratingOf(ratings: Ratings, competencyId: string): number {
  return ratings[competencyId] ?? 0
}

/** What a level expects of a competency; null when the level does not expect it (or the framework does not know the level). */
export function expectationOf(competency: Competency, levelId: string): number | null {
  return competency.expectations[levelId] ?? null
}

/** The competencies a level expects something of (a null expectation leaves one out of the level's figures). */
export function expectedAt(competencies: readonly Competency[], levelId: string): Competency[] {
  return competencies.filter((c) => expectationOf(c, levelId) !== null)
}

/** How many of the given competencies have a rating at all (0 counts as rated). */
export function countRated(competencies: readonly Competency[], ratings: Ratings): number {
  return competencies.filter((c) => ratings[c.id] !== undefined).length
}

/** Names competencies by id; an id the list no longer holds (a framework changed since) shows as itself. */
export function competencyNames(competencies: readonly Competency[]): (competencyId: string) => string {
  const names = new Map(competencies.map((c) => [c.id, c.name]))
  return (competencyId) => names.get(competencyId) ?? competencyId
}
