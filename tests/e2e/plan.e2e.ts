// Browser tests of the growth plan against the production build (vite preview): the
// two-minute plan from the proposed focus and suggestions (and its persistence and the
// overview's summary), completing an action, the measured outcome between two check-ins
// (Playwright's clock), keyboard reordering with focus kept on the moved action, an own
// action with target week and expected effect, delete with undo, and axe on /plan and /
// in light and dark themes and at 390 px. See docs in tests/e2e/browser.ts.
//
// Oracles: the accessible names and roles of the plan, rating and check-in controls,
// written out here; the Senior PM bars from the built-in
// framework (src/domain/framework/competencies.ts) and the suggestions written for Senior PM
// (src/domain/framework/suggestions.ts), both plain data; expected dates are written out.
import { afterAll, describe, expect, test } from 'vitest'
import type { Locator, Page } from 'playwright-core'
import { CORE_COMPETENCIES } from '../../src/domain/framework/competencies'
import { SUGGESTIONS } from '../../src/domain/framework/suggestions'
import { plannedAction, type Action } from '../../src/domain/plan'
import { checkA11y, closeBrowser, go, openAt, settle, type OpenedPage } from './browser'

afterAll(closeBrowser)

const STORAGE_KEY = 'trajectory'
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

// ---------------------------------------------------------------------------
// Seed data
// ---------------------------------------------------------------------------

type Ratings = Record<string, number>

/** Every core competency rated at its Senior PM bar. */
const SPM_BAR: Ratings = Object.fromEntries(CORE_COMPETENCIES.map((c) => [c.id, c.expectations.spm]))

/** The three competencies rated one step below the bar in the main scenario (all three expect 3 at Senior PM). */
const LOWERED = ['strategy-vision', 'customer-insight', 'communication'] as const
const NAME: Record<string, string> = Object.fromEntries(CORE_COMPETENCIES.map((c) => [c.id, c.name]))

/** The bar, except the LOWERED three one step below: exactly three gaps of size 1. */
const NEAR_BAR: Ratings = { ...SPM_BAR, ...Object.fromEntries(LOWERED.map((id) => [id, SPM_BAR[id]! - 1])) }

function seedAction(id: string, competencyId: string, title: string, extra: Partial<Action> = {}): Action {
  return plannedAction({ id, competencyId, title, ...extra })
}

/** Three own actions, one per lowered competency. */
const THREE = [
  seedAction('act-1', 'strategy-vision', 'Draft the area strategy one-pager'),
  seedAction('act-2', 'customer-insight', 'Interview three customers about onboarding'),
  seedAction('act-3', 'communication', 'Present the roadmap at the team review'),
]
const TITLES = THREE.map((a) => a.title)

/** The localStorage option of openPage: a Product Manager aiming at Senior PM (schema version 3). */
function seedStorage(
  options: { ratings?: Ratings; actions?: Action[]; focus?: string[]; checkIns?: unknown[] } = {},
): Record<string, string> {
  const state = {
    profile: { currentLevelId: 'pm', targetLevelId: 'spm', aiTrack: false },
    ratings: options.ratings ?? NEAR_BAR,
    notes: {},
    checkIns: options.checkIns ?? [],
    actions: options.actions ?? [],
    focus: options.focus ?? [],
  }
  return { [STORAGE_KEY]: JSON.stringify({ state, version: 3 }) }
}

// ---------------------------------------------------------------------------
// Opening pages on a fake clock
// ---------------------------------------------------------------------------

async function reload(page: Page) {
  await page.reload()
  await settle(page)
}

async function expectClean(opened: OpenedPage) {
  expect(opened.externalRequests, 'requests leaving the origin').toEqual([])
  expect(opened.consoleErrors, 'console errors').toEqual([])
}

const NOW = new Date('2027-03-03T10:00:00') // a Wednesday

// ---------------------------------------------------------------------------
// Locators and readers
// ---------------------------------------------------------------------------

const actionsList = (page: Page) => page.getByRole('list', { name: 'Actions', exact: true })
const suggestionsList = (page: Page) => page.getByRole('list', { name: 'Suggestions', exact: true })
const statusSelect = (page: Page, title: string) =>
  page.getByRole('combobox', { name: `Status of ${title}`, exact: true })
