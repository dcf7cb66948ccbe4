import { useId } from 'react'
import type { Competency, Ratings } from '../../domain/framework-schema'
import { disagreements, DISAGREEMENT_STEPS, type MentorView } from '../../domain/mentor'
import styles from './GapsView.module.css'

/** Where each mentor sees a competency two or more steps away from the user's own rating. */
export function Disagreements({
  competencies,
  ratings,
  mentors,
}: {
  competencies: readonly Competency[]
  ratings: Ratings
  mentors: readonly MentorView[]
}) {
  const id = useId()
  const items = mentors.flatMap((mentor) =>
    disagreements(competencies, ratings, mentor).map((d) => ({ ...d, who: mentor })),
  )
  return (
    <section className={`card ${styles.section}`} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Where your mentors see it differently</h2>
      {items.length === 0 ? (
        <p>No competency is {DISAGREEMENT_STEPS} or more steps apart: you and your mentors see your skills alike.</p>
      ) : (
        <ul className={styles.disagreements} aria-label="Disagreements">
          {items.map(({ competency, own, mentor, difference, comment, who }) => (
            <li key={`${who.id}-${competency.id}`}>
              <strong>{competency.name}</strong>
              <span>
                You {own}, {who.mentorName} {mentor} ({difference > 0 ? `${who.mentorName} sees more` : 'you see more'})
              </span>
              {comment && <q>{comment}</q>}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
