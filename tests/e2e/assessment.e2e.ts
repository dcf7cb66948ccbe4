// Browser tests of the self-assessment against the production build (vite preview):
// the whole flow from a fresh profile to readiness, keyboard rating, the extremes
// (all 5 → 100, nothing → 0), the AI track, two tabs kept in step, the radar's
// numbers table and area views, unreadable storage left untouched, and axe on the
// assessment screens in light and dark themes. See docs in tests/e2e/browser.ts.
//
// Oracles come from the app's own data where it is plain (expectations are read from the
// numbers table on /gaps, competency names from /assess); names and roles are the
// accessible names the screens give their controls, written out here.
import { afterAll, describe, expect, test } from 'vitest'
import type { Locator, Page } from 'playwright-core'
import { checkA11y, closeBrowser, numbersTablesShown, openPage, type OpenedPage } from './browser'

afterAll(closeBrowser)

/** The 14 core competencies of the built-in framework, version 2 (src/domain/framework/competencies.ts). */
const CORE_COMPETENCIES = [
  'Strategy and vision',
  'Roadmapping and prioritisation',
  'Execution and delivery',
  'Customer and market insight',
  'Data and analytics',
  'Communication',
  'Cross-functional influence',
  'People leadership and mentoring',
  'Business acumen and P&L',
  'Technical literacy',
  'Decision-making and problem-solving',
  'Process and organisation design',
  'Portfolio management',
  'Innovation and new opportunities',
]
/** The optional AI PM track (src/domain/framework/ai-track.ts). */
const AI_COMPETENCIES = [
  'ML fundamentals',
  'Data literacy and SQL',
  'APIs and systems thinking',
  'Defining algorithmic success',
]

const CORE = CORE_COMPETENCIES.length
const ALL = CORE + AI_COMPETENCIES.length

const STORAGE_KEY = 'trajectory'
const PROGRESS = /^\s*(\d+) of (\d+) rated\s*$/

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

// ---------------------------------------------------------------------------
// Locators and readers
// ---------------------------------------------------------------------------

/** The h1 each screen shows once it has rendered (with data, for / and /gaps). */
const H1: Record<string, RegExp> = {
  '/': /^(overview|know where you stand)/i,
  '/assess': /^rate yourself$/i,
  '/gaps': /^your gap/i,
}

/**
 * Waits until the route has rendered: its <main> and <h1> (the route chunks are lazy).
 * No 'networkidle' wait: it costs half a second a time, and every reader below waits
 * for what it reads.
 */
async function settle(page: Page) {
  await page.locator('main').first().waitFor({ state: 'visible' })
  const h1 = H1[new URL(page.url()).pathname]
  await page.getByRole('heading', { level: 1, name: h1 }).first().waitFor({ state: 'visible' })
}

/** Every competency's rating group, in document order (each a radiogroup). */
function ratingGroups(page: Page): Locator {
  return page.getByRole('radiogroup')
}

/** One competency's rating group, by its name (a radiogroup named by the competency). */
function ratingGroup(page: Page, name: string): Locator {
  return page.getByRole('radiogroup', { name, exact: true })
}

/** The radio for `value` (0..5) in a group: radios come in ascending order, lowest first. */
function radio(group: Locator, value: number): Locator {
  return group.getByRole('radio').nth(value)
}

/** Names of the rating groups in document order: aria-label, aria-labelledby, or the legend. */
async function groupNames(page: Page): Promise<string[]> {
  return ratingGroups(page).evaluateAll((groups) =>
    groups.map((g) => {
      const label = g.getAttribute('aria-label')
      if (label) return label.trim()
      const by = g.getAttribute('aria-labelledby')
      if (by)
        return by
          .split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' ')
          .trim()
      return (g.querySelector('legend')?.textContent ?? '').trim()
    }),
  )
}

/** Index of the checked radio in a group, or null when none is checked. */
async function checkedValue(group: Locator): Promise<number | null> {
  return group.evaluate((g) => {
    const radios = Array.from(g.querySelectorAll<HTMLInputElement>('input[type=radio]'))
    const i = radios.findIndex((r) => r.checked)
    return i < 0 ? null : i
  })
}

/** Clicks the radio for `value` in the named group and checks that it took. */
async function rate(page: Page, name: string, value: number) {
  const target = radio(ratingGroup(page, name), value)
  await target.click()
  expect(await target.isChecked(), `${name} rated ${value}`).toBe(true)
}

