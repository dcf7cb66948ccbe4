import { shortTitleOf } from '../../domain/ladder'
import { memo, useId, useMemo, useState } from 'react'
import { LineFigure, type LineSeries } from '../../components/charts/LineFigure'
import type { CheckIn } from '../../domain/check-in'
import { useToday } from '../../components/hooks/use-today'
import type { Competency, Level } from '../../domain/framework-schema'
import { MIN_FORECAST_POINTS, competencyForecast } from '../../domain/forecast'
import { rankGaps } from '../../domain/gaps'
import { proposeFocus } from '../../domain/plan'
import { DIRECTION_LABELS, competencyDirections } from '../../domain/trends'
import { expectationOf } from '../../domain/ratings'
import { useAppStore } from '../../store/app-store'
import { datedRow, isLongSpan } from './chart-dates'
import { forecastSentence } from './forecast-sentence'
import { trendRangePhrase, type TrendRange } from './trend-range'
import styles from './ProgressPage.module.css'

/** More lines than this on one chart stop being readable. */
const MAX_TREND_LINES = 5

interface Props {
  /** Every check-in, oldest first: directions and forecasts read them all. */
  checkIns: readonly CheckIn[]
  /** The check-ins the chart draws (a tail of checkIns), and the range that chose them. */
  inRange: readonly CheckIn[]
  range: TrendRange
  competencies: readonly Competency[]
  target: Level
  max: number
}

/**
 * Each competency's direction and forecast, and trend lines for the ones the user picks.
 * Memoised: it re-renders when the check-ins it is given do, not with every change of the page.
 */
export const CompetencyTrends = memo(function CompetencyTrends({
  checkIns,
  inRange,
  range,
  competencies,
  target,
  max,
}: Props) {
  const id = useId()
  const latest = checkIns[checkIns.length - 1]
  const focus = useAppStore((s) => s.focus)
  const gapHolders = useMemo(
    () => (latest ? rankGaps(competencies, latest.ratings, target.id, { focus }) : []),
    [latest, competencies, target.id, focus],
  )
  const [picked, setPicked] = useState<string[] | null>(null)
  // By default, the largest gaps in the latest check-in: the lines worth watching.
  const chosen = useMemo(
    () => (picked ?? proposeFocus(gapHolders)).filter((cid) => competencies.some((c) => c.id === cid)),
    [picked, gapHolders, competencies],
  )
  // Against the target's bar: flat at or above it is "at the bar", flat below it "stalled".
  const directions = useMemo(
    () =>
      competencyDirections(
        checkIns,
        competencies.map((c) => c.id),
        { bars: Object.fromEntries(competencies.map((c) => [c.id, expectationOf(c, target.id)])) },
      ),
    [checkIns, competencies, target.id],
  )
  const today = useToday()
  const series = useMemo<LineSeries[]>(
    () => chosen.map((cid) => ({ key: cid, name: competencies.find((c) => c.id === cid)?.name ?? cid })),
    [chosen, competencies],
  )
  const rows = useMemo(() => {
    const long = isLongSpan(inRange[0]?.date, inRange[inRange.length - 1]?.date)
    return inRange.map((c) =>
      datedRow(c.date, long, Object.fromEntries(chosen.map((cid) => [cid, c.ratings[cid] ?? null]))),
    )
  }, [inRange, chosen])

  const toggle = (cid: string, on: boolean) => setPicked(on ? [...chosen, cid] : chosen.filter((x) => x !== cid))

  return (
    <section className={`card ${styles.section} ${styles.later}`} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Competencies over time</h2>
      <h3 className={styles.subhead}>Direction over recent check-ins</h3>
      {checkIns.length < MIN_FORECAST_POINTS ? (
        <p className="muted">
          Directions and forecasts appear from {MIN_FORECAST_POINTS} check-ins on: you have {checkIns.length}. Two
          points always make a line, which proves nothing.
        </p>
      ) : (
        <ul className={styles.directions}>
          {competencies.map((c) => {
            const gap = gapHolders.find((g) => g.competency.id === c.id)
            return (
              <li key={c.id}>
                <span className={styles.directionName}>{c.name}</span>
                <span className={styles.badge} data-direction={directions[c.id]}>
                  {DIRECTION_LABELS[directions[c.id] ?? 'steady']}
                </span>
                {gap && (
                  <span className={styles.eta}>
                    {forecastSentence(
                      competencyForecast(checkIns, c, target.id),
                      `${shortTitleOf(target)}'s bar (${gap.expected})`,
                      today,
                    )}
                  </span>
                )}
              </li>
            )
          })}
        </ul>
      )}
      <fieldset className="choices">
        <legend>Trend lines (up to {MAX_TREND_LINES})</legend>
        <div className="choices-options">
          {competencies.map((c) => {
            const on = chosen.includes(c.id)
            return (
              <label key={c.id}>
                <input
                  type="checkbox"
                  checked={on}
                  disabled={!on && chosen.length >= MAX_TREND_LINES}
                  onChange={(e) => toggle(c.id, e.target.checked)}
                />
                {c.name}
              </label>
            )
          })}
        </div>
        {chosen.length >= MAX_TREND_LINES && <p className="choices-hint">Untick one to choose another.</p>}
      </fieldset>
      {chosen.length > 0 ? (
        <LineFigure
          drawing="recharts"
          caption={`Ratings at each check-in${trendRangePhrase(range)}: ${series.map((s) => s.name).join(', ')}`}
          rows={rows}
          series={series}
          yMax={max}
          yTicks={Array.from({ length: max + 1 }, (_, i) => i)}
          pointName={{ one: 'check-in', many: 'check-ins' }}
          tableLabel="Ratings at each check-in"
          drawWhenNear
        />
      ) : (
        <p className="muted">Choose at least one competency to draw its trend.</p>
      )}
    </section>
  )
})
