import type { Competency, Ratings } from './framework-schema'

/** A mentor's ratings of the user, as the screens need them (a stored review fits). */
export interface MentorView {
  id: string
  mentorName: string
  ratedAt: string
  ratings: Ratings
  comments: Readonly<Record<string, string>>
}

export interface Disagreement {
  competency: Competency
  own: number
  mentor: number
  /** mentor − own: positive when the mentor sees more than the user does. */
  difference: number
  comment: string | null
}

/** Two steps apart is a different level of skill, not rating noise. */
export const DISAGREEMENT_STEPS = 2

/**
 * Where a mentor and the user see a competency differently: both rated it, two or more steps apart.
 * Largest difference first; ties keep the framework's order.
 */
export function disagreements(competencies: readonly Competency[], own: Ratings, mentor: MentorView): Disagreement[] {
  return competencies
    .flatMap((competency) => {
      const mine = own[competency.id]
      const theirs = mentor.ratings[competency.id]
      if (mine === undefined || theirs === undefined || Math.abs(theirs - mine) < DISAGREEMENT_STEPS) return []
      return [
        {
          competency,
          own: mine,
          mentor: theirs,
          difference: theirs - mine,
          comment: mentor.comments[competency.id] ?? null,
        },
      ]
    })
    .sort((a, b) => Math.abs(b.difference) - Math.abs(a.difference))
}

/** Each mentor's latest review (a mentor may answer several rounds), oldest mentor first. */
export function latestPerMentor<T extends MentorView>(reviews: readonly T[]): T[] {
  const latest = new Map<string, T>()
  for (const review of reviews) {
    const key = review.mentorName.trim().toLowerCase()
    const seen = latest.get(key)
    if (!seen || review.ratedAt > seen.ratedAt) latest.set(key, review)
  }
  return [...latest.values()]
}

/** The mentor's series name on charts and tables: it starts "Mentor", so a reader (and a test) tells it from the user's own series. */
export function mentorLabel(mentor: Pick<MentorView, 'mentorName'>): string {
  return `Mentor: ${mentor.mentorName}`
}
