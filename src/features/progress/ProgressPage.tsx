import { Link, getRouteApi } from '@tanstack/react-router'
import { useMemo } from 'react'
import { useDocumentTitle } from '../../components/hooks/use-document-title'
import { usePaintedValue } from '../../components/hooks/use-painted-value'
import { levelById } from '../../domain/ladder'
import { useAppStore } from '../../store/app-store'
import { useCompetencies, useFramework, useProfile } from '../../store/selectors'
import { CheckInHistory } from './CheckInHistory'
import { CheckInPanel } from './CheckInPanel'
import { CompareCheckIns } from './CompareCheckIns'
import { CompetencyTrends } from './CompetencyTrends'
import { ReadinessTrend } from './ReadinessTrend'
import { TrendRangeSelect } from './TrendRangeSelect'
import { checkInsInRange, effectiveTrendRange, trendRangeOptions } from './trend-range'
import styles from './ProgressPage.module.css'

const route = getRouteApi('/progress')

/** /progress: weekly check-ins, readiness and competency trends, forecasts, and the history. */
export function ProgressPage() {
  useDocumentTitle('Progress')
  const framework = useFramework()
  const competencies = useCompetencies()
  const saved = useAppStore((s) => s.checkIns)
  // The charts follow a save (or a delete) in a render of their own: the button's new label and the
  // history's row paint first, instead of after every chart of five years has been drawn again.
  const checkIns = usePaintedValue(saved)
  const { targetLevelId } = useProfile()
  const target = targetLevelId ? levelById(framework.levels, targetLevelId) : undefined
  // The trend charts draw the chosen stretch (by default the last year of a longer history); forecasts
  // and directions still read every check-in.
  const { trends } = route.useSearch()
  const navigate = route.useNavigate()
  const ranges = useMemo(() => trendRangeOptions(checkIns), [checkIns])
  const range = effectiveTrendRange(checkIns, trends)
  const inRange = useMemo(() => checkInsInRange(checkIns, range), [checkIns, range])

  return (
    <>
      <header className="page-header">
        <h1>Progress</h1>
        <p>
          Check in once a week: it records your ratings and notes as they stand. Trends are measured against your
          current target, so changing it keeps the history comparable.
        </p>
      </header>
      <CheckInPanel />
      {!target ? (
        <div className={`card ${styles.empty}`}>
          <p>Choose a target role to see readiness over time.</p>
          <Link to="/assess" className="button">
            Choose roles and rate yourself
          </Link>
        </div>
      ) : checkIns.length > 0 ? (
        <>
          {ranges.length > 1 && (
            <TrendRangeSelect
              value={range}
              options={ranges}
              shown={inRange.length}
              total={checkIns.length}
              onChange={(next) => void navigate({ search: { trends: next }, replace: true })}
            />
          )}
          <div className={checkIns.length > 1 ? styles.grid : undefined}>
            <ReadinessTrend
              checkIns={checkIns}
              inRange={inRange}
              range={range}
              competencies={competencies}
              target={target}
            />
            <CompareCheckIns
              checkIns={checkIns}
              competencies={competencies}
              target={target}
              max={framework.scale.max}
            />
          </div>
          <CompetencyTrends
            checkIns={checkIns}
            inRange={inRange}
            range={range}
            competencies={competencies}
            target={target}
            max={framework.scale.max}
          />
        </>
      ) : null}
      <CheckInHistory checkIns={saved} competencies={competencies} target={target ?? null} />
    </>
  )
}