const actionItem = (page: Page, title: string) => actionsList(page).getByRole('listitem').filter({ hasText: title })
const focusBox = (page: Page, name: string) =>
  page.getByRole('checkbox', { name: new RegExp(`^\\s*${escapeRegExp(name)}`) })

async function textOf(locator: Locator): Promise<string> {
  return ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim()
}

/** Text of each item of the "Actions" list, top to bottom ([] when there is no list). */
function actionTexts(page: Page): Promise<string[]> {
  return actionsList(page)
    .getByRole('listitem')
    .evaluateAll((items) => items.map((li) => (li.textContent ?? '').replace(/\s+/g, ' ').trim()))
    .catch(() => [])
}

/** Which of `titles` each action item shows, top to bottom ('?' for an item showing none or several). */
async function actionOrder(page: Page, titles: readonly string[]): Promise<string[]> {
  if ((await actionsList(page).count()) === 0) return []
  const texts = await actionTexts(page)
  return texts.map((t) => {
    const found = titles.filter((title) => t.includes(title))
    return found.length === 1 ? found[0]! : `? ${t}`
  })
}

async function expectActionOrder(page: Page, titles: readonly string[], expected: readonly string[], message: string) {
  await expect.poll(() => actionOrder(page, titles), { message, timeout: 5_000 }).toEqual(expected)
}

/** Names of the buttons in the "Suggestions" list, once it is there (the suggestions load with /plan). */
async function suggestionButtonNames(page: Page): Promise<string[]> {
  await suggestionsList(page).getByRole('button').first().waitFor()
  return suggestionsList(page)
    .getByRole('button')
    .evaluateAll((buttons) => buttons.map((b) => (b.getAttribute('aria-label') ?? b.textContent ?? '').trim()))
}

/** The status value of an action's select ('planned' | 'doing' | 'done'). */
function statusOf(page: Page, title: string): Promise<string> {
  return statusSelect(page, title).inputValue()
}

// ---------------------------------------------------------------------------
// 1. The two-minute plan
// ---------------------------------------------------------------------------

/** The first suggestion written for Senior PM for each lowered competency. */
const PICKS = LOWERED.map((id) => {
  const pick = SUGGESTIONS.find((s) => s.competencyId === id && (s.levelIds as readonly string[]).includes('spm'))
  if (!pick) throw new Error(`test data: no Senior PM suggestion for ${id}`)
  return { competency: NAME[id]!, title: pick.title }
})

