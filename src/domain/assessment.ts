import type { Competency, Framework, Level, Ratings } from './framework-schema'
import { rankGaps, type Gap } from './gaps'
import { expectationRises, levelById, type Rise } from './ladder'
import { countMeetingBar, levelFit, readiness } from './readiness'
import { countRated } from './ratings'

export interface Assessment {
  target: Level
  current: Level | null
  readiness: number
  meetingBar: number
  total: number
  rated: number
  fit: Level | null
  /** Open gaps against the target, largest first. */
  gaps: Gap[]
  /** What the target expects beyond the current level. */
  rises: Rise[]
}

/** Everything the gap screens show, derived from ratings and roles; null until a target is chosen. */
export function assess(
  framework: Framework,
  competencies: readonly Competency[],
  ratings: Ratings,
  currentLevelId: string | null,
  targetLevelId: string | null,
): Assessment | null {
  const target = targetLevelId === null ? undefined : levelById(framework.levels, targetLevelId)
  if (!target) return null
  const current = currentLevelId === null ? null : (levelById(framework.levels, currentLevelId) ?? null)
  return {
    target,
    current,
    readiness: readiness(competencies, ratings, target.id),
    meetingBar: countMeetingBar(competencies, ratings, target.id),
    total: competencies.length,
    rated: countRated(competencies, ratings),
    fit: levelFit(framework.levels, competencies, ratings),
    gaps: rankGaps(competencies, ratings, target.id),
    rises: current ? expectationRises(competencies, current.id, target.id) : [],
  }
}
