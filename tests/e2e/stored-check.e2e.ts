// Stored data is read before the first screen shows, so a returning user never sees the new user's welcome
// first, and the screen's code is already on its way by then (src/main.tsx). The full check of stored data (valibot, the schemas, the migrations) is fetched before that read
// only when the plain check cannot take the data (an older version, imported frameworks); for data this
// version saved it comes after the first paint, in the background (src/persistence/stored-check.ts).
import { afterAll, expect, test } from 'vitest'
import { heavyProfileText } from '../../scripts/heavy-profile.mjs'
import { STORAGE_KEY } from '../../src/persistence/persisted-constants'
import { closeBrowser, openPage } from './browser'
import { twelveWeekStorage } from './twelve-weeks'

afterAll(closeBrowser)

/** A migration's name: only the full check's code holds it. */
const FULL_CHECK = 'storeRatingsOnlyWhenChanged'

/** Opens `/` over stored data: every <h1> it showed, its first contentful paint, and when the full check was fetched. */
async function firstScreen(storage: Record<string, string>) {
  const { page, context, consoleErrors } = await openPage('about:blank', { localStorage: storage })
  try {
    // Every <h1> the page ever shows, from its first script on.
    await page.addInitScript(() => {
      const seen: string[] = []
      ;(window as unknown as { __headings: string[] }).__headings = seen
      new MutationObserver(() => {
        const text = document.querySelector('main h1')?.textContent
        if (text && seen[seen.length - 1] !== text) seen.push(text)
      }).observe(document, { subtree: true, childList: true, characterData: true })
    })
    await page.goto('/')
    await page.getByRole('heading', { level: 1 }).first().waitFor({ state: 'visible' })
    // The background load of the full check is due two seconds after the first screen.
    await page.waitForTimeout(2500)
    return await page.evaluate(async (marker) => {
      const scripts = performance
        .getEntriesByType('resource')
        .filter((e) => /\/assets\/[^/?#]+\.js$/.test(new URL(e.name).pathname))
      const fullCheck: number[] = []
      for (const entry of scripts)
        if ((await (await fetch(entry.name)).text()).includes(marker)) fullCheck.push(entry.startTime)
      return {
        headings: (window as unknown as { __headings: string[] }).__headings,
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
        fullCheck,
      }
    }, FULL_CHECK)
  } finally {
    expect(consoleErrors).toEqual([])
    await context.close()
  }
}

test('data this version saved shows at once, and the full check is fetched only after the first paint', async () => {
  const seen = await firstScreen({ [STORAGE_KEY]: heavyProfileText() })
  expect(seen.headings).toEqual(['Overview'])
  expect(seen.fcp, 'a first contentful paint').toBeTypeOf('number')
  expect(seen.fullCheck, 'fetched in the background for other tabs’ saves').toHaveLength(1)
  expect(seen.fullCheck[0]).toBeGreaterThan(seen.fcp!)
})

test('older data waits for the full check, which migrates it before the first screen shows it', async () => {
  // Stored as data version 3.
  const seen = await firstScreen(twelveWeekStorage())
  expect(seen.headings).toEqual(['Overview'])
  expect(seen.fullCheck).toHaveLength(1)
  expect(seen.fullCheck[0]).toBeLessThan(seen.fcp!)
})

test('the screen’s code is requested before storage is read, not once React asks for it', async () => {
  const { page, context, consoleErrors } = await openPage('about:blank', { localStorage: twelveWeekStorage() })
  try {
    await page.addInitScript((key) => {
      const getItem = Storage.prototype.getItem
      const seen = window as unknown as { __firstRead: number | null }
      seen.__firstRead = null
      Storage.prototype.getItem = function (name: string) {
        if (name === key && seen.__firstRead === null) seen.__firstRead = performance.now()
        return getItem.call(this, name)
      }
    }, STORAGE_KEY)
    await page.goto('/gaps')
    await page.getByRole('heading', { level: 1 }).first().waitFor({ state: 'visible' })
    const { firstRead, lazyScripts } = await page.evaluate(() => {
      const entry = document.querySelector<HTMLScriptElement>('script[type="module"]')!.src
      return {
        firstRead: (window as unknown as { __firstRead: number }).__firstRead,
        lazyScripts: performance
          .getEntriesByType('resource')
          .filter((e) => /\/assets\/[^/?#]+\.js$/.test(new URL(e.name).pathname) && e.name !== entry)
          .map((e) => e.startTime),
      }
    })
    expect(firstRead, 'storage was read').toBeTypeOf('number')
    expect(lazyScripts.filter((start) => start < firstRead).length).toBeGreaterThan(0)
    expect(consoleErrors).toEqual([])
  } finally {
    await context.close()
  }
})
