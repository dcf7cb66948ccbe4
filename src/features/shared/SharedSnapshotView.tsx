import { useId, useMemo, useState } from 'react'
import { assess } from '../../domain/assessment'
import { formatLocalDate } from '../../domain/dates'
import { competenciesInPlay, competencyNames } from '../../domain/ratings'
import { frameworkOfSnapshot, type ShareSnapshot } from '../../persistence/share-link'
import { GapsView } from '../../components/gap-view/GapsView'
import { MentorRating } from './MentorRating'
import styles from './SharedPage.module.css'

/**
 * A share link's snapshot, read-only, through the same view as /gaps. Everything comes from the link:
 * the opener's own stored data is neither read nor written.
 */
export function SharedSnapshotView({ snapshot }: { snapshot: ShareSnapshot }) {
  const id = useId()
  const framework = frameworkOfSnapshot(snapshot)
  const competencies = useMemo(
    () => competenciesInPlay(framework, { tracks: snapshot.tracks, notRelevant: snapshot.notRelevant }),
    [framework, snapshot],
  )
  const assessment = useMemo(
    () => assess(framework, competencies, snapshot.ratings, snapshot.currentLevelId, snapshot.targetLevelId),
    [framework, competencies, snapshot],
  )
  const [view, setView] = useState('all')
  const [rating, setRating] = useState(false)
  const nameOf = competencyNames(competencies)

  if (!assessment)
    return (
      <p role="alert" className="card">
        This link names a target role its framework does not have, so there is no gap to show.
      </p>
    )

  const notes = Object.entries(snapshot.notes ?? {}).filter(([, note]) => note.trim() !== '')
  return (
    <>
      <GapsView
        framework={framework}
        competencies={competencies}
        ratings={snapshot.ratings}
        assessment={assessment}
        view={view}
        onViewChange={setView}
        header={
          <header className="page-header">
            <h1>A shared gap to {assessment.target.title}</h1>
            <p>
              A read-only snapshot of someone&apos;s self-assessment, made{' '}
              {formatLocalDate(snapshot.createdAt.slice(0, 10))} against {framework.name}
              {assessment.current ? `; current role: ${assessment.current.title}` : ''}. Nothing here is stored in this
              browser.
            </p>
            {!rating && (
              <button type="button" className="button" onClick={() => setRating(true)}>
                Rate as mentor
              </button>
            )}
          </header>
        }
      />
      {(notes.length > 0 || snapshot.plan) && (
        <section className={`card ${styles.section}`} aria-labelledby={`${id}-notes`}>
          <h2 id={`${id}-notes`}>Their evidence and plan</h2>
          {notes.length > 0 && (
            <dl className={styles.notes}>
              {notes.map(([cid, note]) => (
                <div key={cid}>
                  <dt>{nameOf(cid)}</dt>
                  <dd>{note}</dd>
                </div>
              ))}
            </dl>
          )}
          {snapshot.plan && (
            <>
              <p>
                <strong>Focus: </strong>
                {snapshot.plan.focus.length > 0 ? snapshot.plan.focus.map(nameOf).join(' · ') : 'none chosen'}
              </p>
              {snapshot.plan.actions.length > 0 && (
                <ul aria-label="Their actions">
                  {snapshot.plan.actions.map((a, i) => (
                    <li key={i}>
                      {a.title}{' '}
                      <span className="muted">
                        ({nameOf(a.competencyId)}, {a.status})
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </>
          )}
        </section>
      )}
      {rating && (
        <MentorRating
          snapshot={snapshot}
          framework={framework}
          competencies={competencies}
          target={assessment.target}
        />
      )}
    </>
  )
}
