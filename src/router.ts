import { createRouter, type RouterHistory } from '@tanstack/react-router'
import { RouteError } from './components/shell/RouteError'
import { routeTree } from './routeTree.gen'

/**
 * The app's router; tests pass a memory history. A screen that fails shows RouteError in its place,
 * inside the root's shell, so the navigation and the storage alert stay.
 */
export function createAppRouter(history?: RouterHistory) {
  return createRouter({
    routeTree,
    history,
    scrollRestoration: true,
    defaultPreload: 'intent',
    defaultErrorComponent: RouteError,
  })
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>
  }
}
