// Figures a PM can trust: route-level checks of defects found once and fixed: roles chosen with
// the arrow keys, tied gaps, forecasts and directions that agree, outcomes measured from the right
// check-in, sources a reader can look up, and no empty check-in.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fireEvent, screen, within } from '@testing-library/react'
import { CORE_COMPETENCIES } from '../../src/domain/framework'
import { addDays } from '../../src/domain/dates'
import { testCheckIn } from '../../src/domain/testing/check-in'
import type { CheckIn } from '../../src/domain/check-in'
import { plannedAction } from '../../src/domain/plan'
import { useAppStore } from '../../src/store/app-store'
import { resetAppStore } from '../../src/store/testing/reset-app-store'
import { givenProfile, renderApp } from './render-app'

const profile = { currentLevelId: 'pm', targetLevelId: 'spm', tracks: {} }
const byId = (id: string) => CORE_COMPETENCIES.find((c) => c.id === id)!

/** A check-in of the built-in framework, saved at 09:00 UTC on `date`. */
function checkIn(date: string, ratings: Record<string, number>): CheckIn {
  return testCheckIn(date, ratings, {
    savedAt: `${date}T09:00:00.000Z`,
    currentLevelId: 'pm',
    targetLevelId: 'spm',
    frameworkId: 'pm-ladder',
  })
}

/** Every core competency at the Senior PM bar, with some moved. */
const atBar = (patch: Record<string, number> = {}) => ({
  ...Object.fromEntries(CORE_COMPETENCIES.map((c) => [c.id, c.expectations.spm])),
  ...patch,
})

beforeEach(() => resetAppStore())

describe('roles chosen with the arrow keys', () => {
  /** What a closed <select> does on an arrow key: the next option, and a change event, before keyup. */
  function arrowTo(select: HTMLElement, value: string) {
    fireEvent.keyDown(select, { key: 'ArrowDown' })
    fireEvent.change(select, { target: { value } })
    fireEvent.keyUp(select, { key: 'ArrowDown' })
  }

  it('passes Associate Product Manager without fixing the target, then defaults it once the choice is settled', async () => {
    await renderApp('/assess')
    const current = screen.getByRole('combobox', { name: 'Current role' })
    const target = screen.getByRole('combobox', { name: 'Target role' }) as HTMLSelectElement
    current.focus()
    arrowTo(current, 'apm')
    arrowTo(current, 'pm')
    expect(useAppStore.getState().profile).toMatchObject({ currentLevelId: 'pm', targetLevelId: null })
    expect(target.value).toBe('')
    fireEvent.blur(current)
    expect(useAppStore.getState().profile).toMatchObject({ currentLevelId: 'pm', targetLevelId: 'spm' })
    expect(target.value).toBe('spm')
  })

  it('settles on Enter, and a pointer pick applies the default at once', async () => {
    const { user } = await renderApp('/assess')
    const current = screen.getByRole('combobox', { name: 'Current role' })
    arrowTo(current, 'apm')
    fireEvent.keyDown(current, { key: 'Enter' })
    expect(useAppStore.getState().profile.targetLevelId).toBe('pm')

    resetAppStore()
    await user.selectOptions(screen.getByRole('combobox', { name: 'Current role' }), 'Product Manager')
    expect(useAppStore.getState().profile).toMatchObject({ currentLevelId: 'pm', targetLevelId: 'spm' })
  })

  it("never changes the user's own target", async () => {
    givenProfile({ profile: { currentLevelId: null, targetLevelId: 'director', tracks: {} } })
    await renderApp('/assess')
    const current = screen.getByRole('combobox', { name: 'Current role' })
    arrowTo(current, 'apm')
    fireEvent.blur(current)
    expect(useAppStore.getState().profile).toMatchObject({ currentLevelId: 'apm', targetLevelId: 'director' })
  })
})