/** "N of M rated" on /assess, as numbers. */
async function progress(page: Page): Promise<{ rated: number; total: number }> {
  const text = page.getByText(PROGRESS).first()
  await text.waitFor({ state: 'visible' })
  const match = PROGRESS.exec((await text.textContent()) ?? '')
  if (!match) throw new Error('no "N of M rated" text on the page')
  return { rated: Number(match[1]), total: Number(match[2]) }
}

async function selectedText(select: Locator): Promise<string> {
  return select.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.text.trim() ?? '')
}

/** Titles of the enabled, non-empty options of a role select, in order. */
async function roleOptions(select: Locator): Promise<string[]> {
  return select.evaluate((s: HTMLSelectElement) =>
    Array.from(s.options)
      .filter((o) => !o.disabled && o.value !== '')
      .map((o) => o.text.trim()),
  )
}

interface MeterReading {
  /** The native meter's value, or aria-valuenow. */
  value: number
  min: number
  max: number
  /** aria-valuenow when set (a native <meter> need not set it). */
  ariaNow: string | null
}

/** The readiness meter (a meter named "Readiness …"), waited for. */
async function readinessMeter(page: Page, targetTitle?: string): Promise<MeterReading> {
  const name = targetTitle === undefined ? /^readiness/i : `Readiness for ${targetTitle}`
  const meter = page.getByRole('meter', { name }).or(page.getByRole('progressbar', { name }))
  await meter
    .first()
    .waitFor({ state: 'visible', timeout: 5_000 })
    .catch(() => {
      throw new Error(`No meter named "${String(name)}" on ${page.url()}`)
    })
  expect(await meter.count(), `meters named "${String(name)}"`).toBe(1)
  return meter.evaluate((el) => {
    const ariaNow = el.getAttribute('aria-valuenow')
    if (el instanceof HTMLMeterElement) return { value: el.value, min: el.min, max: el.max, ariaNow }
    return {
      value: Number(ariaNow),
      min: Number(el.getAttribute('aria-valuemin')),
      max: Number(el.getAttribute('aria-valuemax')),
      ariaNow,
    }
  })
}

async function expectReadiness(page: Page, expected: number, targetTitle?: string) {
  const reading = await readinessMeter(page, targetTitle)
  const what = `readiness${targetTitle ? ` for ${targetTitle}` : ''} on ${new URL(page.url()).pathname}`
  expect(reading.value, what).toBe(expected)
  expect(reading.min, `${what}: min`).toBe(0)
  expect(reading.max, `${what}: max`).toBe(100)
  if (reading.ariaNow !== null) expect(Number(reading.ariaNow), `${what}: aria-valuenow`).toBe(expected)
}

/** Names of the items of a list (GapList items start with the competency's name). */
async function listedCompetencies(list: Locator, names: readonly string[]): Promise<string[]> {
  const texts = await list.getByRole('listitem').allTextContents()
  return texts.map((text) => {
    // Longest first, so a name that contains another is not mistaken for it.
    const found = [...names].sort((a, b) => b.length - a.length).find((n) => text.includes(n))
    return found ?? `?? ${text.slice(0, 60)}`
  })
}

interface NumbersTable {
  headers: string[]
  /** Cells by row: [competency, you, target, current?]. */
  rows: string[][]
}

/** The large radar figure on /gaps: its caption names it. */
function radarFigure(page: Page): Locator {
  return page
    .getByRole('figure')
    .filter({ has: page.getByRole('img', { name: /radar/i }) })
    .first()
}

/** Opens "Show the numbers" in a figure and reads the table beneath it. */
async function readNumbersTable(figure: Locator): Promise<NumbersTable> {
  const details = figure
    .locator('details')
    .filter({ has: figure.page().locator('summary', { hasText: /show the numbers/i }) })
  if (!(await details.evaluate((d: HTMLDetailsElement) => d.open))) await details.locator('summary').click()
  const table = figure.getByRole('table')
  await table.waitFor({ state: 'visible' })
  const headers = (await table.locator('thead th').allTextContents()).map((t) => t.trim())
  const rows = await table
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => Array.from((tr as HTMLTableRowElement).cells).map((c) => (c.textContent ?? '').trim())),
    )
  return { headers, rows }
}

