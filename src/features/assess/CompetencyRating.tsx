import { useId, useState } from 'react'
import { RatingScale, type ScaleMark } from '../../components/RatingScale'
import type { Competency, Level } from '../../domain/framework-schema'
import { expectationOf } from '../../domain/ratings'
import { useAppStore } from '../../store/app-store'
import styles from './AssessPage.module.css'

interface Props {
  competency: Competency
  labels: readonly string[]
  current: Level | null
  target: Level | null
}

/** A competency card: its rating scale with the levels' bars marked, and the evidence note. */
export function CompetencyRating({ competency, labels, current, target }: Props) {
  const id = useId()
  const value = useAppStore((s) => s.ratings[competency.id])
  const note = useAppStore((s) => s.notes[competency.id] ?? '')
  const rateCompetency = useAppStore((s) => s.rateCompetency)
  const setNote = useAppStore((s) => s.setNote)
  // Open at first when there is a note; after that the user opens and closes it (clearing the note must not hide the box).
  const [openAtFirst] = useState(note !== '')

  const marks: ScaleMark[] = []
  if (current) marks.push({ kind: 'current', value: expectationOf(competency, current.id), label: `${current.shortTitle} bar` })
  if (target) marks.push({ kind: 'target', value: expectationOf(competency, target.id), label: `Target: ${target.shortTitle}` })

  return (
    <div className="card">
      <RatingScale
        competency={competency}
        labels={labels}
        value={value}
        onChange={(v) => rateCompetency(competency.id, v)}
        marks={marks}
      />
      <details className={styles.evidence} open={openAtFirst || undefined}>
        <summary>{note ? 'Evidence note' : 'Add evidence'}</summary>
        <label htmlFor={`${id}-note`}>
          What I did that shows it<span className="visually-hidden"> ({competency.name})</span>
        </label>
        <textarea
          id={`${id}-note`}
          value={note}
          maxLength={2000}
          onChange={(e) => setNote(competency.id, e.target.value)}
          placeholder="e.g. Ran five customer interviews for the onboarding redesign and shared the synthesis"
        />
      </details>
    </div>
  )
}
