/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite'
import react from '@vitejs/plugin-react'
import { tanstackRouter } from '@tanstack/router-plugin/vite'
import { VitePWA } from 'vite-plugin-pwa'
import { readFileSync } from 'node:fs'
import { firstLoadGuard } from './scripts/first-load-guard.mjs'

/** The app's version, written into every export so a file says which app made it. */
const APP_VERSION = (
  JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string }
).version

/**
 * The built app may talk to nothing but its own origin: the user's data never leaves the browser,
 * and the policy makes that a rule the browser enforces. Build only: the dev server injects inline
 * scripts for hot reload. (frame-ancestors is ignored in a <meta> policy, so it is left to the host.)
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
  // Trusted Types: no string reaches an HTML or script sink (innerHTML, script src, eval…). The one
  // policy, "default", lets only the service worker's URL through (src/trusted-types.ts).
  "require-trusted-types-for 'script'",
  'trusted-types default',
].join('; ')

function contentSecurityPolicy(): Plugin {
  return {
    name: 'trajectory-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  }
}

export default defineConfig({
  // The router plugin must come before react() so route files are split first.
  plugins: [
    tanstackRouter({ target: 'react', autoCodeSplitting: true }),
    react(),
    contentSecurityPolicy(),
    // The build fails if the framework's texts, the suggestions or the charts reach the first load.
    firstLoadGuard(),
    // Offline and installable: Workbox precaches the whole build, so every route opens with no
    // network after one visit. src/main.tsx registers the worker (no inline script: the CSP holds).
    VitePWA({
      strategies: 'generateSW',
      // Never swap versions under a user mid-edit: a waiting worker is announced (UpdatePrompt).
      registerType: 'prompt',
      injectRegister: false,
      // The glob below already takes the icons; the plugin adds the manifest itself.
      includeManifestIcons: false,
      manifest: {
        id: '/',
        name: 'Trajectory',
        short_name: 'Trajectory',
        description:
          'Rate your product-management skills against the PM career ladder, see the gap, close it week by week.',
        lang: 'en',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        // --accent and --bg of the light palette in src/styles/tokens.css.
        theme_color: '#4338ca',
        background_color: '#f6f7fb',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        ],
      },
      workbox: {
        // Everything the build emits and public/ holds: scripts, styles, the page, icons, and the
        // example frameworks and schema that Settings links to.
        globPatterns: ['**/*.{js,css,html,svg,png,json,csv}'],
        // Every route is the one page: a navigation anywhere in scope gets the cached index.html.
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // Nothing is fetched from other origins, so nothing at run time is cached beyond the precache.
        runtimeCaching: [],
      },
    }),
  ],
  define: { __APP_VERSION__: JSON.stringify(APP_VERSION) },
  build: {
    // Inline nothing: keeps a strict CSP (no data: URLs) possible.
    assetsInlineLimit: 0,
    // Every browser the app supports (ES modules, Trusted Types) has modulepreload: no polyfill in the first load.
    modulePreload: { polyfill: false },
    reportCompressedSize: true,
    rolldownOptions: {
      output: {
        // Everything the first screen loads statically in one chunk: split into the small chunks it shares
        // with lazy ones, it compressed worse and took more requests.
        codeSplitting: { groups: [{ name: 'first-load', tags: ['$initial'] }] },
      },
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    environment: 'jsdom',
    globals: false,
    setupFiles: ['./tests/setup.ts'],
    include: [
      'src/**/*.test.{ts,tsx}',
      'tests/routes/**/*.test.{ts,tsx}',
      'tests/lint/**/*.test.ts',
      'tests/scripts/**/*.test.ts',
    ],
    css: { modules: { classNameStrategy: 'non-scoped' } },
  },
})
