import { listOf } from '../../domain/assessment-sentences'
import { formatLocalDate } from '../../domain/dates'
import type { Forecast, ReadinessForecast } from '../../domain/forecast'

/**
 * A forecast in one plain sentence, always with its basis. `goal` names what is reached; `today`
 * (a local date) keeps a forecast from a long-ago check-in from promising a date already past.
 */
export function forecastSentence(forecast: Forecast, goal: string, today: string, locale?: string): string {
  const basis = forecast.basis.text
  switch (forecast.kind) {
    case 'reached':
      return `Reached: your latest check-in meets ${goal}.`
    case 'insufficient':
      return `Not enough check-ins for a forecast yet (${basis}): three or more make a trend.`
    case 'stalled':
      return forecast.reason === 'too-slow'
        ? `Stalled: at this pace ${goal} is more than ten years away (${basis}).`
        : `Stalled: no upward trend towards ${goal} (${basis}).`
    case 'eta':
      if (forecast.date < today)
        return `At the pace of your last check-ins, ${goal} was due around ${formatLocalDate(forecast.date, locale)} (${basis}): save a check-in to see where you stand.`
      return `At this pace, ${goal} around ${formatLocalDate(forecast.date, locale)}, in about ${forecast.weeks} ${forecast.weeks === 1 ? 'week' : 'weeks'} (${basis}).`
  }
}

/** Most stalled gaps named in one sentence; the rest are counted (each is marked "stalled" in the competency list). */
const NAMED_STALLED = 4

function named(names: readonly string[]): { count: number; text: string } {
  if (names.length <= NAMED_STALLED) return { count: names.length, text: listOf(names) }
  const shown = names.slice(0, NAMED_STALLED - 1)
  return {
    count: names.length,
    text: `${shown.join(', ')} and ${names.length - shown.length} more marked “stalled” below`,
  }
}

/** The reminder every dated readiness forecast carries: it is read from the user's own ratings. */
export const SELF_ASSESSED = 'Ratings are self-assessed: read this as a guide, not a promise.'

/**
 * The readiness forecast in plain sentences, always with its basis. `target` is the target's short
 * title; a date comes only when every gap has one (readinessForecast), as a range, with the gap that
 * sets it and the self-assessment reminder; otherwise the gaps that stall are named.
 */
export function readinessForecastSentence(
  forecast: ReadinessForecast,
  target: string,
  today: string,
  locale?: string,
): string {
  const basis = forecast.basis.text
  const date = (d: string) => formatLocalDate(d, locale)
  switch (forecast.kind) {
    case 'reached':
      return `Reached: your latest check-in meets every bar of ${target}.`
    case 'insufficient':
      return `Not enough check-ins for a forecast yet (${basis}): three or more make a trend.`
    case 'stalled': {
      const flat = named(forecast.stalled.filter((s) => s.reason === 'no-upward-trend').map((s) => s.competency.name))
      const slow = named(forecast.stalled.filter((s) => s.reason === 'too-slow').map((s) => s.competency.name))
      const parts = [
        flat.count > 0 && `${flat.text} ${flat.count === 1 ? 'has' : 'have'} no upward trend`,
        slow.count > 0 && `${slow.text} ${slow.count === 1 ? 'rises' : 'rise'} too slowly to close within ten years`,
      ].filter(Boolean)
      return `No date yet: readiness for ${target} reaches 100% only when all ${forecast.open} gaps close, and ${parts.join('; ')} (${basis}).`
    }
    case 'eta': {
      const last = forecast.latest?.date ?? forecast.date
      if (last < today)
        return `At the pace of your last check-ins, 100% readiness for ${target} was due around ${date(forecast.date)} (${basis}): save a check-in to see where you stand.`
      const when =
        forecast.latest === null
          ? `not before ${date(forecast.earliest.date)}, most likely around ${date(forecast.date)}, possibly much later`
          : forecast.earliest.date === forecast.latest.date
            ? `around ${date(forecast.date)}`
            : `between ${date(forecast.earliest.date)} and ${date(forecast.latest.date)}, most likely around ${date(forecast.date)}`
      const gaps = forecast.open === 1 ? 'your last gap' : `the slowest of your ${forecast.open} gaps`
      return `At this pace, 100% readiness for ${target} ${when}, when ${forecast.slowest.name}, ${gaps}, closes (${basis}). ${SELF_ASSESSED}`
    }
  }
}