describe('growth plan', () => {
  test('the two-minute plan: proposed focus, three suggestions added, persisted, summarised on the overview', async () => {
    const opened = await openAt(NOW, '/plan', { localStorage: seedStorage() })
    const { page } = opened
    try {
      // Focus: nothing chosen, the proposal names the three gaps.
      const focusNames = LOWERED.map((id) => NAME[id]!)
      for (const name of focusNames)
        expect(await focusBox(page, name).isChecked(), `${name} unchecked at first`).toBe(false)
      expect(await page.getByRole('checkbox').count(), 'one checkbox per gap').toBe(3)
      await page.getByRole('button', { name: 'Use the proposal', exact: true }).click()
      for (const name of focusNames) {
        await expect
          .poll(() => focusBox(page, name).isChecked(), { message: `${name} checked by the proposal` })
          .toBe(true)
      }

      // Suggestions: every item holds a button whose name starts "Add".
      const items = suggestionsList(page).getByRole('listitem')
      await items.first().waitFor({ state: 'visible' })
      const itemCount = await items.count()
      expect(itemCount, 'suggestions offered').toBeGreaterThanOrEqual(3)
      for (let i = 0; i < itemCount; i += 1) {
        const names = await items
          .nth(i)
          .getByRole('button')
          .evaluateAll((bs) => bs.map((b) => (b.getAttribute('aria-label') ?? b.textContent ?? '').trim()))
        expect(names.length, `suggestion ${i + 1} has a button`).toBeGreaterThanOrEqual(1)
        expect(
          names.some((n) => /^Add\b/i.test(n)),
          `suggestion ${i + 1}: a button named "Add…" (${names.join(', ')})`,
        ).toBe(true)
      }
      const offered = await suggestionButtonNames(page)
      for (const pick of PICKS) {
        expect(
          offered.some((n) => n.includes(pick.title)),
          `"${pick.title}" offered for ${pick.competency}`,
        ).toBe(true)
      }

      // Add one suggestion per focus competency.
      for (const pick of PICKS) {
        await suggestionsList(page)
          .getByRole('button', { name: new RegExp(`^Add\\b.*${escapeRegExp(pick.title)}`) })
          .click()
      }
      const titles = PICKS.map((p) => p.title)
      await expectActionOrder(page, titles, titles, 'the three suggestions in the Actions list, in the order added')
      const texts = await actionTexts(page)
      PICKS.forEach((pick, i) => expect(texts[i], `action ${i + 1} names its competency`).toContain(pick.competency))
      const left = (await suggestionsList(page).count()) > 0 ? await suggestionButtonNames(page) : []
      for (const title of titles) {
        expect(
          left.filter((n) => n.includes(title)),
          `"${title}" is no longer offered`,
        ).toEqual([])
      }

      // Reload: actions and focus persist.
      await reload(page)
      await expectActionOrder(page, titles, titles, 'actions after a reload')
      for (const name of focusNames)
        expect(await focusBox(page, name).isChecked(), `${name} still checked after reload`).toBe(true)
      expect(await page.getByRole('button', { name: 'Use the proposal' }).count(), 'the proposal is in use').toBe(0)

      // The overview summarises the plan.
      await go(page, '/')
      const focusLine = page
        .locator('p')
        .filter({ hasText: /^\s*Focus:/ })
        .first()
      await focusLine.waitFor({ state: 'visible' })
      const focusText = await textOf(focusLine)
      for (const name of focusNames) expect(focusText, `overview focus names ${name}`).toContain(name)
      const next = page.getByRole('list', { name: 'Next actions', exact: true })
      await next.waitFor({ state: 'visible' })
      const nextTexts = (await next.getByRole('listitem').allTextContents()).map((t) => t.replace(/\s+/g, ' '))
      expect(nextTexts, 'three next actions').toHaveLength(3)
      titles.forEach((title, i) => expect(nextTexts[i], `next action ${i + 1}`).toContain(title))
      await expectClean(opened)
    } finally {
      await opened.context.close()
    }
  })

  // ---------------------------------------------------------------------------
  // 2. Complete and persist
  // ---------------------------------------------------------------------------

  test('setting an action to Done shows it done (not measured yet) and persists', async () => {
    const opened = await openAt(NOW, '/plan', { localStorage: seedStorage({ actions: THREE }) })
    const { page } = opened
    try {
      const title = TITLES[1]!
      await expectActionOrder(page, TITLES, TITLES, 'seeded actions')
      expect(await statusOf(page, title)).toBe('planned')
      await statusSelect(page, title).selectOption({ label: 'Done' })
      await expect
        .poll(() => textOf(actionItem(page, title)), { message: 'the done action' })
        .toContain('Done on 2027-03-03')
      const text = await textOf(actionItem(page, title))
      expect(text).toContain('Not measured yet')
      expect(await statusOf(page, title)).toBe('done')
      for (const other of [TITLES[0]!, TITLES[2]!]) {
        expect(await textOf(actionItem(page, other)), `${other} untouched`).not.toMatch(/Done on|measured/i)
      }

      await reload(page)
      expect(await statusOf(page, title), 'still done after a reload').toBe('done')
      expect(await textOf(actionItem(page, title))).toContain('Done on 2027-03-03')

      await go(page, '/')
      const next = page.getByRole('list', { name: 'Next actions', exact: true })
      await next.waitFor({ state: 'visible' })
      const nextTexts = await next.getByRole('listitem').allTextContents()
      expect(
        nextTexts.some((t) => t.includes(title)),
        'a done action is no next action',
      ).toBe(false)
      expect(nextTexts, 'the two others are').toHaveLength(2)
      await expectClean(opened)
    } finally {
      await opened.context.close()
    }
  })

  // ---------------------------------------------------------------------------
  // 3. The measured outcome after two check-ins
  // ---------------------------------------------------------------------------

  test('a done action shows its measured change between the check-in before it started and the latest', async () => {
    const week1 = new Date('2027-03-01T10:00:00') // Monday of 2027-W09
    const week2 = new Date('2027-03-08T10:00:00') // Monday of 2027-W10
    const action = THREE[0]! // Strategy and vision, rated 2 against a bar of 3
    const competency = NAME[action.competencyId]!
    const opened = await openAt(week1, '/progress', { localStorage: seedStorage({ actions: [action] }) })
    const { page } = opened
    try {
      const save = page.getByRole('button', { name: /^Save check-in/ }).first()
      await save.click()
      await page
        .getByRole('status')
        .filter({ hasText: /Saved the check-in for W09/ })
        .waitFor({ state: 'visible' })

      await go(page, '/plan')
      await statusSelect(page, action.title).selectOption({ label: 'Doing' })
      expect(await statusOf(page, action.title)).toBe('doing')

      await page.clock.setSystemTime(week2)
      await go(page, '/assess')
      const radio = page.getByRole('radiogroup', { name: competency, exact: true }).getByRole('radio').nth(3)
      await radio.click()
      expect(await radio.isChecked(), `${competency} rated 3`).toBe(true)

      await go(page, '/plan')
      await statusSelect(page, action.title).selectOption({ label: 'Done' })
      await expect
        .poll(() => textOf(actionItem(page, action.title)), { message: 'one check-in cannot measure a change' })
        .toContain('Not measured yet')

      await go(page, '/progress')
      await page
        .getByRole('button', { name: /^Save check-in/ })
        .first()
        .click()
      await page
        .getByRole('status')
        .filter({ hasText: /Saved the check-in for W10/ })
        .waitFor({ state: 'visible' })

      await go(page, '/plan')
      const text = await textOf(actionItem(page, action.title))
      expect(text).toContain(`Measured: ${competency} 2 → 3 (+1) between the check-ins of 2027-03-01 and 2027-03-08`)
      expect(text).toContain('Done on 2027-03-08')
      expect(text).not.toContain('Not measured yet')
      await expectClean(opened)
    } finally {
      await opened.context.close()
    }
  })

  // ---------------------------------------------------------------------------
  // 4. Keyboard reorder
  // ---------------------------------------------------------------------------

  test('moving an action down with the keyboard keeps focus on it and announces the move', async () => {
    const opened = await openAt(NOW, '/plan', { localStorage: seedStorage({ actions: THREE }) })
    const { page } = opened
    const [a, b, c] = TITLES as [string, string, string]
    const focused = () =>
      page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.tagName ?? '')
    try {
      await expectActionOrder(page, TITLES, [a, b, c], 'seeded order')
      expect(
        await page.getByRole('button', { name: `Move up: ${a}`, exact: true }).isDisabled(),
        'the first cannot move up',
      ).toBe(true)
      expect(
        await page.getByRole('button', { name: `Move down: ${c}`, exact: true }).isDisabled(),
        'the last cannot move down',
      ).toBe(true)

      await page.getByRole('button', { name: `Move down: ${a}`, exact: true }).focus()
      await page.keyboard.press('Enter')
      await expectActionOrder(page, TITLES, [b, a, c], 'after one move down')
      await expect.poll(focused, { message: 'focus after the first move' }).toBe(`Move down: ${a}`)
      await page.getByRole('status').filter({ hasText: /Moved/ }).waitFor({ state: 'visible' })
      expect(await textOf(page.getByRole('status').filter({ hasText: /Moved/ }))).toContain(`position 2 of 3`)

      await page.keyboard.press('Enter')
      await expectActionOrder(page, TITLES, [b, c, a], 'after two moves down')
      await expect.poll(focused, { message: 'focus stays on the moved action at the end of the list' }).toContain(a)
      expect(await focused(), 'at the bottom, Move up holds focus').toBe(`Move up: ${a}`)
      const announcement = page.getByRole('status').filter({ hasText: /Moved/ })
      await expect.poll(() => textOf(announcement), { message: 'the announcement' }).toContain('position 3 of 3')
      expect(await textOf(announcement)).toContain(a)

      await reload(page)
      await expectActionOrder(page, TITLES, [b, c, a], 'the order persists')
      await expectClean(opened)
    } finally {
      await opened.context.close()
    }
  })

  // ---------------------------------------------------------------------------
  // 5. Own action
  // ---------------------------------------------------------------------------

  test('an own action with competency, target week and expected effect is listed; an empty title is refused', async () => {
    const opened = await openAt(NOW, '/plan', { localStorage: seedStorage() })
    const { page } = opened
    const title = 'Run a KPI review with the analytics lead'
    const form = page.getByRole('region', { name: 'Add your own action', exact: true })
    try {
      expect(await actionsList(page).count(), 'no actions yet').toBe(0)

      // Empty title: an alert, nothing added.
      await form.getByRole('button', { name: 'Add action', exact: true }).click()
      const alert = page.getByRole('alert')
      await alert.first().waitFor({ state: 'visible' })
      expect(await textOf(alert.first())).toMatch(/title/i)
      expect(await actionsList(page).count(), 'nothing added for an empty title').toBe(0)
      await form.getByRole('textbox', { name: 'Action', exact: true }).fill('   ')
      await form.getByRole('button', { name: 'Add action', exact: true }).click()
      expect(await actionsList(page).count(), 'nothing added for a blank title').toBe(0)
      const stored = await page.evaluate(
        (key) => JSON.parse(localStorage.getItem(key) ?? '{}')?.state?.actions,
        STORAGE_KEY,
      )
      expect(stored, 'nothing stored').toEqual([])

      await form.getByRole('textbox', { name: 'Action', exact: true }).fill(title)
      await form
        .getByRole('combobox', { name: 'Competency', exact: true })
        .selectOption({ label: 'Data and analytics' })
      await form.getByLabel('Target week (optional)', { exact: true }).fill('2026-W50')
      await form.getByRole('combobox', { name: 'From', exact: true }).selectOption({ label: '2' })
      await form.getByRole('combobox', { name: 'to', exact: true }).selectOption({ label: '3' })
      await form.getByRole('button', { name: 'Add action', exact: true }).click()

      await expectActionOrder(page, [title], [title], 'the own action is listed')
      const text = await textOf(actionItem(page, title))
      expect(text).toContain('Data and analytics')
      expect(text).toContain('By 2026 W50')
      expect(text).toMatch(/Expected: Data and analytics 2 to 3/)
      expect(await page.getByRole('alert').count(), 'the alert is gone').toBe(0)
      expect(await form.getByRole('textbox', { name: 'Action', exact: true }).inputValue(), 'the form is cleared').toBe(
        '',
      )

      await reload(page)
      const after = await textOf(actionItem(page, title))
      expect(after, 'persists').toContain('By 2026 W50')
      expect(after).toMatch(/Expected: Data and analytics 2 to 3/)
      await expectClean(opened)
    } finally {
      await opened.context.close()
    }
  })

  // ---------------------------------------------------------------------------
  // 6. Delete with undo
  // ---------------------------------------------------------------------------

  test('delete offers undo, which puts the action back in its place, and the undo persists', async () => {
    const opened = await openAt(NOW, '/plan', { localStorage: seedStorage({ actions: THREE }) })
    const { page } = opened
    const [a, b, c] = TITLES as [string, string, string]
    try {
      await expectActionOrder(page, TITLES, [a, b, c], 'seeded order')
      await page.getByRole('button', { name: `Delete: ${b}`, exact: true }).click()
      await expectActionOrder(page, TITLES, [a, c], 'the middle action is gone')

      const status = page.getByRole('status').filter({ has: page.getByRole('button', { name: 'Undo', exact: true }) })
      await status.waitFor({ state: 'visible' })
      expect(await textOf(status), 'the status names the deleted action').toContain(b)
      await status.getByRole('button', { name: 'Undo', exact: true }).click()
      await expectActionOrder(page, TITLES, [a, b, c], 'undo puts it back in its place')
      expect(await page.getByRole('button', { name: 'Undo', exact: true }).count(), 'undo is used up').toBe(0)

      await reload(page)
      await expectActionOrder(page, TITLES, [a, b, c], 'the undo persisted')

      // Without undo the deletion persists.
      await page.getByRole('button', { name: `Delete: ${a}`, exact: true }).click()
      await expectActionOrder(page, TITLES, [b, c], 'the first action is gone')
      await reload(page)
      await expectActionOrder(page, TITLES, [b, c], 'the deletion persisted')
      await expectClean(opened)
    } finally {
      await opened.context.close()
    }
  })

  // ---------------------------------------------------------------------------
  // 6b. Once only
  // ---------------------------------------------------------------------------

  test('a double-click on Add, or Enter twice, adds that suggestion once: never the one that takes its place', async () => {
    const opened = await openAt(NOW, '/plan', { localStorage: seedStorage() })
    const { page } = opened
    const stored = () =>
      page.evaluate(
        (key) =>
          JSON.parse(localStorage.getItem(key)!).state.data['pm-ladder'].actions.map((a: { title: string }) => a.title),
        STORAGE_KEY,
      )
    try {
      const first = suggestionsList(page)
        .getByRole('button', { name: /^Add: / })
        .first()
      const [title] = await suggestionButtonNames(page)
      await first.dblclick()
      await expect.poll(stored, { message: 'one action after a double-click' }).toEqual([title!.replace(/^Add: /, '')])

      // Enter twice on the next one (focus moves to the suggestion that takes its place after the first).
      const [next] = await suggestionButtonNames(page)
      await suggestionsList(page).getByRole('button', { name: next!, exact: true }).focus()
      await page.keyboard.press('Enter')
      await page.keyboard.press('Enter')
      await expect.poll(stored, { message: 'one more after Enter twice' }).toHaveLength(2)
      expect((await stored())[1]).toBe(next!.replace(/^Add: /, ''))
      await expectClean(opened)
    } finally {
      await opened.context.close()
    }
  })
})

