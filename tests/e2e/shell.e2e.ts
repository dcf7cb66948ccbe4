// Browser tests of the app shell against the production build (vite preview):
// deep links and reloads, landmarks, not-found, client-side navigation,
// the ladder's content, no third-party requests, no console errors, axe in
// light and dark themes. See docs in tests/e2e/browser.ts.
import { afterAll, describe, expect, test } from 'vitest'
import type { Page } from 'playwright-core'
import { checkA11y, closeBrowser, openPage } from './browser'

afterAll(closeBrowser)

const BUILT_ROUTES = ['/', '/ladder', '/settings', '/report']
const UNKNOWN_ROUTE = '/no-such-page'
const NOT_FOUND = /not found/i

/** Waits until the route's lazy chunks have loaded and the app has rendered its landmarks. */
async function settle(page: Page) {
  await page.waitForLoadState('networkidle')
  await page.locator('main').first().waitFor({ state: 'visible' })
  await page.locator('h1').first().waitFor({ state: 'visible' })
}

/** The shell every screen must have: one h1, one <main>, a navigation landmark. */
async function expectShell(page: Page, path: string) {
  await settle(page)
  expect(new URL(page.url()).pathname, 'URL after load').toBe(path)
  expect(await page.locator('h1').allInnerTexts(), 'exactly one <h1>').toHaveLength(1)
  expect(await page.locator('main').count(), 'exactly one <main>').toBe(1)
  expect(await page.getByRole('navigation').count(), 'a navigation landmark').toBeGreaterThanOrEqual(1)

  const notFoundHeading = page.getByRole('heading', { name: NOT_FOUND })
  if (path === UNKNOWN_ROUTE) {
    await notFoundHeading.first().waitFor({ state: 'visible' })
    expect(
      await page.getByRole('main').locator('a[href="/"]').count(),
      'a link home inside <main>',
    ).toBeGreaterThanOrEqual(1)
  } else {
    expect(await notFoundHeading.count(), `${path} must not show a not-found heading`).toBe(0)
  }
}

describe.each([...BUILT_ROUTES, UNKNOWN_ROUTE])('route %s', (path) => {
  test('loads by deep link and by reload, with its landmarks, no external request, no console error', async () => {
    const { page, context, externalRequests, consoleErrors } = await openPage(path)
    try {
      await expectShell(page, path)
      await page.reload()
      await expectShell(page, path)
      expect(externalRequests, 'requests leaving the origin').toEqual([])
      expect(consoleErrors, 'console errors').toEqual([])
    } finally {
      await context.close()
    }
  })

  test.each(['light', 'dark'] as const)('has no axe violations in the %s theme', async (colorScheme) => {
    const { page, context, externalRequests, consoleErrors } = await openPage(path, { colorScheme })
    try {
      await settle(page)
      expect(await checkA11y(page), `axe violations on ${path} (${colorScheme})`).toEqual([])
      expect(externalRequests, 'requests leaving the origin').toEqual([])
      expect(consoleErrors, 'console errors').toEqual([])
    } finally {
      await context.close()
    }
  })
})

test('the nav link "Ladder" goes to /ladder without a full page reload', async () => {
  const { page, context, externalRequests, consoleErrors } = await openPage('/')
  try {
    await settle(page)
    let fullLoads = 0
    page.on('load', () => {
      fullLoads += 1
    })
    await page.evaluate(() => {
      ;(window as unknown as { __e2eSameDocument?: boolean }).__e2eSameDocument = true
    })

    await page
      .getByRole('navigation')
      .getByRole('link', { name: /ladder/i })
      .first()
      .click()
    await page.waitForURL((url) => url.pathname === '/ladder')
    await settle(page)

    const sameDocument = await page.evaluate(
      () => (window as unknown as { __e2eSameDocument?: boolean }).__e2eSameDocument === true,
    )
    expect(sameDocument, 'the window survived the navigation (no full reload)').toBe(true)
    expect(fullLoads, 'load events after the click').toBe(0)
    await page
      .getByRole('heading', { name: /Chief Product Officer/ })
      .first()
      .waitFor({ state: 'visible' })
    expect(externalRequests, 'requests leaving the origin').toEqual([])
    expect(consoleErrors, 'console errors').toEqual([])
  } finally {
    await context.close()
  }
})

