import { useEffect, useRef, useState } from 'react'
import type { CheckIn } from '../../domain/check-in'
import type { Competency } from '../../domain/framework-schema'
import { actionOutcome, outcomeSentence } from '../../domain/action-outcome'
import { ACTION_STATUSES, type Action, type ActionStatus } from '../../domain/plan'
import { useAppStore } from '../../store/app-store'
import { ActionForm } from './ActionForm'
import styles from './PlanPage.module.css'

const STATUS_LABELS: Record<ActionStatus, string> = { planned: 'Planned', doing: 'Doing', done: 'Done' }

interface Props {
  action: Action
  position: number
  count: number
  competencies: readonly Competency[]
  checkIns: readonly CheckIn[]
  max: number
  onMove: (offset: -1 | 1) => void
  onDelete: () => void
  /** Registers the move buttons so focus can follow the action after a move. */
  moveButtonRef: (offset: -1 | 1, el: HTMLButtonElement | null) => void
}

/** One action: its facts, status, outcome once done, and the controls to edit, move and delete it. */
export function ActionItem({
  action,
  position,
  count,
  competencies,
  checkIns,
  max,
  onMove,
  onDelete,
  moveButtonRef,
}: Props) {
  const [editing, setEditing] = useState(false)
  const editButton = useRef<HTMLButtonElement>(null)
  const wasEditing = useRef(false)
  // Leaving the form puts focus back on the button that opened it, not on the page.
  useEffect(() => {
    if (wasEditing.current && !editing) editButton.current?.focus()
    wasEditing.current = editing
  }, [editing])
  const editAction = useAppStore((s) => s.editAction)
  const setActionStatus = useAppStore((s) => s.setActionStatus)
  const competency = competencies.find((c) => c.id === action.competencyId)
  const competencyName = competency?.name ?? action.competencyId
  const outcome = actionOutcome(action, checkIns)
  const statusId = `status-${action.id}`

  if (editing)
    return (
      <li className={styles.action}>
        <ActionForm
          competencies={competencies}
          max={max}
          initial={action}
          submitLabel="Save changes"
          focusOnMount
          onSubmit={(draft) => {
            editAction(action.id, draft)
            setEditing(false)
          }}
          onCancel={() => setEditing(false)}
        />
      </li>
    )

  return (
    <li className={styles.action} data-status={action.status}>
      <div className={styles.actionMain}>
        <span className={styles.competencyTag}>{competencyName}</span>
        <strong className={styles.actionTitle}>{action.title}</strong>
        <p className={styles.actionFacts}>
          {action.targetWeek && <span>By {action.targetWeek.replace('-', ' ')}</span>}
          {action.expectedEffect && (
            <span>
              Expected: {competencyName} {action.expectedEffect.from} to {action.expectedEffect.to}
            </span>
          )}
          {action.doneOn && <span>Done on {action.doneOn}</span>}
        </p>
        {action.status === 'done' && (
          <p className={styles.outcome}>
            {outcome
              ? outcomeSentence(competencyName, outcome)
              : 'Not measured yet: it needs a check-in from before it started and a later one.'}
          </p>
        )}
      </div>
      <div className={styles.actionControls}>
        <label htmlFor={statusId} className="visually-hidden">
          Status of {action.title}
        </label>
        <select
          id={statusId}
          value={action.status}
          onChange={(e) => setActionStatus(action.id, e.target.value as ActionStatus)}
          className={styles.status}
        >
          {ACTION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
        <button
          type="button"
          ref={(el) => moveButtonRef(-1, el)}
          className={styles.iconButton}
          aria-label={`Move up: ${action.title}`}
          disabled={position === 0}
          onClick={() => onMove(-1)}
        >
          ↑
        </button>
        <button
          type="button"
          ref={(el) => moveButtonRef(1, el)}
          className={styles.iconButton}
          aria-label={`Move down: ${action.title}`}
          disabled={position === count - 1}
          onClick={() => onMove(1)}
        >
          ↓
        </button>
        <span className={styles.spacer} />
        <button
          type="button"
          ref={editButton}
          className={styles.linkButton}
          aria-label={`Edit: ${action.title}`}
          onClick={() => setEditing(true)}
        >
          Edit
        </button>
        <button type="button" className={styles.linkButton} aria-label={`Delete: ${action.title}`} onClick={onDelete}>
          Delete
        </button>
      </div>
    </li>
  )
}
