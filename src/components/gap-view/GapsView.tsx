import { useId, useMemo, type ReactNode } from 'react'
import { DescriptorText } from '../ui/DescriptorText'
import { RadarFigure } from '../charts/RadarFigure'
import { ReadinessMeter } from '../ui/ReadinessMeter'
import type { Assessment } from '../../domain/assessment'
import { biggestGapSentence, levelFitRule, levelFitSentence, readinessDetail } from '../../domain/assessment-sentences'
import type { Competency, Framework, Ratings } from '../../domain/framework-schema'
import { shortTitleOf } from '../../domain/ladder'
import { mentorLabel, type MentorView } from '../../domain/mentor'
import { radarGroups, toRadarRows } from '../../domain/radar'
import { expectedAt } from '../../domain/ratings'
import { withTexts } from '../../domain/framework/texts'
import { nextPointsSteps } from '../../domain/readiness'
import { Disagreements } from './Disagreements'
import { GapList } from '../ui/GapList'
import { PointsSteps } from './PointsSteps'
import styles from './GapsView.module.css'

export interface GapsViewProps {
  framework: Framework
  /** The competencies the figures count. */
  competencies: readonly Competency[]
  ratings: Ratings
  assessment: Assessment
  /** The page's own header: whose gap it is, and what the reader can do about it. */
  header: ReactNode
  /** The radar's area view ("all" or a group id), kept by the page (a search parameter on /gaps). */
  view: string
  onViewChange: (view: string) => void
  /** Mentors' ratings: a radar series each, and the competencies where they see it differently. */
  mentors?: readonly MentorView[]
  /** Below the gap lists: e.g. the mentors' reviews with a way to delete them. */
  mentorsFooter?: ReactNode
  /**
   * Shown instead of the ranked gaps while nothing is rated, when given: every competency would
   * otherwise be listed as a gap, which says nothing yet (/gaps invites the user to rate).
   */
  nothingRated?: ReactNode
}

/**
 * The gap picture, from props alone: readiness, level fit, the radar, the ranked gaps and what the
 * target expects beyond the current level. /gaps feeds it the user's own data, /shared a snapshot.
 */
export function GapsView({
  framework,
  competencies,
  ratings,
  assessment,
  header,
  view,
  onViewChange,
  mentors = [],
  mentorsFooter,
  nothingRated,
}: GapsViewProps) {
  const id = useId()
  const groups = useMemo(() => radarGroups(framework.areas, competencies), [framework.areas, competencies])
  const { target, current } = assessment
  const group = groups.find((g) => g.id === view)
  const shown = group ? competencies.filter((c) => group.competencyIds.includes(c.id)) : competencies
  const rule = framework.levelRule
  const byPoints = rule.kind === 'points'
  // A points-ruled level may set no bar per competency: then the radar shows the ratings alone.
  const withBars = assessment.expected > 0
  const rows = toRadarRows(shown, ratings, target.id, current?.id ?? null, {
    keepUnexpected: byPoints,
    others: mentors.map((m) => m.ratings),
  })
  const invite = assessment.rated === 0 ? nothingRated : undefined
  const met = expectedAt(competencies, target.id).filter((c) => !assessment.gaps.some((g) => g.competency.id === c.id))

  return (
    <>
      {header}

      <div className={styles.layout}>
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
            <p className={styles.statement}>
              {invite ? 'None yet: nothing is rated.' : biggestGapSentence(assessment)}
            </p>
          </section>
        </div>

        <section className={`card ${styles.section} ${styles.radarCard}`} aria-labelledby={`${id}-radar`}>
          <div className={styles.sectionHead}>
            <h2 id={`${id}-radar`}>
              {withBars
                ? `You, ${shortTitleOf(target)}${current ? ` and ${shortTitleOf(current)}` : ''}`
                : 'Your ratings'}
            </h2>
            <div className={styles.view}>
              <label htmlFor={`${id}-view`}>Radar view</label>
              <select id={`${id}-view`} value={group ? group.id : 'all'} onChange={(e) => onViewChange(e.target.value)}>
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
            otherLabels={mentors.map(mentorLabel)}
          />
        </section>

        <div className={styles.lists}>
          <section className={styles.section} aria-labelledby={`${id}-gaps`}>
            <div className={styles.sectionHead}>
              <h2 id={`${id}-gaps`}>{withBars ? 'Gaps, largest first' : 'Where the next points come from'}</h2>
            </div>
            {invite ??
              (!withBars && rule.kind === 'points' ? (
                <>
                  <p>
                    {target.title} sets no bar per competency: any rise adds points. These one-step rises add the most.
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
              ))}
            {!invite && met.length > 0 && (
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

          {mentors.length > 0 && <Disagreements competencies={competencies} ratings={ratings} mentors={mentors} />}
          {mentorsFooter}
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
                    <DescriptorText descriptor={withTexts(rise.competency).descriptors[rise.to]} />
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
