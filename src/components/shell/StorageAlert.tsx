import { useAppStore, useStorageHealth } from '../../store/app-store'
import { downloadFile } from '../files/download'
import { exportAllData } from '../files/export-data'
import styles from './StorageAlert.module.css'

/** Storage trouble, said plainly, with what the user can do; nothing is lost silently. */
export function StorageAlert() {
  const problem = useStorageHealth((s) => s.problem)
  const discard = useAppStore((s) => s.discardUnreadableData)
  const dismiss = useAppStore((s) => s.dismissStorageProblem)
  if (!problem) return null

  if (problem.kind === 'unreadable')
    return (
      <div role="alert" className={styles.alert}>
        <h2>Your saved data could not be read</h2>
        <p>
          Reason: {problem.reason}. It is kept untouched, and nothing you change now will be saved over it. Download a
          copy to keep it, then start afresh.
        </p>
        <div className={styles.actions}>
          <button
            type="button"
            className="button"
            onClick={() => downloadFile('trajectory-unreadable-data.json', problem.raw, 'application/json')}
          >
            Download the saved data
          </button>
          <button
            type="button"
            className="button"
            data-variant="quiet"
            onClick={() => {
              if (window.confirm('Replace the unreadable data with an empty profile? Download a copy first if unsure.'))
                discard()
            }}
          >
            Start afresh
          </button>
        </div>
      </div>
    )

  if (problem.kind === 'nearly-full')
    return (
      <div role="alert" className={styles.alert}>
        <h2>Browser storage is nearly full</h2>
        <p>
          Your data takes {problem.percent}% of the room this browser gives the app. Export it now to keep a copy; once
          the room runs out, changes can no longer be saved.
        </p>
        <div className={styles.actions}>
          <button type="button" className="button" onClick={() => exportAllData()}>
            Export data
          </button>
          <button type="button" className="button" data-variant="quiet" onClick={dismiss}>
            Dismiss
          </button>
        </div>
      </div>
    )

  return (
    <div role="alert" className={styles.alert}>
      <h2>{problem.kind === 'quota' ? 'Browser storage is full' : 'Browser storage is not available'}</h2>
      <p>
        {problem.kind === 'quota'
          ? 'Your latest changes are on screen but could not be saved. Free some space for this site (or remove old data) and change anything to save again.'
          : 'This browser refused to save (private mode or blocked storage). Your changes will last only until the tab closes.'}
      </p>
      <div className={styles.actions}>
        <button type="button" className="button" data-variant="quiet" onClick={dismiss}>
          Dismiss
        </button>
      </div>
    </div>
  )
}
