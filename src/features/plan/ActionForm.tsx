import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import type { Competency } from '../../domain/framework-schema'
import { isIsoWeek } from '../../domain/dates'
import type { Action } from '../../domain/plan'
import styles from './PlanPage.module.css'

export type ActionDraft = Pick<Action, 'title' | 'competencyId' | 'targetWeek' | 'expectedEffect'>

interface Props {
  competencies: readonly Competency[]
  max: number
  initial: ActionDraft
  submitLabel: string
  onSubmit: (draft: ActionDraft) => void
  onCancel?: () => void
  /** Moves focus to the title field when the form appears (editing opens it in place of the action). */
  focusOnMount?: boolean
}

/** Title, competency, target week and expected effect of an action: for adding and for editing. */
export function ActionForm({
  competencies,
  max,
  initial,
  submitLabel,
  onSubmit,
  onCancel,
  focusOnMount = false,
}: Props) {
  const id = useId()
  const titleInput = useRef<HTMLInputElement>(null)
  useEffect(() => {
    if (focusOnMount) titleInput.current?.focus()
  }, [focusOnMount])
  const [title, setTitle] = useState(initial.title)
  const [competencyId, setCompetencyId] = useState(initial.competencyId)
  const [targetWeek, setTargetWeek] = useState(initial.targetWeek ?? '')
  const [from, setFrom] = useState(initial.expectedEffect ? String(initial.expectedEffect.from) : '')
  const [to, setTo] = useState(initial.expectedEffect ? String(initial.expectedEffect.to) : '')
  const [error, setError] = useState('')

  const submit = (e: FormEvent) => {
    e.preventDefault()
    if (title.trim() === '') return setError('Give the action a title: what will you do?')
    if ((from === '') !== (to === ''))
      return setError('An expected effect needs both ratings, from and to, or neither.')
    if (from !== '' && Number(to) <= Number(from))
      return setError('An action should raise the rating: choose a "to" above the "from".')
    if (targetWeek !== '' && !isIsoWeek(targetWeek))
      return setError('Target week looks like 2026-W50: a year, then a week number that year has (01 to 52 or 53).')
    setError('')
    onSubmit({
      title: title.trim(),
      competencyId,
      targetWeek: targetWeek === '' ? null : targetWeek,
      expectedEffect: from === '' ? null : { from: Number(from), to: Number(to) },
    })
  }

  return (
    <form className={styles.form} onSubmit={submit} noValidate>
      <div className={`${styles.field} ${styles.wide}`}>
        <label htmlFor={`${id}-title`}>Action</label>
        <input
          id={`${id}-title`}
          ref={titleInput}
          value={title}
          maxLength={200}
          onChange={(e) => setTitle(e.target.value)}
          placeholder="e.g. Interview three customers about onboarding"
          aria-invalid={error !== '' && title.trim() === ''}
          aria-describedby={error ? `${id}-error` : undefined}
        />
      </div>
      <div className={styles.field}>
        <label htmlFor={`${id}-competency`}>Competency</label>
        <select id={`${id}-competency`} value={competencyId} onChange={(e) => setCompetencyId(e.target.value)}>
          {competencies.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <div className={styles.field}>
        <label htmlFor={`${id}-week`}>Target week (optional)</label>
        <input id={`${id}-week`} type="week" value={targetWeek} onChange={(e) => setTargetWeek(e.target.value)} />
      </div>
      <fieldset className={styles.effect}>
        <legend>Expected effect (optional)</legend>
        <label htmlFor={`${id}-from`}>From</label>
        <RatingSelect id={`${id}-from`} max={max} value={from} onChange={setFrom} />
        <label htmlFor={`${id}-to`}>to</label>
        <RatingSelect id={`${id}-to`} max={max} value={to} onChange={setTo} />
      </fieldset>
      {error && (
        <p id={`${id}-error`} role="alert" className={styles.error}>
          {error}
        </p>
      )}
      <div className={styles.formActions}>
        <button type="submit" className="button">
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button" data-variant="quiet" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  )
}

/** A rating 0..max, or none (""). */
function RatingSelect({
  id,
  max,
  value,
  onChange,
}: {
  id: string
  max: number
  value: string
  onChange: (v: string) => void
}) {
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">—</option>
      {Array.from({ length: max + 1 }, (_, v) => (
        <option key={v} value={v}>
          {v}
        </option>
      ))}
    </select>
  )
}
