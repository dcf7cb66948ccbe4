// Browser tests of custom frameworks against the production build: importing the shipped examples
// (CSV and JSON), rating against them, switching back to the built-in framework with its data intact,
// refusing bad files without changing anything, "not relevant to me", and axe on /settings.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, test } from 'vitest'
import type { Page } from 'playwright-core'
import { CORE_COMPETENCIES } from '../../src/domain/framework'
import { checkA11y, closeBrowser, openPage } from './browser'

afterAll(closeBrowser)

const STORAGE_KEY = 'trajectory'
const designLadderFile = fileURLToPath(new URL('../../public/frameworks/design-ladder.json', import.meta.url))
const designLadder = JSON.parse(readFileSync(designLadderFile, 'utf8')) as {
  name: string
  levels: { title: string }[]
  competencies: { name: string; track?: string }[]
}

async function settle(page: Page) {
  await page.waitForLoadState('networkidle')
  await page.locator('h1').first().waitFor({ state: 'visible' })
}

/** Client-side navigation through the primary navigation, as a user moves around. */
async function go(page: Page, label: string) {
  const heading = page.getByRole('heading', { level: 1 })
  const before = await heading.innerText()
  await page.getByRole('navigation', { name: 'Primary' }).getByRole('link', { name: label, exact: true }).click()
  // The new screen, not the one still showing while its code loads (every screen here has its own h1).
  await expect.poll(() => heading.innerText()).not.toBe(before)
  await settle(page)
}

const frameworkSelect = (page: Page) => page.getByRole('combobox', { name: 'Framework', exact: true })
const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)
const groupNames = (page: Page) =>
  page
    .getByRole('radiogroup')
    .evaluateAll((groups) =>
      groups.map((g) => document.getElementById(g.getAttribute('aria-labelledby') ?? '')?.textContent ?? ''),
    )

