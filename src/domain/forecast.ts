import type { CheckIn } from './check-in'
import { byWeekOldestFirst } from './check-ins'
import type { Competency } from './framework-schema'
import { addDays, daysBetween } from './dates'
import { expectationOf, expectedAt, ratingOf } from './ratings'
import {
  DEFAULT_TREND_WINDOW,
  STALLED_SLOPE_PER_WEEK,
  pairwiseSlopes,
  quantile,
  toWeekPoints,
  type DatedValue,
} from './trends'

/**
 * When, at the current pace, a series reaches a goal. Every answer carries its basis
 * ("from 6 check-ins over 8 weeks") so the user can judge how much to trust it.
 *
 * The pace is the Theil–Sen slope (the median of the slopes between every two check-ins, x in
 * weeks), the same one trends.ts reads directions from: a competency marked "rising" is one
 * with a date, a "stalled" one has none, so the two never contradict each other.
 */

/** What a forecast is read from: the check-ins in its window. */
export interface ForecastBasis {
  count: number
  /** Weeks from the first to the last check-in in the window, rounded. */
  spanWeeks: number
  /** E.g. "from 6 check-ins over 8 weeks", "from 1 check-in over 0 weeks". */
  text: string
}

/** A point in the future: so many weeks after the latest check-in, on that local date. */
export interface ForecastPoint {
  weeks: number
  date: string
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
  /**
   * The goal is reached in `weeks` weeks (at least 1), on local date `date`, at the median pace;
   * `earliest` at the faster pace of the middle half of the pairwise slopes, `latest` at the slower
   * one (null when that slower pace is no upward trend at all, or beyond the cap: no upper end).
   */
  | {
      kind: 'eta'
      basis: ForecastBasis
      slopePerWeek: number
      weeks: number
      date: string
      earliest: ForecastPoint
      latest: ForecastPoint | null
    }

/** Fewest check-ins a trend is read from: two points always make a perfect line, which proves nothing. */
export const MIN_FORECAST_POINTS = 3

/**
 * Furthest forecast given, in weeks (10 years). A straight line of weekly self-ratings says nothing
 * about a decade ahead, and a date that far out would read as a promise: beyond it the pace is 'stalled'.
 */
export const MAX_ETA_WEEKS = 520

interface ForecastOptions {
  window?: number
  minSlopePerWeek?: number
}

/**
 * When the series (oldest first; re-sorted by date if not) reaches the goal at its current pace.
 * Rule, in order: 'reached' when the latest value ≥ goal; 'insufficient' with fewer than 3 points in the
 * window (the most recent `window` points, default 8) or no two on different dates; 'stalled' when the
 * Theil–Sen slope over the window (x = weeks since its first date) is below `minSlopePerWeek` (default
 * 0.05, the same bar as trendOf's 'rising') or the goal is more than 520 weeks away; otherwise 'eta' in
 * ceil((goal − latest value) / slope) weeks, dated that many weeks after the latest date, with a range
 * from the 75th-percentile pairwise slope (earliest) to the 25th (latest).
 */
export function forecastReach(series: readonly DatedValue[], goal: number, opts?: ForecastOptions): Forecast {
  const window = Math.max(1, Math.floor(opts?.window ?? DEFAULT_TREND_WINDOW))
  const minSlope = opts?.minSlopePerWeek ?? STALLED_SLOPE_PER_WEEK
  // ISO dates sort as text: no date parsing per comparison (a five-year series is 260 points).
  const recent = [...series].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)).slice(-window)
  const basis = basisOf(recent)
  const latest = recent[recent.length - 1]
  if (latest !== undefined && latest.value >= goal) return { kind: 'reached', basis }
  if (latest === undefined || recent.length < MIN_FORECAST_POINTS) return { kind: 'insufficient', basis }
  const slopes = pairwiseSlopes(toWeekPoints(recent))
  const slopePerWeek = quantile(slopes, 0.5)
  if (slopePerWeek === null) return { kind: 'insufficient', basis }
  if (slopePerWeek < minSlope) return { kind: 'stalled', basis, slopePerWeek, reason: 'no-upward-trend' }
  const to = goal - latest.value
  // From where the user is now (the latest value, the one the screens show), at the fitted pace.
  const weeks = weeksAt(to, slopePerWeek)
  if (weeks > MAX_ETA_WEEKS) return { kind: 'stalled', basis, slopePerWeek, reason: 'too-slow' }
  const fast = quantile(slopes, 0.75) ?? slopePerWeek
  const slow = quantile(slopes, 0.25) ?? slopePerWeek
  const latestWeeks = slow >= minSlope ? weeksAt(to, slow) : Infinity
  const point = (w: number): ForecastPoint => ({ weeks: w, date: addDays(latest.date, w * 7) })
  return {
    kind: 'eta',
    basis,
    slopePerWeek,
    weeks,
    date: addDays(latest.date, weeks * 7),
    earliest: point(Math.min(weeks, weeksAt(to, fast))),
    latest: latestWeeks <= MAX_ETA_WEEKS ? point(Math.max(weeks, latestWeeks)) : null,
  }
}

