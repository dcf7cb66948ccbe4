// First: the Trusted Types policy must exist before anything reaches a sink.
import './trusted-types'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { RouterProvider } from '@tanstack/react-router'
import { afterFirstContentfulPaint } from './components/hooks/use-after-first-paint'
import { watchForUpdates } from './components/shell/UpdatePrompt'
import { createAppRouter } from './router'
import { readStoredData } from './store/app-store'
import './styles/base.css'

const router = createAppRouter()
// The screen's code starts loading now, while storage is read and React starts, not once React asks for it.
for (const match of router.matchRoutes(router.latestLocation))
  void router.loadRouteChunk(router.routesById[match.routeId as keyof typeof router.routesById])

// The first screen shows the user's data, never an empty profile first: it renders once storage is read.
// The read is a task of its own, after the app's code has run: two shorter tasks rather than one long one.
void new Promise((resolve) => setTimeout(resolve)).then(readStoredData).finally(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>,
  ),
)

// The service worker exists only in a production build (the dev server and the jsdom tests have none).
// Its registration code loads once the first screen has painted: the page's load event comes before
// that (the screen waits for storage and its own code), and what loads then competes with the screen.
if (import.meta.env.PROD)
  afterFirstContentfulPaint(
    () => void import('virtual:pwa-register').then(({ registerSW }) => watchForUpdates(registerSW)),
  )
