import { useId, useRef, useState } from 'react'
import { useFocusAfterRender } from '../../components/hooks/use-focus-after-render'
import type { Action } from '../../domain/plan'
import { useAppStore } from '../../store/app-store'
import { useCompetencies, useFramework } from '../../store/selectors'
import { ActionItem } from './ActionItem'
import styles from './PlanPage.module.css'

/** The user's actions in their order; moving keeps keyboard focus on the moved action. */
export function ActionList({ actions }: { actions: readonly Action[] }) {
  const id = useId()
  const framework = useFramework()
  const competencies = useCompetencies()
  const allCompetencies = framework.competencies
  const checkIns = useAppStore((s) => s.checkIns)
  const moveAction = useAppStore((s) => s.moveAction)
  const deleteAction = useAppStore((s) => s.deleteAction)
  const restoreAction = useAppStore((s) => s.restoreAction)
  const [announcement, setAnnouncement] = useState('')
  const [deleted, setDeleted] = useState<{ action: Action; index: number } | null>(null)
  const buttons = useRef(new Map<string, HTMLButtonElement>())
  const undoButton = useRef<HTMLButtonElement>(null)
  const listHeading = useRef<HTMLHeadingElement>(null)
  // A moved action keeps focus, a deleted one hands it to Undo, an undone delete to the restored action.
  const focusAfterRender = useFocusAfterRender()

  /** One of the action's move buttons that can take focus (at either end of the list one is disabled). */
  const moveButtonOf = (actionId: string, prefer: -1 | 1) => {
    const first = buttons.current.get(`${actionId}:${prefer}`)
    if (first && !first.disabled) return first
    const other = buttons.current.get(`${actionId}:${-prefer}`)
    return other && !other.disabled ? other : listHeading.current
  }

  return (
    <section className={`card ${styles.section}`} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={listHeading} tabIndex={-1}>
        Actions
      </h2>
      <p role="status" className={styles.statusLine}>
        {deleted ? (
          <>
            Deleted &ldquo;{deleted.action.title}&rdquo;.{' '}
            <button
              type="button"
              ref={undoButton}
              className={styles.linkButton}
              onClick={() => {
                restoreAction(deleted.action, deleted.index)
                setAnnouncement(`Restored “${deleted.action.title}”.`)
                setDeleted(null)
                focusAfterRender(() => moveButtonOf(deleted.action.id, -1))
              }}
            >
              Undo
            </button>
          </>
        ) : (
          announcement
        )}
      </p>
      {actions.length === 0 ? (
        <p className="muted">No actions yet. Add a suggestion or your own below.</p>
      ) : (
        <ol className={styles.actions} aria-labelledby={`${id}-title`}>
          {actions.map((action, i) => (
            <ActionItem
              key={action.id}
              action={action}
              position={i}
              count={actions.length}
              // An action keeps its competency's name even when the AI track is switched off.
              competencies={competencies.some((c) => c.id === action.competencyId) ? competencies : allCompetencies}
              checkIns={checkIns}
              max={framework.scale.max}
              moveButtonRef={(offset, el) => {
                const key = `${action.id}:${offset}`
                if (el) buttons.current.set(key, el)
                else buttons.current.delete(key)
              }}
              onMove={(offset) => {
                moveAction(action.id, offset)
                setDeleted(null)
                setAnnouncement(`Moved “${action.title}” to position ${i + 1 + offset} of ${actions.length}.`)
                focusAfterRender(() => moveButtonOf(action.id, offset))
              }}
              onDelete={() => {
                setDeleted(deleteAction(action.id) ?? null)
                focusAfterRender(() => undoButton.current)
              }}
            />
          ))}
        </ol>
      )}
    </section>
  )
}