// ---------------------------------------------------------------------------
// 7. Accessibility
// ---------------------------------------------------------------------------

/** A plan with every kind of action: planned, doing with a target week, done with an expected effect. */
const A11Y_ACTIONS = [
  seedAction('a11y-1', 'strategy-vision', TITLES[0]!, { targetWeek: '2027-W12' }),
  seedAction('a11y-2', 'customer-insight', TITLES[1]!, { status: 'doing', startedOn: '2027-03-01' }),
  seedAction('a11y-3', 'communication', TITLES[2]!, {
    status: 'done',
    startedOn: '2027-03-01',
    doneOn: '2027-03-02',
    expectedEffect: { from: 2, to: 3 },
  }),
]
const A11Y_FOCUS = [...LOWERED]

describe('axe', () => {
  test.each(['light', 'dark'] as const)(
    '/plan empty, then with actions (an edit form open, a done action), then / with the plan (%s)',
    async (colorScheme) => {
      const opened = await openAt(NOW, '/plan', { localStorage: seedStorage(), colorScheme })
      const { page } = opened
      try {
        await suggestionsList(page).waitFor({ state: 'visible' })
        expect(await actionsList(page).count(), 'an empty plan').toBe(0)
        const emptyPlan = await checkA11y(page)

        // The same profile with a plan: written to storage, read back by a reload.
        await page.evaluate(
          ({ key, actions, focus }) => {
            const stored = JSON.parse(localStorage.getItem(key) ?? '{}')
            stored.state = { ...stored.state, actions, focus }
            localStorage.setItem(key, JSON.stringify(stored))
          },
          { key: STORAGE_KEY, actions: A11Y_ACTIONS, focus: A11Y_FOCUS },
        )
        await reload(page)
        await expectActionOrder(page, TITLES, TITLES, 'seeded actions')
        expect(await textOf(actionItem(page, TITLES[2]!))).toContain('Not measured yet')
        await page.getByRole('button', { name: `Edit: ${TITLES[0]}`, exact: true }).click()
        await page.getByRole('button', { name: 'Save changes', exact: true }).waitFor({ state: 'visible' })
        const withPlan = await checkA11y(page)

        await go(page, '/')
        await page.getByRole('list', { name: 'Next actions', exact: true }).waitFor({ state: 'visible' })
        await page.waitForLoadState('networkidle')
        const overview = await checkA11y(page)

        expect({ emptyPlan, withPlan, overview }, `axe violations (${colorScheme})`).toEqual({
          emptyPlan: [],
          withPlan: [],
          overview: [],
        })
        await expectClean(opened)
      } finally {
        await opened.context.close()
      }
    },
  )

  test('/plan with actions at a 390 px wide viewport', async () => {
    const opened = await openAt(NOW, '/plan', {
      localStorage: seedStorage({ actions: A11Y_ACTIONS, focus: A11Y_FOCUS }),
      viewport: { width: 390, height: 844 },
    })
    const { page } = opened
    try {
      await expectActionOrder(page, TITLES, TITLES, 'seeded actions')
      expect(await checkA11y(page), 'axe violations on /plan at 390 px').toEqual([])
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      )
      expect(overflow, 'no horizontal scrolling at 390 px').toBeLessThanOrEqual(0)
      await expectClean(opened)
    } finally {
      await opened.context.close()
    }
  })
})
