import { useId } from 'react'
import { Link, type ErrorComponentProps } from '@tanstack/react-router'
import { useDocumentTitle } from '../hooks/use-document-title'
import styles from './RouteError.module.css'

/**
 * What a screen shows instead of itself when it fails to render: the router puts it where the
 * screen was, so the navigation and the storage alert stay. It changes no data.
 */
export function RouteError({ error }: ErrorComponentProps) {
  const titleId = useId()
  useDocumentTitle('Something went wrong')
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
  return (
    <section className="page-header" role="alert" aria-labelledby={titleId}>
      <h1 id={titleId}>This screen could not be shown</h1>
      <p>
        Something went wrong while drawing it. Your data is safe: nothing was changed or deleted. Reload to try again,
        or open another screen. If it keeps happening, export your data from Settings to keep a copy.
      </p>
      <div className={styles.actions}>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Reload
        </button>
        <Link to="/settings" className="button" data-variant="quiet">
          Export your data in Settings
        </Link>
      </div>
      <details>
        <summary>Details for a bug report</summary>
        <pre className={styles.detail}>{detail}</pre>
      </details>
    </section>
  )
}