describe('custom frameworks', () => {
  test('the example CSV imports, every screen follows it, and the built-in data is intact after switching back and reloading', async () => {
    const { page, context, consoleErrors } = await openPage('/assess')
    await settle(page)
    const builtIn = CORE_COMPETENCIES[0]!
    await page.getByRole('radiogroup', { name: builtIn.name }).getByRole('radio').nth(3).check()

    await go(page, 'Settings')
    await page.getByRole('button', { name: /^Engineering ladder/ }).click()
    const preview = page.getByRole('heading', { level: 3, name: 'Engineering ladder' })
    await preview.waitFor()
    expect(await page.locator('main').innerText()).toMatch(
      /5 levels: Engineer I, Engineer II, Senior Engineer, Staff Engineer, Principal Engineer/,
    )
    expect(await frameworkSelect(page).locator('option').count(), 'nothing added before the click').toBe(1)
    await page.getByRole('button', { name: 'Add framework' }).click()
    await frameworkSelect(page).selectOption({ label: 'Engineering ladder' })

    await go(page, 'Overview')
    expect(await page.locator('main').innerText()).toMatch(/Engineering ladder/)
    await go(page, 'Assess')
    const names = await groupNames(page)
    expect(names[0]).toBe('Code quality')
    expect(names).not.toContain(builtIn.name)
    await page.getByRole('combobox', { name: 'Current role' }).selectOption({ label: 'Engineer I' })
    await page.getByRole('combobox', { name: 'Target role' }).selectOption({ label: 'Senior Engineer' })
    await page.getByRole('radiogroup', { name: 'Code quality' }).getByRole('radio').nth(2).check()

    await go(page, 'Ladder')
    const ladder = await page.locator('main').innerText()
    expect(ladder).toMatch(/Principal Engineer/)
    expect(ladder, 'no invented pay or years').not.toMatch(/\$|Experience|Total pay/)

    await go(page, 'Gaps')
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Your gap to Senior Engineer')
    const meter = page.getByRole('meter', { name: /^Readiness for Senior Engineer/ })
    expect(Number(await meter.getAttribute('value'))).toBeGreaterThan(0)

    // Back to the built-in framework: its rating is still there, and the imported one keeps its own.
    await go(page, 'Settings')
    await frameworkSelect(page).selectOption({ index: 0 })
    await go(page, 'Assess')
    expect(await page.getByRole('radiogroup', { name: builtIn.name }).getByRole('radio').nth(3).isChecked()).toBe(true)
    await page.reload()
    await settle(page)
    expect(await page.getByRole('radiogroup', { name: builtIn.name }).getByRole('radio').nth(3).isChecked()).toBe(true)
    await go(page, 'Settings')
    await frameworkSelect(page).selectOption({ label: 'Engineering ladder' })
    await go(page, 'Assess')
    expect(await page.getByRole('radiogroup', { name: 'Code quality' }).getByRole('radio').nth(2).isChecked()).toBe(
      true,
    )
    expect(await page.getByRole('combobox', { name: 'Target role' }).inputValue()).toBe('senior-engineer')

    expect(consoleErrors).toEqual([])
    await context.close()
  })

  test('a JSON framework file imports through the file input, with its optional track off', async () => {
    const { page, context, consoleErrors } = await openPage('/settings')
    await settle(page)
    await page.getByLabel(/^Import framework/).setInputFiles(designLadderFile)
    await page.getByRole('heading', { level: 3, name: designLadder.name }).waitFor()
    await page.getByRole('button', { name: 'Add framework' }).click()
    await page.getByRole('button', { name: 'Use it now' }).click()
    expect(await frameworkSelect(page).inputValue()).toBe('design-ladder')

    await go(page, 'Assess')
    const core = designLadder.competencies.filter((c) => (c.track ?? 'core') === 'core').map((c) => c.name)
    expect(await groupNames(page)).toEqual(core)
    await page.getByRole('checkbox', { name: /^Include the Design research track/ }).check()
    expect(await groupNames(page)).toHaveLength(designLadder.competencies.length)
    expect(consoleErrors).toEqual([])
    await context.close()
  })

  test('a refused file says why in an alert and changes nothing', async () => {
    const { page, context } = await openPage('/assess')
    await settle(page)
    await page.getByRole('radiogroup', { name: CORE_COMPETENCIES[0]!.name }).getByRole('radio').nth(2).check()
    await go(page, 'Settings')
    const before = await stored(page)
    const input = page.getByLabel(/^Import framework/)
    const refusals: [string, string, RegExp][] = [
      ['broken.json', '{"id": "x", ', /not valid JSON/],
      [
        'no-levels.json',
        JSON.stringify({ id: 'x', name: 'X', scale: { max: 2 }, levels: [], competencies: [] }),
        /levels: needs at least 1 item/,
      ],
      ['ladder.csv', 'Skill,Level 1\nSQL,Writes queries\n', /Competency/],
      ['empty.csv', '', /empty/],
    ]
    for (const [name, text, reason] of refusals) {
      await input.setInputFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text) })
      // The previous file's alert is replaced by this one's: wait for this file's reason.
      await expect.poll(() => page.getByRole('alert').innerText(), { message: name }).toMatch(reason)
      expect(await page.getByRole('alert').count()).toBe(1)
    }
    expect(await stored(page), 'storage byte for byte unchanged').toBe(before)
    expect(await frameworkSelect(page).locator('option').count()).toBe(1)
    await context.close()
  })

  test('"not relevant to me" leaves a competency out of the gaps and can be brought back', async () => {
    const { page, context } = await openPage('/assess')
    await settle(page)
    await page.getByRole('combobox', { name: 'Current role' }).selectOption({ label: 'Product Manager' })
    const competency = CORE_COMPETENCIES.find((c) => c.id === 'business-acumen')!
    await page.getByRole('button', { name: `Not relevant to me: ${competency.name}` }).click()
    await page.getByRole('button', { name: `Bring back ${competency.name}` }).waitFor()
    expect(await page.getByRole('radiogroup', { name: competency.name }).count()).toBe(0)
    // One rating, so /gaps lists gaps rather than inviting to rate.
    await page.getByRole('radiogroup', { name: 'Communication' }).getByRole('radio').nth(1).check()

    await go(page, 'Gaps')
    // The radar's table of numbers is in the page once its "Show the numbers" is opened.
    const radarTable = async () => {
      const figure = page.locator('figure').first()
      const table = figure.locator('table')
      if ((await table.count()) === 0) await figure.getByText('Show the numbers').click()
      return table.textContent()
    }
    expect(await radarTable()).toContain('Communication')
    expect(await radarTable()).not.toContain(competency.name)
    expect(await page.getByRole('list', { name: 'Ranked gaps' }).innerText()).not.toContain(competency.name)

    await page.reload()
    await settle(page)
    expect(await radarTable(), 'persisted').not.toContain(competency.name)
    await go(page, 'Assess')
    await page.getByRole('button', { name: `Bring back ${competency.name}` }).click()
    await page.getByRole('radiogroup', { name: competency.name }).waitFor()
    await context.close()
  })

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe: /settings with a framework preview and an imported framework (${colorScheme})`, async () => {
      const { page, context } = await openPage('/settings', { colorScheme })
      await settle(page)
      await page.getByRole('button', { name: /^Engineering ladder/ }).click()
      await page.getByRole('heading', { level: 3, name: 'Engineering ladder' }).waitFor()
      expect(await checkA11y(page), 'with a preview').toEqual([])
      await page.getByRole('button', { name: 'Add framework' }).click()
      await page.getByRole('button', { name: /^Delete Engineering ladder/ }).click()
      expect(await checkA11y(page), 'with a delete confirmation').toEqual([])
      await page.getByRole('button', { name: /^Yes, delete/ }).click()
      await expect.poll(() => frameworkSelect(page).locator('option').count()).toBe(1)
      await context.close()
    })
  }
})
