import { afterAll, describe, expect, it } from 'vitest'
import v3 from '../fixtures/persisted-v3.json'
import { closeBrowser, openPage } from './browser'

/** Every screen with data in it, at the widths a PM uses: a phone and a laptop. */
const ROUTES = ['/', '/assess', '/gaps', '/progress', '/plan', '/ladder', '/settings', '/report', '/no-such-page']
const STORAGE = { trajectory: JSON.stringify(v3) }

afterAll(closeBrowser)

describe('layout', () => {
  it.each([390, 1280])('nothing overflows sideways at %i px', async (width) => {
    const { page, context } = await openPage('/', { viewport: { width, height: 844 }, localStorage: STORAGE })
    const overflowing: string[] = []
    for (const route of ROUTES) {
      await page.goto(route)
      await page.getByRole('heading', { level: 1 }).waitFor()
      // Open every details (number tables) so their content is measured too.
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)))
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }))
      if (scrollWidth > clientWidth) overflowing.push(`${route}: ${scrollWidth}px of content in ${clientWidth}px`)
      // A control sticking out of its card overflows nothing on the page but still looks broken.
      const sticking = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('main select, main input, main textarea, main button')]
          .map((el) => {
            const card = el.closest('.card')
            if (!card || el.closest('[role="region"]')) return null
            const over = el.getBoundingClientRect().right - card.getBoundingClientRect().right
            return over > 0.5 ? `${el.tagName.toLowerCase()} "${el.getAttribute('aria-label') ?? el.id}" by ${Math.round(over)}px` : null
          })
          .filter((x) => x !== null),
      )
      overflowing.push(...sticking.map((x) => `${route}: ${x}`))
    }
    await context.close()
    expect(overflowing).toEqual([])
  })
})
