// Browser tests of the printable report: what it shows, how it prints (no navigation, light colours,
// at most two A4 pages for the built-in framework), the Print button, the radar as an SVG file, axe.
import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { afterAll, describe, expect, test } from 'vitest'
import v3 from '../fixtures/persisted-v3.json'
import { CORE_COMPETENCIES } from '../../src/domain/framework'
import { checkA11y, closeBrowser, openPage } from './browser'

afterAll(closeBrowser)

/** A full profile: every core competency rated, a note on each, the fixture's plan and check-ins. */
const NOTE = 'Led the Q3 pricing experiment end to end and wrote the decision memo for sales and finance.'
const full = {
  ...v3,
  state: {
    ...v3.state,
    ratings: Object.fromEntries(CORE_COMPETENCIES.map((c, i) => [c.id, 1 + (i % 3)])),
    notes: Object.fromEntries(CORE_COMPETENCIES.map((c) => [c.id, NOTE])),
  },
}
const STORAGE = { trajectory: JSON.stringify(full) }

async function settle(page: Page) {
  await page.waitForLoadState('networkidle')
  await page.locator('h1').first().waitFor({ state: 'visible' })
  await page.locator('main figure svg.radar-surface').first().waitFor()
}

describe('/report', () => {
  test('shows the roles, readiness with how it is computed, the radar with its numbers, gaps with evidence, the plan', async () => {
    const { page, context, consoleErrors } = await openPage('/report', { localStorage: STORAGE })
    await settle(page)
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Readiness for Senior Product Manager')
    const main = await page.locator('main').innerText()
    expect(main).toMatch(
      /Product management career ladder · Current role: Product Manager · Target: Senior Product Manager/,
    )
    expect(main).toMatch(/Readiness is the share of the ratings Senior Product Manager expects/)
    expect(await page.getByRole('meter', { name: /^Readiness for Senior Product Manager/ }).count()).toBe(1)
    const numbers = page.getByRole('figure').first().getByRole('table')
    expect(await numbers.isVisible(), 'the radar numbers shown open').toBe(true)
    expect(await numbers.locator('tbody tr').count()).toBe(CORE_COMPETENCIES.length)
    const gaps = page.getByRole('list', { name: 'Largest gaps' }).getByRole('listitem')
    expect(await gaps.count()).toBe(5)
    expect(await gaps.first().innerText()).toContain(NOTE)
    expect(main).toContain(v3.state.actions[0]!.title)
    expect(consoleErrors).toEqual([])
    await context.close()
  })

  test('prints without navigation or buttons, in light colours, on at most two A4 pages', async () => {
    const { page, context } = await openPage('/report', { localStorage: STORAGE, colorScheme: 'dark' })
    await settle(page)
    await page.evaluate(() => {
      ;(window as unknown as { printed: number }).printed = 0
      window.print = () => void (window as unknown as { printed: number }).printed++
    })
    await page.getByRole('button', { name: /^Print/ }).click()
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1)

    await page.emulateMedia({ media: 'print', colorScheme: 'dark' })
    expect(await page.getByRole('navigation').first().isVisible(), 'no nav in print').toBe(false)
    expect(await page.getByRole('button', { name: /^Print/ }).isVisible(), 'no buttons in print').toBe(false)
    const colours = await page.evaluate(() => ({
      body: getComputedStyle(document.body).backgroundColor,
      ink: getComputedStyle(document.querySelector('h1')!).color,
    }))
    expect(colours).toEqual({ body: 'rgb(255, 255, 255)', ink: 'rgb(22, 26, 46)' })
    const pdf = await page.pdf({ format: 'A4', printBackground: true })
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []
    expect(pages.length, 'A4 pages').toBeGreaterThan(0)
    expect(pages.length, 'A4 pages').toBeLessThanOrEqual(2)
    await context.close()
  })

  test('the radar downloads as an SVG image that stands on its own', async () => {
    const { page, context } = await openPage('/gaps', { localStorage: STORAGE })
    await settle(page)
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download chart as SVG' }).click(),
    ])
    expect(download.suggestedFilename()).toBe('trajectory-radar-spm.svg')
    const svg = readFileSync(await download.path(), 'utf8')
    expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/)
    expect(svg, 'theme variables resolved to colours').not.toContain('var(--')
    expect(svg).toContain('Strategy')
    await context.close()
  })

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe: no violations (${colorScheme})`, async () => {
      const { page, context } = await openPage('/report', { localStorage: STORAGE, colorScheme })
      await settle(page)
      expect(await checkA11y(page)).toEqual([])
      await context.close()
    })
  }
})
