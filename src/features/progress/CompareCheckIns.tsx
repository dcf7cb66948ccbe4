import { shortTitleOf } from '../../domain/ladder'
import { memo, useId, useMemo, useState } from 'react'
import { RadarFigure } from '../../components/charts/RadarFigure'
import type { CheckIn } from '../../domain/check-in'
import type { Competency, Level } from '../../domain/framework-schema'
import { toComparisonRows } from '../../domain/radar'
import { useFramework } from '../../store/selectors'
import styles from './ProgressPage.module.css'

/** A year of weekly check-ins: a longer history is picked by year first, so a select never lists hundreds. */
const MAX_OPTIONS = 53

const yearOf = (checkIn: CheckIn) => checkIn.date.slice(0, 4)

interface PickerProps {
  label: string
  checkIns: readonly CheckIn[]
  value: CheckIn
  onChange: (week: string) => void
  /** Which check-in of a newly chosen year is taken: its first (the earlier end) or its latest. */
  edge: 'first' | 'last'
}

/**
 * One check-in, from a select of every check-in, or past a year of them, of the chosen year's: five
 * years of weekly check-ins were 520 options (1,040 at ten years) in the page for two selects.
 */
function CheckInPicker({ label, checkIns, value, onChange, edge }: PickerProps) {
  const id = useId()
  const byYear = checkIns.length > MAX_OPTIONS
  const years = useMemo(() => [...new Set(checkIns.map(yearOf))], [checkIns])
  const listed = byYear ? checkIns.filter((c) => yearOf(c) === yearOf(value)) : checkIns
  const choose = () => (
    <select id={id} value={value.week} onChange={(e) => onChange(e.target.value)}>
      {listed.map((c) => (
        <option key={c.week} value={c.week}>
          {c.date} ({c.week.slice(5)})
        </option>
      ))}
    </select>
  )
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      {byYear ? (
        <div className={styles.pickerPair}>
          <select
            aria-label={`${label}: year`}
            value={yearOf(value)}
            onChange={(e) => {
              const ofYear = checkIns.filter((c) => yearOf(c) === e.target.value)
              const picked = edge === 'first' ? ofYear[0] : ofYear[ofYear.length - 1]
              if (picked) onChange(picked.week)
            }}
          >
            {years.map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </select>
          {choose()}
        </div>
      ) : (
        choose()
      )}
    </div>
  )
}

interface Props {
  checkIns: readonly CheckIn[]
  competencies: readonly Competency[]
  target: Level
  max: number
}

/**
 * Any two check-ins on one radar, first and latest by default.
 * Memoised: it re-renders when the check-ins it is given do, not with every change of the page.
 */
export const CompareCheckIns = memo(function CompareCheckIns({ checkIns, competencies, target, max }: Props) {
  const id = useId()
  const [fromWeek, setFromWeek] = useState<string | null>(null)
  const [toWeek, setToWeek] = useState<string | null>(null)
  const keepUnexpected = useFramework().levelRule.kind === 'points'
  // A chosen week that was since deleted falls back to the default.
  const from = checkIns.find((c) => c.week === fromWeek) ?? checkIns[0]
  const to = checkIns.find((c) => c.week === toWeek) ?? checkIns[checkIns.length - 1]
  if (!from || !to || checkIns.length < 2) return null

  return (
    <section className={`card ${styles.section} ${styles.later}`} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Compare two check-ins</h2>
      <div className={styles.pickers}>
        <CheckInPicker label="Earlier check-in" checkIns={checkIns} value={from} onChange={setFromWeek} edge="first" />
        <CheckInPicker label="Later check-in" checkIns={checkIns} value={to} onChange={setToWeek} edge="last" />
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
