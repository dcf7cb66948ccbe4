import { shortTitleOf } from '../../domain/ladder'
import { Link, getRouteApi } from '@tanstack/react-router'
import { useId, useMemo } from 'react'
import { RadarFigure } from '../../components/charts/RadarFigure'
import { ReadinessMeter } from '../../components/ReadinessMeter'
import { useDocumentTitle } from '../../components/use-document-title'
import { DescriptorText } from '../../components/DescriptorText'
import { radarGroups, toRadarRows } from '../../domain/radar'
import { expectedAt } from '../../domain/ratings'
import { nextPointsSteps } from '../../domain/readiness'
import { useAssessment, useCompetencies, useFramework, useRatings } from '../../store/selectors'
import { RoleSelectors } from '../profile/RoleSelectors'
import { GapList } from './GapList'
import { PointsSteps } from './PointsSteps'
import { biggestGapSentence, levelFitRule, levelFitSentence, readinessDetail } from '../../domain/assessment-sentences'
import styles from './GapsPage.module.css'

const route = getRouteApi('/gaps')

/** /gaps: the radar of you vs target vs current level, ranked gaps, readiness and level fit. */
export function GapsPage() {
  useDocumentTitle('Your gaps')
  const id = useId()
  const framework = useFramework()
  const competencies = useCompetencies()
  const ratings = useRatings()
  const assessment = useAssessment()
  const { view } = route.useSearch()
  const navigate = route.useNavigate()
  const groups = useMemo(() => radarGroups(framework.areas, competencies), [framework.areas, competencies])

  if (!assessment) {
    return (
      <>
        <header className="page-header">
          <h1>Your gaps</h1>
          <p>Choose your current role and the role you aim for, and your gap appears here.</p>
        </header>
        <div className={`card ${styles.empty}`}>
          <RoleSelectors showFacts={false} />
        </div>
      </>
    )
  }

  const { target, current } = assessment
  const group = groups.find((g) => g.id === view)
  const shown = group ? competencies.filter((c) => group.competencyIds.includes(c.id)) : competencies
  const rule = framework.levelRule
  const byPoints = rule.kind === 'points'
  // A points-ruled level may set no bar per competency: then the radar shows the ratings alone.
  const withBars = assessment.expected > 0
  const rows = toRadarRows(shown, ratings, target.id, current?.id ?? null, { keepUnexpected: byPoints })
  const met = expectedAt(competencies, target.id).filter((c) => !assessment.gaps.some((g) => g.competency.id === c.id))

  return (
    <>
      <header className="page-header">
        <h1>Your gap to {target.title}</h1>
        <p>
          {assessment.rated < assessment.total ? (
            <>
              {assessment.rated} of {assessment.total} competencies rated: unrated ones count as &ldquo;not yet&rdquo;.{' '}
              <Link to="/assess">Finish rating</Link>
            </>
          ) : (
            <>
              All {assessment.total} competencies rated. <Link to="/assess">Change a rating</Link>
            </>
          )}
        </p>
      </header>

      <div className={styles.summary}>
        <section className="card" aria-label="Readiness">
          <ReadinessMeter
            value={assessment.readiness}
            targetTitle={target.title}
            detail={readinessDetail(assessment)}
          />
        </section>
        <section className="card" aria-labelledby={`${id}-fit`}>
          <h2 id={`${id}-fit`}>Level fit</h2>
          <p className={styles.statement}>{levelFitSentence(assessment)}</p>
          <p>{levelFitRule(assessment)}</p>
        </section>
        <section className="card" aria-labelledby={`${id}-top`}>
          <h2 id={`${id}-top`}>{withBars ? 'Biggest gap' : 'Points'}</h2>
          <p className={styles.statement}>{biggestGapSentence(assessment)}</p>
        </section>
      </div>

      <div className={styles.layout}>
        <section className={`card ${styles.section}`} aria-labelledby={`${id}-radar`}>
          <div className={styles.sectionHead}>
            <h2 id={`${id}-radar`}>
              {withBars ? `You, ${shortTitleOf(target)}${current ? ` and ${shortTitleOf(current)}` : ''}` : 'Your ratings'}
            </h2>
            <div className={styles.view}>
              <label htmlFor={`${id}-view`}>Radar view</label>
              <select
                id={`${id}-view`}
                value={group ? group.id : 'all'}
                onChange={(e) => void navigate({ search: { view: e.target.value }, replace: true })}
              >
                <option value="all">All competencies</option>
                {groups.map((g) => (
                  <option key={g.id} value={g.id}>
                    {g.name}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <RadarFigure
            caption={
              withBars
                ? `${group ? group.name : 'All competencies'}: your ratings against what ${target.title}${current ? ` and ${current.title}` : ''} expect`
                : `${group ? group.name : 'All competencies'}: your ratings`
            }
            rows={rows}
            targetLabel={shortTitleOf(target)}
            currentLabel={current ? shortTitleOf(current) : null}
            max={framework.scale.max}
            downloadName={`trajectory-radar-${target.id}.svg`}
          />
        </section>

        <div>
          <section className={styles.section} aria-labelledby={`${id}-gaps`}>
            <div className={styles.sectionHead}>
              <h2 id={`${id}-gaps`}>{withBars ? 'Gaps, largest first' : 'Where the next points come from'}</h2>
            </div>
            {!withBars && rule.kind === 'points' ? (
              <>
                <p>
                  {target.title} sets no bar per competency: any rise adds points. These one-step rises add the
                  most.
                </p>
                <PointsSteps steps={nextPointsSteps(rule, competencies, ratings).slice(0, 5)} />
              </>
            ) : assessment.gaps.length === 0 ? (
              <p>You meet every bar of {target.title}. Consider aiming one step higher.</p>
            ) : (
              <GapList
                gaps={assessment.gaps}
                targetShortTitle={shortTitleOf(target)}
                max={framework.scale.max}
                label="Ranked gaps"
              />
            )}
            {met.length > 0 && (
              <details className={styles.met}>
                <summary>
                  {met.length} {met.length === 1 ? 'competency meets' : 'competencies meet'} the bar
                </summary>
                <ul>
                  {met.map((c) => (
                    <li key={c.id}>{c.name}</li>
                  ))}
                </ul>
              </details>
            )}
          </section>

          {current && assessment.rises.length > 0 && (
            <section className={`card ${styles.section}`} aria-labelledby={`${id}-rises`}>
              <h2 id={`${id}-rises`}>
                What {shortTitleOf(target)} expects beyond {shortTitleOf(current)}
              </h2>
              <ul className={styles.rises}>
                {assessment.rises.map((rise) => (
                  <li key={rise.competency.id}>
                    <strong>
                      {rise.competency.name}: {rise.from} → {rise.to}
                    </strong>
                    <DescriptorText descriptor={rise.descriptor} />
                  </li>
                ))}
              </ul>
            </section>
          )}
        </div>
      </div>
    </>
  )
}
