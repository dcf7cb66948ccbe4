// Browser tests of the weekly progress feature against the production build (vite preview):
// a check-in a week over several weeks with Playwright's clock, the same-week update, the
// ISO-week year end (2026-W53 → 2027-W01), delete with undo, blind check-ins and their big
// swings, the overview's "a week has passed" nudge, a stalled forecast, a year of check-ins,
// the trend charts of a twelve-week profile (every series drawn, time by date), and axe on
// /progress in light and dark themes. See docs in tests/e2e/browser.ts.
//
// Oracles: the accessible names and roles of the check-in controls, written out here;
// expected readiness from the Senior PM bars of the built-in framework
// (src/domain/framework/competencies.ts, version 2: 9 competencies at 3, 2 at 2, 3 at 1 = 34 points);
// dates and ISO weeks from src/domain/dates.ts (pure functions, unit-tested on their own).
import { afterAll, describe, expect, test } from 'vitest'
import type { Locator, Page } from 'playwright-core'
import { addDays, isoWeekKey, localDateString } from '../../src/domain/dates'
import { checkA11y, closeBrowser, go, openAt, openPage, settle, type OpenedPage } from './browser'
import { TWELVE_WEEKS_NOW, twelveWeekStorage } from './twelve-weeks'

afterAll(closeBrowser)

const STORAGE_KEY = 'trajectory'
const DAY_MS = 86_400_000

/** Sum of the Senior PM bars over the 14 core competencies: readiness = floor(100 × covered / 34). */
const SPM_POINTS = 34
const readinessOf = (covered: number) => Math.floor((covered * 100) / SPM_POINTS)

// ---------------------------------------------------------------------------
// Opening pages on a fake clock, seeding storage
// ---------------------------------------------------------------------------

type Ratings = Record<string, number>

interface SeedCheckIn {
  week: string
  date: string
  savedAt: string
  ratings: Ratings
  notes: Record<string, string>
  currentLevelId: string | null
  targetLevelId: string | null
}

/** A check-in as the app stores it, saved at 09:00 local time on `date`. */
function seedCheckIn(date: string, ratings: Ratings, notes: Record<string, string> = {}): SeedCheckIn {
  return {
    week: isoWeekKey(date),
    date,
    savedAt: new Date(`${date}T09:00:00`).toISOString(),
    ratings: { ...ratings },
    notes: { ...notes },
    currentLevelId: 'pm',
    targetLevelId: 'spm',
  }
}

/** The localStorage option of openPage for a Product Manager aiming at Senior PM. */
function seedStorage(ratings: Ratings, checkIns: SeedCheckIn[] = [], notes: Record<string, string> = {}) {
  const state = { profile: { currentLevelId: 'pm', targetLevelId: 'spm', aiTrack: false }, ratings, notes, checkIns }
  return { [STORAGE_KEY]: JSON.stringify({ state, version: 2 }) }
}

/** Moves the fake clock to `time` and loads `path` afresh, so every render reads the new date. */
async function moveClockTo(page: Page, time: Date, path: string) {
  await page.clock.setSystemTime(time)
  await go(page, path)
}

async function expectClean(opened: OpenedPage) {
  expect(opened.externalRequests, 'requests leaving the origin').toEqual([])
  expect(opened.consoleErrors, 'console errors').toEqual([])
}

// ---------------------------------------------------------------------------
// Locators and readers
// ---------------------------------------------------------------------------

const checkInPanel = (page: Page) => page.getByRole('region', { name: 'Weekly check-in', exact: true })
const saveButton = (page: Page) => page.getByRole('button', { name: /^Save check-in/ }).first()
const panelStatus = (page: Page) => checkInPanel(page).getByRole('status')
const historyTable = (page: Page) => page.getByRole('table', { name: 'Check-in history', exact: true })
const readinessFigure = (page: Page) => page.getByRole('figure', { name: /^Readiness for/ })

/** Text of an element with its whitespace collapsed. */
async function textOf(locator: Locator): Promise<string> {
  return ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim()
}

/** Cells of the history's body rows, as text, top to bottom ([] when there is no table). */
function historyRows(page: Page): Promise<string[][]> {
  return historyTable(page)
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) =>
        Array.from((row as HTMLTableRowElement).cells).map((cell) =>
          (cell.textContent ?? '').replace(/\s+/g, ' ').trim(),
        ),
      ),
    )
}

