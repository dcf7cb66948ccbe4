import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { RouterProvider, createMemoryHistory } from '@tanstack/react-router'
import { createAppRouter } from '../../src/router'
import { useAppStore } from '../../src/store/app-store'
import type { FrameworkData } from '../../src/persistence/persisted-state'

/** Renders the real route tree at a path, as the browser would, with a memory history. */
export async function renderApp(path: string) {
  const router = createAppRouter(createMemoryHistory({ initialEntries: [path] }))
  await router.load()
  const user = userEvent.setup()
  const view = render(<RouterProvider router={router} />)
  return { router, user, ...view }
}

/** Puts the active framework's data in a known state (and through persist, into localStorage). */
export function givenProfile(state: Partial<FrameworkData>) {
  useAppStore.setState(state)
}
