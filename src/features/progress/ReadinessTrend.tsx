import { shortTitleOf } from '../../domain/ladder'
import { useId, useMemo } from 'react'
import { LineFigure, type LineSeries } from '../../components/charts/LineFigure'
import type { CheckIn } from '../../domain/check-in'
import { useToday } from '../../components/use-today'
import { formatLocalDate } from '../../domain/dates'
import type { Competency, Level } from '../../domain/framework-schema'
import { readinessForecast } from '../../domain/forecast'
import { readinessSeries } from '../../domain/trends'
import { forecastSentence } from './forecast-sentence'
import { useStoredFramework } from '../../store/selectors'
import styles from './ProgressPage.module.css'

const SERIES: LineSeries[] = [{ key: 'readiness', name: 'Readiness' }]

interface Props {
  checkIns: readonly CheckIn[]
  competencies: readonly Competency[]
  target: Level
}

/** Readiness for today's target in every check-in, and when it reaches 100 at the current pace. */
export function ReadinessTrend({ checkIns, competencies, target }: Props) {
  const id = useId()
  // Readiness of every check-in, computed once for both the chart and the forecast.
  const { framework, history } = useStoredFramework()
  const { rows, forecast } = useMemo(() => {
    const series = readinessSeries(framework, checkIns, competencies, target.id, history)
    return {
      rows: series.map((p) => ({ label: formatLocalDate(p.date), values: { readiness: p.readiness } })),
      forecast: readinessForecast(series),
    }
  }, [framework, checkIns, competencies, target.id, history])
  const today = useToday()
  return (
    <section className={`card ${styles.section}`} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Readiness over time</h2>
      <LineFigure
        caption={`Readiness for ${target.title} at each check-in (recomputed against today's target)`}
        rows={rows}
        series={SERIES}
        yMax={100}
        yUnit="%"
        goal={{ value: 100, label: 'Ready' }}
        pointName={{ one: 'check-in', many: 'check-ins' }}
        tableLabel="Readiness at each check-in"
      />
      <p className={styles.forecast}>
        <strong>Forecast: </strong>
        {forecastSentence(forecast, `100% readiness for ${shortTitleOf(target)}`, today)}
      </p>
    </section>
  )
}
