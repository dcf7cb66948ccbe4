import type { CheckIn } from './check-in'
import type { Competency } from './framework-schema'
import { addDays, daysBetween } from './dates'
import { expectationOf, ratingOf } from './ratings'
import { DEFAULT_TREND_WINDOW, STALLED_SLOPE_PER_WEEK, linearTrend, toWeekPoints, type DatedValue, type ReadinessPoint } from './trends'

/**
 * When, at the current pace, a series reaches a goal. Every answer carries its basis
 * ("from 6 check-ins over 8 weeks") so the user can judge how much to trust it.
 */

/** What a forecast is read from: the check-ins in its window. */
export interface ForecastBasis {
  count: number
  /** Weeks from the first to the last check-in in the window, rounded. */
  spanWeeks: number
  /** E.g. "from 6 check-ins over 8 weeks", "from 1 check-in over 0 weeks". */
  text: string
}

export type Forecast =
  /** The latest value already meets the goal. */
  | { kind: 'reached'; basis: ForecastBasis }
  /** Fewer than 3 check-ins in the window (or all on one date): too few to call a trend. */
  | { kind: 'insufficient'; basis: ForecastBasis }
  /**
   * No upward trend (reason 'no-upward-trend'), or one so slow the goal is more than
   * MAX_ETA_WEEKS away (reason 'too-slow').
   */
  | { kind: 'stalled'; basis: ForecastBasis; slopePerWeek: number; reason: 'no-upward-trend' | 'too-slow' }
  /** The goal is reached in `weeks` weeks (at least 1), on local date `date`. */
  | { kind: 'eta'; basis: ForecastBasis; slopePerWeek: number; weeks: number; date: string }

/** Fewest check-ins a trend is read from: two points always make a perfect line, which proves nothing. */
export const MIN_FORECAST_POINTS = 3

/**
 * Furthest forecast given, in weeks (10 years). A straight line of weekly self-ratings says nothing
 * about a decade ahead, and a date that far out would read as a promise: beyond it the pace is 'stalled'.
 */
export const MAX_ETA_WEEKS = 520

/**
 * When the series (oldest first; re-sorted by date if not) reaches the goal at its current pace.
 * Rule, in order: 'reached' when the latest value ≥ goal; 'insufficient' with fewer than 3 points in the
 * window (the most recent `window` points, default 8); 'stalled' when the least-squares slope over the
 * window (x = weeks since its first date) is below `minSlopePerWeek` (default 0.05, the same bar as
 * trendOf's 'rising') or the goal is more than 520 weeks away; otherwise 'eta' in
 * ceil((goal − latest value) / slope) weeks, dated that many weeks after the latest date.
 */
export function forecastReach(
  series: readonly DatedValue[],
  goal: number,
  opts?: { window?: number; minSlopePerWeek?: number },
): Forecast {
  const window = Math.max(1, Math.floor(opts?.window ?? DEFAULT_TREND_WINDOW))
  const minSlope = opts?.minSlopePerWeek ?? STALLED_SLOPE_PER_WEEK
  // ISO dates sort as text: no date parsing per comparison (a five-year series is 260 points).
  const recent = [...series].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)).slice(-window)
  const basis = basisOf(recent)
  const latest = recent[recent.length - 1]
  if (latest !== undefined && latest.value >= goal) return { kind: 'reached', basis }
  if (latest === undefined || recent.length < MIN_FORECAST_POINTS) return { kind: 'insufficient', basis }
  const line = linearTrend(toWeekPoints(recent))
  if (line === null) return { kind: 'insufficient', basis }
  const slopePerWeek = line.slope
  if (slopePerWeek < minSlope) return { kind: 'stalled', basis, slopePerWeek, reason: 'no-upward-trend' }
  // From where the user is now (the latest value, the one the screens show), at the fitted pace.
  // The small epsilon keeps float noise (a slope of 4.999999999) from adding a whole week.
  const weeks = Math.max(1, Math.ceil((goal - latest.value) / slopePerWeek - 1e-9))
  if (weeks > MAX_ETA_WEEKS) return { kind: 'stalled', basis, slopePerWeek, reason: 'too-slow' }
  return { kind: 'eta', basis, slopePerWeek, weeks, date: addDays(latest.date, weeks * 7) }
}

/**
 * Forecast of readiness reaching 100, from the readiness series (readinessSeries) the chart draws,
 * so readiness is computed once per check-in.
 * Rule: as forecastReach, on readiness percent (the stalled bar is then 0.05 points per week unless given).
 */
export function readinessForecast(
  series: readonly ReadinessPoint[],
  opts?: { window?: number; minSlopePerWeek?: number },
): Forecast {
  return forecastReach(
    series.map((p) => ({ date: p.date, value: p.readiness })),
    100,
    opts,
  )
}

/**
 * Forecast of one competency reaching what the target level expects of it.
 * Rule: as forecastReach, on its ratings with unrated counted as 0, goal = the target's expectation.
 */
export function competencyForecast(
  checkIns: readonly CheckIn[],
  competency: Competency,
  targetLevelId: string,
  opts?: { window?: number; minSlopePerWeek?: number },
): Forecast {
  const series = checkIns.map((c) => ({ date: c.date, value: ratingOf(c.ratings, competency.id) }))
  return forecastReach(series, expectationOf(competency, targetLevelId) ?? 0, opts)
}

/** "from 6 check-ins over 8 weeks"; singular for one of either. */
function basisOf(recent: readonly DatedValue[]): ForecastBasis {
  const count = recent.length
  const first = recent[0]
  const last = recent[recent.length - 1]
  const spanWeeks = first && last ? Math.round(daysBetween(first.date, last.date) / 7) : 0
  const checkIns = count === 1 ? '1 check-in' : `${count} check-ins`
  const weeks = spanWeeks === 1 ? '1 week' : `${spanWeeks} weeks`
  return { count, spanWeeks, text: `from ${checkIns} over ${weeks}` }
}
