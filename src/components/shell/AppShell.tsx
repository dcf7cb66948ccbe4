import { Suspense, lazy, useEffect, useRef, type ReactNode } from 'react'
import { Link, useRouterState } from '@tanstack/react-router'
import { BUILT_IN_FRAMEWORK_ID } from '../../domain/framework'
import { syncAcrossTabs, useStorageHealth } from '../../store/app-store'
import { useFramework } from '../../store/selectors'
import { UpdatePrompt } from './UpdatePrompt'
import { usePersistentStorage } from '../hooks/use-persistent-storage'
import styles from './AppShell.module.css'

// Its code (and the export it offers) loads only when there is a problem to show: most visits have none.
const StorageAlert = lazy(() => import('./StorageAlert').then((m) => ({ default: m.StorageAlert })))

/** Screens in the primary navigation, in the order a new user meets them. */
const NAV_ITEMS = [
  { to: '/', label: 'Overview' },
  { to: '/assess', label: 'Assess' },
  { to: '/gaps', label: 'Gaps' },
  { to: '/progress', label: 'Progress' },
  { to: '/plan', label: 'Plan' },
  { to: '/ladder', label: 'Ladder' },
  { to: '/report', label: 'Report' },
  { to: '/settings', label: 'Settings' },
] as const

export function AppShell({ children }: { children: ReactNode }) {
  useEffect(() => syncAcrossTabs(), [])
  usePersistentStorage()
  const main = useRef<HTMLElement>(null)
  const framework = useFramework()
  const storageProblem = useStorageHealth((s) => s.problem !== null)
  const builtIn = framework.id === BUILT_IN_FRAMEWORK_ID
  const pathname = useRouterState({ select: (s) => s.location.pathname })
  const firstPath = useRef(pathname)
  // A client-side page change is silent for a screen reader: move focus to the new page's content.
  useEffect(() => {
    if (pathname !== firstPath.current) {
      firstPath.current = ''
      main.current?.focus()
    }
  }, [pathname])
  return (
    <>
      <a className={styles.skip} href="#main">
        Skip to content
      </a>
      <header className={styles.header}>
        <div className={styles.headerInner}>
          <Link to="/" className={styles.brand}>
            <img src="/favicon.svg" alt="" width={28} height={28} />
            Trajectory
          </Link>
          <nav className={styles.nav} aria-label="Primary">
            <ul>
              {NAV_ITEMS.map((item) => (
                <li key={item.to}>
                  <Link to={item.to} activeOptions={{ exact: item.to === '/' }}>
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" ref={main} className={styles.main} tabIndex={-1}>
        {storageProblem && (
          <Suspense fallback={null}>
            <StorageAlert />
          </Suspense>
        )}
        <UpdatePrompt />
        {children}
      </main>
      <footer className={styles.footer}>
        Your ratings and notes stay in this browser.{' '}
        {builtIn
          ? 'Ladder facts: public PM career guides (see the Ladder page).'
          : `Framework in use: ${framework.name}.`}
      </footer>
    </>
  )
}
