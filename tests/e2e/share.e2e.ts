// Browser tests of sharing with a mentor, in separate browser contexts (two people, two browsers):
// the share link, the read-only view, the mentor's ratings and reply, the owner adding them, and
// broken links. Nothing may leave the origin, and opening a link never touches the opener's data.
import type { Page } from 'playwright-core'
import { afterAll, describe, expect, test } from 'vitest'
import { CORE_COMPETENCIES } from '../../src/domain/framework'
import { checkA11y, closeBrowser, openPage } from './browser'

afterAll(closeBrowser)

const STORAGE_KEY = 'trajectory'
const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)

async function settle(page: Page) {
  await page.waitForLoadState('networkidle')
  await page.locator('h1').first().waitFor({ state: 'visible' })
}

/** The owner: a PM aiming at Senior PM with four ratings, who creates a share link on /settings. */
async function ownerWithLink() {
  const owner = await openPage('/assess')
  const { page } = owner
  await settle(page)
  await page.getByRole('combobox', { name: 'Current role' }).selectOption({ label: 'Product Manager' })
  for (const c of CORE_COMPETENCIES.slice(0, 4))
    await page.getByRole('radiogroup', { name: c.name }).getByRole('radio').nth(1).check()
  await page.goto('/settings')
  await settle(page)
  await page.getByRole('button', { name: /^Create share link/ }).click()
  const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue()
  return { owner, link }
}

describe('sharing with a mentor', () => {
  test('the whole round trip, in two browsers, with nothing sent anywhere', async () => {
    const { owner, link } = await ownerWithLink()
    expect(new URL(link).pathname).toBe('/shared')
    expect(new URL(link).search).toBe('')
    expect(link.length).toBeLessThanOrEqual(2000)

    // The mentor opens the link in their own browser: the gap, read-only.
    const mentor = await openPage('about:blank')
    await mentor.page.goto(link)
    await settle(mentor.page)
    expect(await mentor.page.getByRole('heading', { level: 1 }).innerText()).toBe(
      'A shared gap to Senior Product Manager',
    )
    expect(await mentor.page.getByRole('meter', { name: /^Readiness for Senior Product Manager/ }).count()).toBe(1)
    expect(await mentor.page.getByRole('figure').first().getByRole('img').count()).toBeGreaterThan(0)
    expect(await mentor.page.getByRole('list', { name: 'Ranked gaps' }).count()).toBe(1)

    await mentor.page.getByRole('button', { name: /^Rate as mentor/ }).click()
    await mentor.page.getByLabel('Your name').fill('Dana')
    const rate = (name: string, value: number) =>
      mentor.page
        .locator('section', { hasText: 'Rate as mentor' })
        .getByRole('radiogroup', { name })
        .getByRole('radio')
        .nth(value)
        .check()
    await rate(CORE_COMPETENCIES[0]!.name, 4) // owner said 1: three steps apart
    await rate(CORE_COMPETENCIES[1]!.name, 2) // one step: no disagreement
    await mentor.page.getByRole('button', { name: /^Create reply link/ }).click()
    const reply = await mentor.page.getByRole('textbox', { name: 'Reply link' }).inputValue()
    expect(await stored(mentor.page), 'the mentor’s browser stores nothing').toBeNull()

    // The owner's own share link never touches their data.
    const before = await stored(owner.page)
    await owner.page.goto(link)
    await settle(owner.page)
    expect(await stored(owner.page)).toBe(before)

    // The reply asks first, then adds the Mentor series and the disagreement.
    await owner.page.goto(reply)
    await settle(owner.page)
    expect(await stored(owner.page), 'nothing added before the click').toBe(before)
    await owner.page.getByRole('button', { name: /^Add mentor ratings/ }).click()
    await owner.page.getByRole('link', { name: 'See them on your gaps' }).click()
    await settle(owner.page)
    await owner.page.locator('main figure svg.radar-surface').first().waitFor()
    expect(await owner.page.locator('figure').first().innerText()).toContain('Mentor: Dana')
    const disagreements = owner.page.getByRole('list', { name: 'Disagreements' }).getByRole('listitem')
    expect(await disagreements.count()).toBe(1)
    expect(await disagreements.first().innerText()).toContain(CORE_COMPETENCIES[0]!.name)

    expect([...owner.externalRequests, ...mentor.externalRequests]).toEqual([])
    expect([...owner.consoleErrors, ...mentor.consoleErrors]).toEqual([])
    await owner.context.close()
    await mentor.context.close()
  })

  test('a reply to someone else’s link is refused', async () => {
    const { owner, link } = await ownerWithLink()
    const mentor = await openPage('about:blank')
    await mentor.page.goto(link)
    await settle(mentor.page)
    await mentor.page.getByRole('button', { name: /^Rate as mentor/ }).click()
    await mentor.page.getByLabel('Your name').fill('Sam')
    await mentor.page.getByRole('radiogroup').last().getByRole('radio').nth(2).check()
    await mentor.page.getByRole('button', { name: /^Create reply link/ }).click()
    const reply = await mentor.page.getByRole('textbox', { name: 'Reply link' }).inputValue()
    const stranger = await openPage('about:blank')
    await stranger.page.goto(reply)
    await settle(stranger.page)
    await stranger.page.getByRole('button', { name: /^Add mentor ratings/ }).click()
    expect(await stranger.page.getByRole('alert').innerText()).toMatch(/not made in this browser/)
    for (const c of [owner, mentor, stranger]) await c.context.close()
  })

  test('a broken link shows what is wrong, never a crash', async () => {
    const { owner, link } = await ownerWithLink()
    const fragment = new URL(link).hash
    const { page, context, consoleErrors } = await openPage('about:blank')
    const cases: [string, RegExp][] = [
      ['/shared', /holds no data/],
      ['/shared#hello', /not a Trajectory share link/],
      ['/shared#v9.AAAA', /newer version of Trajectory/],
      [`/shared${fragment.slice(0, fragment.length - 20)}`, /incomplete|changed|damaged/],
    ]
    for (const [path, reason] of cases) {
      await page.goto(path)
      await settle(page)
      expect(await page.getByRole('alert').innerText(), path).toMatch(reason)
      expect(await page.getByRole('navigation', { name: 'Primary' }).isVisible()).toBe(true)
    }
    expect(consoleErrors).toEqual([])
    await context.close()
    await owner.context.close()
  })

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe: /shared with the mentor's rating open (${colorScheme})`, async () => {
      const { owner, link } = await ownerWithLink()
      const { page, context } = await openPage('about:blank', { colorScheme })
      await page.goto(link)
      await settle(page)
      await page.getByRole('button', { name: /^Rate as mentor/ }).click()
      expect(await checkA11y(page)).toEqual([])
      await context.close()
      await owner.context.close()
    })
  }
})