/** The history's rows once there are `count` of them (the table updates after a click). */
async function historyRowsWhen(page: Page, count: number): Promise<string[][]> {
  await expect
    .poll(async () => (await historyRows(page)).length, { message: `history rows`, timeout: 5_000 })
    .toBe(count)
  return historyRows(page)
}

/** Clicks the radio for `value` (0..5) in the competency's rating group inside `scope`. */
async function rate(scope: Page | Locator, name: string, value: number) {
  const radio = scope.getByRole('radiogroup', { name, exact: true }).getByRole('radio').nth(value)
  await radio.click()
  expect(await radio.isChecked(), `${name} rated ${value}`).toBe(true)
}

/** Index of the checked radio in a competency's group, or null. */
function checkedValue(scope: Page | Locator, name: string): Promise<number | null> {
  return scope.getByRole('radiogroup', { name, exact: true }).evaluate((group) => {
    const i = Array.from(group.querySelectorAll<HTMLInputElement>('input[type=radio]')).findIndex((r) => r.checked)
    return i < 0 ? null : i
  })
}

/** Opens the "Show the numbers" details of a figure and returns its numbers table's body rows as text. */
async function figureNumbers(figure: Locator): Promise<string[][]> {
  const details = figure.locator('details')
  if (!(await details.evaluate((d: HTMLDetailsElement) => d.open))) await details.locator('summary').click()
  // The table is put in the page once the disclosure is open.
  const table = details.getByRole('table')
  await table.waitFor()
  return table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) =>
        Array.from((row as HTMLTableRowElement).cells).map((cell) =>
          (cell.textContent ?? '').replace(/\s+/g, ' ').trim(),
        ),
      ),
    )
}

/** The readiness forecast sentence ("Forecast: …"). */
async function forecastText(page: Page): Promise<string> {
  const section = page.getByRole('region', { name: 'Readiness over time', exact: true })
  const paragraph = section.locator('p').filter({ hasText: /^\s*Forecast:/ })
  await paragraph.first().waitFor({ state: 'visible' })
  expect(await paragraph.count(), 'one forecast paragraph').toBe(1)
  return textOf(paragraph)
}

/**
 * Waits until every chart (role img inside a figure) has drawn its svg: lazy recharts has arrived. The
 * trend charts draw once scrolled near, so each is scrolled to first.
 */
async function chartsDrawn(page: Page) {
  for (const chart of await page.locator('figure [role="img"]').all()) await chart.scrollIntoViewIfNeeded()
  await expect
    .poll(
      () =>
        page.evaluate(() =>
          Array.from(document.querySelectorAll('figure [role="img"]')).every(
            (chart) => chart.querySelector('svg') !== null,
          ),
        ),
      { message: 'every chart drew its svg', timeout: 10_000 },
    )
    .toBe(true)
}

/** Local instant `days` days after `start` (same wall-clock time; the machine runs in one zone). */
const daysAfter = (start: Date, days: number) => new Date(start.getTime() + days * DAY_MS)
const shortWeek = (date: string) => isoWeekKey(date).slice(5)

// ---------------------------------------------------------------------------
// 1. Weekly flow over five weeks
// ---------------------------------------------------------------------------