/** Whole weeks (at least 1) to cover `distance` at `slope` a week; the epsilon keeps 4.999999 from adding a week. */
function weeksAt(distance: number, slope: number): number {
  return Math.max(1, Math.ceil(distance / slope - 1e-9))
}

/**
 * Forecast of one competency reaching what the target level expects of it.
 * Rule: as forecastReach, on its ratings with unrated counted as 0, goal = the target's expectation.
 */
export function competencyForecast(
  checkIns: readonly CheckIn[],
  competency: Competency,
  targetLevelId: string,
  opts?: ForecastOptions,
): Forecast {
  return forecastReach(ratingSeries(checkIns, competency.id), expectationOf(competency, targetLevelId) ?? 0, opts)
}

/** A gap of the latest check-in that has no date: no upward trend, or one too slow to forecast. */
export interface StalledGap {
  competency: Competency
  /** The rating in the latest check-in and the target's bar. */
  rating: number
  expected: number
  reason: 'no-upward-trend' | 'too-slow'
}

export type ReadinessForecast =
  /** The latest check-in meets every bar of the target. */
  | { kind: 'reached'; basis: ForecastBasis }
  | { kind: 'insufficient'; basis: ForecastBasis }
  /** At least one gap has no date: readiness cannot reach 100 at this pace, whatever the others do. */
  | { kind: 'stalled'; basis: ForecastBasis; stalled: StalledGap[]; open: number }
  /** Every gap has a date: readiness reaches 100 when the slowest one closes. */
  | {
      kind: 'eta'
      basis: ForecastBasis
      slowest: Competency
      weeks: number
      date: string
      earliest: ForecastPoint
      latest: ForecastPoint | null
      open: number
    }

/**
 * When readiness for the target reaches 100%, read from the competency forecasts so the two agree.
 * Rule: the gaps are the competencies below the target's bar in the latest check-in (unrated as 0);
 * none: 'reached'; fewer than 3 check-ins: 'insufficient'; any gap whose forecast is 'stalled' (no
 * upward trend, or beyond 520 weeks): 'stalled', naming them, with no date, since readiness is 100 only
 * when every bar is met; otherwise 'eta' at the slowest gap's date, its range from the latest of the
 * gaps' earliest dates to the latest of their latest dates (open when any gap's is).
 */
export function readinessForecast(
  checkIns: readonly CheckIn[],
  competencies: readonly Competency[],
  targetLevelId: string,
  opts?: ForecastOptions,
): ReadinessForecast {
  const window = Math.max(1, Math.floor(opts?.window ?? DEFAULT_TREND_WINDOW))
  const ordered = [...checkIns].sort(byWeekOldestFirst)
  const basis = basisOf(ordered.slice(-window).map((c) => ({ date: c.date, value: 0 })))
  const latest = ordered[ordered.length - 1]
  const gaps = latest
    ? expectedAt(competencies, targetLevelId).filter(
        (c) => ratingOf(latest.ratings, c.id) < (expectationOf(c, targetLevelId) ?? 0),
      )
    : []
  if (latest !== undefined && gaps.length === 0) return { kind: 'reached', basis }
  if (ordered.length < MIN_FORECAST_POINTS) return { kind: 'insufficient', basis }

  const stalled: StalledGap[] = []
  let slowest: { competency: Competency; forecast: Extract<Forecast, { kind: 'eta' }> } | null = null
  let earliest: ForecastPoint | null = null
  let latestEnd: ForecastPoint | null | undefined
  for (const competency of gaps) {
    const forecast = competencyForecast(ordered, competency, targetLevelId, opts)
    if (forecast.kind === 'stalled') {
      stalled.push({
        competency,
        rating: ratingOf(latest!.ratings, competency.id),
        expected: expectationOf(competency, targetLevelId) ?? 0,
        reason: forecast.reason,
      })
    } else if (forecast.kind === 'eta') {
      if (slowest === null || forecast.weeks > slowest.forecast.weeks) slowest = { competency, forecast }
      if (earliest === null || forecast.earliest.weeks > earliest.weeks) earliest = forecast.earliest
      if (forecast.latest === null) latestEnd = null
      else if (latestEnd !== null && (latestEnd === undefined || forecast.latest.weeks > latestEnd.weeks))
        latestEnd = forecast.latest
    } else if (forecast.kind === 'insufficient') {
      return { kind: 'insufficient', basis }
    }
  }
  if (stalled.length > 0 || slowest === null || earliest === null)
    return { kind: 'stalled', basis, stalled, open: gaps.length }
  const { forecast } = slowest
  return {
    kind: 'eta',
    basis,
    slowest: slowest.competency,
    weeks: forecast.weeks,
    date: forecast.date,
    earliest,
    latest: latestEnd ?? null,
    open: gaps.length,
  }
}

/** A competency's rating at every check-in, in the order given. */
function ratingSeries(checkIns: readonly CheckIn[], competencyId: string): DatedValue[] {
  return checkIns.map((c) => ({ date: c.date, value: ratingOf(c.ratings, competencyId) }))
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