/** A table column by header, as competency → cell text. */
function column(table: NumbersTable, header: string): Map<string, string> {
  const index = table.headers.indexOf(header)
  if (index < 0) throw new Error(`No column "${header}" in [${table.headers.join(' | ')}]`)
  return new Map(table.rows.map((cells) => [cells[0] ?? '', cells[index] ?? '']))
}

/** The radar drawing is there: an svg inside the role img. */
async function waitForRadarSvg(page: Page) {
  const images = page.getByRole('img', { name: /radar/i })
  await images.first().waitFor({ state: 'visible' })
  for (const image of await images.all())
    await image.locator('svg').first().waitFor({ state: 'attached', timeout: 10_000 })
}

/** Client-side navigation by the primary nav, waiting for the new screen's h1. */
async function navTo(page: Page, label: RegExp, path: string) {
  await page.getByRole('navigation').getByRole('link', { name: label }).first().click()
  await page.waitForURL((url) => url.pathname === path)
  await page.getByRole('heading', { level: 1, name: H1[path] }).waitFor({ state: 'visible' })
}

function expectClean(opened: OpenedPage) {
  expect(opened.externalRequests, 'requests leaving the origin').toEqual([])
  expect(opened.consoleErrors, 'console errors').toEqual([])
}

/** Opens a page on a fresh profile, runs `body`, always closes the context. */
async function withPage(
  path: string,
  body: (opened: OpenedPage) => Promise<void>,
  options: Parameters<typeof openPage>[1] = {},
) {
  const opened = await openPage(path, options)
  try {
    await settle(opened.page)
    await body(opened)
  } finally {
    await opened.context.close()
  }
}

// ---------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------

describe('/assess names and roles', () => {
  test('each core competency is a radiogroup named by the competency, with radios 0..5 in order', async () => {
    await withPage('/assess', async ({ page }) => {
      const missing: string[] = []
      for (const name of CORE_COMPETENCIES) {
        const group = page.getByRole('radiogroup', { name, exact: true })
        const count = await group.count()
        if (count !== 1) {
          missing.push(`${name} (${count} radiogroups with that name)`)
          continue
        }
        expect(await group.getByRole('radio').count(), `radios in "${name}"`).toBe(6)
        const values = await group.getByRole('radio').evaluateAll((rs) => rs.map((r) => (r as HTMLInputElement).value))
        expect(values, `values of "${name}"`).toEqual(['0', '1', '2', '3', '4', '5'])
      }
      expect(
        missing,
        'competencies without a radiogroup named by them (0..5 radios in a group named by the competency)',
      ).toEqual([])
    })
  })
})

