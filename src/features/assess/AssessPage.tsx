import { Link } from '@tanstack/react-router'
import { useId } from 'react'
import { useDocumentTitle } from '../../components/hooks/use-document-title'
import { usePreloadAfterChange } from '../../components/hooks/use-preload-after-change'
import { levelById } from '../../domain/ladder'
import { groupByArea } from '../../domain/areas'
import { countRated, isTrackOn, tracksOf } from '../../domain/ratings'
import { useAppStore } from '../../store/app-store'
import { useCompetencies, useCompetenciesOnTracks, useFramework, useProfile, useRatings } from '../../store/selectors'
import { RoleSelectors } from '../../components/ui/RoleSelectors'
import { CompetencyRating } from './CompetencyRating'
import styles from './AssessPage.module.css'

/** /assess: every competency, grouped by area, rated from behavioural descriptions. */
export function AssessPage() {
  useDocumentTitle('Rate yourself')
  const id = useId()
  const framework = useFramework()
  const competencies = useCompetencies()
  const listed = useCompetenciesOnTracks()
  const ratings = useRatings()
  // A rating changed: its effect shows on /gaps, so that screen's code is fetched while the user reads on.
  usePreloadAfterChange(ratings, '/gaps')
  const { currentLevelId, targetLevelId, tracks: trackChoices } = useProfile()
  const setTrack = useAppStore((s) => s.setTrack)
  const current = (currentLevelId && levelById(framework.levels, currentLevelId)) || null
  const target = (targetLevelId && levelById(framework.levels, targetLevelId)) || null
  const rated = countRated(competencies, ratings)
  const total = competencies.length
  const tracks = tracksOf(framework)

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
        {tracks.map((track, i) => {
          const count = framework.competencies.filter((c) => c.track === track.id).length
          return (
            <div key={track.id} className={styles.track}>
              <input
                id={`${id}-track-${i}`}
                type="checkbox"
                checked={isTrackOn(framework, track.id, trackChoices)}
                onChange={(e) => setTrack(track.id, e.target.checked)}
                aria-describedby={`${id}-track-${i}-hint`}
              />
              <div>
                <label htmlFor={`${id}-track-${i}`}>
                  Include the {track.name}
                  {/track$/i.test(track.name) ? '' : ' track'}
                </label>
                <p id={`${id}-track-${i}-hint`}>
                  {track.summary ? `${track.summary} ` : ''}
                  {count === 1 ? '1 competency' : `${count} competencies`}. Switching it off hides them but keeps their
                  ratings.
                </p>
              </div>
            </div>
          )
        })}
      </section>

      {groupByArea(framework.areas, listed).map(({ area, competencies: inArea }, i) => {
        const headingId = `${id}-area-${i}`
        return (
          <section key={area?.id ?? ''} className={styles.area} aria-labelledby={headingId}>
            <div className={styles.areaHead}>
              <h2 id={headingId}>
                {area?.name ?? (framework.areas.length > 0 ? 'Other competencies' : 'Competencies')}
              </h2>
              {area?.summary && <p>{area.summary}</p>}
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
