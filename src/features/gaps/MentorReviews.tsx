import { useId } from 'react'
import { formatLocalDate } from '../../domain/dates'
import type { MentorReview } from '../../persistence/persisted-state'
import { useAppStore } from '../../store/app-store'
import styles from './GapsPage.module.css'

/** The mentors' reviews kept for this framework, each with a way to delete it. */
export function MentorReviews({ reviews }: { reviews: readonly MentorReview[] }) {
  const id = useId()
  const remove = useAppStore((s) => s.deleteMentorReview)
  return (
    <section className={`card ${styles.section}`} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Mentor reviews</h2>
      <ul className={styles.reviews}>
        {reviews.map((r) => (
          <li key={r.id}>
            <span>
              <strong>{r.mentorName}</strong>, rated {formatLocalDate(r.ratedAt.slice(0, 10))}
            </span>
            <button
              type="button"
              className="button"
              data-variant="quiet"
              aria-label={`Delete the review of ${r.mentorName} from ${r.ratedAt.slice(0, 10)}`}
              onClick={() => remove(r.id)}
            >
              Delete
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}