describe('weekly check-ins on /progress', () => {
  test('five weeks of check-ins: same-week update, what changed, readiness numbers, forecast, persistence', async () => {
    const start = new Date('2027-03-01T10:00:00') // a Monday, 2027-W09
    const opened = await openAt(start, '/assess')
    const { page } = opened
    try {
      // Fresh profile: roles, then a few ratings.
      const current = page.getByRole('combobox', { name: 'Current role', exact: true })
      await current.selectOption({ label: 'Product Manager' })
      const target = page.getByRole('combobox', { name: 'Target role', exact: true })
      expect(
        await target.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.text.trim()),
        'target defaults',
      ).toBe('Senior Product Manager')
      await rate(page, 'Strategy and vision', 1)
      await rate(page, 'Execution and delivery', 2)
      await rate(page, 'Communication', 1)

      // Week 1: first save.
      await go(page, '/progress')
      const today = localDateString(start)
      expect(await historyRows(page), 'no history rows before the first save').toEqual([])
      expect(await textOf(saveButton(page)), 'button before any save this week').toBe('Save check-in')
      await saveButton(page).click()
      await expect
        .poll(() => textOf(panelStatus(page)))
        .toMatch(new RegExp(`^Saved the check-in for ${shortWeek(today)}\\b`))
      let rows = await historyRowsWhen(page, 1)
      expect(rows[0]![0], 'first cell: the date of the save, YYYY-MM-DD').toBe(today)
      expect(rows[0]![1], 'week').toBe('W09')
      expect(rows[0]![3], 'what changed').toBe('First check-in')

      // Same week again: replaces, does not add.
      await expect
        .poll(() => textOf(saveButton(page)), { message: 'button says it updates this week' })
        .toMatch(/update this week's/i)
      await page.clock.setSystemTime(new Date(start.getTime() + 3 * 3_600_000))
      await saveButton(page).click()
      await expect.poll(() => textOf(panelStatus(page))).toMatch(/^Updated this week's check-in/)
      rows = await historyRowsWhen(page, 1)
      expect(rows[0]![0], 'still one row, same date').toBe(today)

      // Weeks 2-5: raise one rating a week, save on /progress.
      const raises: Array<[string, number, number]> = [
        ['Strategy and vision', 1, 2],
        ['Execution and delivery', 2, 3],
        ['Communication', 1, 2],
        ['Customer and market insight', 0, 1], // unrated before: counts as 0
      ]
      const dates = [today]
      for (const [i, [name, from, to]] of raises.entries()) {
        const now = daysAfter(start, 7 * (i + 1))
        const date = localDateString(now)
        dates.push(date)
        await moveClockTo(page, now, '/assess')
        if (from > 0) expect(await checkedValue(page, name), `${name} before the raise`).toBe(from)
        await rate(page, name, to)
        await go(page, '/progress')
        expect(await textOf(saveButton(page)), `a new week (${date}) starts with a plain save`).toBe('Save check-in')
        await saveButton(page).click()
        await expect
          .poll(() => textOf(panelStatus(page)))
          .toMatch(new RegExp(`^Saved the check-in for ${shortWeek(date)}\\b`))
        rows = await historyRowsWhen(page, i + 2)
        expect(
          rows.map((r) => r[0]),
          'dates, newest first',
        ).toEqual([...dates].reverse())
        expect(rows[0]![3], `what changed in week ${i + 2}`).toBe(`${name} +1`)
      }

      // Readiness: 4, 5, 6, 7, 8 of the Senior PM's 34 points covered.
      const expectedReadiness = [4, 5, 6, 7, 8].map(readinessOf) // 11, 14, 17, 20, 23
      rows = await historyRows(page)
      expect(
        rows.map((r) => r[1]),
        'weeks, newest first',
      ).toEqual(['W13', 'W12', 'W11', 'W10', 'W09'])
      expect(
        rows.map((r) => r[2]),
        'readiness in the history, newest first',
      ).toEqual([...expectedReadiness].reverse().map((v) => `${v}%`))
      const numbers = await figureNumbers(readinessFigure(page))
      expect(numbers.length, 'one row per check-in in the readiness numbers').toBe(5)
      expect(
        numbers.map((r) => r[r.length - 1]),
        'readiness numbers (oldest first) are the history values',
      ).toEqual(rows.map((r) => r[2]).reverse())

      // Readiness rose every week, but each week a different competency moved and most gaps (nine
      // competencies never rated) did not: readiness reaches 100 only when every gap closes, so no date.
      const forecast = await forecastText(page)
      expect(forecast).toMatch(/^Forecast:\s*No date yet/)
      expect(forecast).toContain('have no upward trend')
      expect(forecast).toContain('from 5 check-ins over 4 weeks')
      expect(forecast).not.toMatch(/in about \d+ weeks/)

      // Persistence.
      await page.reload()
      await settle(page)
      expect(await historyRowsWhen(page, 5), 'history after a reload').toEqual(rows)
      await expectClean(opened)
    } finally {
      await opened.context.close()
    }
  })

  test('year end: 2026-W53 then 2027-W01, newest first', async () => {
    const opened = await openAt(new Date('2026-12-28T10:00:00'), '/progress', {
      localStorage: seedStorage({ 'strategy-vision': 2, communication: 2 }),
    })
    const { page } = opened
    try {
      await saveButton(page).click()
      await expect.poll(() => textOf(panelStatus(page))).toMatch(/^Saved the check-in for W53\b/)
      await historyRowsWhen(page, 1)

      // Sunday late evening is still 2026-W53: saving would update that week's.
      await moveClockTo(page, new Date('2027-01-03T23:30:00'), '/progress')
      expect(await textOf(saveButton(page)), 'Sunday 2027-01-03 belongs to W53').toMatch(/update this week's/i)
      expect(await textOf(checkInPanel(page))).toContain('W53')

      await moveClockTo(page, new Date('2027-01-04T10:00:00'), '/progress')
      expect(await textOf(saveButton(page)), 'Monday 2027-01-04 starts W01').toBe('Save check-in')
      await saveButton(page).click()
      await expect.poll(() => textOf(panelStatus(page))).toMatch(/^Saved the check-in for W01\b/)
      const rows = await historyRowsWhen(page, 2)
      expect(rows.map((r) => [r[0], r[1]])).toEqual([
        ['2027-01-04', 'W01'],
        ['2026-12-28', 'W53'],
      ])
      await expectClean(opened)
    } finally {
      await opened.context.close()
    }
  })

  test("a second save later in the same week replaces the row, which then shows the latest save's date", async () => {
    const ratings = { 'strategy-vision': 2, communication: 2 }
    const opened = await openAt(new Date('2027-02-03T18:00:00'), '/progress', {
      localStorage: seedStorage({ ...ratings, communication: 3 }, [seedCheckIn('2027-02-01', ratings)]),
    })
    const { page } = opened
    try {
      expect((await historyRowsWhen(page, 1))[0]![0]).toBe('2027-02-01')
      expect(await textOf(saveButton(page)), "Wednesday is in Monday's week").toBe("Save check-in (update this week's)")
      await saveButton(page).click()
      await expect.poll(() => textOf(panelStatus(page))).toMatch(/^Updated this week's check-in \(W05\b/)
      await expect
        .poll(async () => (await historyRows(page))[0]?.[0], { message: 'date of the latest save' })
        .toBe('2027-02-03')
      const rows = await historyRowsWhen(page, 1)
      expect(rows[0]!.slice(0, 2)).toEqual(['2027-02-03', 'W05'])
      await expectClean(opened)
    } finally {
      await opened.context.close()
    }
  })

  test('delete asks to confirm, can be undone (and the undo persists); without undo the row stays gone', async () => {
    const ratings = { 'strategy-vision': 2, 'execution-delivery': 2, communication: 2 }
    const checkIns = [
      seedCheckIn('2027-02-01', { 'strategy-vision': 1, 'execution-delivery': 2, communication: 2 }),
      seedCheckIn('2027-02-08', { 'strategy-vision': 2, 'execution-delivery': 2, communication: 1 }),
      seedCheckIn('2027-02-15', ratings),
    ]
    const opened = await openAt(new Date('2027-02-17T10:00:00'), '/progress', {
      localStorage: seedStorage(ratings, checkIns),
    })
    const { page } = opened
    try {
      const before = await historyRowsWhen(page, 3)
      expect(before.map((r) => r[0])).toEqual(['2027-02-15', '2027-02-08', '2027-02-01'])

      const deleteMiddle = page.getByRole('button', { name: 'Delete the check-in of 2027-02-08', exact: true })
      await deleteMiddle.click()
      const confirm = page.getByRole('button', { name: 'Confirm delete', exact: true })
      await confirm.waitFor({ state: 'visible' })
      expect(await historyRows(page), 'nothing deleted before confirming').toHaveLength(3)
      await confirm.click()

      let rows = await historyRowsWhen(page, 2)
      expect(
        rows.map((r) => r[0]),
        'the deleted row is gone',
      ).toEqual(['2027-02-15', '2027-02-01'])
      const deletedStatus = page.getByRole('status').filter({ hasText: /Deleted the check-in of 2027-02-08/ })
      await deletedStatus.waitFor({ state: 'visible' })
      const undo = deletedStatus.getByRole('button', { name: 'Undo', exact: true })
      await undo.click()
      rows = await historyRowsWhen(page, 3)
      expect(rows, 'undo brings the row back as it was').toEqual(before)

      await page.reload()
      await settle(page)
      expect(await historyRowsWhen(page, 3), 'the undo persisted').toEqual(before)

      // Delete for good this time and reload.
      await deleteMiddle.click()
      await confirm.click()
      await historyRowsWhen(page, 2)
      await page.reload()
      await settle(page)
      rows = await historyRowsWhen(page, 2)
      expect(
        rows.map((r) => r[0]),
        'the deletion persisted',
      ).toEqual(['2027-02-15', '2027-02-01'])
      expect(rows[0]![3], 'the newest row now compares with the oldest').toBe('Strategy and vision +1')
      await expectClean(opened)
    } finally {
      await opened.context.close()
    }
  })

  test('blind check-in hides previous values, lists what changed, flags the big swing, updates the live rating', async () => {
    const ratings = { 'strategy-vision': 1, communication: 2, 'execution-delivery': 2 }
    const opened = await openAt(new Date('2027-02-09T10:00:00'), '/progress', {
      localStorage: seedStorage(ratings, [seedCheckIn('2027-02-01', ratings)]),
    })
    const { page } = opened
    try {
      await historyRowsWhen(page, 1)
      await page.getByRole('button', { name: 'Start a blind check-in', exact: true }).click()
      const panel = checkInPanel(page)
      const groups = panel.getByRole('radiogroup')
      await groups.first().waitFor({ state: 'visible' })
      expect(await groups.count(), 'a blind scale per core competency').toBe(14)
      expect(await panel.locator('input[type=radio]:checked').count(), 'previous values are hidden').toBe(0)
      expect(
        await panel.getByRole('button', { name: /^Save check-in/ }).count(),
        'only the blind save is offered',
      ).toBe(1)

      await rate(panel, 'Strategy and vision', 3) // 1 → 3: a two-step swing
      await rate(panel, 'Communication', 3) // 2 → 3
      await panel.getByRole('button', { name: 'Save check-in (blind)', exact: true }).click()

      const changed = panel.getByRole('list', { name: 'What changed', exact: true })
      await changed.waitFor({ state: 'visible' })
      const items = await changed.getByRole('listitem').allTextContents()
      expect(items, 'both re-rated competencies, nothing else').toHaveLength(2)
      const strategy = items.find((t) => t.includes('Strategy and vision'))
      const communication = items.find((t) => t.includes('Communication'))
      expect(strategy, 'Strategy and vision listed').toBeDefined()
      expect(communication, 'Communication listed').toBeDefined()
      expect(strategy).toMatch(/1\s*→\s*3/)
      expect(strategy, 'the two-step change is a big swing').toContain('Big swing')
      expect(communication).toMatch(/2\s*→\s*3/)
      expect(communication, 'a one-step change is no big swing').not.toContain('Big swing')
      await expect.poll(() => textOf(panelStatus(page))).toMatch(/^Saved the check-in for W06\b/)

      const rows = await historyRowsWhen(page, 2)
      expect(rows[0]![0]).toBe('2027-02-09')
      expect(rows[0]![3], 'history names both, largest first').toBe('Strategy and vision +2, Communication +1')

      await go(page, '/assess')
      expect(await checkedValue(page, 'Strategy and vision'), 'live rating after the blind save').toBe(3)
      expect(await checkedValue(page, 'Communication')).toBe(3)
      expect(await checkedValue(page, 'Execution and delivery'), 'a skipped competency keeps its rating').toBe(2)
      await expectClean(opened)
    } finally {
      await opened.context.close()
    }
  })

  test('the overview nudges once a week has passed since the last check-in', async () => {
    const start = new Date('2027-04-05T10:00:00')
    const opened = await openAt(start, '/progress', {
      localStorage: seedStorage({ 'strategy-vision': 2, communication: 2 }),
    })
    const { page } = opened
    try {
      await saveButton(page).click()
      await historyRowsWhen(page, 1)

      await go(page, '/')
      const last = page.getByText(/Last check-in:/)
      await last.waitFor({ state: 'visible' })
      expect(await textOf(last), 'same day').toContain('(today)')
      expect(await page.getByText(/A week has passed/).count()).toBe(0)

      await moveClockTo(page, daysAfter(start, 8), '/')
      const nudge = page.getByText(/A week has passed/)
      await nudge.waitFor({ state: 'visible' })
      expect(await textOf(nudge)).toContain('8 days ago')
      const link = nudge.getByRole('link')
      expect(await link.count(), 'one link in the nudge').toBe(1)
      expect(new URL((await link.getAttribute('href')) ?? '', page.url()).pathname).toBe('/progress')
      await link.click()
      await page.waitForURL((url) => url.pathname === '/progress')
      await settle(page)
      expect(await textOf(saveButton(page)), 'a new week on /progress').toBe('Save check-in')
      await expectClean(opened)
    } finally {
      await opened.context.close()
    }
  })

  test('four unchanged weekly check-ins give no forecast date and name the stalled gaps', async () => {
    const ratings = { 'strategy-vision': 2, 'execution-delivery': 2, communication: 2, 'customer-insight': 1 }
    const checkIns = ['2027-01-04', '2027-01-11', '2027-01-18', '2027-01-25'].map((d) => seedCheckIn(d, ratings))
    const opened = await openAt(new Date('2027-01-27T10:00:00'), '/progress', {
      localStorage: seedStorage(ratings, checkIns),
    })
    const { page } = opened
    try {
      const rows = await historyRowsWhen(page, 4)
      expect(
        rows.slice(0, 3).map((r) => r[3]),
        'nothing changed',
      ).toEqual(Array(3).fill('No rating changed'))
      const forecast = await forecastText(page)
      expect(forecast).toMatch(/^Forecast:\s*No date yet/)
      expect(forecast).toContain('Strategy and vision')
      expect(forecast).toContain('from 4 check-ins over 3 weeks')
      await expectClean(opened)
    } finally {
      await opened.context.close()
    }
  })

  test('a year of weekly check-ins (52) renders: every row, the chart, no console error', async () => {
    const first = '2026-06-08'
    const checkIns = Array.from({ length: 52 }, (_, i) => {
      const step = Math.floor(i / 13) // 0..3, a step a quarter
      return seedCheckIn(addDays(first, 7 * i), {
        'strategy-vision': Math.min(3, 1 + step),
        'execution-delivery': 2 + (step >= 2 ? 1 : 0),
        communication: Math.min(3, step),
        'customer-insight': i % 2, // noise
      })
    })
    const dates = checkIns.map((c) => c.date)
    expect(new Set(checkIns.map((c) => c.week)).size, 'test data: one check-in per ISO week').toBe(52)
    const opened = await openAt(new Date('2027-06-07T10:00:00'), '/progress', {
      localStorage: seedStorage(checkIns[51]!.ratings, checkIns),
    })
    const { page } = opened
    try {
      const rows = await historyRowsWhen(page, 52)
      expect(
        rows.map((r) => r[0]),
        'every date, newest first',
      ).toEqual([...dates].reverse())
      expect(rows.find((r) => r[0] === '2026-12-28')?.[1], 'the year-end week').toBe('W53')
      const chart = readinessFigure(page).getByRole('img', { name: /^Line chart/ })
      expect(await chart.count(), 'one readiness chart').toBe(1)
      expect((await chart.getAttribute('aria-label')) ?? '', 'the chart names its points').toMatch(/52 check-ins/)
      expect(await figureNumbers(readinessFigure(page)), 'readiness numbers').toHaveLength(52)
      await chartsDrawn(page)
      await expectClean(opened)
    } finally {
      await opened.context.close()
    }
  })
})

describe('the trend charts of a longer history', () => {
  test('show the last year by default; a range chosen from the select redraws both charts and their numbers, and stays over a reload', async () => {
    const first = '2025-06-09'
    const checkIns = Array.from({ length: 110 }, (_, i) =>
      seedCheckIn(addDays(first, 7 * i), {
        'strategy-vision': Math.min(3, Math.floor(i / 30)),
        communication: 1 + (i % 2),
      }),
    )
    const opened = await openAt(new Date('2027-07-14T10:00:00'), '/progress', {
      localStorage: seedStorage(checkIns[109]!.ratings, checkIns),
    })
    const { page } = opened
    const range = page.getByRole('combobox', { name: 'Trends over' })
    const readinessLabel = () =>
      readinessFigure(page)
        .getByRole('img', { name: /^Line chart/ })
        .getAttribute('aria-label')
    const ratingsFigure = page.getByRole('figure', { name: /^Ratings at each check-in/ })
    const ratingRows = async (count: number) =>
      expect.poll(async () => (await figureNumbers(ratingsFigure)).length, { timeout: 5_000 }).toBe(count)
    try {
      await historyRowsWhen(page, 52)
      expect(await range.inputValue(), 'the last year by default').toBe('1y')
      expect(await page.getByText('53 of 110 check-ins').count()).toBe(1)
      expect(await readinessLabel()).toMatch(/over 53 check-ins/)
      expect(await ratingsFigure.locator('figcaption').textContent()).toMatch(
        /^Ratings at each check-in of the last year/,
      )
      await ratingRows(53)
      const year = await figureNumbers(ratingsFigure)

      await range.selectOption({ label: 'Last 12 weeks' })
      await expect.poll(() => new URL(page.url()).searchParams.get('trends')).toBe('12w')
      await expect.poll(readinessLabel).toMatch(/over 12 check-ins/)
      await ratingRows(12)
      expect(await figureNumbers(ratingsFigure), 'the tail of the year').toEqual(year.slice(-12))

      await go(page, page.url())
      expect(await range.inputValue(), 'the range is kept over a reload').toBe('12w')
      await ratingRows(12)

      await range.selectOption({ label: 'All check-ins' })
      await expect.poll(readinessLabel).toMatch(/over 110 check-ins/)
      await ratingRows(110)
      expect((await historyRows(page)).length, 'the history is not a trend chart: still a year a page').toBe(52)
      await chartsDrawn(page)
      await expectClean(opened)
    } finally {
      await opened.context.close()
    }
  })
})

// ---------------------------------------------------------------------------
// 7b. Trend charts of a twelve-week profile
// ---------------------------------------------------------------------------

/** The ten markers of a twelve-week series sit by date: the fortnight with week 4 skipped is twice a week's width. */
async function expectTwelveWeeksByDate(markers: Locator) {
  const lefts = await markers.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().left))
  expect(lefts).toHaveLength(10)
  const week = lefts[1]! - lefts[0]!
  expect(week).toBeGreaterThan(0)
  expect((lefts[3]! - lefts[2]!) / week).toBeCloseTo(2, 1)
}

describe('trend charts of twelve weeks with skipped weeks', () => {
  test('every series is drawn and told apart, even two with equal values; skipped weeks leave gaps', async () => {
    const opened = await openAt(TWELVE_WEEKS_NOW, '/progress', { localStorage: twelveWeekStorage() })
    const { page } = opened
    try {
      await chartsDrawn(page)
      const figure = page.getByRole('figure', { name: /^Ratings at each check-in/ })
      const names = ((await figure.locator('figcaption').textContent()) ?? '')
        .replace(/^Ratings at each check-in: /, '')
        .split(', ')
      // The three largest gaps: one of three steps, then two of one step that stay at 2 all along.
      expect(names).toEqual(['Defining algorithmic success', 'Communication', 'Data and analytics'])
      const curves = figure.locator('path.recharts-line-curve')
      await expect.poll(() => curves.count(), { message: 'one drawn line per series' }).toBe(3)
      const paths = await curves.evaluateAll((els) => els.map((el) => el.getAttribute('d')))
      expect(new Set(paths).size, 'no line drawn over another').toBe(3)
      const boxes = await curves.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().top))
      expect(Math.abs(boxes[1]! - boxes[2]!), 'the equal lines stay visibly apart').toBeGreaterThanOrEqual(3)
      const legend = await figure.locator('.recharts-legend-item-text').allTextContents()
      expect(legend).toEqual(names)
      // Each measured series has its own marker shape.
      const shapes = await figure
        .locator('.recharts-legend-item path.recharts-symbols')
        .evaluateAll((els) => els.map((el) => el.getAttribute('d')))
      expect(new Set(shapes).size, 'distinct markers in the legend').toBe(3)
      // The numbers table still has every series and the values themselves.
      const numbers = await figureNumbers(figure)
      expect(numbers).toHaveLength(10)
      expect(numbers[0]!.slice(1)).toEqual(['0', '2', '2'])

      // Time by date: the fortnight from 18 Jan to 1 Feb (week 4 skipped) is twice a week's width.
      await expectTwelveWeeksByDate(figure.locator('.recharts-line-dots').first().locator('.recharts-line-dot'))

      // The readiness chart (plain SVG) reads the same dates: one marker a check-in, the skipped week a gap.
      const readiness = readinessFigure(page)
      const lines = readiness.locator('path.line-series')
      expect(await lines.count(), 'one line: no projection while gaps stall').toBe(1)
      expect(await lines.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){9}$/)
      await expectTwelveWeeksByDate(readiness.locator('.line-marker'))
      // Its forecast has no date while gaps stall.
      const forecast = await forecastText(page)
      expect(forecast).toMatch(/^Forecast:\s*No date yet/)
      await expectClean(opened)
    } finally {
      await opened.context.close()
    }
  })

  test('x labels never overlap on a phone', async () => {
    const opened = await openPage('about:blank', {
      viewport: { width: 390, height: 844 },
      localStorage: twelveWeekStorage(),
    })
    const { page } = opened
    try {
      await page.clock.install({ time: TWELVE_WEEKS_NOW })
      await go(page, '/progress')
      await chartsDrawn(page)
      // Both line drawings: the readiness chart's plain SVG and the competency trends' recharts.
      const figures = await page
        .getByRole('figure')
        .filter({ has: page.locator('.recharts-line-curve, path.line-series') })
        .all()
      expect(figures, 'the readiness and the competency charts').toHaveLength(2)
      for (const figure of figures) {
        const ticks = await figure.locator('.recharts-xAxis-tick-labels text, text.line-x-label').evaluateAll((els) =>
          els.map((el) => {
            const r = el.getBoundingClientRect()
            return { left: r.left, right: r.right }
          }),
        )
        expect(ticks.length).toBeGreaterThanOrEqual(2)
        for (let i = 1; i < ticks.length; i++)
          expect(ticks[i]!.left, 'labels apart').toBeGreaterThan(ticks[i - 1]!.right)
        const chart = await figure.getByRole('img', { name: /^Line chart/ }).boundingBox()
        expect(ticks.at(-1)!.right, 'the last label inside the chart').toBeLessThanOrEqual(
          chart!.x + chart!.width + 0.5,
        )
      }
      await expectClean(opened)
    } finally {
      await opened.context.close()
    }
  })
})

