import { Link, Outlet, createRootRoute } from '@tanstack/react-router'
import { AppShell } from '../components/AppShell'

export const Route = createRootRoute({
  component: () => (
    <AppShell>
      <Outlet />
    </AppShell>
  ),
  notFoundComponent: NotFound,
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
