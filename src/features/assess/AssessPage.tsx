import { Link } from '@tanstack/react-router'
import { useId } from 'react'
import { useDocumentTitle } from '../../components/use-document-title'
import { levelById } from '../../domain/ladder'
import { countRated } from '../../domain/ratings'
import { useAppStore } from '../../store/app-store'
import { useCompetencies, useFramework, useProfile, useRatings } from '../../store/selectors'
import { RoleSelectors } from '../profile/RoleSelectors'
import { CompetencyRating } from './CompetencyRating'
import styles from './AssessPage.module.css'

/** /assess: every competency, grouped by area, rated from behavioural descriptions. */
export function AssessPage() {
  useDocumentTitle('Rate yourself')
  const id = useId()
  const framework = useFramework()
  const competencies = useCompetencies()
  const ratings = useRatings()
  const { currentLevelId, targetLevelId, aiTrack } = useProfile()
  const setAiTrack = useAppStore((s) => s.setAiTrack)
  const current = (currentLevelId && levelById(framework.levels, currentLevelId)) || null
  const target = (targetLevelId && levelById(framework.levels, targetLevelId)) || null
  const rated = countRated(competencies, ratings)
  const total = competencies.length
  const aiCount = framework.competencies.filter((c) => c.track === 'ai').length

  return (
    <>
      <header className="page-header">
        <h1>Rate yourself</h1>
        <p>
          For each competency, pick the description that matches what you do today, not what you could do. The marks
          show what your current level and your target expect.
        </p>
        <div className={styles.progress}>
          <span className={styles.progressText} aria-live="polite">
            {rated} of {total} rated
          </span>
          <span className={styles.bar} aria-hidden="true">
            <span style={{ width: `${total ? (rated * 100) / total : 0}%` }} />
          </span>
        </div>
      </header>

      <section className={`card ${styles.setup}`} aria-labelledby={`${id}-roles`}>
        <h2 id={`${id}-roles`}>Your roles</h2>
        <RoleSelectors />
        <div className={styles.track}>
          <input
            id={`${id}-ai`}
            type="checkbox"
            checked={aiTrack}
            onChange={(e) => setAiTrack(e.target.checked)}
            aria-describedby={`${id}-ai-hint`}
          />
          <div>
            <label htmlFor={`${id}-ai`}>Include the AI product manager track</label>
            <p id={`${id}-ai-hint`}>
              Adds {aiCount} competencies for building AI products. Switching it off hides them but keeps their ratings.
            </p>
          </div>
        </div>
      </section>

      {framework.areas.map((area) => {
        const inArea = competencies.filter((c) => c.areaId === area.id)
        if (inArea.length === 0) return null
        return (
          <section key={area.id} className={styles.area} aria-labelledby={`${id}-area-${area.id}`}>
            <div className={styles.areaHead}>
              <h2 id={`${id}-area-${area.id}`}>{area.name}</h2>
              <p>{area.summary}</p>
            </div>
            <div className={styles.competencies}>
              {inArea.map((competency) => (
                <CompetencyRating
                  key={competency.id}
                  competency={competency}
                  labels={framework.scale.labels}
                  current={current}
                  target={target}
                />
              ))}
            </div>
          </section>
        )
      })}

      <div className={`card ${styles.done}`}>
        <p>
          {rated === total
            ? 'Everything is rated. Your gap is ready.'
            : `${total - rated} left to rate. Unrated competencies count as "not yet".`}
        </p>
        <Link to="/gaps" className="button">
          See your gaps
        </Link>
      </div>
    </>
  )
}
