import { useMemo } from 'react'
import { changesBetween, summariseChange } from '../../domain/check-ins'
import { formatLocalDate } from '../../domain/dates'
import type { Competency, Level, Ratings } from '../../domain/framework-schema'
import { readinessSeries } from '../../domain/trends'
import { competencyNames } from '../../domain/ratings'
import { useAppStore } from '../../store/app-store'
import { useStoredFramework } from '../../store/selectors'
import styles from './OverviewPage.module.css'

const WIDTH = 120
const HEIGHT = 32

interface Props {
  competencies: readonly Competency[]
  target: Level
  /** The live ratings, compared with the last check-in. */
  ratings: Ratings
  /** Readiness of the live ratings, where the small trend ends. */
  readinessNow: number
}

/**
 * Readiness over time in one line: a small trend of every check-in (by date) and now, the change since
 * the first check-in, and what changed in the ratings since the last one.
 */
export function ReadinessSince({ competencies, target, ratings, readinessNow }: Props) {
  const checkIns = useAppStore((s) => s.checkIns)
  const { framework, history } = useStoredFramework()
  const series = useMemo(
    () => readinessSeries(framework, checkIns, competencies, target.id, history),
    [framework, checkIns, competencies, target.id, history],
  )
  const first = series[0]
  const last = checkIns[checkIns.length - 1]
  if (!first || !last) return null
  const delta = readinessNow - first.readiness
  const since = summariseChange(
    changesBetween(
      last,
      { ratings, notes: last.notes },
      competencies.map((c) => c.id),
    ),
    competencyNames(competencies),
  )
  return (
    <div className={styles.since}>
      {series.length > 1 && <Sparkline values={[...series.map((p) => p.readiness), readinessNow]} />}
      <p>
        {readinessNow}% now,{' '}
        {delta === 0 ? 'the same as' : `${delta > 0 ? '+' : '\u2212'}${Math.abs(delta)} points since`} your first
        check-in ({formatLocalDate(first.date)}, {first.readiness}%).{' '}
        {since === 'No rating changed' ? 'No rating changed since the last one.' : `Since the last one: ${since}.`}
      </p>
    </div>
  )
}

/** A small line of readiness values, 0 to 100, evenly spaced: the shape only, the sentence beside it has the numbers. */
function Sparkline({ values }: { values: readonly number[] }) {
  const step = WIDTH / Math.max(1, values.length - 1)
  const points = values
    .map((v, i) => `${(i * step).toFixed(1)},${(HEIGHT - 2 - (v / 100) * (HEIGHT - 4)).toFixed(1)}`)
    .join(' ')
  return (
    <svg
      className={styles.sparkline}
      width={WIDTH}
      height={HEIGHT}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      aria-hidden="true"
      focusable="false"
    >
      <line x1={0} x2={WIDTH} y1={2} y2={2} stroke="var(--border)" strokeDasharray="2 3" />
      <polyline points={points} fill="none" stroke="var(--series-you)" strokeWidth={2} strokeLinejoin="round" />
    </svg>
  )
}
