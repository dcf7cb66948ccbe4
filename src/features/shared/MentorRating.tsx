import { useEffect, useId, useRef, useState } from 'react'
import { downloadFile } from '../../components/files/download'
import { LinkField } from '../../components/ui/LinkField'
import { RatingScale, type ScaleMark } from '../../components/ui/RatingScale'
import type { Competency, Framework, Level } from '../../domain/framework-schema'
import { shortTitleOf } from '../../domain/ladder'
import { expectationOf } from '../../domain/ratings'
import { newLinkId } from '../../persistence/base64url'
import { encodeLink, type ShareSnapshot } from '../../persistence/share-link'
import styles from './SharedPage.module.css'

interface Props {
  snapshot: ShareSnapshot
  framework: Framework
  competencies: readonly Competency[]
  target: Level
}

/**
 * "Rate as mentor": the mentor rates every competency, by default without seeing the person's own
 * ratings (an independent view is the useful one), and sends the result back as a reply link.
 */
export function MentorRating({ snapshot, framework, competencies, target }: Props) {
  const id = useId()
  const [name, setName] = useState('')
  const [ratings, setRatings] = useState<Record<string, number>>({})
  const [comments, setComments] = useState<Record<string, string>>({})
  const [showTheirs, setShowTheirs] = useState(false)
  const [reply, setReply] = useState<string | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const heading = useRef<HTMLHeadingElement>(null)
  // Opened from a button at the top of a long page: take the reader (and the keyboard) to it.
  useEffect(() => heading.current?.focus(), [])

  const createReply = async () => {
    if (name.trim() === '') return setProblem('Add your name first, so they know whose ratings these are.')
    if (Object.keys(ratings).length === 0) return setProblem('Rate at least one competency first.')
    setProblem(null)
    const fragment = await encodeLink({
      kind: 'reply',
      id: newLinkId(),
      shareId: snapshot.id,
      frameworkId: framework.id,
      frameworkVersion: framework.version,
      mentorName: name.trim(),
      ratedAt: new Date().toISOString(),
      ratings,
      comments: Object.fromEntries(Object.entries(comments).filter(([, c]) => c.trim() !== '')),
    })
    setReply(new URL(`/shared#${fragment}`, window.location.origin).href)
  }

  return (
    <section className={`card ${styles.section}`} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1} className={styles.focusTarget}>
        Rate as mentor
      </h2>
      <p>
        Pick, for each competency, what you see them do. Your ratings go back to them as a link: nothing is stored here
        or sent anywhere.
      </p>
      <div className={styles.field}>
        <label htmlFor={`${id}-name`}>Your name</label>
        <input id={`${id}-name`} type="text" maxLength={80} value={name} onChange={(e) => setName(e.target.value)} />
      </div>
      <label className={styles.toggle}>
        <input type="checkbox" checked={showTheirs} onChange={(e) => setShowTheirs(e.target.checked)} />
        Show their own ratings (off by default, so your view stays your own)
      </label>
      <div className={styles.competencies}>
        {competencies.map((competency) => {
          const bar = expectationOf(competency, target.id)
          const marks: ScaleMark[] =
            bar === null ? [] : [{ kind: 'target', value: bar, label: `${shortTitleOf(target)} bar` }]
          const theirs = snapshot.ratings[competency.id]
          return (
            <div key={competency.id} className="card">
              <RatingScale
                competency={competency}
                labels={framework.scale.labels}
                value={ratings[competency.id]}
                onChange={(v) => setRatings((r) => ({ ...r, [competency.id]: v }))}
                marks={marks}
              />
              {showTheirs && (
                <p className={styles.theirs}>They rated themselves {theirs === undefined ? 'nothing yet' : theirs}.</p>
              )}
              <details className={styles.comment}>
                <summary>Add a comment</summary>
                <label htmlFor={`${id}-c-${competency.id}`} className="visually-hidden">
                  Comment on {competency.name}
                </label>
                <textarea
                  id={`${id}-c-${competency.id}`}
                  maxLength={2000}
                  value={comments[competency.id] ?? ''}
                  onChange={(e) => setComments((c) => ({ ...c, [competency.id]: e.target.value }))}
                />
              </details>
            </div>
          )
        })}
      </div>
      <div className={styles.actions}>
        <button type="button" className="button" onClick={() => void createReply()}>
          Create reply link
        </button>
        <span className={styles.hint}>
          {Object.keys(ratings).length} of {competencies.length} rated
        </span>
      </div>
      {problem && <p role="alert">{problem}</p>}
      {reply && (
        <>
          <LinkField label="Reply link" link={reply} />
          <div className={styles.actions}>
            <button
              type="button"
              className="button"
              data-variant="quiet"
              onClick={() =>
                downloadFile(
                  'trajectory-mentor-reply.txt',
                  `Ratings from ${name.trim()}: open this link in the browser where you use Trajectory.\n\n${reply}\n`,
                  'text/plain;charset=utf-8',
                )
              }
            >
              Download the reply as a file
            </button>
            <span className={styles.hint}>Send them the link (or the file) by email or chat.</span>
          </div>
        </>
      )}
    </section>
  )
}
