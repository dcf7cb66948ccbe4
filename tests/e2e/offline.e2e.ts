// Browser test of the offline, installable app against the production build (vite preview):
// after one visit with the network on, the service worker (vite-plugin-pwa / Workbox) serves
// every route with the network off, a rating made offline survives an offline reload, and the
// web app manifest is linked, served and good enough for Chromium to call the app installable.
// README.md, "Offline and installing", says what is promised. See docs in tests/e2e/browser.ts.
import { afterAll, describe, expect, test } from 'vitest'
import type { Page } from 'playwright-core'
import { closeBrowser, openPage } from './browser'

afterAll(closeBrowser)

/** Each route's h1 (src/features/*Page.tsx), so a not-found or error page cannot pass. */
const ROUTES: [path: string, h1: RegExp][] = [
  ['/', /^(overview|know where you stand)/i],
  ['/assess', /^rate yourself$/i],
  ['/gaps', /^your gap/i],
  ['/progress', /^progress$/i],
  ['/plan', /^growth plan$/i],
  ['/ladder', /career ladder/i],
  ['/report', /^(report|readiness for)/i],
  ['/settings', /^settings$/i],
  // A share link opened with no data: the page itself must still come from the cache.
  ['/shared', /link/i],
]

const STORAGE_KEY = 'trajectory'

async function expectH1(page: Page, name: RegExp) {
  await page.getByRole('heading', { level: 1, name }).waitFor({ state: 'visible' })
  expect(await page.locator('h1').count(), 'exactly one h1').toBe(1)
}

/** Waits for an active worker, reloading once if this page loaded before the worker took charge. */
async function waitForController(page: Page) {
  // Installing precaches the whole build (about 1 MiB): bounded, so a failed install says so.
  const state = await page.evaluate(() =>
    Promise.race([
      navigator.serviceWorker.ready.then(() => 'ready'),
      new Promise<string>((resolve) => setTimeout(() => resolve('no active service worker after 30 s'), 30_000)),
    ]),
  )
  expect(state, 'service worker installed and active').toBe('ready')
  const controlled = () => page.evaluate(() => navigator.serviceWorker.controller !== null)
  // registerType 'prompt' does not claim open pages: the first visit is served by the network.
  if (!(await controlled())) await page.reload()
  expect(await controlled(), 'the service worker controls the page').toBe(true)
}

describe('offline and installable', () => {
  test(
    'after one visit every route opens offline, and a rating made offline survives a reload',
    { timeout: 90_000 },
    async () => {
      const { page, context, externalRequests, consoleErrors } = await openPage('/')
      try {
        await expectH1(page, ROUTES[0]![1])
        await waitForController(page)

        await context.setOffline(true)
        // The network really is off for the page: a request the worker does not cache fails.
        const uncached = await page.evaluate(() =>
          fetch(`/not-precached-${Date.now()}.txt`).then(
            () => 'answered',
            () => 'failed',
          ),
        )
        expect(uncached, 'an uncached request fails offline').toBe('failed')

        for (const [path, h1] of ROUTES) {
          const response = await page.goto(path)
          expect(response?.fromServiceWorker(), `${path} is served by the service worker`).toBe(true)
          await expectH1(page, h1)
          expect(new URL(page.url()).pathname, `${path} stays where it was opened`).toBe(path)
        }
        // A reload (not only a navigation) of a deep route, as README.md promises ("any page opens").
        await page.reload()
        await expectH1(page, /link/i)

        // Rate the first competency, offline.
        await page.goto('/assess')
        await expectH1(page, /^rate yourself$/i)
        const before = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)
        const group = page.getByRole('radiogroup').first()
        const name = await group.evaluate((g) => g.getAttribute('aria-label') ?? g.id)
        const radio = group.getByRole('radio').nth(3)
        await radio.check()
        expect(await radio.isChecked()).toBe(true)
        // Writes may settle before they are stored: wait for the store to be written.
        await expect
          .poll(() => page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY), { timeout: 5_000 })
          .not.toBe(before)

        const reloaded = await page.reload()
        expect(reloaded?.fromServiceWorker(), '/assess reloaded by the service worker').toBe(true)
        await expectH1(page, /^rate yourself$/i)
        const again = page.getByRole('radiogroup').first()
        expect(await again.evaluate((g) => g.getAttribute('aria-label') ?? g.id), 'the same competency first').toBe(
          name,
        )
        expect(await again.getByRole('radio').nth(3).isChecked(), 'the offline rating after an offline reload').toBe(
          true,
        )
        expect(externalRequests).toEqual([])
        // Nothing the app needs is missing from the cache (a failed fetch would log an error).
        expect(consoleErrors.filter((e) => !e.includes('/not-precached-'))).toEqual([])
      } finally {
        await context.close()
      }
    },
  )

  test('the web app manifest is linked and served, with its icons, and Chromium finds the app installable', async () => {
    const { page, context } = await openPage('/')
    try {
      await expectH1(page, ROUTES[0]![1])
      const href = await page.locator('link[rel="manifest"]').getAttribute('href')
      expect(href, 'a <link rel="manifest">').toBeTruthy()

      const manifest = await page.evaluate(async (url) => {
        const response = await fetch(url)
        return { status: response.status, body: (await response.json()) as Record<string, unknown> }
      }, href!)
      expect(manifest.status).toBe(200)
      expect(manifest.body).toMatchObject({ name: 'Trajectory', start_url: '/', display: 'standalone' })
      const icons = manifest.body.icons as { src: string; sizes: string; type: string; purpose?: string }[]
      expect(icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']))
      expect(
        icons.some((i) => i.purpose?.split(' ').includes('maskable')),
        'a maskable icon',
      ).toBe(true)
      for (const icon of icons) {
        const served = await page.evaluate(async (src) => {
          const response = await fetch(src)
          return { status: response.status, type: response.headers.get('content-type') ?? '' }
        }, icon.src)
        expect(served.status, `${icon.src} is served`).toBe(200)
        expect(served.type, `${icon.src} content type`).toContain(icon.type)
      }

      // Chromium's own verdict (the check behind its install prompt) once the worker is in charge.
      await waitForController(page)
      const cdp = await context.newCDPSession(page)
      const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
        installabilityErrors: { errorId: string }[]
      }
      // Playwright's contexts are incognito, where Chromium never offers to install: not the app's doing.
      expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([])
      const { errors } = (await cdp.send('Page.getAppManifest')) as { errors: { message: string }[] }
      expect(
        errors.map((e) => e.message),
        'manifest parse errors',
      ).toEqual([])
    } finally {
      await context.close()
    }
  })
})
