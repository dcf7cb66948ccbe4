// Browser tests of owning the data: export downloads one file, importing it in a fresh browser
// reproduces every screen, a bad file changes nothing, the CSV and the calendar file parse, and
// "Delete all data" leaves a new user's app.
import { readFileSync } from 'node:fs'
import ICAL from 'ical.js'
import Papa from 'papaparse'
import type { Page } from 'playwright-core'
import { afterAll, describe, expect, test } from 'vitest'
import { CORE_COMPETENCIES } from '../../src/domain/framework'
import { SCHEMA_VERSION } from '../../src/persistence/persisted-constants'
import { closeBrowser, openPage } from './browser'

afterAll(closeBrowser)

const STORAGE_KEY = 'trajectory'
const SCREENS = ['/', '/assess', '/gaps', '/progress', '/plan', '/ladder']

async function settle(page: Page) {
  await page.waitForLoadState('networkidle')
  await page.locator('h1').first().waitFor({ state: 'visible' })
}

/** What each screen says, as text: two browsers with the same data show the same. */
async function screensText(page: Page): Promise<Record<string, string>> {
  const texts: Record<string, string> = {}
  for (const path of SCREENS) {
    await page.goto(path)
    await settle(page)
    texts[path] = await page.locator('main').innerText()
  }
  return texts
}

/** Clicks a button that downloads, and returns the file's name and text. */
async function download(page: Page, button: string | RegExp) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()])
  const path = await file.path()
  return { name: file.suggestedFilename(), path, text: readFileSync(path, 'utf8') }
}

/** A PM with ratings, a note, two weekly check-ins and an action, built through the screens. */
async function buildHistory(page: Page) {
  await page.clock.install({ time: new Date('2027-01-04T10:00:00') })
  await page.goto('/assess')
  await settle(page)
  await page.getByRole('combobox', { name: 'Current role' }).selectOption({ label: 'Product Manager' })
  for (const [i, c] of CORE_COMPETENCIES.slice(0, 4).entries())
    await page
      .getByRole('radiogroup', { name: c.name })
      .getByRole('radio')
      .nth(2 + (i % 2))
      .check()
  await page.goto('/progress')
  await page.getByRole('button', { name: /^Save check-in/ }).click()
  await page.clock.setSystemTime(new Date('2027-01-11T10:00:00'))
  await page.goto('/assess')
  await settle(page)
  await page.getByRole('radiogroup', { name: CORE_COMPETENCIES[0]!.name }).getByRole('radio').nth(4).check()
  await page.getByText('Add evidence').first().click()
  await page.getByRole('textbox').first().fill('=1+1 Wrote the strategy, "v2", at last')
  await page.goto('/progress')
  await page.getByRole('button', { name: /^Save check-in/ }).click()
  await page.goto('/plan')
  await settle(page)
  await page.getByRole('list', { name: 'Suggestions' }).getByRole('button', { name: /^Add/ }).first().click()
}

describe('your data', () => {
  test('export, then import in a fresh browser: every screen is the same', async () => {
    const first = await openPage('about:blank')
    await buildHistory(first.page)
    await first.page.goto('/settings')
    await settle(first.page)
    const exported = await download(first.page, 'Export data')
    expect(exported.name).toBe('trajectory-2027-01-11.json')
    expect(JSON.parse(exported.text)).toMatchObject({
      type: 'trajectory-export',
      schemaVersion: SCHEMA_VERSION,
      appVersion: expect.any(String),
    })
    const original = await screensText(first.page)
    const stored = JSON.parse((await first.page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY))!)

    const second = await openPage('about:blank')
    await second.page.clock.install({ time: new Date('2027-01-11T10:00:00') })
    await second.page.goto('/settings')
    await settle(second.page)
    await second.page.getByLabel(/^Import data/).setInputFiles(exported.path)
    await second.page.getByRole('button', { name: /^Replace/ }).click()
    const copy = JSON.parse((await second.page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY))!)
    expect(copy.state.data).toEqual(stored.state.data)
    expect(await screensText(second.page)).toEqual(original)
    expect([...first.consoleErrors, ...second.consoleErrors]).toEqual([])
    await first.context.close()
    await second.context.close()
  })

  test('the CSV holds one row per check-in and competency, formulas neutralised; the reminder is a weekly event', async () => {
    const { page, context } = await openPage('about:blank')
    await buildHistory(page)
    await page.goto('/settings')
    await settle(page)
    const csv = await download(page, /^Download CSV/)
    expect(csv.text.startsWith('\uFEFFDate,ISO week,Framework,')).toBe(true)
    const rows = Papa.parse<Record<string, string>>(csv.text.slice(1), { header: true, skipEmptyLines: true }).data
    expect(rows).toHaveLength(2 * CORE_COMPETENCIES.length + 2 * 4) // core + the AI track's four, unrated
    const noted = rows.find((r) => r.Note !== '')!
    expect(noted).toMatchObject({ Date: '2027-01-11', Competency: CORE_COMPETENCIES[0]!.name, Rating: '4' })
    // Quotes and commas survive; the leading "=" is neutralised so a spreadsheet shows it as text.
    expect(noted.Note).toBe(`'=1+1 Wrote the strategy, "v2", at last`)

    await page.getByRole('combobox', { name: 'Day' }).selectOption({ label: 'Thursday' })
    await page.getByLabel('Time').fill('08:30')
    const ics = await download(page, 'Add a weekly reminder to your calendar')
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics.text)).getFirstSubcomponent('vevent')!)
    expect(event.isRecurring()).toBe(true)
    expect(event.startDate.dayOfWeek()).toBe(ICAL.Time.THURSDAY)
    expect([event.startDate.hour, event.startDate.minute]).toEqual([8, 30])
    expect(event.component.getFirstPropertyValue('url')).toMatch(/\/progress$/)
    await context.close()
  })

  test('a file that cannot be used shows an alert and changes nothing', async () => {
    const { page, context } = await openPage('/assess')
    await settle(page)
    await page.getByRole('radiogroup', { name: CORE_COMPETENCIES[0]!.name }).getByRole('radio').nth(2).check()
    await page.goto('/settings')
    await settle(page)
    const before = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)
    const input = page.getByLabel(/^Import data/)
    const files: [string, string, RegExp][] = [
      ['notes.txt', 'not json at all', /not valid JSON/],
      ['framework.json', readFileSync('public/frameworks/design-ladder.json', 'utf8'), /framework file/],
      ['history.csv', 'Date,ISO week\r\n2027-01-11,2027-W02\r\n', /CSV file/],
      ['empty.json', '', /empty/],
    ]
    for (const [name, text, reason] of files) {
      await input.setInputFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(text) })
      await expect.poll(() => page.getByRole('alert').innerText()).toMatch(reason)
    }
    expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe(before)
    await context.close()
  })

  test('delete all data: every screen is a new user’s again, after a reload too', async () => {
    const { page, context } = await openPage('about:blank')
    await buildHistory(page)
    await page.goto('/settings')
    await settle(page)
    await page.getByRole('button', { name: /^Delete all data/ }).click()
    await page.getByRole('button', { name: /^Yes, delete/ }).click()
    await page.reload()
    await settle(page)
    expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBeNull()
    await page.goto('/')
    await settle(page)
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toMatch(/^Know where you stand/)
    await page.goto('/progress')
    await settle(page)
    expect(await page.getByRole('table', { name: 'Check-in history' }).count()).toBe(0)
    await context.close()
  })
})