// ---------------------------------------------------------------------------
// 8. Accessibility
// ---------------------------------------------------------------------------

const A11Y_RATINGS = { 'strategy-vision': 2, 'execution-delivery': 3, communication: 2, 'customer-insight': 1 }
const a11ySeed = (count: number) =>
  seedStorage(
    A11Y_RATINGS,
    Array.from({ length: count }, (_, i) =>
      seedCheckIn(addDays('2027-01-04', 7 * i), { ...A11Y_RATINGS, 'strategy-vision': Math.min(3, 1 + i) }),
    ),
  )
const A11Y_NOW = new Date('2027-01-27T10:00:00')

describe('axe on /progress', () => {
  describe.each([0, 1, 3])('with %i check-ins', (count) => {
    test.each(['light', 'dark'] as const)('has no violations in the %s theme', async (colorScheme) => {
      const opened = await openAt(A11Y_NOW, '/progress', { localStorage: a11ySeed(count), colorScheme })
      const { page } = opened
      try {
        await historyRowsWhen(page, count)
        await chartsDrawn(page)
        expect(await checkA11y(page), `axe violations with ${count} check-ins (${colorScheme})`).toEqual([])
        await expectClean(opened)
      } finally {
        await opened.context.close()
      }
    })
  })

  test.each(['light', 'dark'] as const)(
    'has no violations with the blind panel open, then its result (%s)',
    async (colorScheme) => {
      const opened = await openAt(A11Y_NOW, '/progress', { localStorage: a11ySeed(1), colorScheme })
      const { page } = opened
      try {
        await page.getByRole('button', { name: 'Start a blind check-in', exact: true }).click()
        const panel = checkInPanel(page)
        await panel.getByRole('radiogroup').first().waitFor({ state: 'visible' })
        await chartsDrawn(page)
        // Both states are checked before asserting, so one report lists everything.
        const open = await checkA11y(page)

        await rate(panel, 'Strategy and vision', 4)
        await panel.getByRole('button', { name: 'Save check-in (blind)', exact: true }).click()
        await panel.getByRole('list', { name: 'What changed', exact: true }).waitFor({ state: 'visible' })
        await chartsDrawn(page)
        const result = await checkA11y(page)
        expect({ open, result }, `axe violations with the blind panel (${colorScheme})`).toEqual({
          open: [],
          result: [],
        })
        await expectClean(opened)
      } finally {
        await opened.context.close()
      }
    },
  )
})
