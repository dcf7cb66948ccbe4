import type { CheckIn } from './check-in'
import { byWeekOldestFirst } from './check-ins'
import type { Competency } from './framework-schema'
import { weeksBetween } from './dates'
import { ratingOf } from './ratings'
import { competenciesAt, type VersionHistory } from './framework-versions'
import { readiness, type Ladder } from './readiness'

/** A point for a regression: x in weeks, y in the series' unit. */
export interface Point {
  x: number
  y: number
}

export type TrendDirection = 'rising' | 'stalled' | 'falling'

/** A series value on a date, the shape forecasts and week points are built from. */
export interface DatedValue {
  date: string
  value: number
}

export interface ReadinessPoint {
  date: string
  week: string
  /** Readiness 0..100 for the requested target level. */
  readiness: number
}

/**
 * Default |slope| below which a series counts as stalled: 0.05 per week, i.e. less than one rating
 * step in 20 weeks, which week-to-week rating noise can produce without any real movement.
 */
export const STALLED_SLOPE_PER_WEEK = 0.05

/** How many of the most recent check-ins a competency's direction is read from, by default. */
export const DEFAULT_TREND_WINDOW = 8

/**
 * The least-squares line through the points.
 * Rule: null with fewer than 2 points or when every x is the same (no line is determined).
 */
export function linearTrend(points: readonly Point[]): { slope: number; intercept: number } | null {
  if (points.length < 2) return null
  const n = points.length
  const meanX = points.reduce((sum, p) => sum + p.x, 0) / n
  const meanY = points.reduce((sum, p) => sum + p.y, 0) / n
  // Centred sums: numerically stable when x values are large (e.g. days since the epoch).
  let sxx = 0
  let sxy = 0
  for (const p of points) {
    sxx += (p.x - meanX) ** 2
    sxy += (p.x - meanX) * (p.y - meanY)
  }
  if (sxx === 0) return null
  const slope = sxy / sxx
  return { slope, intercept: meanY - slope * meanX }
}

/**
 * The direction of the points (x in weeks).
 * Rule: rising when the least-squares slope is at least the threshold (default 0.05 per week), falling when
 * at most −threshold, otherwise stalled; no determinable line (fewer than 2 points) is stalled too.
 */
export function trendOf(points: readonly Point[], opts?: { threshold?: number }): TrendDirection {
  const threshold = opts?.threshold ?? STALLED_SLOPE_PER_WEEK
  const line = linearTrend(points)
  if (line === null || Math.abs(line.slope) < threshold) return 'stalled'
  return line.slope > 0 ? 'rising' : 'falling'
}

/** Regression points of a dated series: x is weeks since the series' first date, y the value. */
export function toWeekPoints(series: readonly DatedValue[]): Point[] {
  const first = series[0]
  if (first === undefined) return []
  return series.map((p) => ({ x: weeksBetween(first.date, p.date), y: p.value }))
}

/**
 * Readiness of every check-in, oldest first, against the given target level.
 * Rule: recomputed from each snapshot's ratings for the target passed in, not the target stored in the
 * check-in, so a changed target keeps a comparable history.
 */
export function readinessSeries(
  ladder: Ladder,
  checkIns: readonly CheckIn[],
  competencies: readonly Competency[],
  targetLevelId: string,
  history: VersionHistory = {},
): ReadinessPoint[] {
  return oldestFirst(checkIns).map((c) => ({
    date: c.date,
    week: c.week,
    readiness: readiness(ladder, competenciesAt(competencies, c.frameworkVersion, history), c.ratings, targetLevelId),
  }))
}

/**
 * Whether each competency is rising, stalled or falling over the most recent check-ins.
 * Rule: the trend of its ratings (unrated as 0, as every figure counts it) over the last `window`
 * check-ins (default 8), x in weeks; recent weeks say more about the current pace than a year ago.
 */
export function competencyDirections(
  checkIns: readonly CheckIn[],
  competencyIds: readonly string[],
  opts?: { window?: number; threshold?: number },
): Record<string, TrendDirection> {
  const recent = oldestFirst(checkIns).slice(-Math.max(1, Math.floor(opts?.window ?? DEFAULT_TREND_WINDOW)))
  const directions: Record<string, TrendDirection> = {}
  for (const id of competencyIds) {
    const series = recent.map((c) => ({ date: c.date, value: ratingOf(c.ratings, id) }))
    directions[id] = trendOf(toWeekPoints(series), { threshold: opts?.threshold ?? STALLED_SLOPE_PER_WEEK })
  }
  return directions
}

/** Check-ins oldest first without trusting the caller's order (a copy; upsertCheckIn already keeps it). */
function oldestFirst(checkIns: readonly CheckIn[]): CheckIn[] {
  return [...checkIns].sort(byWeekOldestFirst)
}
