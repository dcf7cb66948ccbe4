// First: the Trusted Types policy must exist before anything reaches a sink.
import './trusted-types'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { RouterProvider } from '@tanstack/react-router'
import { registerSW } from 'virtual:pwa-register'
import { watchForUpdates } from './components/shell/UpdatePrompt'
import { createAppRouter } from './router'
import './styles/base.css'

const router = createAppRouter()

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>,
)

// The service worker exists only in a production build (the dev server and the jsdom tests have none).
if (import.meta.env.PROD) watchForUpdates(registerSW)