describe('assessment', () => {
  test('whole flow: roles on /, rate everything, note, /gaps readiness and ranked gaps, reload, overview', async () => {
    const opened = await openPage('/')
    const { page, context } = opened
    try {
      await settle(page)

      // Fresh profile: the welcome screen with the role selects.
      const current = page.getByRole('combobox', { name: 'Current role', exact: true })
      const target = page.getByRole('combobox', { name: 'Target role', exact: true })
      await current.selectOption({ label: 'Product Manager' })
      await expect.poll(() => selectedText(target), { timeout: 3_000 }).toBe('Senior Product Manager')

      // The Senior PM (target) and PM (current) expectations, from the numbers table on /gaps,
      // read in a second tab before anything is rated.
      const probe = await context.newPage()
      let expected: Map<string, number>
      let currentBars: Map<string, number>
      try {
        await probe.goto('/gaps')
        await settle(probe)
        await expectReadiness(probe, 0, 'Senior Product Manager')
        const table = await readNumbersTable(radarFigure(probe))
        expect(table.headers, 'numbers table header').toEqual(['Competency', 'You', 'Senior PM', 'PM'])
        expect(new Set(table.rows.map((r) => r[0])), 'table rows are the core competencies').toEqual(
          new Set(CORE_COMPETENCIES),
        )
        expected = new Map([...column(table, 'Senior PM')].map(([k, v]) => [k, Number(v)]))
        currentBars = new Map([...column(table, 'PM')].map(([k, v]) => [k, Number(v)]))
        for (const [name, you] of column(table, 'You')) expect(you, `"You" of unrated ${name}`).not.toMatch(/[1-5]/)
      } finally {
        await probe.close()
      }

      // Plan: every competency at the Senior PM bar, except two one step below (gaps) and
      // one above its bar (which must not count beyond the bar).
      const belowBar = CORE_COMPETENCIES.filter((n) => (expected.get(n) ?? 0) >= 1).slice(0, 2)
      const aboveBar = CORE_COMPETENCIES.find((n) => !belowBar.includes(n) && (expected.get(n) ?? 5) < 5)!
      const plan = new Map<string, number>()
      for (const name of CORE_COMPETENCIES) {
        const bar = expected.get(name)!
        plan.set(name, belowBar.includes(name) ? bar - 1 : name === aboveBar ? bar + 1 : bar)
      }
      let covered = 0
      let total = 0
      for (const [name, rating] of plan) {
        const bar = expected.get(name)!
        covered += Math.min(rating, bar)
        total += bar
      }
      const readiness = Math.floor((covered * 100) / total)
      expect(readiness, 'the plan leaves a gap').toBeLessThan(100)

      // To /assess by the "Rate yourself" link.
      await page
        .getByRole('link', { name: /rate yourself/i })
        .first()
        .click()
      await page.waitForURL((url) => url.pathname === '/assess')
      await settle(page)
      expect(
        await selectedText(page.getByRole('combobox', { name: 'Current role', exact: true })),
        'current role on /assess',
      ).toBe('Product Manager')
      expect(
        await selectedText(page.getByRole('combobox', { name: 'Target role', exact: true })),
        'target role on /assess',
      ).toBe('Senior Product Manager')
      expect(new Set(await groupNames(page)), 'rating groups on /assess').toEqual(new Set(CORE_COMPETENCIES))
      expect(await progress(page)).toEqual({ rated: 0, total: CORE })

      let n = 0
      for (const [name, value] of plan) {
        await rate(page, name, value)
        n += 1
        expect(await progress(page), `progress after rating ${name}`).toEqual({ rated: n, total: CORE })
      }

      // An evidence note.
      const noteFor = 'Customer and market insight'
      const noteText = 'Ran five customer interviews for the onboarding redesign and shared the synthesis.'
      const noteField = page.getByLabel(`What I did that shows it (${noteFor})`, { exact: true })
      expect(await noteField.count(), `one evidence field for ${noteFor}`).toBe(1)
      const evidence = page.locator('details').filter({ has: noteField })
      await evidence.locator('summary').click()
      await noteField.fill(noteText)

      // /gaps by the page's own link.
      await page.getByRole('link', { name: /see your gaps/i }).click()
      await page.waitForURL((url) => url.pathname === '/gaps')
      await settle(page)
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(
        /^\s*Your gap to Senior Product Manager\s*$/,
      )
      await expectReadiness(page, readiness, 'Senior Product Manager')

      const ranked = page.getByRole('list', { name: 'Ranked gaps' })
      expect((await listedCompetencies(ranked, CORE_COMPETENCIES)).sort(), 'ranked gaps').toEqual([...belowBar].sort())
      const biggest = (await page.getByRole('region', { name: 'Biggest gap', exact: true }).textContent()) ?? ''
      // Both gaps are one step: a tie, so "Biggest gap" names both rather than picking one by name.
      expect(
        belowBar.filter((name) => biggest.includes(name)),
        `"Biggest gap" names both tied gaps: ${biggest}`,
      ).toHaveLength(2)
      expect(biggest).toContain('Two competencies are one step short')

      await waitForRadarSvg(page)
      const table = await readNumbersTable(radarFigure(page))
      const you = column(table, 'You')
      for (const [name, value] of plan) expect(you.get(name), `"You" of ${name}`).toBe(String(value))
      for (const [name, value] of column(table, 'Senior PM'))
        expect(Number(value), `Senior PM bar of ${name}`).toBe(expected.get(name))
      for (const [name, value] of column(table, 'PM'))
        expect(Number(value), `PM bar of ${name}`).toBe(currentBars.get(name))

      // Reload /assess: every rating, the note and the roles are still there.
      await page.goto('/assess')
      await settle(page)
      for (const [name, value] of plan)
        expect(await checkedValue(ratingGroup(page, name)), `${name} after reload`).toBe(value)
      expect(
        await page.getByLabel(`What I did that shows it (${noteFor})`, { exact: true }).inputValue(),
        'note after reload',
      ).toBe(noteText)
      expect(await selectedText(page.getByRole('combobox', { name: 'Current role', exact: true }))).toBe(
        'Product Manager',
      )
      expect(await selectedText(page.getByRole('combobox', { name: 'Target role', exact: true }))).toBe(
        'Senior Product Manager',
      )
      expect(await progress(page)).toEqual({ rated: CORE, total: CORE })

      // Overview: the same readiness, the two gaps on top, a radar.
      await navTo(page, /overview/i, '/')
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/^\s*Overview\s*$/)
      await expectReadiness(page, readiness, 'Senior Product Manager')
      const top = page.getByRole('list', { name: 'Top gaps' })
      expect((await listedCompetencies(top, CORE_COMPETENCIES)).sort(), 'top gaps on the overview').toEqual(
        [...belowBar].sort(),
      )
      await waitForRadarSvg(page)

      expectClean(opened)
    } finally {
      await context.close()
    }
  })

  test('keyboard: Tab into the first group, arrows change the rating, Tab goes on to the next group', async () => {
    await withPage('/assess', async (opened) => {
      const { page } = opened
      const names = await groupNames(page)
      expect(names.length, 'rating groups').toBe(CORE)
      const [first, second] = names as [string, string]

      /** Where the focus is: a radio (its group and value) or something else. */
      const focus = () =>
        page.evaluate(() => {
          const el = document.activeElement as HTMLInputElement | null
          if (!el || el.type !== 'radio') return { radio: false as const, tag: el?.tagName ?? null }
          const g = el.closest('[role=radiogroup]')
          const by = g?.getAttribute('aria-labelledby')
          const label =
            g?.getAttribute('aria-label') ||
            (by
              ? by
                  .split(/\s+/)
                  .map((id) => document.getElementById(id)?.textContent ?? '')
                  .join(' ')
              : '') ||
            (g?.querySelector('legend')?.textContent ?? '')
          const radios = Array.from(g?.querySelectorAll<HTMLInputElement>('input[type=radio]') ?? [])
          return { radio: true as const, group: label.trim(), value: radios.indexOf(el), checked: el.checked }
        })

      // The control just before the competencies, then Tab.
      await page.getByRole('checkbox', { name: /include the ai product manager track/i }).focus()
      await page.keyboard.press('Tab')
      const entered = await focus()
      expect(entered, 'Tab after the AI checkbox lands in the first competency').toMatchObject({
        radio: true,
        group: first,
      })

      await page.keyboard.press('ArrowRight')
      expect(await focus(), 'after ArrowRight').toMatchObject({ radio: true, group: first, checked: true })
      const afterRight = await checkedValue(ratingGroup(page, first))
      expect(afterRight, 'ArrowRight checked a rating').not.toBeNull()

      await page.keyboard.press('ArrowDown')
      const afterDown = await checkedValue(ratingGroup(page, first))
      expect(afterDown, 'ArrowDown moved the choice one up').toBe(afterRight! + 1)
      expect(await focus(), 'focus follows the choice').toMatchObject({
        radio: true,
        group: first,
        value: afterDown,
        checked: true,
      })
      expect(await progress(page), 'the keyboard rating counts').toEqual({ rated: 1, total: CORE })

      // Tab leaves the group: the next radio to take focus belongs to the next competency.
      const stops: string[] = []
      let landed: Awaited<ReturnType<typeof focus>> | null = null
      for (let i = 0; i < 4; i++) {
        await page.keyboard.press('Tab')
        const now = await focus()
        if (now.radio) {
          landed = now
          break
        }
        stops.push(String(now.tag))
      }
      expect(landed, `a radio after Tab (stops on the way: ${stops.join(', ') || 'none'})`).not.toBeNull()
      expect(landed, 'Tab goes to the next group, not the next radio of the same group').toMatchObject({
        group: second,
      })
      expect(
        stops.length,
        'at most two stops (the evidence summary, "Not relevant to me") between groups',
      ).toBeLessThanOrEqual(2)

      // Shift+Tab comes back to the checked radio of the first group.
      for (let i = 0; i <= stops.length; i++) await page.keyboard.press('Shift+Tab')
      expect(await focus(), 'Shift+Tab returns to the checked radio').toMatchObject({
        radio: true,
        group: first,
        value: afterDown,
      })

      await page.reload()
      await settle(page)
      expect(await checkedValue(ratingGroup(page, first)), 'keyboard rating after reload').toBe(afterDown)
      expectClean(opened)
    })
  })

  test('every competency at 5 gives readiness 100 for every target; nothing rated gives 0', async () => {
    await withPage('/gaps', async (opened) => {
      const { page } = opened
      // Nothing chosen yet: /gaps offers the role selects; choosing a current role picks a
      // target, and with nothing rated the readiness is 0.
      await page
        .getByRole('combobox', { name: 'Current role', exact: true })
        .selectOption({ label: 'Associate Product Manager' })
      await expectReadiness(page, 0, 'Product Manager')
      expect((await page.getByRole('heading', { level: 1 }).textContent())?.trim()).toBe('Your gap to Product Manager')

      await navTo(page, /assess/i, '/assess')
      const targetSelect = page.getByRole('combobox', { name: 'Target role', exact: true })
      const targets = await roleOptions(targetSelect)
      expect(targets, 'target role options').toHaveLength(7)

      /** Readiness on /gaps for each target, chosen on /assess. */
      const readinessByTarget = async () => {
        const seen: Record<string, number> = {}
        for (const title of targets) {
          await page.getByRole('combobox', { name: 'Target role', exact: true }).selectOption({ label: title })
          await navTo(page, /gaps/i, '/gaps')
          seen[title] = (await readinessMeter(page, title)).value
          await navTo(page, /assess/i, '/assess')
        }
        return seen
      }

      for (const name of await groupNames(page)) await rate(page, name, 5)
      expect(await progress(page)).toEqual({ rated: CORE, total: CORE })
      expect(await readinessByTarget(), 'everything rated 5').toEqual(Object.fromEntries(targets.map((t) => [t, 100])))

      // With everything at the top, no gap is left and the fit is the top of the ladder.
      await navTo(page, /gaps/i, '/gaps')
      expect(await page.getByRole('list', { name: 'Ranked gaps' }).count(), 'no ranked gaps at 100%').toBe(0)
      expect(
        (await page.getByRole('region', { name: 'Level fit', exact: true }).textContent()) ?? '',
        'level fit',
      ).toContain(targets.at(-1))
      expectClean(opened)
    })
  })

  test('AI track: on adds 4 groups, off hides them, on again keeps their rating', async () => {
    await withPage('/assess', async (opened) => {
      const { page } = opened
      const track = page.getByRole('checkbox', { name: /include the ai product manager track/i })
      expect(await track.isChecked(), 'AI track off by default').toBe(false)
      expect(await ratingGroups(page).count()).toBe(CORE)
      await rate(page, CORE_COMPETENCIES[0]!, 2)

      await track.check()
      await expect.poll(() => ratingGroups(page).count()).toBe(ALL)
      const added = (await groupNames(page)).filter((n) => !CORE_COMPETENCIES.includes(n))
      expect(new Set(added), 'the AI competencies').toEqual(new Set(AI_COMPETENCIES))
      expect(await progress(page)).toEqual({ rated: 1, total: ALL })

      const ai = AI_COMPETENCIES[0]!
      await rate(page, ai, 3)
      expect(await progress(page)).toEqual({ rated: 2, total: ALL })

      await track.uncheck()
      await expect.poll(() => ratingGroups(page).count()).toBe(CORE)
      expect(await ratingGroup(page, ai).count(), `${ai} hidden`).toBe(0)
      expect(await progress(page)).toEqual({ rated: 1, total: CORE })

      await track.check()
      await expect.poll(() => ratingGroups(page).count()).toBe(ALL)
      expect(await checkedValue(ratingGroup(page, ai)), `${ai} kept its rating`).toBe(3)
      expect(await progress(page)).toEqual({ rated: 2, total: ALL })

      await page.reload()
      await settle(page)
      expect(
        await page.getByRole('checkbox', { name: /include the ai product manager track/i }).isChecked(),
        'track after reload',
      ).toBe(true)
      expect(await checkedValue(ratingGroup(page, ai)), `${ai} after reload`).toBe(3)
      expectClean(opened)
    })
  })

  test('two tabs stay in step without a reload', async () => {
    await withPage('/assess', async (opened) => {
      const { page: one, context } = opened
      const two = await context.newPage()
      await two.goto('/assess')
      await settle(two)
      const [a, b] = CORE_COMPETENCIES as [string, string]

      // The acting tab in front; the other stays in the background with no visibility
      // change, so only the storage event can bring it the news.
      await one.bringToFront()
      await rate(one, a, 3)
      await expect
        .poll(() => checkedValue(ratingGroup(two, a)), { timeout: 5_000, message: `tab 2 shows ${a}` })
        .toBe(3)
      expect(await progress(two)).toEqual({ rated: 1, total: CORE })

      await two.bringToFront()
      await rate(two, b, 1)
      await expect
        .poll(() => checkedValue(ratingGroup(one, b)), { timeout: 5_000, message: `tab 1 shows ${b}` })
        .toBe(1)
      for (const [tab, page] of [
        ['tab 1', one],
        ['tab 2', two],
      ] as const) {
        expect(await checkedValue(ratingGroup(page, a)), `${a} still rated in ${tab}`).toBe(3)
        expect(await checkedValue(ratingGroup(page, b)), `${b} in ${tab}`).toBe(1)
        expect(await progress(page), `progress in ${tab}`).toEqual({ rated: 2, total: CORE })
      }

      await one.reload()
      await settle(one)
      expect(await checkedValue(ratingGroup(one, a)), `${a} after reload`).toBe(3)
      expect(await checkedValue(ratingGroup(one, b)), `${b} after reload`).toBe(1)
      expectClean(opened)
    })
  })

  test('radar: the numbers table matches the ratings, area views show only their competencies', async () => {
    await withPage('/', async (opened) => {
      const { page } = opened
      await page
        .getByRole('combobox', { name: 'Current role', exact: true })
        .selectOption({ label: 'Senior Product Manager' })
      await navTo(page, /assess/i, '/assess')

      // Known ratings: 0..5 cycling in page order; and the areas each competency sits in.
      const names = await groupNames(page)
      const ratings = new Map(names.map((name, i) => [name, i % 6]))
      for (const [name, value] of ratings) await rate(page, name, value)
      const areas = await page.getByRole('region').evaluateAll((regions) =>
        regions
          .map((region) => ({
            name: (region.querySelector('h2')?.textContent ?? '').trim(),
            competencies: Array.from(region.querySelectorAll('[role=radiogroup]')).map((g) => {
              const by = g.getAttribute('aria-labelledby')
              return (
                g.getAttribute('aria-label') ||
                (by
                  ? by
                      .split(/\s+/)
                      .map((id) => document.getElementById(id)?.textContent ?? '')
                      .join(' ')
                  : '') ||
                (g.querySelector('legend')?.textContent ?? '')
              ).trim()
            }),
          }))
          .filter((area) => area.competencies.length > 0),
      )
      expect(areas.flatMap((a) => a.competencies).sort(), 'every competency sits in one area').toEqual(
        [...names].sort(),
      )

      await navTo(page, /gaps/i, '/gaps')
      await waitForRadarSvg(page)
      const figure = radarFigure(page)
      const caption = ((await figure.locator('figcaption').textContent()) ?? '').trim()
      expect(caption, 'figure caption').not.toBe('')
      expect(
        await page.getByRole('figure', { name: caption, exact: true }).count(),
        'the figure is named by its caption',
      ).toBe(1)
      expect(await figure.getByRole('img', { name: /radar/i }).count(), 'one radar image in the figure').toBe(1)

      const all = await readNumbersTable(figure)
      expect(all.headers).toEqual(['Competency', 'You', 'Group PM', 'Senior PM'])
      const you = column(all, 'You')
      expect([...you.keys()].sort(), 'rows of the full view').toEqual([...names].sort())
      for (const [name, value] of ratings) expect(you.get(name), `"You" of ${name}`).toBe(String(value))

      // Each area view: exactly the competencies of the areas it names, joined with " & ".
      const view = page.getByRole('combobox', { name: 'Radar view', exact: true })
      const options = await view.evaluate((s: HTMLSelectElement) => Array.from(s.options).map((o) => o.text.trim()))
      expect(options[0], 'first radar view').toMatch(/^all competencies$/i)
      expect(options.length, 'area views offered').toBeGreaterThan(1)
      const covered: string[] = []
      for (const option of options.slice(1)) {
        await view.selectOption({ label: option })
        await page.waitForURL((url) => url.searchParams.has('view'))
        // The areas whose names, joined in page order, make up the option's label.
        let expected: string[] | null = null
        for (let start = 0; start < areas.length && !expected; start++) {
          for (let end = start + 1; end <= areas.length; end++) {
            const slice = areas.slice(start, end)
            if (slice.map((a) => a.name).join(' & ') === option) expected = slice.flatMap((a) => a.competencies)
          }
        }
        expect(
          expected,
          `radar view "${option}" names a run of areas [${areas.map((a) => a.name).join(', ')}]`,
        ).not.toBeNull()
        await expect
          .poll(async () => (await readNumbersTable(radarFigure(page))).rows.map((r) => r[0]).sort(), {
            message: `rows of "${option}"`,
          })
          .toEqual([...expected!].sort())
        const table = await readNumbersTable(radarFigure(page))
        for (const [name, value] of column(table, 'You'))
          expect(value, `"You" of ${name} in "${option}"`).toBe(String(ratings.get(name)))
        expect(
          ((await radarFigure(page).locator('figcaption').textContent()) ?? '').trim(),
          'caption names the view',
        ).toMatch(new RegExp(`^${escapeRegExp(option)}`))
        await waitForRadarSvg(page)
        covered.push(...expected!)
      }
      expect(covered.sort(), 'the area views cover every competency once').toEqual([...names].sort())

      await view.selectOption({ label: options[0]! })
      await expect.poll(async () => (await readNumbersTable(radarFigure(page))).rows.length).toBe(names.length)
      expectClean(opened)
    })
  })

  test('unreadable storage: an alert, and the saved text is never overwritten', async () => {
    const corrupted = '{"state": {"profile": not json'
    await withPage(
      '/assess',
      async (opened) => {
        const { page } = opened
        const alert = page.getByRole('alert').filter({ hasText: /could not be read/i })
        await alert.first().waitFor({ state: 'visible', timeout: 5_000 })

        await rate(page, CORE_COMPETENCIES[0]!, 2)
        await page.getByRole('checkbox', { name: /include the ai product manager track/i }).check()
        // Give a debounced or async write every chance to happen.
        await page.waitForTimeout(300)
        expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY), 'stored text').toBe(corrupted)

        await page.reload()
        await settle(page)
        await alert.first().waitFor({ state: 'visible', timeout: 5_000 })
        expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY), 'stored text after reload').toBe(
          corrupted,
        )
        expect(opened.externalRequests, 'requests leaving the origin').toEqual([])
        expect(
          opened.consoleErrors.filter((e) => e.startsWith('uncaught')),
          'uncaught errors',
        ).toEqual([])
      },
      { localStorage: { [STORAGE_KEY]: corrupted } },
    )
  })

  test('axe: no violations on /, /assess and /gaps, empty and with data, light and dark', async () => {
    await withPage('/', async (opened) => {
      const { page } = opened
      const violations: string[] = []
      /** Opens every <details> (notes, numbers tables, lists) and runs axe in both themes. */
      const scan = async (what: string) => {
        await page.locator('details').evaluateAll((ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)))
        await numbersTablesShown(page)
        for (const colorScheme of ['light', 'dark'] as const) {
          // The themes follow prefers-color-scheme; the app has no transitions to wait for.
          await page.emulateMedia({ colorScheme })
          for (const v of await checkA11y(page)) violations.push(`${what} (${colorScheme}): ${v}`)
        }
      }

      await scan('/ empty')

      // Data, entered by hand: roles, the AI track, most competencies rated, some not, a note.
      await page.getByRole('combobox', { name: 'Current role', exact: true }).selectOption({ label: 'Product Manager' })
      await navTo(page, /assess/i, '/assess')
      await page.getByRole('checkbox', { name: /include the ai product manager track/i }).check()
      await expect.poll(() => ratingGroups(page).count()).toBe(ALL)
      const names = await groupNames(page)
      for (const [i, name] of names.slice(0, -3).entries()) await rate(page, name, (i * 2) % 6)
      const noteField = page.getByLabel(`What I did that shows it (${names[0]})`, { exact: true })
      await page.locator('details').filter({ has: noteField }).locator('summary').click()
      await noteField.fill('Wrote the strategy one-pager for search.')
      await scan('/assess with data')

      await navTo(page, /gaps/i, '/gaps')
      await waitForRadarSvg(page)
      await scan('/gaps with data')

      await navTo(page, /overview/i, '/')
      await waitForRadarSvg(page)
      await scan('/ with data')

      expect(violations, 'axe violations').toEqual([])
      expectClean(opened)
    })
  }, 60_000) // eight axe runs, two of them over every option of 18 competencies
})
