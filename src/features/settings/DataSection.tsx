import { useId, useRef, useState } from 'react'
import { downloadFile } from '../../components/files/download'
import { exportAllData } from '../../components/files/export-data'
import { useFocusAfterRender } from '../../components/hooks/use-focus-after-render'
import { localDateString } from '../../domain/dates'
import { checkInsCsv, checkInsCsvFileName } from '../../domain/export/check-in-csv'
import { frameworkById } from '../../domain/framework-library'
import { MAX_DATA_FILE_BYTES, readDataFile, summariseData, type DataFile } from '../../persistence/data-file'
import type { PersistedState } from '../../persistence/persisted-state'
import { allFrameworkData, persistedSnapshot, useAppStore } from '../../store/app-store'
import { DataSummaryTable } from './DataSummaryTable'
import styles from './SettingsPage.module.css'

type Loaded = Extract<DataFile, { ok: true }>

/** Everything the user has leaves and comes back here: export, import, a spreadsheet copy, deletion. */
export function DataSection() {
  const id = useId()
  const replaceAllData = useAppStore((s) => s.replaceAllData)
  const deleteAllData = useAppStore((s) => s.deleteAllData)
  const lastExportAt = useAppStore((s) => s.backup.lastExportAt)
  const [loaded, setLoaded] = useState<Loaded | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [status, setStatus] = useState('')
  const [confirmingDelete, setConfirmingDelete] = useState(false)
  const input = useRef<HTMLInputElement>(null)
  const compare = useRef<HTMLHeadingElement>(null)
  const focusAfterRender = useFocusAfterRender()

  const exportData = () => setStatus(`Exported everything to ${exportAllData()}.`)

  const downloadCsv = () => {
    const library = useAppStore.getState().frameworks
    const frameworks = Object.entries(allFrameworkData()).map(([frameworkId, data]) => ({
      framework: frameworkById(library, frameworkId).framework,
      checkIns: data.checkIns,
    }))
    downloadFile(checkInsCsvFileName(localDateString(new Date())), checkInsCsv(frameworks), 'text/csv;charset=utf-8')
  }

  const onFile = async (file: File | undefined) => {
    if (!file) return
    // A file far too large to be an export is refused before it is read.
    const result = readDataFile(file.size > MAX_DATA_FILE_BYTES ? '' : await file.text(), file.size)
    setStatus('')
    if (!result.ok) {
      setLoaded(null)
      setError(result.reason)
      return
    }
    setError(null)
    setLoaded(result)
    focusAfterRender(() => compare.current)
  }

  const clearFile = () => {
    setLoaded(null)
    if (input.current) input.current.value = ''
  }

  const replace = (state: PersistedState) => {
    replaceAllData(state)
    clearFile()
    setStatus('Your data was replaced with the file’s. Every screen now shows it.')
  }

  return (
    <section className={`card ${styles.section}`} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Your data</h2>
      <p>
        Everything lives in this browser only. Export it now and then: clearing site data, a new laptop or a browser
        that evicts unvisited sites would otherwise lose it.{' '}
        {lastExportAt ? `Last export: ${localDateString(new Date(lastExportAt))}.` : 'Not exported yet.'}
      </p>
      <div className={styles.actions}>
        <button type="button" className="button" onClick={exportData}>
          Export data
        </button>
        <button type="button" className="button" data-variant="quiet" onClick={downloadCsv}>
          Download CSV of check-ins
        </button>
      </div>
      <p role="status" className={styles.done}>
        {status}
      </p>

      <div className={styles.field}>
        <label htmlFor={`${id}-file`}>Import data from an export</label>
        <input
          ref={input}
          id={`${id}-file`}
          type="file"
          accept=".json,application/json"
          onChange={(e) => void onFile(e.target.files?.[0])}
        />
      </div>
      {error && (
        <p role="alert" className={styles.error}>
          Nothing was changed. {error}
        </p>
      )}
      {loaded && (
        <div className={styles.preview}>
          <h3 ref={compare} tabIndex={-1}>
            Replace what is here with this file?
          </h3>
          <DataSummaryTable file={summariseData(loaded.state)} here={summariseData(persistedSnapshot())} />
          <div className={styles.actions}>
            <button type="button" className="button" onClick={() => replace(loaded.state)}>
              Replace my data with the file
            </button>
            <button type="button" className="button" data-variant="quiet" onClick={clearFile}>
              Cancel
            </button>
          </div>
        </div>
      )}

      <div className={styles.danger}>
        {!confirmingDelete ? (
          <button type="button" className="button" data-variant="quiet" onClick={() => setConfirmingDelete(true)}>
            Delete all data…
          </button>
        ) : (
          <div className={styles.confirm} role="group" aria-label="Delete all data?">
            <p>
              Delete every rating, note, check-in, plan and imported framework from this browser? This cannot be undone.
              Export first to keep a copy.
            </p>
            <div className={styles.actions}>
              <button type="button" className="button" data-variant="quiet" onClick={exportData}>
                Export data first
              </button>
              <button
                type="button"
                className="button"
                onClick={() => {
                  deleteAllData()
                  setConfirmingDelete(false)
                  setStatus('All data was deleted. Trajectory is as new.')
                }}
              >
                Yes, delete everything
              </button>
              <button type="button" className="button" data-variant="quiet" onClick={() => setConfirmingDelete(false)}>
                Keep my data
              </button>
            </div>
          </div>
        )}
      </div>
    </section>
  )
}
