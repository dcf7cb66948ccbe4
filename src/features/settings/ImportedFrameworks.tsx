import { useId, useState } from 'react'
import { downloadFile } from '../../components/files/download'
import { useAppStore } from '../../store/app-store'
import styles from './SettingsPage.module.css'

/** The imported frameworks, each deletable after a confirmation that offers to download it first. */
export function ImportedFrameworks() {
  const id = useId()
  const frameworks = useAppStore((s) => s.frameworks)
  const deleteFramework = useAppStore((s) => s.deleteFramework)
  const [confirming, setConfirming] = useState<string | null>(null)
  const [deleted, setDeleted] = useState<string | null>(null)
  if (frameworks.length === 0 && deleted === null) return null

  return (
    <section className={`card ${styles.section}`} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Imported frameworks</h2>
      <p role="status" className={styles.done}>
        {deleted && `Deleted “${deleted}” and its data.`}
      </p>
      <ul className={styles.list} aria-labelledby={`${id}-title`}>
        {frameworks.map(({ framework, importedAt }) => (
          <li key={framework.id}>
            <div className={styles.listHead}>
              <span>
                <strong>{framework.name}</strong>{' '}
                <span className={styles.hint}>
                  version {framework.version}, imported {importedAt.slice(0, 10)}
                </span>
              </span>
              {confirming !== framework.id && (
                <button
                  type="button"
                  className="button"
                  data-variant="quiet"
                  aria-label={`Delete ${framework.name}…`}
                  onClick={() => setConfirming(framework.id)}
                >
                  Delete…
                </button>
              )}
            </div>
            {confirming === framework.id && (
              <div className={styles.confirm} role="group" aria-label={`Delete ${framework.name}?`}>
                <p>
                  Delete “{framework.name}” with its ratings, check-ins and plan? Download the framework file first to
                  import it again later.
                </p>
                <div className={styles.actions}>
                  <button
                    type="button"
                    className="button"
                    data-variant="quiet"
                    onClick={() =>
                      downloadFile(
                        `${framework.id}.json`,
                        `${JSON.stringify(framework, null, 2)}\n`,
                        'application/json',
                      )
                    }
                  >
                    Download framework file
                  </button>
                  <button
                    type="button"
                    className="button"
                    onClick={() => {
                      deleteFramework(framework.id)
                      setConfirming(null)
                      setDeleted(framework.name)
                    }}
                  >
                    Yes, delete {framework.name}
                  </button>
                  <button type="button" className="button" data-variant="quiet" onClick={() => setConfirming(null)}>
                    Keep it
                  </button>
                </div>
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}