/** The ladder as src/domain/framework/levels.ts states it: title, years of experience, total pay. */
const LEVELS = [
  { title: 'Associate Product Manager', years: '0-2', pay: '$110,000 – $150,000' },
  { title: 'Product Manager', years: '2-5', pay: '$150,000 – $220,000' },
  { title: 'Senior Product Manager', years: '5-8', pay: '$220,000 – $350,000' },
  { title: 'Group PM / Product Lead', years: '8-12', pay: '$350,000 – $500,000+' },
  { title: 'Director of Product', years: '10+', pay: '$450,000 – $700,000+' },
  { title: 'VP of Product', years: '12+', pay: '$600,000 – $1,000,000+' },
  { title: 'Chief Product Officer', years: '15+', pay: '$750,000 – $2,000,000+' },
]

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const DASH = '\\s*[-\u2010-\u2015\u2212]\\s*' // hyphen, en/em dashes, minus, with optional spaces

/**
 * A level's accessible name: the exact title (case-sensitive), optionally after
 * a level number ("3. ", "L3 ") and before a parenthesised or dashed suffix
 * ("(IC)", "– L3"), so "Product Manager" matches neither "Senior Product
 * Manager" nor "Product manager or project manager?".
 */
function titlePattern(title: string): RegExp {
  return new RegExp(
    `^\\s*(?:(?:[Ll]evel\\s*)?[A-Za-z]?\\d+\\s*[.:\u00b7\u2013\u2014-]?\\s*)?${escapeRegExp(title)}(?:\\s*[(\u2013\u2014-].*)?\\s*$`,
  )
}

/** "0-2" matches "0-2", "0–2", "0 – 2 years"; "10+" matches "10+"; never inside another number or a price. */
function yearsPattern(years: string): RegExp {
  return new RegExp(`(?<![\\d,.$])${years.split('-').map(escapeRegExp).join(DASH)}(?![\\d,])`)
}

/** "$110,000 – $150,000" matches with a hyphen or any dash, with or without spaces. */
function payPattern(pay: string): RegExp {
  const [low = '', high = ''] = pay.split(/\s*[–-]\s*/)
  return new RegExp(`${escapeRegExp(low)}${DASH}${escapeRegExp(high)}${high.endsWith('+') ? '' : '(?![\\d,])'}`)
}

describe('/ladder', () => {
  test('shows all seven levels, in ladder order, each with its years and pay', async () => {
    const { page, context, externalRequests, consoleErrors } = await openPage('/ladder')
    try {
      await settle(page)
      const regions = []
      for (const level of LEVELS) {
        const name = titlePattern(level.title)
        const region = page.getByRole('region', { name })
        await region
          .first()
          .waitFor({ state: 'visible', timeout: 5_000 })
          .catch(() => {
            throw new Error(
              `No region labelled "${level.title}" (expected <section aria-labelledby=…> named by the level's heading)`,
            )
          })
        expect(await region.count(), `regions named "${level.title}"`).toBe(1)
        expect(
          await region.getByRole('heading', { name }).count(),
          `heading "${level.title}" inside its region`,
        ).toBeGreaterThanOrEqual(1)

        const text = (await region.innerText()).replace(/\s+/g, ' ')
        expect(text, `years of "${level.title}"`).toMatch(yearsPattern(level.years))
        expect(text, `pay of "${level.title}"`).toMatch(payPattern(level.pay))
        regions.push(region)
      }

      for (let i = 1; i < regions.length; i += 1) {
        const later = await regions[i]!.elementHandle()
        const inOrder = await regions[i - 1]!.evaluate(
          (earlier, next) => Boolean(next && earlier.compareDocumentPosition(next) & Node.DOCUMENT_POSITION_FOLLOWING),
          later,
        )
        expect(inOrder, `"${LEVELS[i - 1]!.title}" comes before "${LEVELS[i]!.title}"`).toBe(true)
      }

      expect(externalRequests, 'requests leaving the origin').toEqual([])
      expect(consoleErrors, 'console errors').toEqual([])
    } finally {
      await context.close()
    }
  })
})
