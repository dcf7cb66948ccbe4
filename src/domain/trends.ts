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

/** Which way a series moves: its robust slope against the stalled threshold. */
export type Slope = 'rising' | 'flat' | 'falling'

/**
 * What a competency's direction says to the user, against the bar of the target level:
 * 'at-bar' is flat at or above the bar (nothing to close), 'stalled' is flat below it,
 * 'steady' is flat where the target sets no bar.
 */
export type TrendDirection = 'rising' | 'falling' | 'at-bar' | 'stalled' | 'steady'

/** How each direction reads on screen. */
export const DIRECTION_LABELS: Readonly<Record<TrendDirection, string>> = {
  rising: 'rising',
  falling: 'falling',
  'at-bar': 'at the bar',
  stalled: 'stalled',
  steady: 'steady',
}

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
 * Every slope between two points with different x, sorted ascending: what the Theil–Sen estimate
 * and its spread are read from.
 */
export function pairwiseSlopes(points: readonly Point[]): number[] {
  const slopes: number[] = []
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      const a = points[i]!
      const b = points[j]!
      if (a.x !== b.x) slopes.push((b.y - a.y) / (b.x - a.x))
    }
  }
  return slopes.sort((a, b) => a - b)
}

/** The q-quantile (0..1) of an ascending list, linearly interpolated; null for an empty list. */
export function quantile(sorted: readonly number[], q: number): number | null {
  if (sorted.length === 0) return null
  const at = (sorted.length - 1) * Math.min(1, Math.max(0, q))
  const lo = Math.floor(at)
  const hi = Math.ceil(at)
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo)
}

/**
 * The Theil–Sen slope: the median of the slopes between every two points (x in weeks).
 * Rule: null when no two points differ in x. Robust where least squares is not: one dip that
 * recovers (3, 3, 1, 3, 3) moves half the pairs down and half up, so the median stays 0, and a
 * self-rating that wobbles once does not read as a trend.
 */
export function theilSenSlope(points: readonly Point[]): number | null {
  return quantile(pairwiseSlopes(points), 0.5)
}

/**
 * The slope of the points (x in weeks): rising when the Theil–Sen slope is at least the threshold
 * (default 0.05 per week), falling when at most −threshold, otherwise flat; fewer than two distinct
 * x values are flat too (no trend can be read).
 */
export function trendOf(points: readonly Point[], opts?: { threshold?: number }): Slope {
  const threshold = opts?.threshold ?? STALLED_SLOPE_PER_WEEK
  const slope = theilSenSlope(points)
  if (slope === null || Math.abs(slope) < threshold) return 'flat'
  return slope > 0 ? 'rising' : 'falling'
}

/**
 * A competency's direction over its dated ratings (oldest first) against the target's bar.
 * Rule: the last `window` ratings (default 8), x in weeks since the first of them; 'rising' or
 * 'falling' by trendOf (Theil–Sen slope, ±0.05 a week); when flat: 'at-bar' if the latest rating is
 * at or above the bar, 'stalled' if below it, 'steady' when the target sets no bar (null).
 */
export function directionOf(
  series: readonly DatedValue[],
  bar: number | null,
  opts?: { window?: number; threshold?: number },
): TrendDirection {
  const recent = series.slice(-Math.max(1, Math.floor(opts?.window ?? DEFAULT_TREND_WINDOW)))
  const slope = trendOf(toWeekPoints(recent), { threshold: opts?.threshold })
  if (slope !== 'flat') return slope
  const latest = recent[recent.length - 1]
  if (bar === null) return 'steady'
  return latest !== undefined && latest.value >= bar ? 'at-bar' : 'stalled'
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
 * Each competency's direction over the most recent check-ins (directionOf, per competency).
 * Rule: its ratings (unrated as 0, as every figure counts it) over the last `window` check-ins
 * (default 8), x in weeks; recent weeks say more about the current pace than a year ago. `bars`
 * gives the target's expectation per competency (null or missing: no bar, so flat is 'steady').
 */
export function competencyDirections(
  checkIns: readonly CheckIn[],
  competencyIds: readonly string[],
  opts?: { window?: number; threshold?: number; bars?: Readonly<Record<string, number | null>> },
): Record<string, TrendDirection> {
  const ordered = oldestFirst(checkIns)
  const directions: Record<string, TrendDirection> = {}
  for (const id of competencyIds) {
    const series = ordered.map((c) => ({ date: c.date, value: ratingOf(c.ratings, id) }))
    directions[id] = directionOf(series, opts?.bars?.[id] ?? null, opts)
  }
  return directions
}

/** Check-ins oldest first without trusting the caller's order (a copy; upsertCheckIn already keeps it). */
function oldestFirst(checkIns: readonly CheckIn[]): CheckIn[] {
  return [...checkIns].sort(byWeekOldestFirst)
}