describe('tied gaps', () => {
  // Ten competencies one step below the Senior PM bar, the other three at it.
  const tenShort = atBar(Object.fromEntries(CORE_COMPETENCIES.slice(0, 10).map((c) => [c.id, c.expectations.spm - 1])))

  it('share a rank on /gaps, and the biggest-gap sentence names all ten', async () => {
    givenProfile({ profile, ratings: tenShort })
    await renderApp('/gaps')
    const items = within(screen.getByRole('list', { name: 'Ranked gaps' })).getAllByRole('listitem')
    expect(items).toHaveLength(10)
    for (const item of items) expect(item.querySelector('[aria-hidden="true"]')).toHaveTextContent(/^=1$/)
    expect(items[0]).toHaveTextContent('tied for rank 1')
    expect(screen.getByText(/^Gaps of the same size share a rank/)).toBeInTheDocument()
    const sentence = screen.getByText(/^Ten competencies are one step short of Senior PM's bar: /)
    for (const c of CORE_COMPETENCIES.slice(0, 10)) expect(sentence).toHaveTextContent(c.name)
    expect(screen.queryByText(/holds you back most/)).not.toBeInTheDocument()
  })

  it('put the focus first within the tie on the overview', async () => {
    const focused = CORE_COMPETENCIES[9]!
    givenProfile({ profile, ratings: tenShort, focus: [focused.id] })
    await renderApp('/')
    const top = within(screen.getByRole('list', { name: 'Top gaps' })).getAllByRole('listitem')
    expect(top[0]).toHaveTextContent(focused.name)
    expect(screen.getByText(/your focus comes first/)).toBeInTheDocument()
  })
})

describe('/progress: forecasts and directions that agree', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date(2027, 2, 24, 10)) // Wednesday 24 March 2027
  })
  afterEach(() => vi.useRealTimers())

  const mondays = (n: number, from = '2027-01-04') => Array.from({ length: n }, (_, i) => addDays(from, 7 * i))
  // Strategy dips once and recovers at its bar; roadmapping stays a step below; customer insight rises.
  const strategy = [3, 3, 3, 3, 1, 3, 3, 3, 3, 3]
  const insight = [1, 1, 1, 2, 2, 2, 2, 3, 3, 3]
  const series = mondays(10).map((date, i) =>
    checkIn(
      date,
      atBar({
        'strategy-vision': strategy[i]!,
        'roadmapping-prioritisation': 2,
        'customer-insight': Math.min(2, insight[i]!),
      }),
    ),
  )

  function direction(name: string) {
    const row = screen.getByText(name, { selector: 'li > span' }).closest('li')!
    return within(row).getByText(/^(rising|falling|stalled|at the bar|steady)$/).textContent
  }

  it('gives no readiness date while a gap stalls, names it, and marks a recovered dip "at the bar"', async () => {
    givenProfile({ profile, ratings: series.at(-1)!.ratings, checkIns: series })
    await renderApp('/progress')
    const forecast = screen.getByText(/^Forecast:/).closest('p')!
    expect(forecast).toHaveTextContent(/No date yet: readiness for Senior PM reaches 100% only when all 2 gaps close/)
    expect(forecast).toHaveTextContent(`${byId('roadmapping-prioritisation').name}`)
    expect(forecast).not.toHaveTextContent(/in about|around/)
    expect(direction(byId('strategy-vision').name)).toBe('at the bar')
    expect(direction(byId('roadmapping-prioritisation').name)).toBe('stalled')
    expect(direction(byId('execution-delivery').name)).toBe('at the bar')
  })

  it('dates readiness when the slowest gap closes, as a range, when every gap rises', async () => {
    const rising = mondays(8, '2027-01-25').map((date, i) =>
      checkIn(
        date,
        atBar({ 'strategy-vision': [0, 0, 1, 1, 1, 2, 2, 2][i]!, 'customer-insight': [0, 0, 0, 1, 1, 1, 1, 2][i]! }),
      ),
    )
    givenProfile({ profile, ratings: rising.at(-1)!.ratings, checkIns: rising })
    await renderApp('/progress')
    const forecast = screen.getByText(/^Forecast:/).closest('p')!
    expect(forecast).toHaveTextContent(
      /At this pace, 100% readiness for Senior PM (between .+ and .+|not before .+), most likely around/,
    )
    expect(forecast).toHaveTextContent(/the slowest of your 2 gaps/)
    expect(forecast).toHaveTextContent('(from 8 check-ins over 7 weeks)')
    expect(forecast).toHaveTextContent('Ratings are self-assessed')
    expect(direction(byId('strategy-vision').name)).toBe('rising')
    expect(direction(byId('customer-insight').name)).toBe('rising')
    expect(screen.getByRole('figure', { name: /dashed: at this pace/ })).toBeInTheDocument()
  })

  it('lays the history out for cards while it stays a table named "Check-in history"', async () => {
    givenProfile({ profile, ratings: series.at(-1)!.ratings, checkIns: series })
    const { user } = await renderApp('/progress')
    const table = screen.getByRole('table', { name: 'Check-in history' })
    expect(within(table).getAllByRole('row')).toHaveLength(11)
    await user.click(screen.getByRole('button', { name: 'Delete the check-in of 2027-03-08' }))
    // The confirmation names the row's date, whatever the row shows on a narrow screen.
    expect(screen.getByRole('button', { name: 'Confirm delete' }).closest('td')).toHaveTextContent(
      /Delete the check-in of .*2027\?/,
    )
  })

  it('cannot save a check-in while nothing is rated', async () => {
    givenProfile({ profile, ratings: {} })
    await renderApp('/progress')
    expect(screen.getByRole('button', { name: /^Save check-in/ })).toBeDisabled()
    expect(screen.getByText(/Nothing is rated yet/)).toBeInTheDocument()
  })
})

