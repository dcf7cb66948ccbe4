import { afterAll, describe, expect, it } from 'vitest'
import v3 from '../fixtures/persisted-v3.json'
import type { Page } from 'playwright-core'
import { closeBrowser, numbersTablesShown, openPage } from './browser'
import { TWELVE_WEEKS_NOW, twelveWeekStorage } from './twelve-weeks'

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
      await numbersTablesShown(page)
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
            return over > 0.5
              ? `${el.tagName.toLowerCase()} "${el.getAttribute('aria-label') ?? el.id}" by ${Math.round(over)}px`
              : null
          })
          .filter((x) => x !== null),
      )
      overflowing.push(...sticking.map((x) => `${route}: ${x}`))
    }
    await context.close()
    expect(overflowing).toEqual([])
  })
})

// ---------------------------------------------------------------------------
// A twelve-week profile on a phone and a laptop
// ---------------------------------------------------------------------------

const PHONE = { width: 390, height: 844 }
const LAPTOP = { width: 1280, height: 800 }

/** Opens `path` for the twelve-week profile (AI track on) on a fake clock just after its last check-in. */
async function openTwelveWeeks(path: string, viewport: { width: number; height: number }) {
  const opened = await openPage('about:blank', { viewport, localStorage: twelveWeekStorage() })
  await opened.page.clock.install({ time: TWELVE_WEEKS_NOW })
  await opened.page.goto(path)
  await opened.page.getByRole('heading', { level: 1 }).waitFor()
  return opened
}

interface Rect {
  text: string
  left: number
  right: number
  top: number
  bottom: number
}

/** The labels reaching past the chart's box (half a pixel of rounding allowed). */
function labelsOutside(labels: Rect[], box: Rect): string[] {
  return labels
    .filter(
      (l) =>
        l.left < box.left - 0.5 || l.right > box.right + 0.5 || l.top < box.top - 0.5 || l.bottom > box.bottom + 0.5,
    )
    .map((l) => l.text)
}

