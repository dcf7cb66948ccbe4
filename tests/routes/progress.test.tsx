import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { act, screen, within } from '@testing-library/react'
import { CORE_COMPETENCIES, PM_FRAMEWORK } from '../../src/domain/framework'
import { addDays, localDateString } from '../../src/domain/dates'
import { testCheckIn } from '../../src/domain/testing/check-in'
import { useAppStore } from '../../src/store/app-store'
import { resetAppStore } from '../../src/store/testing/reset-app-store'
import { givenProfile, renderApp } from './render-app'

const [first, second] = CORE_COMPETENCIES
const profile = { currentLevelId: 'pm', targetLevelId: 'spm', tracks: {} }

function historyRows() {
  const table = screen.getByRole('table', { name: 'Check-in history' })
  return within(table).getAllByRole('row').slice(1)
}

describe('/progress', () => {
  beforeEach(() => {
    resetAppStore()
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date(2026, 10, 23, 9, 30)) // Monday 23 November 2026, local time
  })
  afterEach(() => vi.useRealTimers())

  it('saves a dated check-in, then updates the same week instead of adding one', async () => {
    givenProfile({ profile, ratings: { [first!.id]: 2 } })
    const { user } = await renderApp('/progress')
    expect(screen.queryByRole('table', { name: 'Check-in history' })).not.toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: /^Save check-in/ }))
    expect(screen.getByText(/Saved the check-in for W48/)).toBeInTheDocument()
    expect(historyRows()).toHaveLength(1)
    expect(within(historyRows()[0]!).getAllByRole('cell')[0]).toHaveTextContent(/^2026-11-23$/)

    useAppStore.getState().rateCompetency(first!.id, 3)
    await user.click(screen.getByRole('button', { name: /^Save check-in \(update this week's\)/ }))
    expect(screen.getByText(/Updated this week's check-in/)).toBeInTheDocument()
    expect(historyRows()).toHaveLength(1)
    expect(useAppStore.getState().checkIns[0]!.ratings[first!.id]).toBe(3)
  })

  it('shows the latest year of check-ins, and older ones a year at a time on request', async () => {
    const checkIns = Array.from({ length: 60 }, (_, i) =>
      testCheckIn(
        addDays('2025-09-01', 7 * i),
        { [first!.id]: i % 4 },
        {
          currentLevelId: 'pm',
          targetLevelId: 'spm',
          frameworkId: PM_FRAMEWORK.id,
          frameworkVersion: PM_FRAMEWORK.version,
        },
      ),
    )
    givenProfile({ profile, ratings: { [first!.id]: 2 }, checkIns })
    const { user } = await renderApp('/progress')
    expect(historyRows()).toHaveLength(52)
    expect(within(historyRows()[0]!).getAllByRole('cell')[0]).toHaveTextContent(
      // The date of the latest save in the user's time zone, as the history shows it.
      localDateString(new Date(checkIns[59]!.savedAt)),
    )
    expect(screen.getByText(/The latest 52 of 60 check-ins/)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Show 8 older check-ins' }))
    expect(historyRows()).toHaveLength(60)
    expect(within(historyRows()[59]!).getAllByRole('cell')[2]!.parentElement).toHaveTextContent('First check-in')
    expect(screen.queryByRole('button', { name: /older check-ins/ })).not.toBeInTheDocument()
    // Focus lands on the first row just shown, not on the body.
    expect(document.activeElement).toBe(
      within(historyRows()[52]!).getByRole('button', { name: /^Delete the check-in of/ }),
    )
  })

  it('compares two check-ins picked from every check-in, or by year first past a year of them', async () => {
    const checkInsFrom = (start: string, count: number) =>
      Array.from({ length: count }, (_, i) =>
        testCheckIn(
          addDays(start, 7 * i),
          { [first!.id]: i % 4 },
          {
            currentLevelId: 'pm',
            targetLevelId: 'spm',
            frameworkId: PM_FRAMEWORK.id,
            frameworkVersion: PM_FRAMEWORK.version,
          },
        ),
      )
    const short = checkInsFrom('2026-01-05', 10)
    givenProfile({ profile, ratings: { [first!.id]: 2 }, checkIns: short })
    const { unmount } = await renderApp('/progress')
    const earlier = await screen.findByRole('combobox', { name: 'Earlier check-in' })
    expect(within(earlier).getAllByRole('option')).toHaveLength(10)
    expect(screen.queryByRole('combobox', { name: 'Earlier check-in: year' })).not.toBeInTheDocument()
    unmount()

    resetAppStore()
    // 2024-01-01 is a Monday: 60 weeks reach into 2025.
    const long = checkInsFrom('2024-01-01', 60)
    givenProfile({ profile, ratings: { [first!.id]: 2 }, checkIns: long })
    const { user } = await renderApp('/progress')
    const from = await screen.findByRole('combobox', { name: 'Earlier check-in' })
    const to = screen.getByRole('combobox', { name: 'Later check-in' })
    const fromYear = screen.getByRole('combobox', { name: 'Earlier check-in: year' })
    const toYear = screen.getByRole('combobox', { name: 'Later check-in: year' })
    expect(
      within(fromYear)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['2024', '2025'])
    // The first and latest check-ins by default, each select listing its year's only.
    expect(fromYear).toHaveValue('2024')
    expect(toYear).toHaveValue('2025')
    expect(from).toHaveValue(long[0]!.week)
    expect(to).toHaveValue(long[59]!.week)
    // 2024 has 53 Mondays.
    expect(within(from).getAllByRole('option')).toHaveLength(53)
    expect(within(to).getAllByRole('option')).toHaveLength(7)

    // Another year: its first check-in for the earlier end, its latest for the later one.
    await user.selectOptions(fromYear, '2025')
    expect(from).toHaveValue(long[53]!.week)
    expect(within(from).getAllByRole('option')).toHaveLength(7)
    await user.selectOptions(toYear, '2024')
    expect(to).toHaveValue(long[52]!.week)
    await user.selectOptions(to, long[10]!.week)
    expect(
      screen.getByRole('figure', { name: new RegExp(`^Check-in of ${long[10]!.date} against ${long[53]!.date}`) }),
    ).toBeInTheDocument()
  })

  it('saves once per week however often the button is pressed: a double-click or Enter twice (D4)', async () => {
    givenProfile({ profile, ratings: { [first!.id]: 2 }, notes: { [first!.id]: 'Ran the pricing review' } })
    const { user } = await renderApp('/progress')
    await user.dblClick(screen.getByRole('button', { name: /^Save check-in/ }))
    const saved = useAppStore.getState().checkIns
    expect(saved).toHaveLength(1)
    screen.getByRole('button', { name: /^Save check-in/ }).focus()
    await user.keyboard('{Enter}{Enter}')
    expect(useAppStore.getState().checkIns).toEqual([{ ...saved[0], savedAt: expect.any(String) }])
    expect(historyRows()).toHaveLength(1)
  })

  it('lists check-ins newest first with readiness and what changed', async () => {
    givenProfile({ profile, ratings: { [first!.id]: 1 } })
    const { user } = await renderApp('/progress')
    await user.click(screen.getByRole('button', { name: /^Save check-in/ }))
    vi.setSystemTime(new Date(2026, 10, 30, 9, 30))
    useAppStore.getState().rateCompetency(first!.id, 2)
    useAppStore.getState().rateCompetency(second!.id, 3)
    // An open tab notices the new week when it comes back into view: a fresh save, not an update.
    expect(screen.getByRole('button', { name: /^Save check-in \(update this week's\)/ })).toBeInTheDocument()
    act(() => {
      document.dispatchEvent(new Event('visibilitychange'))
    })
    await user.click(screen.getByRole('button', { name: /^Save check-in$/ }))

    const rows = historyRows()
    expect(rows.map((r) => within(r).getAllByRole('cell')[0]!.textContent)).toEqual(['2026-11-30', '2026-11-23'])
    expect(rows[0]).toHaveTextContent(`${second!.name} +3`)
    expect(rows[0]).toHaveTextContent(`${first!.name} +1`)
    expect(rows[1]).toHaveTextContent('First check-in')
  })

  it('asks before deleting a check-in, and can undo', async () => {
    givenProfile({ profile, ratings: { [first!.id]: 1 } })
    const { user } = await renderApp('/progress')
    await user.click(screen.getByRole('button', { name: /^Save check-in/ }))
    await user.click(screen.getByRole('button', { name: 'Delete the check-in of 2026-11-23' }))
    expect(useAppStore.getState().checkIns).toHaveLength(1)
    await user.click(screen.getByRole('button', { name: 'Confirm delete' }))
    expect(useAppStore.getState().checkIns).toHaveLength(0)
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    expect(useAppStore.getState().checkIns).toHaveLength(1)
    expect(historyRows()).toHaveLength(1)
  })

  it('re-rates blind, then shows what changed and points out big swings', async () => {
    givenProfile({ profile, ratings: { [first!.id]: 1, [second!.id]: 2 } })
    const { user } = await renderApp('/progress')
    await user.click(screen.getByRole('button', { name: 'Start a blind check-in' }))
    const blindGroup = screen.getByRole('radiogroup', { name: first!.name })
    expect(
      within(blindGroup)
        .getAllByRole('radio')
        .some((r) => (r as HTMLInputElement).checked),
    ).toBe(false)
    await user.click(within(blindGroup).getByRole('radio', { name: /^3/ }))
    await user.click(within(screen.getByRole('radiogroup', { name: second!.name })).getByRole('radio', { name: /^3/ }))
    await user.click(screen.getByRole('button', { name: 'Save check-in (blind)' }))

    const changes = screen.getByRole('list', { name: 'What changed' })
    const items = within(changes).getAllByRole('listitem')
    expect(items).toHaveLength(2)
    expect(items.find((li) => li.textContent!.startsWith(first!.name))).toHaveTextContent('Big swing: 2 steps')
    expect(items.find((li) => li.textContent!.startsWith(second!.name))).not.toHaveTextContent('Big swing')
    expect(useAppStore.getState().ratings[first!.id]).toBe(3)
    expect(useAppStore.getState().checkIns).toHaveLength(1)
  })

  it('undoes a blind check-in in one step: ratings and the week as they were', async () => {
    givenProfile({ profile, ratings: { [first!.id]: 1 } })
    const { user } = await renderApp('/progress')
    await user.click(screen.getByRole('button', { name: 'Start a blind check-in' }))
    await user.click(within(screen.getByRole('radiogroup', { name: first!.name })).getByRole('radio', { name: /^4/ }))
    await user.click(screen.getByRole('button', { name: 'Save check-in (blind)' }))
    expect(useAppStore.getState().checkIns).toHaveLength(1)
    await user.click(screen.getByRole('button', { name: 'Undo this check-in' }))
    expect(useAppStore.getState().ratings).toEqual({ [first!.id]: 1 })
    expect(useAppStore.getState().checkIns).toEqual([])
  })

  it('keeps keyboard focus in place through delete, keep, undo and the blind check-in', async () => {
    givenProfile({ profile, ratings: { [first!.id]: 1 } })
    const { user } = await renderApp('/progress')
    await user.click(screen.getByRole('button', { name: /^Save check-in/ }))
    await user.click(screen.getByRole('button', { name: 'Delete the check-in of 2026-11-23' }))
    expect(screen.getByRole('button', { name: 'Confirm delete' })).toHaveFocus()
    await user.click(screen.getByRole('button', { name: 'Keep' }))
    expect(screen.getByRole('button', { name: 'Delete the check-in of 2026-11-23' })).toHaveFocus()
    await user.keyboard('{Enter}')
    await user.keyboard('{Enter}')
    expect(screen.getByRole('button', { name: 'Undo' })).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(screen.getByRole('button', { name: 'Delete the check-in of 2026-11-23' })).toHaveFocus()

    await user.click(screen.getByRole('button', { name: 'Start a blind check-in' }))
    expect(document.activeElement).toHaveAttribute('type', 'radio')
    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(screen.getByRole('button', { name: 'Start a blind check-in' })).toHaveFocus()
    await user.click(screen.getByRole('button', { name: 'Start a blind check-in' }))
    await user.click(within(screen.getByRole('radiogroup', { name: first!.name })).getByRole('radio', { name: /^2/ }))
    await user.click(screen.getByRole('button', { name: 'Save check-in (blind)' }))
    expect(screen.getByRole('heading', { name: 'What changed' })).toHaveFocus()
  })

  it('marks directions only from three check-ins on', async () => {
    givenProfile({ profile, ratings: { [first!.id]: 0 } })
    const s = useAppStore.getState()
    s.saveCheckIn(new Date(2026, 10, 2, 9))
    const { unmount } = await renderApp('/progress')
    expect(screen.getByText(/Directions and forecasts appear from 3 check-ins on: you have 1/)).toBeInTheDocument()
    unmount()
    s.rateCompetency(first!.id, 1)
    s.saveCheckIn(new Date(2026, 10, 9, 9))
    s.rateCompetency(first!.id, 2)
    s.saveCheckIn(new Date(2026, 10, 16, 9))
    await renderApp('/progress')
    const row = screen.getByText(first!.name, { selector: 'li > span' }).closest('li')!
    expect(row).toHaveTextContent('rising')
    expect(row).toHaveTextContent(/At this pace, Senior PM's bar \(\d\) around .+ \(from 3 check-ins over 2 weeks\)/)
  })

  it('never lets Undo overwrite a newer save of the same week', async () => {
    givenProfile({ profile, ratings: { [first!.id]: 1 } })
    const { user } = await renderApp('/progress')
    await user.click(screen.getByRole('button', { name: /^Save check-in/ }))
    await user.click(screen.getByRole('button', { name: 'Delete the check-in of 2026-11-23' }))
    await user.click(screen.getByRole('button', { name: 'Confirm delete' }))
    useAppStore.getState().rateCompetency(first!.id, 4)
    await user.click(screen.getByRole('button', { name: /^Save check-in/ }))
    // The week has a newer snapshot now: Undo is no longer offered, and the store refuses it too.
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument()
    useAppStore.getState().restoreCheckIn({ ...useAppStore.getState().checkIns[0]!, ratings: { [first!.id]: 1 } })
    expect(useAppStore.getState().checkIns[0]!.ratings[first!.id]).toBe(4)
  })

  it('leaves readiness out of the history while no target is chosen', async () => {
    givenProfile({ profile: { ...profile, targetLevelId: null }, ratings: { [first!.id]: 1 } })
    const { user } = await renderApp('/progress')
    await user.click(screen.getByRole('button', { name: /^Save check-in/ }))
    const headers = within(screen.getByRole('table', { name: 'Check-in history' })).getAllByRole('columnheader')
    expect(headers.map((h) => h.textContent)).toEqual(['Date', 'Week', 'What changed', 'Actions'])
  })
})
