import { shortTitleOf } from '../../domain/ladder'
import { Link } from '@tanstack/react-router'
import { useId } from 'react'
import { RadarThumbnail } from '../../components/charts/RadarThumbnail'
import { ReadinessMeter } from '../../components/ui/ReadinessMeter'
import { useDocumentTitle } from '../../components/hooks/use-document-title'
import { focusFirst } from '../../domain/gaps'
import { toRadarRows } from '../../domain/radar'
import { useAppStore } from '../../store/app-store'
import { useAssessment, useCompetencies, useFramework, useRatings } from '../../store/selectors'
import { GapList } from '../../components/ui/GapList'
import { biggestGapSentence, readinessDetail, readinessRule } from '../../domain/assessment-sentences'
import { RoleSelectors } from '../../components/ui/RoleSelectors'
import { ExportReminder } from './ExportReminder'
import { LastCheckIn } from './LastCheckIn'
import { PlanSummary } from './PlanSummary'
import { ReadinessSince } from './ReadinessSince'
import { Welcome } from './Welcome'
import styles from './OverviewPage.module.css'

/** /: where you stand at a glance, or the way in for a new user. */
export function OverviewPage() {
  useDocumentTitle('Overview')
  const id = useId()
  const framework = useFramework()
  const competencies = useCompetencies()
  const ratings = useRatings()
  const assessment = useAssessment()
  const focus = useAppStore((s) => s.focus)
  // Any rating at all, AI track included: a user who rated only that track has still started.
  const started = assessment !== null && Object.keys(ratings).length > 0
  const target = assessment?.target
  const current = assessment?.current

  if (!started || !target) {
    return (
      <Welcome>
        <RoleSelectors />
        {assessment && (
          <div className={styles.startReadiness}>
            <ReadinessMeter
              value={assessment.readiness}
              targetTitle={assessment.target.title}
              detail={readinessDetail(assessment)}
            />
          </div>
        )}
        <div className={styles.start}>
          <Link to="/assess" className="button">
            Rate yourself
          </Link>
          <p>About ten minutes. You can stop at any time: everything is saved as you go.</p>
        </div>
      </Welcome>
    )
  }

  return (
    <>
      <header className="page-header">
        <h1>Overview</h1>
        <p>{biggestGapSentence(assessment)}</p>
        <p className={styles.framework}>
          Framework in use: <strong>{framework.name}</strong> · <Link to="/settings">Change</Link>
        </p>
      </header>
      <div className={styles.grid}>
        <section className={`card ${styles.readiness}`} aria-label="Readiness">
          <ReadinessMeter
            value={assessment.readiness}
            targetTitle={target.title}
            detail={readinessDetail(assessment)}
          />
          <p className={styles.rule}>{readinessRule(assessment)}</p>
          <ReadinessSince
            competencies={competencies}
            target={target}
            ratings={ratings}
            readinessNow={assessment.readiness}
          />
          <p className="muted">
            {assessment.rated < assessment.total
              ? `${assessment.rated} of ${assessment.total} rated. `
              : 'Everything rated. '}
            <Link to="/assess">{assessment.rated < assessment.total ? 'Finish rating' : 'Update your ratings'}</Link>
          </p>
          <LastCheckIn />
        </section>
        {/* After readiness in the reading order, so a phone shows readiness first (the backup nudge and the
            roles after it); on a wide screen the roles sit beside it. */}
        <ExportReminder />
        <section className={`card ${styles.roles}`} aria-labelledby={`${id}-roles`}>
          <div className={styles.cardHead}>
            <h2 id={`${id}-roles`}>Your roles</h2>
            <Link to="/ladder">See the ladder</Link>
          </div>
          <RoleSelectors />
        </section>
        <PlanSummary />
        <section className={`card ${styles.gaps}`} aria-labelledby={`${id}-gaps`}>
          <div className={styles.cardHead}>
            <h2 id={`${id}-gaps`}>Top gaps</h2>
            <Link to="/gaps">All gaps and the radar</Link>
          </div>
          {assessment.gaps.length === 0 ? (
            <p>You meet every bar of {target.title}.</p>
          ) : (
            <GapList
              gaps={focusFirst(assessment.gaps, focus).slice(0, 3)}
              focus={focus}
              targetShortTitle={shortTitleOf(target)}
              max={framework.scale.max}
              label="Top gaps"
            />
          )}
        </section>
        <section className={`card ${styles.radar}`} aria-label="Radar">
          {/* Plain SVG (MiniRadar): cheap enough to draw in the same frame as readiness. */}
          <RadarThumbnail
            caption={`You against ${shortTitleOf(target)}${current ? ` and ${shortTitleOf(current)}` : ''}`}
            rows={toRadarRows(competencies, ratings, target.id, current?.id ?? null, {
              keepUnexpected: framework.levelRule.kind === 'points',
            })}
            targetLabel={shortTitleOf(target)}
            currentLabel={current ? shortTitleOf(current) : null}
            max={framework.scale.max}
          />
        </section>
      </div>
    </>
  )
}
