import { beforeEach, describe, expect, it } from 'vitest'
import { screen, within } from '@testing-library/react'
import { CORE_COMPETENCIES, PM_FRAMEWORK } from '../../src/domain/framework'
import { withTexts } from '../../src/domain/framework/texts'
import { readiness } from '../../src/domain/readiness'
import { rankGaps } from '../../src/domain/gaps'
import { resetAppStore } from '../../src/store/testing/reset-app-store'
import { givenProfile, renderApp } from './render-app'
import { openTheNumbers } from '../../src/components/charts/test-helpers'

const meterValue = (el: HTMLElement) => (el as HTMLMeterElement).value

/** Everyone at the Senior PM bar, except the first two competencies, each a step below. */
const ratings = Object.fromEntries(
  CORE_COMPETENCIES.map((c, i) => [c.id, Math.max(0, c.expectations.spm - (i < 2 ? 1 : 0))]),
)

describe('/gaps', () => {
  beforeEach(() => resetAppStore())

  it('asks for roles before anything else', async () => {
    await renderApp('/gaps')
    expect(screen.getByRole('combobox', { name: 'Current role' })).toBeInTheDocument()
    expect(screen.queryByRole('meter')).not.toBeInTheDocument()
  })

  it('shows readiness, the ranked gaps with what good looks like, level fit and the biggest gap', async () => {
    givenProfile({ profile: { currentLevelId: 'pm', targetLevelId: 'spm', tracks: {} }, ratings })
    await renderApp('/gaps')
    expect(screen.getByRole('heading', { level: 1, name: 'Your gap to Senior Product Manager' })).toBeInTheDocument()

    const expected = readiness(PM_FRAMEWORK, CORE_COMPETENCIES, ratings, 'spm')
    expect(expected).toBeLessThan(100)
    const meter = screen.getByRole('meter', { name: /^Readiness for Senior Product Manager/ })
    expect(meterValue(meter)).toBe(expected)
    expect(
      screen.getByText(`${CORE_COMPETENCIES.length - 2} of ${CORE_COMPETENCIES.length} competencies meet the bar`),
    ).toBeInTheDocument()

    const gaps = rankGaps(CORE_COMPETENCIES, ratings, 'spm')
    const items = within(screen.getByRole('list', { name: 'Ranked gaps' })).getAllByRole('listitem')
    expect(items).toHaveLength(2)
    items.forEach((item, i) => {
      const gap = gaps[i]!
      expect(item).toHaveTextContent(gap.competency.name)
      expect(item).toHaveTextContent(`1 step to go`)
      expect(item).toHaveTextContent(withTexts(gap.competency).descriptors[gap.expected] as string)
    })
    // Two gaps of one step each: a tie, named together rather than one picked to "hold you back most".
    expect(
      screen.getByText(
        `Two competencies are one step short of Senior PM's bar: ${gaps[0]!.competency.name}, and ${gaps[1]!.competency.name}.`,
      ),
    ).toBeInTheDocument()
    expect(screen.getByText('Your ratings meet the bar of Product Manager.')).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'What Senior PM expects beyond PM' })).toBeInTheDocument()
  })

  it('shows a radar figure whose table holds the same numbers', async () => {
    givenProfile({ profile: { currentLevelId: 'pm', targetLevelId: 'spm', tracks: {} }, ratings })
    await renderApp('/gaps')
    const figure = screen.getByRole('figure', { name: /All competencies/ })
    expect(within(figure).getByRole('img', { name: /radar/i })).toBeInTheDocument()
    await openTheNumbers(figure)
    const rows = within(within(figure).getByRole('table')).getAllByRole('row').slice(1)
    expect(rows).toHaveLength(CORE_COMPETENCIES.length)
    CORE_COMPETENCIES.forEach((c, i) => {
      const cells = [...rows[i]!.querySelectorAll('th, td')].map((cell) => cell.textContent)
      expect(cells).toEqual([c.name, String(ratings[c.id]), String(c.expectations.spm), String(c.expectations.pm)])
    })
  })

  it('narrows the radar to one area group', async () => {
    givenProfile({ profile: { currentLevelId: 'pm', targetLevelId: 'spm', tracks: {} }, ratings })
    const { user } = await renderApp('/gaps')
    const select = screen.getByRole('combobox', { name: 'Radar view' })
    const firstGroup = within(select).getAllByRole('option')[1]!
    await user.selectOptions(select, firstGroup)
    const figure = screen.getByRole('figure', { name: new RegExp(firstGroup.textContent!) })
    await openTheNumbers(figure)
    const rows = within(within(figure).getByRole('table')).getAllByRole('row').slice(1)
    expect(rows.length).toBeGreaterThanOrEqual(3)
    expect(rows.length).toBeLessThan(CORE_COMPETENCIES.length)
  })

  it('is 100 at the maximum for every level, and 0 with nothing rated', async () => {
    const max = Object.fromEntries(CORE_COMPETENCIES.map((c) => [c.id, 5]))
    for (const level of PM_FRAMEWORK.levels) {
      resetAppStore()
      givenProfile({ profile: { currentLevelId: null, targetLevelId: level.id, tracks: {} }, ratings: max })
      const { unmount } = await renderApp('/gaps')
      expect(meterValue(screen.getByRole('meter', { name: /^Readiness/ }))).toBe(100)
      unmount()
    }
    resetAppStore()
    givenProfile({ profile: { currentLevelId: 'apm', targetLevelId: 'pm', tracks: {} } })
    await renderApp('/gaps')
    expect(meterValue(screen.getByRole('meter', { name: /^Readiness/ }))).toBe(0)
  })

  it('says "not rated" for an unrated gap, never "you 0"', async () => {
    const unrated = CORE_COMPETENCIES[0]!
    givenProfile({
      profile: { currentLevelId: 'pm', targetLevelId: 'spm', tracks: {} },
      ratings: Object.fromEntries(Object.entries(ratings).filter(([id]) => id !== unrated.id)),
    })
    await renderApp('/gaps')
    const item = within(screen.getByRole('list', { name: 'Ranked gaps' }))
      .getAllByRole('listitem')
      .find((li) => li.textContent!.includes(unrated.name))!
    expect(item).toHaveTextContent(`Not rated yet · Senior PM expects ${unrated.expectations.spm}`)
    expect(
      screen.getByText(
        `${unrated.name} holds you back most: you have not rated it yet, and Senior PM expects ${unrated.expectations.spm}.`,
      ),
    ).toBeInTheDocument()
  })

  it('invites a user who has rated nothing to rate, instead of listing every competency as a gap', async () => {
    givenProfile({ profile: { currentLevelId: 'pm', targetLevelId: 'spm', tracks: {} }, ratings: {} })
    await renderApp('/gaps')
    expect(screen.getByRole('heading', { level: 1, name: 'Your gap to Senior Product Manager' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Rate yourself' })).toHaveAttribute('href', '/assess')
    expect(screen.queryByRole('list', { name: 'Ranked gaps' })).not.toBeInTheDocument()
    expect(screen.getByRole('region', { name: 'Biggest gap' })).toHaveTextContent('None yet: nothing is rated.')
    // The rest of the picture stays: readiness at 0, level fit, and the radar of what the target expects.
    expect(meterValue(screen.getByRole('meter', { name: /^Readiness/ }))).toBe(0)
    expect(screen.getByRole('region', { name: 'Level fit' })).toBeInTheDocument()
    expect(screen.getByRole('figure', { name: /^All competencies/ })).toBeInTheDocument()
  })

  it('lists the gaps as soon as one competency is rated', async () => {
    givenProfile({
      profile: { currentLevelId: 'pm', targetLevelId: 'spm', tracks: {} },
      ratings: { [CORE_COMPETENCIES[0]!.id]: 1 },
    })
    await renderApp('/gaps')
    expect(screen.queryByRole('link', { name: 'Rate yourself' })).not.toBeInTheDocument()
    expect(within(screen.getByRole('list', { name: 'Ranked gaps' })).getAllByRole('listitem').length).toBeGreaterThan(1)
  })
})
