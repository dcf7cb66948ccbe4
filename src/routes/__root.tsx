import { Link, Outlet, createRootRoute } from '@tanstack/react-router'
import { AppShell } from '../components/shell/AppShell'
import { RouteError } from '../components/shell/RouteError'

export const Route = createRootRoute({
  component: () => (
    <AppShell>
      <Outlet />
    </AppShell>
  ),
  notFoundComponent: NotFound,
  // Only when the shell itself fails (every screen's error shows inside it): the same message, without the shell.
  errorComponent: (props) => (
    <main id="main">
      <RouteError {...props} />
    </main>
  ),
})

function NotFound() {
  return (
    <section className="page-header">
      <h1>Page not found</h1>
      <p>There is no screen at this address. Your data is safe: nothing was changed.</p>
      <Link to="/" className="button">
        Go to the overview
      </Link>
    </section>
  )
}
