import { shortTitleOf } from '../../domain/ladder'
import { memo, useId, useMemo } from 'react'
import { LineFigure, type LineRow, type LineSeries } from '../../components/charts/LineFigure'
import type { CheckIn } from '../../domain/check-in'
import { useToday } from '../../components/hooks/use-today'
import { addDays, daysBetween } from '../../domain/dates'
import type { Competency, Level } from '../../domain/framework-schema'
import { readinessForecast, type ReadinessForecast } from '../../domain/forecast'
import { readinessSeries, type ReadinessPoint } from '../../domain/trends'
import { datedRow, isLongSpan } from './chart-dates'
import { trendRangePhrase, type TrendRange } from './trend-range'
import { readinessForecastSentence } from './forecast-sentence'
import { useStoredFramework } from '../../store/selectors'
import styles from './ProgressPage.module.css'

const READINESS: LineSeries = { key: 'readiness', name: 'Readiness' }
const PROJECTION: LineSeries = { key: 'projection', name: 'At this pace', dashed: true, color: 'var(--line-1)' }

/** The projection is drawn at most this many weeks past the latest check-in (or the history's length, if longer). */
const MIN_PROJECTION_WEEKS = 12

/**
 * The chart's rows: readiness at every check-in, by date, and, with a dated forecast, a dashed
 * continuation from the latest check-in to 100% on the forecast date. A date far off is drawn only
 * part of the way (up to as far ahead as the history reaches back, at least 12 weeks) so the
 * history keeps its room; the line still points at 100% on that date.
 */
function readinessRows(series: readonly ReadinessPoint[], forecast: ReadinessForecast): LineRow[] {
  const first = series[0]
  const latest = series[series.length - 1]
  const long = isLongSpan(first?.date, latest?.date)
  const rows: LineRow[] = series.map((p) => datedRow(p.date, long, { readiness: p.readiness }))
  if (forecast.kind !== 'eta' || !first || !latest || rows.length === 0) return rows
  const horizon = Math.max(MIN_PROJECTION_WEEKS * 7, daysBetween(first.date, latest.date))
  const days = daysBetween(latest.date, forecast.date)
  const shown = Math.min(days, horizon)
  const end = addDays(latest.date, shown)
  const value = latest.readiness + ((100 - latest.readiness) * shown) / days
  rows[rows.length - 1] = datedRow(latest.date, long, { readiness: latest.readiness, projection: latest.readiness })
  rows.push(datedRow(end, long, { projection: Math.round(value) }))
  return rows
}

interface Props {
  /** Every check-in, oldest first: the forecast reads them all. */
  checkIns: readonly CheckIn[]
  /** The check-ins the chart draws (a tail of checkIns), and the range that chose them. */
  inRange: readonly CheckIn[]
  range: TrendRange
  competencies: readonly Competency[]
  target: Level
}

/**
 * Readiness for today's target in every check-in, and when it reaches 100, read from every gap's pace.
 * Memoised: it re-renders when the check-ins it is given do, not with every change of the page.
 */
export const ReadinessTrend = memo(function ReadinessTrend({ checkIns, inRange, range, competencies, target }: Props) {
  const id = useId()
  const { framework, history } = useStoredFramework()
  const forecast = useMemo(
    () => readinessForecast(checkIns, competencies, target.id),
    [checkIns, competencies, target.id],
  )
  // Readiness is worked out for the check-ins drawn only: five years of them cost more than the year shown.
  const rows = useMemo(
    () => readinessRows(readinessSeries(framework, inRange, competencies, target.id, history), forecast),
    [framework, inRange, competencies, target.id, history, forecast],
  )
  const today = useToday()
  const projected = forecast.kind === 'eta'
  return (
    <section className={`card ${styles.section}`} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Readiness over time</h2>
      <LineFigure
        drawing="svg"
        caption={`Readiness for ${target.title} at each check-in${trendRangePhrase(range)}, by date (recomputed against today's target)${projected ? '; dashed: at this pace' : ''}`}
        rows={rows}
        series={projected ? [READINESS, PROJECTION] : [READINESS]}
        yMax={100}
        yUnit="%"
        goal={{ value: 100, label: 'Ready' }}
        pointName={{ one: 'check-in', many: 'check-ins' }}
        tableLabel="Readiness at each check-in"
        drawWhenNear
      />
      <p className={styles.forecast}>
        <strong>Forecast: </strong>
        {readinessForecastSentence(forecast, shortTitleOf(target), today)}
      </p>
    </section>
  )
})
