import { useId, useRef, useState } from 'react'
import { useFocusAfterRender } from '../../components/hooks/use-focus-after-render'
import {
  MAX_FRAMEWORK_FILE_BYTES,
  readFrameworkFile,
  type FrameworkFile,
} from '../../domain/framework-import/read-framework-file'
import { planImport } from '../../domain/framework-library'
import { useAppStore } from '../../store/app-store'
import { FrameworkFacts } from './FrameworkFacts'
import styles from './SettingsPage.module.css'

/** Example frameworks shipped in public/frameworks/, to try the import without a file of one's own. */
const EXAMPLES = [
  { file: 'engineering-ladder.csv', label: 'Engineering ladder (spreadsheet CSV)' },
  { file: 'design-ladder.json', label: 'Product design ladder (JSON)' },
] as const

type Loaded = Extract<FrameworkFile, { ok: true }>

/**
 * "Import framework": a file (or an example) is read and checked, then shown with what it holds;
 * nothing is added before the user confirms. A refused file says why and changes nothing.
 */
export function FrameworkImport() {
  const id = useId()
  const library = useAppStore((s) => s.frameworks)
  const importFramework = useAppStore((s) => s.importFramework)
  const selectFramework = useAppStore((s) => s.selectFramework)
  const activeId = useAppStore((s) => s.activeFrameworkId)
  const [loaded, setLoaded] = useState<Loaded | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [done, setDone] = useState<{ id: string; text: string } | null>(null)
  const input = useRef<HTMLInputElement>(null)
  const preview = useRef<HTMLHeadingElement>(null)
  const focusAfterRender = useFocusAfterRender()

  const show = (result: FrameworkFile) => {
    setDone(null)
    if (result.ok) {
      setLoaded(result)
      setError(null)
      focusAfterRender(() => preview.current)
    } else {
      setLoaded(null)
      setError(result.reason)
    }
  }

  const onFile = async (file: File | undefined) => {
    if (!file) return
    // A file far too large to be a framework is refused before it is read.
    show(readFrameworkFile(file.name, file.size > MAX_FRAMEWORK_FILE_BYTES ? '' : await file.text(), file.size))
  }

  const onExample = async (file: string) => {
    try {
      const response = await fetch(`/frameworks/${file}`)
      if (!response.ok) throw new Error(String(response.status))
      show(readFrameworkFile(file, await response.text()))
    } catch {
      show({ ok: false, reason: 'The example could not be loaded: reload the page and try again.' })
    }
  }

  const plan = loaded ? planImport(library, loaded.framework) : null
  const reset = () => {
    setLoaded(null)
    if (input.current) input.current.value = ''
  }
  const add = () => {
    if (!loaded) return
    const result = importFramework(loaded.framework)
    if (result.kind === 'refuse') return setError(result.reason)
    setDone({
      id: loaded.framework.id,
      text:
        result.kind === 'update'
          ? `Updated “${loaded.framework.name}” to version ${loaded.framework.version}.`
          : `Added “${loaded.framework.name}”.`,
    })
    reset()
  }

  return (
    <section className={`card ${styles.section}`} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Bring your own framework</h2>
      <p>
        Use your company&apos;s ladder: a spreadsheet saved as CSV (a <code>Competency</code> column, optional{' '}
        <code>Area</code> and <code>Description</code> columns, then one column per level, lowest first), or a JSON file
        in Trajectory&apos;s format (<a href="/framework.schema.json">JSON Schema</a>).
      </p>
      <div className={styles.field}>
        <label htmlFor={`${id}-file`}>Import framework</label>
        <input
          ref={input}
          id={`${id}-file`}
          type="file"
          accept=".json,.csv,application/json,text/csv"
          onChange={(e) => void onFile(e.target.files?.[0])}
        />
      </div>
      <div className={styles.examples}>
        <span>Or try an example:</span>
        {EXAMPLES.map((example) => (
          <button
            key={example.file}
            type="button"
            className="button"
            data-variant="quiet"
            onClick={() => void onExample(example.file)}
          >
            {example.label}
          </button>
        ))}
      </div>

      {error && (
        <p role="alert" className={styles.error}>
          Not imported: {error}
        </p>
      )}
      <p role="status" className={styles.done}>
        {done && (
          <>
            {done.text}{' '}
            {done.id !== activeId && (
              <button type="button" className="button" data-variant="quiet" onClick={() => selectFramework(done.id)}>
                Use it now
              </button>
            )}
          </>
        )}
      </p>

      {loaded && plan && (
        <div className={styles.preview}>
          <h3 ref={preview} tabIndex={-1}>
            {loaded.framework.name}
          </h3>
          <FrameworkFacts framework={loaded.framework} />
          {loaded.ignored.length > 0 && (
            <p className={styles.note}>
              Kept with the framework but not used by Trajectory: {loaded.ignored.join(', ')}.
            </p>
          )}
          {loaded.warnings.map((w) => (
            <p key={w} className={styles.note}>
              {w}
            </p>
          ))}
          {plan.kind === 'update' && (
            <p className={styles.note}>
              Replaces version {plan.fromVersion}. Your ratings of competencies that still exist are kept
              {plan.removed.length > 0
                ? `; ${plan.removed.length} removed (their ratings go, check-ins keep them)`
                : ''}
              {plan.added.length > 0 ? `; ${plan.added.length} new` : ''}.
            </p>
          )}
          {plan.kind === 'refuse' ? (
            <p role="alert" className={styles.error}>
              Not imported: {plan.reason}.
            </p>
          ) : null}
          <div className={styles.actions}>
            {plan.kind !== 'refuse' && (
              <button type="button" className="button" onClick={add}>
                {plan.kind === 'update' ? `Update to version ${loaded.framework.version}` : 'Add framework'}
              </button>
            )}
            <button type="button" className="button" data-variant="quiet" onClick={reset}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </section>
  )
}
