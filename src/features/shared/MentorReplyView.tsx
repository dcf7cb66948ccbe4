import { Link } from '@tanstack/react-router'
import { useState } from 'react'
import { formatLocalDate } from '../../domain/dates'
import type { MentorReply } from '../../persistence/share-link'
import { useAppStore } from '../../store/app-store'

type Outcome = { ok: true; frameworkName: string } | { ok: false; reason: string }

/**
 * A mentor's reply, opened in the owner's browser: nothing is added until the owner says so, and a
 * reply to a link this browser did not make is refused.
 */
export function MentorReplyView({ reply }: { reply: MentorReply }) {
  const addMentorReply = useAppStore((s) => s.addMentorReply)
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const count = Object.keys(reply.ratings).length
  return (
    <>
      <header className="page-header">
        <h1>Ratings from {reply.mentorName}</h1>
        <p>
          {reply.mentorName} rated {count === 1 ? '1 competency' : `${count} competencies`} on{' '}
          {formatLocalDate(reply.ratedAt.slice(0, 10))}, in reply to a link you shared. Add them to see their view
          beside yours on your gaps.
        </p>
      </header>
      {outcome === null && (
        <button type="button" className="button" onClick={() => setOutcome(addMentorReply(reply))}>
          Add mentor ratings from {reply.mentorName}
        </button>
      )}
      {outcome?.ok === true && (
        <p role="status" className="card">
          Added to {outcome.frameworkName}. <Link to="/gaps">See them on your gaps</Link>.
        </p>
      )}
      {outcome?.ok === false && (
        <p role="alert" className="card">
          Not added: {outcome.reason}
        </p>
      )}
    </>
  )
}
