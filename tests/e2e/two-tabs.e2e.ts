// Two tabs of the same browser editing at the same moment (D3 of the reliability issue): each write
// merges in what the other tab saved, so both edits survive, trial after trial.
import type { Page } from 'playwright-core'
import { afterAll, describe, expect, test } from 'vitest'
import { CORE_COMPETENCIES } from '../../src/domain/framework'
import { closeBrowser, openPage } from './browser'

afterAll(closeBrowser)

const TRIALS = 100
const STORAGE_KEY = 'trajectory'

const storedRatings = (page: Page) =>
  page.evaluate((key) => {
    const raw = localStorage.getItem(key)
    return raw ? (JSON.parse(raw).state.data['pm-ladder'].ratings as Record<string, number>) : {}
  }, STORAGE_KEY)

describe('two tabs', () => {
  test(`ratings clicked in two tabs at the same moment both survive, ${TRIALS} times`, async () => {
    const first = await openPage('/assess')
    const second = await first.context.newPage()
    await second.goto('/assess')
    for (const page of [first.page, second]) await page.getByRole('radiogroup').first().waitFor()
    const [a, b] = [CORE_COMPETENCIES[0]!, CORE_COMPETENCIES[1]!]
    const lost: string[] = []
    for (let trial = 0; trial < TRIALS; trial++) {
      const va = 1 + (trial % 5)
      const vb = 5 - (trial % 5)
      // Both clicks dispatched together, from two tabs.
      await Promise.all([
        first.page.getByRole('radiogroup', { name: a.name }).getByRole('radio').nth(va).click(),
        second.getByRole('radiogroup', { name: b.name }).getByRole('radio').nth(vb).click(),
      ])
      await expect
        .poll(
          async () => {
            const r = await storedRatings(first.page)
            return r[a.id] === va && r[b.id] === vb
          },
          { timeout: 3000 },
        )
        .toBe(true)
        .catch(async () => lost.push(`trial ${trial}: ${JSON.stringify(await storedRatings(first.page))}`))
    }
    expect(lost).toEqual([])
    // And both tabs show both ratings.
    for (const page of [first.page, second]) {
      await expect
        .poll(() =>
          page
            .getByRole('radiogroup', { name: a.name })
            .getByRole('radio')
            .nth(1 + ((TRIALS - 1) % 5))
            .isChecked(),
        )
        .toBe(true)
      await expect
        .poll(() =>
          page
            .getByRole('radiogroup', { name: b.name })
            .getByRole('radio')
            .nth(5 - ((TRIALS - 1) % 5))
            .isChecked(),
        )
        .toBe(true)
    }
    await first.context.close()
  }, 300_000)
})
