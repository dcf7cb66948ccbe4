import { Link } from '@tanstack/react-router'
import { useId, useMemo } from 'react'
import { DescriptorText } from '../../components/ui/DescriptorText'
import { LineFigure } from '../../components/charts/LineFigure'
import { RadarFigure } from '../../components/charts/RadarFigure'
import { ReadinessMeter } from '../../components/ui/ReadinessMeter'
import { useDocumentTitle } from '../../components/hooks/use-document-title'
import { useToday } from '../../components/hooks/use-today'
import { formatLocalDate } from '../../domain/dates'
import { withTexts } from '../../domain/framework/texts'
import { shortTitleOf } from '../../domain/ladder'
import { latestPerMentor, mentorLabel } from '../../domain/mentor'
import { toRadarRows } from '../../domain/radar'
import { readinessSeries } from '../../domain/trends'
import { useAppStore } from '../../store/app-store'
import { useAssessment, useCompetencies, useStoredFramework } from '../../store/selectors'
import { readinessDetail, readinessRule } from '../../domain/assessment-sentences'
import { ReportPlan } from './ReportPlan'
import styles from './ReportPage.module.css'

/** How many gaps a two-page report has room for, each with what good looks like and the evidence. */
const REPORT_GAPS = 5

/** /report: one printable document for a promotion conversation or a 1:1. */
export function ReportPage() {
  useDocumentTitle('Report')
  const id = useId()
  const today = useToday()
  const { framework, history } = useStoredFramework()
  const competencies = useCompetencies()
  const assessment = useAssessment()
  const ratings = useAppStore((s) => s.ratings)
  const notes = useAppStore((s) => s.notes)
  const checkIns = useAppStore((s) => s.checkIns)
  const mentorReviews = useAppStore((s) => s.mentorReviews)
  const mentors = useMemo(() => latestPerMentor(mentorReviews), [mentorReviews])
  const trend = useMemo(
    () =>
      assessment
        ? readinessSeries(framework, checkIns, competencies, assessment.target.id, history).map((p) => ({
            label: formatLocalDate(p.date),
            values: { readiness: p.readiness },
          }))
        : [],
    [assessment, framework, checkIns, competencies, history],
  )

  if (!assessment)
    return (
      <header className="page-header">
        <h1>Report</h1>
        <p>
          The report shows your gap to a target role. <Link to="/assess">Choose your roles and rate yourself</Link>{' '}
          first.
        </p>
      </header>
    )

  const { target, current } = assessment
  const byPoints = framework.levelRule.kind === 'points'
  return (
    <article className={styles.report} aria-labelledby={`${id}-title`}>
      <header className={styles.head}>
        <div>
          <h1 id={`${id}-title`}>Readiness for {target.title}</h1>
          <p className={styles.meta}>
            {framework.name} · {current ? `Current role: ${current.title} · ` : ''}Target: {target.title} ·{' '}
            {formatLocalDate(today)}
          </p>
        </div>
        <button type="button" className="button no-print" onClick={() => window.print()}>
          Print
        </button>
      </header>

      <section className={styles.summary} aria-labelledby={`${id}-readiness`}>
        <h2 id={`${id}-readiness`} className="visually-hidden">
          Readiness
        </h2>
        <ReadinessMeter value={assessment.readiness} targetTitle={target.title} detail={readinessDetail(assessment)} />
        <p className={styles.rule}>{readinessRule(assessment)} Ratings are self-assessed.</p>
      </section>

      <section className={styles.radar} aria-labelledby={`${id}-radar`}>
        <h2 id={`${id}-radar`}>Ratings against the bar</h2>
        <RadarFigure
          caption={`Your ratings against what ${target.title}${current ? ` and ${current.title}` : ''} expect`}
          rows={toRadarRows(competencies, ratings, target.id, current?.id ?? null, {
            keepUnexpected: byPoints,
            others: mentors.map((m) => m.ratings),
          })}
          otherLabels={mentors.map(mentorLabel)}
          targetLabel={shortTitleOf(target)}
          currentLabel={current ? shortTitleOf(current) : null}
          max={framework.scale.max}
          numbersOpen
          downloadName={`trajectory-radar-${target.id}.svg`}
        />
      </section>

      <section aria-labelledby={`${id}-gaps`}>
        <h2 id={`${id}-gaps`}>Largest gaps</h2>
        {assessment.gaps.length === 0 ? (
          <p>Every competency meets the bar of {target.title}.</p>
        ) : (
          <ol className={styles.gaps} aria-label="Largest gaps">
            {assessment.gaps.slice(0, REPORT_GAPS).map((gap) => (
              <li key={gap.competency.id}>
                <h3>
                  {gap.competency.name}{' '}
                  <span className={styles.numbers}>
                    {gap.rated ? gap.rating : 'not rated'} → {gap.expected}
                  </span>
                </h3>
                <div className={styles.good}>
                  <strong>What good looks like: </strong>
                  <DescriptorText descriptor={withTexts(gap.competency).descriptors[gap.expected]} />
                </div>
                <p className={styles.evidence}>
                  <strong>Evidence: </strong>
                  {notes[gap.competency.id]?.trim() || 'none written yet.'}
                </p>
              </li>
            ))}
          </ol>
        )}
      </section>

      <ReportPlan />

      <section className={styles.trend} aria-labelledby={`${id}-trend`}>
        <h2 id={`${id}-trend`}>Readiness over time</h2>
        {trend.length < 2 ? (
          <p>{trend.length === 0 ? 'No check-ins yet.' : 'One check-in so far: the trend starts with the second.'}</p>
        ) : (
          <LineFigure
            drawing="svg"
            caption={`Readiness for ${target.title} at each check-in`}
            rows={trend}
            series={[{ key: 'readiness', name: 'Readiness' }]}
            yMax={100}
            yUnit="%"
            goal={{ value: 100, label: 'Ready' }}
            pointName={{ one: 'check-in', many: 'check-ins' }}
            tableLabel="Readiness at each check-in"
          />
        )}
      </section>
    </article>
  )
}
