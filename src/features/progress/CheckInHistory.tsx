import { shortTitleOf } from '../../domain/ladder'
import { useId, useMemo, useRef, useState } from 'react'
import { useFocusAfterRender } from '../../components/hooks/use-focus-after-render'
import type { CheckIn } from '../../domain/check-in'
import { changesBetween, summariseChange } from '../../domain/check-ins'
import { formatLocalDate, localDateString } from '../../domain/dates'
import { readiness } from '../../domain/readiness'
import type { Competency, Level } from '../../domain/framework-schema'
import { competenciesAt } from '../../domain/framework-versions'
import { competencyNames } from '../../domain/ratings'
import { useAppStore } from '../../store/app-store'
import { useStoredFramework } from '../../store/selectors'
import { shortWeek } from './short-week'
import styles from './ProgressPage.module.css'

interface Props {
  checkIns: readonly CheckIn[]
  competencies: readonly Competency[]
  /** Readiness is shown against today's target; without one, the column is left out. */
  target: Pick<Level, 'id' | 'title' | 'shortTitle'> | null
}

interface Row {
  checkIn: CheckIn
  /** The latest save's date in the user's time zone now (YYYY-MM-DD). */
  date: string
  readiness: number | null
  changed: string
}

/** A year of weekly check-ins a page: five years of history stay a few hundred elements until asked for. */
const HISTORY_PAGE = 52

/** "Check-in history": newest first, readiness against today's target, what changed; delete with undo. */
export function CheckInHistory({ checkIns, competencies, target }: Props) {
  const id = useId()
  const deleteCheckIn = useAppStore((s) => s.deleteCheckIn)
  const restoreCheckIn = useAppStore((s) => s.restoreCheckIn)
  const [confirming, setConfirming] = useState<string | null>(null)
  const [deleted, setDeleted] = useState<CheckIn | null>(null)
  const table = useRef<HTMLTableElement>(null)
  const undoButton = useRef<HTMLButtonElement>(null)
  const focusAfterRender = useFocusAfterRender()
  /** A row's button by its accessible name; rows come and go, so they are looked up, not held. */
  const rowButton = (name: string) => table.current?.querySelector<HTMLButtonElement>(`button[aria-label="${name}"]`)

  const { framework, history } = useStoredFramework()
  const [shown, setShown] = useState(HISTORY_PAGE)
  const rows = useMemo<Row[]>(() => {
    const ids = competencies.map((c) => c.id)
    const nameOf = competencyNames(competencies)
    // checkIns arrive oldest first; each row compares with the one before it. Only the rows shown are worked out.
    const rows: Row[] = []
    for (let i = checkIns.length - 1; i >= Math.max(0, checkIns.length - shown); i--) {
      const checkIn = checkIns[i]!
      rows.push({
        checkIn,
        date: localDateString(new Date(checkIn.savedAt)),
        readiness: target
          ? readiness(
              framework,
              competenciesAt(competencies, checkIn.frameworkVersion, history),
              checkIn.ratings,
              target.id,
            )
          : null,
        changed: i === 0 ? 'First check-in' : summariseChange(changesBetween(checkIns[i - 1]!, checkIn, ids), nameOf),
      })
    }
    return rows
  }, [checkIns, competencies, target, framework, history, shown])
  const older = checkIns.length - rows.length

  return (
    <section className={`${styles.section} ${styles.later}`} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Check-in history</h2>
      <p role="status" className={styles.status}>
        {deleted && !checkIns.some((c) => c.week === deleted.week) && (
          <>
            Deleted the check-in of {localDateString(new Date(deleted.savedAt))}.{' '}
            <button
              type="button"
              ref={undoButton}
              className={styles.linkButton}
              onClick={() => {
                restoreCheckIn(deleted)
                setDeleted(null)
                focusAfterRender(() =>
                  rowButton(`Delete the check-in of ${localDateString(new Date(deleted.savedAt))}`),
                )
              }}
            >
              Undo
            </button>
          </>
        )}
      </p>
      {checkIns.length === 0 ? (
        <p className="muted">No check-ins yet. Save your first one above; a weekly habit makes the trend.</p>
      ) : (
        // Focusable so a keyboard can scroll the table where it is wider than the screen; named apart from
        // the section (axe: landmark-unique). On a phone each row is laid out as a card by CSS, and the
        // explicit roles keep it a table for assistive technology (some browsers drop a table's
        // semantics once its display changes).
        <div className={styles.tableScroll} role="region" aria-label="Check-in history table" tabIndex={0}>
          <table
            className={`${styles.table} ${styles.history}`}
            role="table"
            aria-labelledby={`${id}-title`}
            ref={table}
          >
            <thead role="rowgroup">
              <tr role="row">
                <th scope="col" role="columnheader">
                  Date
                </th>
                <th scope="col" role="columnheader">
                  Week
                </th>
                {target && (
                  <th scope="col" role="columnheader">
                    Readiness for {shortTitleOf(target)}
                  </th>
                )}
                <th scope="col" role="columnheader">
                  What changed
                </th>
                <th scope="col" role="columnheader">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody role="rowgroup">
              {rows.map((row) => (
                <tr key={row.checkIn.week} role="row">
                  <td role="cell" className={`${styles.nowrap} ${styles.date}`}>
                    {row.date}
                  </td>
                  <td role="cell" className={styles.week}>
                    {shortWeek(row.checkIn.week)}
                  </td>
                  {row.readiness !== null && (
                    <td role="cell" className={`${styles.number} ${styles.readiness}`} data-label="Readiness">
                      {row.readiness}%
                    </td>
                  )}
                  <td role="cell" className={styles.changed}>
                    {row.changed}
                  </td>
                  <td role="cell" className={styles.actions}>
                    {confirming === row.checkIn.week ? (
                      <span className={styles.confirm}>
                        <span className={styles.confirmText}>
                          Delete the check-in of {formatLocalDate(row.checkIn.date)}?
                        </span>
                        <button
                          type="button"
                          data-confirm
                          className={styles.danger}
                          onClick={() => {
                            setDeleted(deleteCheckIn(row.checkIn.week) ?? null)
                            setConfirming(null)
                            focusAfterRender(() => undoButton.current)
                          }}
                        >
                          Confirm delete
                        </button>
                        <button
                          type="button"
                          className={styles.linkButton}
                          onClick={() => {
                            setConfirming(null)
                            focusAfterRender(() => rowButton(`Delete the check-in of ${row.date}`))
                          }}
                        >
                          Keep
                        </button>
                      </span>
                    ) : (
                      <button
                        type="button"
                        className={styles.linkButton}
                        aria-label={`Delete the check-in of ${row.date}`}
                        onClick={() => {
                          setConfirming(row.checkIn.week)
                          focusAfterRender(() => table.current?.querySelector<HTMLButtonElement>('[data-confirm]'))
                        }}
                      >
                        Delete
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {older > 0 && (
        <p className={styles.more}>
          The latest {rows.length} of {checkIns.length} check-ins.{' '}
          <button
            type="button"
            className="button"
            data-variant="quiet"
            onClick={() => {
              const next = rows.length
              setShown((n) => n + HISTORY_PAGE)
              // Focus moves to the first of the rows just shown (the button may be gone).
              focusAfterRender(
                () => table.current?.querySelectorAll<HTMLButtonElement>('tbody button[aria-label]')[next],
              )
            }}
          >
            Show {Math.min(HISTORY_PAGE, older)} older check-ins
          </button>
        </p>
      )}
    </section>
  )
}
