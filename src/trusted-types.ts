/**
 * The app's one Trusted Types policy. The Content-Security-Policy requires Trusted Types for scripts
 * (vite.config.ts), and the app writes no HTML or script text: React sets text and attributes. The
 * one sink it reaches is the service worker's registration (vite-plugin-pwa's registerSW calls
 * navigator.serviceWorker.register('/sw.js') through workbox-window), which takes a script URL as a
 * plain string we cannot wrap. So a "default" policy, the only one the CSP allows, lets exactly that
 * URL through and refuses everything else: no other script URL, no HTML, no script text.
 */
type TrustedTypesWindow = Window & {
  trustedTypes?: { createPolicy(name: string, rules: { createScriptURL: (url: string) => string | null }): unknown }
}

const serviceWorker = new URL(`${import.meta.env.BASE_URL}sw.js`, window.location.origin).href

;(window as TrustedTypesWindow).trustedTypes?.createPolicy('default', {
  // null refuses: the browser blocks the assignment and reports a violation.
  createScriptURL: (url) => (new URL(url, window.location.href).href === serviceWorker ? url : null),
})