/** Every pair of labels whose boxes overlap, as "a / b". */
function overlappingLabels(labels: Rect[]): string[] {
  return labels.flatMap((a, i) =>
    labels
      .slice(i + 1)
      .filter((b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
      .map((b) => `${a.text} / ${b.text}`),
  )
}

/** The radar's axis labels on the page, as drawn: text and screen box. */
function radarLabels(page: Page): Promise<{ labels: Rect[]; box: Rect }> {
  return page
    .getByRole('img', { name: /^Radar chart/ })
    .first()
    .evaluate((chart) => {
      const rect = (el: Element, text: string) => {
        const r = el.getBoundingClientRect()
        return { text, left: r.left, right: r.right, top: r.top, bottom: r.bottom }
      }
      const labels = [...chart.querySelectorAll('.radar-axis-label')]
        .filter((t) => (t.textContent ?? '').trim() !== '')
        .map((t) => rect(t, [...t.querySelectorAll('tspan')].map((s) => s.textContent).join(' ')))
      return { labels, box: rect(chart, 'chart') }
    })
}

describe('a twelve-week profile on a phone and a laptop', () => {
  it.each([
    ['phone', PHONE],
    ['laptop', LAPTOP],
  ] as const)(
    'the 18-axis radar on /gaps (14 core, 4 AI track) draws every axis label apart and inside the chart (%s)',
    async (_, viewport) => {
      const { page, context, consoleErrors } = await openTwelveWeeks('/gaps', viewport)
      try {
        const chart = page.getByRole('img', { name: /^Radar chart/ }).first()
        await expect.poll(() => chart.locator('.radar-axis-label').count(), { timeout: 10_000 }).toBe(18)
        const { labels, box } = await radarLabels(page)
        expect(labels, 'a label per axis').toHaveLength(18)
        expect(labelsOutside(labels, box), 'labels outside the chart').toEqual([])
        expect(overlappingLabels(labels), 'overlapping labels').toEqual([])
        if (viewport === PHONE) {
          // Too many names for a phone's width: numbered axes, and their names in a key.
          expect(labels.map((l) => l.text)).toEqual(Array.from({ length: 18 }, (_, i) => String(i + 1)))
          const key = await chart.locator('ol li').allTextContents()
          expect(key).toHaveLength(18)
          expect(key[0]).toMatch(/^1\s*Strategy$/)
        } else {
          expect(labels.map((l) => l.text)).toContain('Strategy')
        }
        expect(consoleErrors).toEqual([])
      } finally {
        await context.close()
      }
    },
  )

  it.each([
    ['phone', PHONE],
    ['laptop', LAPTOP],
  ] as const)(
    'every radar view on /gaps keeps its axis labels apart and inside the chart (%s)',
    async (_, viewport) => {
      const { page, context, consoleErrors } = await openTwelveWeeks('/gaps', viewport)
      try {
        const select = page.getByRole('combobox', { name: 'Radar view' })
        const views = await select.locator('option').allTextContents()
        expect(views.length, 'all competencies and each area').toBeGreaterThan(2)
        for (const view of views) {
          await select.selectOption({ label: view })
          const chart = page.getByRole('img', { name: /^Radar chart/ }).first()
          await expect.poll(() => chart.locator('.radar-axis-label').count(), { timeout: 10_000 }).toBeGreaterThan(2)
          const { labels, box } = await radarLabels(page)
          expect(labelsOutside(labels, box), `${view}: labels outside the chart`).toEqual([])
          expect(overlappingLabels(labels), `${view}: overlapping labels`).toEqual([])
          // An area's few axes leave room for their names, even on a phone.
          if (view !== views[0])
            expect(
              labels.some((l) => /[a-z]/i.test(l.text)),
              `${view}: names, not numbers`,
            ).toBe(true)
        }
        expect(consoleErrors).toEqual([])
      } finally {
        await context.close()
      }
    },
  )

  it('/gaps at 1280 × 800 shows the whole radar in the first screen, beside readiness', async () => {
    const { page, context, consoleErrors } = await openTwelveWeeks('/gaps', LAPTOP)
    try {
      const chart = page.getByRole('img', { name: /^Radar chart/ }).first()
      await chart.locator('.radar-axis-label').first().waitFor()
      const radar = await chart.locator('svg').first().boundingBox()
      const meter = await page.getByRole('meter', { name: /^Readiness/ }).boundingBox()
      expect(radar!.y + radar!.height, 'the radar ends within the first screen').toBeLessThanOrEqual(LAPTOP.height)
      expect(meter!.y + meter!.height, 'readiness is in the first screen too').toBeLessThanOrEqual(LAPTOP.height)
      expect(meter!.x, 'readiness sits beside the radar').toBeGreaterThan(radar!.x + radar!.width)
      expect(consoleErrors).toEqual([])
    } finally {
      await context.close()
    }
  })

  it('/ladder at 1280 px shows every step, the starting point included, in one row', async () => {
    const { page, context } = await openTwelveWeeks('/ladder', LAPTOP)
    try {
      const steps = page.getByRole('navigation', { name: 'Ladder steps' }).getByRole('listitem')
      const boxes = await steps.evaluateAll((items) => items.map((item) => item.getBoundingClientRect().bottom))
      expect(boxes.length).toBe(8)
      expect(new Set(boxes.map(Math.round)).size, 'one row: every step ends on the same line').toBe(1)
    } finally {
      await context.close()
    }
  })

  it('/progress on a phone: the history reads as cards with nothing off screen, the delete names its date', async () => {
    const { page, context, consoleErrors } = await openTwelveWeeks('/progress', PHONE)
    try {
      const table = page.getByRole('table', { name: 'Check-in history', exact: true })
      await table.locator('tbody tr').first().waitFor()
      expect(await table.locator('tbody tr').count()).toBe(10)
      const width = await page.evaluate(() => document.documentElement.clientWidth)
      // Every row's cells, Delete included, are on screen: no sideways scrolling.
      const outside = await table
        .locator('tbody td, tbody button')
        .evaluateAll(
          (els, w) => els.filter((el) => el.getBoundingClientRect().right > w + 0.5).map((el) => el.textContent),
          width,
        )
      expect(outside, 'cells or buttons past the right edge').toEqual([])
      const scroller = await page
        .getByRole('region', { name: 'Check-in history table' })
        .evaluate((el) => el.scrollWidth - el.clientWidth)
      expect(scroller, 'the history scrolls sideways').toBeLessThanOrEqual(0)
      // The confirmation sits with its row's date.
      await page.getByRole('button', { name: 'Delete the check-in of 2027-02-15', exact: true }).click()
      const confirm = page.getByRole('button', { name: 'Confirm delete', exact: true })
      const row = page.locator('tbody tr', { has: confirm })
      expect(await row.locator('td').first().textContent()).toBe('2027-02-15')
      const [rowBox, dateBox] = await Promise.all([row.boundingBox(), row.locator('td').first().boundingBox()])
      expect(dateBox!.y, 'the date is on screen with the confirmation').toBeGreaterThanOrEqual(rowBox!.y)
      expect(await row.textContent()).toMatch(/Delete the check-in of .*2027\?/)
      expect(consoleErrors).toEqual([])
    } finally {
      await context.close()
    }
  })

  it('the overview shows readiness in the first screen of a phone, before the role form', async () => {
    const { page, context } = await openTwelveWeeks('/', PHONE)
    try {
      const meter = page.getByRole('meter', { name: /^Readiness/ })
      await meter.waitFor()
      const meterBox = await meter.boundingBox()
      expect(meterBox!.y + meterBox!.height, 'readiness above the fold').toBeLessThanOrEqual(PHONE.height)
      const roleBox = await page.getByRole('combobox', { name: 'Current role' }).boundingBox()
      expect(roleBox!.y, 'readiness before the roles').toBeGreaterThan(meterBox!.y)
    } finally {
      await context.close()
    }
  })
})
