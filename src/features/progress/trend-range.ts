import type { CheckIn } from '../../domain/check-in'
import { daysBetween } from '../../domain/dates'

/** How far back the trend charts reach, as the /progress `trends` search param writes it. */
export const TREND_RANGES = ['12w', '6m', '1y', 'all'] as const

export type TrendRange = (typeof TREND_RANGES)[number]

/** Days each range covers, counted back from the latest check-in. */
const RANGE_DAYS: Readonly<Record<Exclude<TrendRange, 'all'>, number>> = { '12w': 12 * 7, '6m': 183, '1y': 365 }

export const TREND_RANGE_LABELS: Readonly<Record<TrendRange, string>> = {
  '12w': 'Last 12 weeks',
  '6m': 'Last 6 months',
  '1y': 'Last year',
  all: 'All check-ins',
}

/** How a chart's caption says which check-ins it shows: "at each check-in of the last year"; nothing for all. */
export function trendRangePhrase(range: TrendRange): string {
  return range === 'all' ? '' : ` of the ${TREND_RANGE_LABELS[range].toLowerCase()}`
}

/** Days from the first check-in to the latest (oldest first); 0 for fewer than two. */
function spanDays(checkIns: readonly CheckIn[]): number {
  const first = checkIns[0]
  const latest = checkIns[checkIns.length - 1]
  return first && latest ? daysBetween(first.date, latest.date) : 0
}

/**
 * The ranges worth offering for a history: those shorter than it, then 'all'. A range that would
 * show every check-in anyway is left out, so no two options draw the same chart.
 */
export function trendRangeOptions(checkIns: readonly CheckIn[]): TrendRange[] {
  const span = spanDays(checkIns)
  return TREND_RANGES.filter((r) => r === 'all' || RANGE_DAYS[r] <= span)
}

/**
 * The range shown when the user has chosen none (or chose one this history does not offer): the last
 * year once the history is longer, since five years of weekly points is more than a trend chart can
 * draw quickly or anyone reads at once; otherwise everything.
 */
export function effectiveTrendRange(checkIns: readonly CheckIn[], chosen: TrendRange | undefined): TrendRange {
  const options = trendRangeOptions(checkIns)
  if (chosen !== undefined && options.includes(chosen)) return chosen
  return options.includes('1y') ? '1y' : 'all'
}

/**
 * The check-ins (oldest first) a range shows: those less than its days before the latest check-in.
 * Counted from the latest check-in, not today, so a history that paused still shows its last stretch.
 */
export function checkInsInRange(checkIns: readonly CheckIn[], range: TrendRange): readonly CheckIn[] {
  const latest = checkIns[checkIns.length - 1]
  if (range === 'all' || !latest) return checkIns
  const days = RANGE_DAYS[range]
  const start = checkIns.findIndex((c) => daysBetween(c.date, latest.date) < days)
  return start <= 0 ? checkIns : checkIns.slice(start)
}
