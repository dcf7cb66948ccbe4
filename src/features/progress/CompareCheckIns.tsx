import { shortTitleOf } from '../../domain/ladder'
import { memo, useId, useState } from 'react'
import { RadarFigure } from '../../components/charts/RadarFigure'
import type { CheckIn } from '../../domain/check-in'
import type { Competency, Level } from '../../domain/framework-schema'
import { toComparisonRows } from '../../domain/radar'
import { useFramework } from '../../store/selectors'
import styles from './ProgressPage.module.css'

interface Props {
  checkIns: readonly CheckIn[]
  competencies: readonly Competency[]
  target: Level
  max: number
}

/** Any two check-ins on one radar, first and latest by default. */
/** Memoised: it re-renders when its check-ins do (the deferred list), not with every change of the page. */
export const CompareCheckIns = memo(function CompareCheckIns({ checkIns, competencies, target, max }: Props) {
  const id = useId()
  const [fromWeek, setFromWeek] = useState<string | null>(null)
  const [toWeek, setToWeek] = useState<string | null>(null)
  const keepUnexpected = useFramework().levelRule.kind === 'points'
  // A chosen week that was since deleted falls back to the default.
  const from = checkIns.find((c) => c.week === fromWeek) ?? checkIns[0]
  const to = checkIns.find((c) => c.week === toWeek) ?? checkIns[checkIns.length - 1]
  if (!from || !to || checkIns.length < 2) return null

  const picker = (label: string, value: CheckIn, onChange: (week: string) => void) => (
    <div className={styles.field}>
      <label htmlFor={`${id}-${label}`}>{label}</label>
      <select id={`${id}-${label}`} value={value.week} onChange={(e) => onChange(e.target.value)}>
        {checkIns.map((c) => (
          <option key={c.week} value={c.week}>
            {c.date} ({c.week.slice(5)})
          </option>
        ))}
      </select>
    </div>
  )

  return (
    <section className={`card ${styles.section}`} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Compare two check-ins</h2>
      <div className={styles.pickers}>
        {picker('Earlier check-in', from, setFromWeek)}
        {picker('Later check-in', to, setToWeek)}
      </div>
      <RadarFigure
        caption={`Check-in of ${to.date} against ${from.date}, with what ${target.title} expects`}
        rows={toComparisonRows(competencies, from.ratings, to.ratings, target.id, { keepUnexpected })}
        youLabel={to.date}
        currentLabel={from.date}
        targetLabel={shortTitleOf(target)}
        chartLabel={`Radar chart: ratings of ${to.date} against ${from.date} and ${shortTitleOf(target)} expectations across ${competencies.length} competencies`}
        max={max}
        tableSummary="Ratings in two check-ins"
      />
    </section>
  )
})
