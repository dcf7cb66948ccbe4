import type { Competency, Framework, Level, Ratings } from './framework-schema'
import { rankGaps, type Gap } from './gaps'
import { expectationRises, levelById, type Rise } from './ladder'
import { bandOf, countMeetingBar, levelFit, pointsOf, readiness } from './readiness'
import { countRated, expectedAt } from './ratings'

export interface Assessment {
  target: Level
  current: Level | null
  readiness: number
  /** Of the competencies the target expects, how many are at the bar. */
  meetingBar: number
  /** How many competencies the target expects. */
  expected: number
  /** Competencies in play, and how many of them are rated. */
  total: number
  rated: number
  /** The highest level(s) the ratings reach; empty when none. */
  fit: Level[]
  /** Under a points rule: the points the ratings earn and the target's minimum; null under the bars rule. */
  points: { have: number; need: number } | null
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
  const rule = framework.levelRule
  return {
    target,
    current,
    readiness: readiness(framework, competencies, ratings, target.id),
    meetingBar: countMeetingBar(competencies, ratings, target.id),
    expected: expectedAt(competencies, target.id).length,
    total: competencies.length,
    rated: countRated(competencies, ratings),
    fit: levelFit(framework, competencies, ratings),
    points:
      rule.kind === 'points'
        ? { have: pointsOf(rule, competencies, ratings), need: bandOf(rule, target.id)?.minPoints ?? 0 }
        : null,
    gaps: rankGaps(competencies, ratings, target.id),
    rises: current ? expectationRises(competencies, current.id, target.id) : [],
  }
}
