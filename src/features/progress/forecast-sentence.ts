import { formatLocalDate } from '../../domain/dates'
import type { Forecast } from '../../domain/forecast'

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
