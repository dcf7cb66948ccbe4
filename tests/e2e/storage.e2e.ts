import { afterAll, describe, expect, it } from 'vitest'
import { CORE_COMPETENCIES } from '../../src/domain/framework'
import { closeBrowser, openPage } from './browser'

// Browser facts the unit tests cannot reach: a real storage quota, and a real time zone.

const STORAGE_KEY = 'trajectory'
const profile = { currentLevelId: 'pm', targetLevelId: 'spm', tracks: {} }
const seed = (extra: Record<string, unknown> = {}) => {
  const data = { profile, ratings: {}, notes: {}, checkIns: [], actions: [], focus: [], notRelevant: [], ...extra }
  const state = { activeFrameworkId: 'pm-ladder', frameworks: [], data: { 'pm-ladder': data } }
  return { [STORAGE_KEY]: JSON.stringify({ state, version: 4 }) }
}

afterAll(closeBrowser)

describe('storage', () => {
  it('says so when the storage quota is full, keeps the change on screen, and saves once there is room', async () => {
    const { page, context, consoleErrors } = await openPage('/assess', { localStorage: seed() })
    await page.getByRole('heading', { level: 1, name: 'Rate yourself' }).waitFor()
    // Fill the origin's quota (Chromium: 5,242,880 characters) with someone else's data.
    const filled = await page.evaluate(() => {
      // Greedy: the largest chunk that still fits, halving down to one character, until nothing fits.
      let total = 0
      let n = 0
      for (let size = 4_194_304; size >= 1;) {
        try {
          localStorage.setItem(`other-app-${n++}`, 'x'.repeat(size))
          total += size
        } catch {
          size = Math.floor(size / 2)
        }
      }
      return total
    })
    expect(filled).toBeGreaterThan(5_000_000)

    const competency = CORE_COMPETENCIES[0]!
    const group = page.getByRole('radiogroup', { name: competency.name })
    await group.getByRole('radio').nth(3).check()
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/Browser storage is full/)
    await expect.poll(() => group.getByRole('radio').nth(3).isChecked()).toBe(true)
    const stored = () =>
      page.evaluate((key) => JSON.parse(localStorage.getItem(key)!).state.data['pm-ladder'].ratings, STORAGE_KEY)
    expect(await stored()).toEqual({})
    // Coming back to the tab (or another tab saving) must not read the older stored state over the screen.
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')))
    await page.evaluate(() => window.dispatchEvent(new StorageEvent('storage', { key: 'trajectory' })))
    await page.waitForTimeout(100)
    expect(await group.getByRole('radio').nth(3).isChecked()).toBe(true)

    // Room again: the next change saves everything, the earlier change included, and the alert goes.
    await page.evaluate(() => {
      for (const key of Object.keys(localStorage)) if (key.startsWith('other-app')) localStorage.removeItem(key)
    })
    await page.getByRole('radiogroup', { name: CORE_COMPETENCIES[1]!.name }).getByRole('radio').nth(2).check()
    await expect.poll(() => page.getByRole('alert').count()).toBe(0)
    expect(await stored()).toEqual({ [competency.id]: 3, [CORE_COMPETENCIES[1]!.id]: 2 })
    await context.close()
    expect(consoleErrors).toEqual([])
  })
})

describe('writes', () => {
  it('typing a 100-character note saves a few times, not once per keystroke, and a reload mid-word loses nothing', async () => {
    const { page, context, consoleErrors } = await openPage('about:blank', { localStorage: seed() })
    // Count the app's saves from the first script on.
    await page.addInitScript((key) => {
      const setItem = Storage.prototype.setItem
      ;(window as unknown as { saves: number }).saves = 0
      Storage.prototype.setItem = function (name: string, value: string) {
        if (name === key) (window as unknown as { saves: number }).saves++
        return setItem.call(this, name, value)
      }
    }, STORAGE_KEY)
    await page.goto('/assess')
    const name = CORE_COMPETENCIES[0]!.name
    const box = page.getByLabel(`What I did that shows it (${name})`, { exact: true })
    await page.locator('details').filter({ has: box }).locator('summary').click()
    const saves = () => page.evaluate(() => (window as unknown as { saves: number }).saves)
    const before = await saves()
    const note =
      'Ran five customer interviews for the onboarding redesign, wrote up the synthesis and shared it.'.padEnd(100, '.')
    const started = Date.now()
    await box.pressSequentially(note, { delay: 10 })
    const seconds = (Date.now() - started) / 1000
    expect(await box.inputValue()).toBe(note)
    // About one save a second of typing (however slow the machine), never one per keystroke.
    const during = (await saves()) - before
    expect(during, `saves while typing 100 characters in ${seconds.toFixed(1)} s`).toBeLessThanOrEqual(
      Math.ceil(seconds) + 1,
    )
    expect(during).toBeLessThan(note.length / 4)
    // Reloading before the note settled (no blur, under a second after the last key): the page's hide saves it.
    await box.pressSequentially(' More', { delay: 0 })
    await page.reload()
    const stored = await page.evaluate(
      (key) => JSON.parse(localStorage.getItem(key)!).state.data['pm-ladder'].notes,
      STORAGE_KEY,
    )
    expect(Object.values(stored)).toEqual([`${note} More`])
    await context.close()
    expect(consoleErrors).toEqual([])
  })
})

describe('time zones', () => {
  it('dates a late-evening check-in by the local calendar, not by UTC', async () => {
    // Sunday 27 December 2026, 23:30 in Los Angeles, is already Monday 28 December (ISO week 53) in UTC.
    // Something rated: an empty check-in cannot be saved.
    const { page, context } = await openPage('about:blank', {
      timezoneId: 'America/Los_Angeles',
      localStorage: seed({ ratings: { 'strategy-vision': 2 } }),
    })
    await page.clock.install({ time: new Date('2026-12-28T07:30:00Z') })
    await page.goto('/progress')
    await page.getByRole('button', { name: /^Save check-in/ }).click()
    const firstRow = page.getByRole('table', { name: 'Check-in history' }).locator('tbody tr').first()
    await expect.poll(() => firstRow.locator('td').first().textContent()).toBe('2026-12-27')
    expect(await firstRow.locator('td').nth(1).textContent()).toBe('W52')
    await context.close()
  })
})
