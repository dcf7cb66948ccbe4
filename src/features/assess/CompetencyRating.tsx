import { memo, useCallback, useId, useMemo, useState } from 'react'
import { LimitedTextarea } from '../../components/ui/LimitedTextarea'
import { useSettledText } from '../../components/hooks/use-settled-text'
import { evidenceHistory, type EvidenceEntry } from '../../domain/check-in-notes'
import { formatLocalDate } from '../../domain/dates'
import { RatingScale, type ScaleMark } from '../../components/ui/RatingScale'
import type { Competency, Level } from '../../domain/framework-schema'
import { shortTitleOf } from '../../domain/ladder'
import { NOTE_MAX_LENGTH } from '../../domain/notes'
import { expectationOf } from '../../domain/ratings'
import { useAppStore } from '../../store/app-store'
import styles from './AssessPage.module.css'

interface Props {
  competency: Competency
  labels: readonly string[] | undefined
  current: Level | null
  target: Level | null
}

/**
 * A competency card: its rating scale with the levels' bars marked, and the evidence note. Memoised: a
 * rating re-renders its own card (each reads its own rating), not all of them.
 */
export const CompetencyRating = memo(function CompetencyRating({ competency, labels, current, target }: Props) {
  const value = useAppStore((s) => s.ratings[competency.id])
  const rateCompetency = useAppStore((s) => s.rateCompetency)
  const relevant = useAppStore((s) => !s.notRelevant.includes(competency.id))
  const setRelevant = useAppStore((s) => s.setRelevant)

  if (!relevant)
    return (
      <div className={`card ${styles.notRelevant}`}>
        <h3 className={styles.notRelevantName}>{competency.name}</h3>
        <p>Not relevant to you: left out of your readiness, gaps and charts. Its rating and note are kept.</p>
        <button
          type="button"
          className="button"
          data-variant="quiet"
          aria-label={`Bring back ${competency.name}`}
          onClick={() => setRelevant(competency.id, true)}
        >
          Bring back
        </button>
      </div>
    )

  const marks: ScaleMark[] = []
  const mark = (kind: ScaleMark['kind'], level: Level | null, label: (short: string) => string) => {
    const value = level && expectationOf(competency, level.id)
    // A level that does not expect the competency has no bar to mark.
    if (level && value !== null) marks.push({ kind, value, label: label(shortTitleOf(level)) })
  }
  mark('current', current, (short) => `${short} bar`)
  mark('target', target, (short) => `Target: ${short}`)

  return (
    <div className="card">
      <RatingScale
        competency={competency}
        labels={labels}
        value={value}
        onChange={(v) => rateCompetency(competency.id, v)}
        marks={marks}
      />
      <div className={styles.cardFoot}>
        <EvidenceNote competency={competency} />
        <button
          type="button"
          className={styles.relevanceToggle}
          aria-label={`Not relevant to me: ${competency.name}`}
          onClick={() => setRelevant(competency.id, false)}
        >
          Not relevant to me
        </button>
      </div>
    </div>
  )
})

/**
 * The evidence note, with the notes saved at earlier check-ins. Its draft is its own state, so a
 * keystroke re-renders the box and its count, not the card's rating scale or the earlier notes.
 */
function EvidenceNote({ competency }: { competency: Competency }) {
  const id = useId()
  const note = useAppStore((s) => s.notes[competency.id] ?? '')
  const setNote = useAppStore((s) => s.setNote)
  const saveNote = useCallback((text: string) => setNote(competency.id, text), [setNote, competency.id])
  // Typing writes once it settles, not per keystroke (each write saves everything and re-renders its readers).
  const [noteText, editNote, settleNote] = useSettledText(note, saveNote)
  const checkIns = useAppStore((s) => s.checkIns)
  const history = useMemo(() => evidenceHistory(checkIns, competency.id), [checkIns, competency.id])
  // Open at first when there is a note; after that the user opens and closes it (clearing the note must not hide the box).
  const [openAtFirst] = useState(note !== '')
  return (
    <details className={styles.evidence} open={openAtFirst || undefined}>
      <summary>
        {noteText ? 'Evidence note' : 'Add evidence'}
        {history.length > 0 ? ` · ${history.length} saved before` : ''}
      </summary>
      <label htmlFor={`${id}-note`}>
        What I did that shows it<span className="visually-hidden"> ({competency.name})</span>
      </label>
      <LimitedTextarea
        id={`${id}-note`}
        value={noteText}
        limit={NOTE_MAX_LENGTH}
        onChange={editNote}
        onBlur={settleNote}
        placeholder="e.g. Ran five customer interviews for the onboarding redesign and shared the synthesis"
      />
      <EarlierNotes history={history} />
    </details>
  )
}

/** Earlier notes shown before the user asks for more: five years of weekly notes would be hundreds of items on the page. */
const LATEST_NOTES = 3

/** The notes saved at earlier check-ins, newest first: the latest few, and the rest on request. */
const EarlierNotes = memo(function EarlierNotes({ history }: { history: readonly EvidenceEntry[] }) {
  const id = useId()
  const [all, setAll] = useState(false)
  if (history.length === 0) return null
  const older = history.length - LATEST_NOTES
  return (
    <div className={styles.history}>
      <h4 id={`${id}-history`}>Saved at earlier check-ins</h4>
      <ol aria-labelledby={`${id}-history`}>
        {(all ? history : history.slice(0, LATEST_NOTES)).map((entry) => (
          <li key={entry.date}>
            <time dateTime={entry.date}>{formatLocalDate(entry.date)}</time> {entry.note}
          </li>
        ))}
      </ol>
      {older > 0 && (
        <button
          type="button"
          className={`button ${styles.moreNotes}`}
          data-variant="quiet"
          aria-expanded={all}
          onClick={() => setAll(!all)}
        >
          {all ? `Show the latest ${LATEST_NOTES} only` : `Show ${older} older ${older === 1 ? 'note' : 'notes'}`}
        </button>
      )}
    </div>
  )
})
