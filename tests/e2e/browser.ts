// Helpers for the browser tests: one Chromium per test file, a fresh context
// per page, and recorders for what must not happen (requests leaving the
// origin, console errors, uncaught exceptions). Import from *.e2e.ts files.
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { AxeBuilder } from '@axe-core/playwright'
import { inject } from 'vitest'
import { launchChromium } from '../../scripts/chromium.mjs'

let shared: Promise<Browser> | undefined

/** The browser shared by the pages of this test file, launched on first use. */
function getBrowser(): Promise<Browser> {
  shared ??= launchChromium()
  return shared
}

/** Close the shared browser: call it in the test file's afterAll. */
export async function closeBrowser(): Promise<void> {
  const browser = shared
  shared = undefined
  if (browser) await (await browser).close()
}

/** Origin of the app under test, from the global setup (no trailing slash). */
function baseURL(): string {
  return inject('baseURL')
}

export interface OpenPageOptions {
  colorScheme?: 'light' | 'dark'
  viewport?: { width: number; height: number }
  /** localStorage entries written before any app script runs (values are strings). */
  localStorage?: Record<string, string>
  reducedMotion?: 'reduce' | 'no-preference'
  /** IANA time zone of the browser, e.g. 'America/Los_Angeles' (default: the machine's). */
  timezoneId?: string
  /** Playwright's load state to wait for after navigation (default 'load'). */
  waitUntil?: 'load' | 'domcontentloaded' | 'networkidle' | 'commit'
}

export interface OpenedPage {
  page: Page
  context: BrowserContext
  /** Every request (and WebSocket) whose origin is not the app's; data: and blob: URLs are not counted. */
  externalRequests: string[]
  /** console.error messages and uncaught page errors, in order. */
  consoleErrors: string[]
}

function isExternal(url: string, appOrigin: string): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return true
  }
  if (parsed.protocol === 'data:' || parsed.protocol === 'blob:' || url === 'about:blank') return false
  return parsed.origin !== appOrigin
}

/**
 * Opens `path` (e.g. '/ladder') of the app in a fresh browser context and
 * starts recording external requests and console errors before the first byte.
 * Close it with `await context.close()` when done.
 */
export async function openPage(path: string, options: OpenPageOptions = {}): Promise<OpenedPage> {
  const browser = await getBrowser()
  const origin = baseURL()
  const context = await browser.newContext({
    baseURL: origin,
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 1280, height: 800 },
    reducedMotion: options.reducedMotion ?? 'no-preference',
    serviceWorkers: 'allow',
    ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
  })
  const externalRequests: string[] = []
  const consoleErrors: string[] = []

  context.on('request', (request) => {
    if (isExternal(request.url(), origin)) externalRequests.push(`${request.method()} ${request.url()}`)
  })

  if (options.localStorage) {
    await context.addInitScript((entries: Record<string, string>) => {
      // Only on the first document load, so a reload sees what the app wrote.
      try {
        if (sessionStorage.getItem('__e2e_seeded')) return
        for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value)
        sessionStorage.setItem('__e2e_seeded', '1')
      } catch {
        // about:blank and other opaque origins have no storage
      }
    }, options.localStorage)
  }

  const page = await context.newPage()
  page.on('console', (message) => {
    if (message.type() !== 'error') return
    const { url, lineNumber } = message.location()
    consoleErrors.push(`console.error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`)
  })
  page.on('pageerror', (error) => {
    consoleErrors.push(`uncaught ${error.name}: ${error.message}`)
  })
  page.on('websocket', (socket) => {
    if (isExternal(socket.url().replace(/^ws/, 'http'), origin)) externalRequests.push(`WEBSOCKET ${socket.url()}`)
  })

  await page.goto(path, { waitUntil: options.waitUntil ?? 'load' })
  return { page, context, externalRequests, consoleErrors }
}

/** The <h1> each route shows once rendered (route chunks are lazy: <main> alone is not enough). */
const ROUTE_HEADINGS: Record<string, RegExp> = {
  '/': /^(overview|know where you stand)/i,
  '/assess': /^rate yourself$/i,
  '/progress': /^progress$/i,
  '/plan': /^growth plan$/i,
}

/** Waits until the route has rendered its <main> and <h1>. */
/**
 * Waits until every open "Show the numbers" disclosure holds its table: a table is put in the page once
 * its disclosure is opened (a script setting `open` is answered by the disclosure's toggle event).
 */
export async function numbersTablesShown(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    [...document.querySelectorAll('details[open]')]
      .filter((d) => d.querySelector(':scope > summary')?.textContent === 'Show the numbers')
      .every((d) => d.querySelector('table') !== null),
  )
}

export async function settle(page: Page): Promise<void> {
  await page.locator('main').first().waitFor({ state: 'visible' })
  const h1 = ROUTE_HEADINGS[new URL(page.url()).pathname] ?? /./
  await page.getByRole('heading', { level: 1, name: h1 }).first().waitFor({ state: 'visible' })
}

/** Loads `path` in the page and waits for the route to render. */
export async function go(page: Page, path: string): Promise<void> {
  await page.goto(path)
  await settle(page)
}

/**
 * Opens `path` with Playwright's clock installed at `time` before the app's first script runs
 * (openPage goes to about:blank first, where the storage seed is skipped, so it lands on `path`).
 */
export async function openAt(time: Date, path: string, options: OpenPageOptions = {}): Promise<OpenedPage> {
  const opened = await openPage('about:blank', options)
  await opened.page.clock.install({ time })
  await go(opened.page, path)
  return opened
}

/**
 * Runs axe-core with its default rule set (WCAG A/AA and best practices) on the
 * page as it is now and returns one readable string per violation, e.g.
 *   color-contrast [serious] Elements must meet minimum color contrast ratio thresholds
 *     - main > p.muted: Fix any of the following: ...
 * so `expect(await checkA11y(page)).toEqual([])` fails with a useful message.
 */
export async function checkA11y(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze()
  return results.violations.map((violation) => {
    const nodes = violation.nodes.map((node) => {
      const target = node.target.map((part) => (Array.isArray(part) ? part.join(' >>> ') : String(part))).join(' ')
      const why = (node.failureSummary ?? '')
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean)
        .join(' ')
      return `    - ${target}${why ? `: ${why}` : ''}`
    })
    return [`${violation.id} [${violation.impact ?? 'n/a'}] ${violation.help} (${violation.helpUrl})`, ...nodes].join(
      '\n',
    )
  })
}