describe('/plan: an outcome measured from before the action', () => {
  it('reports "Strategy 2 to 3", done the day the rating reached 3, as 2 → 3: reached', async () => {
    const action = plannedAction({
      id: 'a1',
      competencyId: 'strategy-vision',
      title: 'Write the two-quarter strategy',
      status: 'done',
      expectedEffect: { from: 2, to: 3 },
      startedOn: '2027-01-25',
      doneOn: '2027-01-25',
    })
    const checkIns = ['2027-01-04', '2027-01-11', '2027-01-18', '2027-01-25'].map((d, i) =>
      checkIn(d, atBar({ 'strategy-vision': i < 3 ? 2 : 3 })),
    )
    givenProfile({ profile, ratings: checkIns.at(-1)!.ratings, checkIns, actions: [action] })
    await renderApp('/plan')
    const item = within(screen.getByRole('list', { name: 'Actions' })).getByRole('listitem')
    expect(item).toHaveTextContent(
      'Measured: Strategy and vision 2 → 3 (+1) between the check-ins of 2027-01-18 and 2027-01-25. Expected 2 → 3: reached.',
    )
    expect(item).not.toHaveTextContent('3 → 3')
  })
})

describe('/ladder: sources a reader can look up', () => {
  it('names the articles, never a seed file', async () => {
    await renderApp('/ladder')
    expect(screen.queryByText(/seed 00/i)).not.toBeInTheDocument()
    const sources = screen.getAllByText(/^Source: /)
    expect(sources.length).toBeGreaterThan(7)
    // The article's title or first heading and the section, never a file name; the ladder's facts come from its table.
    expect(sources[0]).toHaveTextContent(
      /^Source: “Exploring Career Paths for Product Managers”, Entry-Level Product Management Skills; “What Is The Product Management Career Path\?”, How to Break Into Product Management/,
    )
    expect(sources[1]).toHaveTextContent(
      /^Source: “What Is The Product Management Career Path\?”, The Product Management Career Ladder$/,
    )
    for (const source of sources) expect(source).not.toHaveTextContent(/\.txt|\d{3}_[0-9a-f]{6}/)
    const list = screen.getByRole('heading', { name: 'Sources' }).closest('section')!
    expect(list).toHaveTextContent('“Exploring Career Paths for Product Managers”')
  })

  it('shows the basis of every pay range beside it', async () => {
    await renderApp('/ladder')
    const bases = screen.getAllByText(/^Pay: Total compensation \(base salary, bonus and equity\)/)
    expect(bases).toHaveLength(7)
    expect(bases[0]).toHaveTextContent(/U\.S\. tech hubs such as the SF Bay Area and NYC: adjust for location\.$/)
  })
})
