import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { screen, within } from '@testing-library/react'
import v6 from '../fixtures/persisted-v6.json'
import { testCheckIn } from '../../src/domain/testing/check-in'
import { STORAGE_KEY } from '../../src/persistence/persisted-constants'
import { readStoredData, useAppStore, useStorageHealth } from '../../src/store/app-store'
import { resetAppStore } from '../../src/store/testing/reset-app-store'
import { givenProfile, renderApp } from './render-app'

const profile = { currentLevelId: 'pm', targetLevelId: 'spm', tracks: {} }
/** A check-in on a day that does not exist: the date functions throw on it (D1). */
const impossible = { ...testCheckIn('2026-02-27', {}, { frameworkId: 'pm-ladder' }), date: '2026-02-30' }

describe('a screen that fails', () => {
  beforeEach(() => {
    resetAppStore()
    // React and the router report the caught error on the console; the test checks what the user sees.
    vi.spyOn(console, 'error').mockImplementation(() => {})
    vi.spyOn(console, 'warn').mockImplementation(() => {})
  })
  afterEach(() => vi.restoreAllMocks())

  it('says so inside the app: navigation, storage alert, Reload and the way to export stay', async () => {
    // Data that slipped past the checks (as it could before D1 was fixed) makes /progress throw while rendering.
    givenProfile({ profile, checkIns: [impossible] })
    useStorageHealth.setState({ problem: { kind: 'quota' } })
    await renderApp('/progress')

    const error = await screen.findByRole('alert', { name: 'This screen could not be shown' })
    expect(error).toHaveTextContent('Your data is safe: nothing was changed or deleted.')
    expect(within(error).getByRole('button', { name: 'Reload' })).toBeInTheDocument()
    expect(within(error).getByRole('link', { name: 'Export your data in Settings' })).toHaveAttribute(
      'href',
      '/settings',
    )
    expect(within(error).getByText(/RangeError: No such date: "2026-02-30"/)).toBeInTheDocument()
    expect(screen.getByRole('navigation', { name: 'Primary' })).toBeInTheDocument()
    expect(await screen.findByRole('heading', { name: 'Browser storage is full' })).toBeInTheDocument()
    expect(document.title).toBe('Something went wrong · Trajectory')
    // Nothing was lost or rewritten.
    expect(useAppStore.getState().checkIns).toEqual([impossible])
  })

  it('lets the user leave to another screen, which works', async () => {
    givenProfile({ profile, checkIns: [impossible] })
    const { user } = await renderApp('/progress')
    await screen.findByRole('heading', { level: 1, name: 'This screen could not be shown' })
    await user.click(within(screen.getByRole('navigation', { name: 'Primary' })).getByRole('link', { name: 'Ladder' }))
    expect(await screen.findByRole('heading', { level: 1, name: /career ladder/i })).toBeInTheDocument()
    expect(screen.queryByText('This screen could not be shown')).not.toBeInTheDocument()
  })
})

describe('stored data with an impossible date (D1)', () => {
  beforeEach(() => resetAppStore())

  it.each(['/', '/progress'])('is refused on load, so %s shows the storage alert and works', async (path) => {
    const stored = structuredClone(v6)
    stored.state.data['pm-ladder'].checkIns[0]!.date = '2026-13-45'
    stored.state.activeFrameworkId = 'pm-ladder'
    localStorage.setItem(STORAGE_KEY, JSON.stringify(stored))
    await readStoredData()
    await renderApp(path)

    const alert = screen.getByRole('heading', { name: 'Your saved data could not be read' }).closest('[role="alert"]')
    expect(alert).toHaveTextContent('data.pm-ladder.checkIns.0.date: "2026-13-45" is not a date that exists')
    expect(screen.getByRole('navigation', { name: 'Primary' })).toBeInTheDocument()
    expect(screen.queryByText('This screen could not be shown')).not.toBeInTheDocument()
    // Kept untouched for the user to download.
    expect(localStorage.getItem(STORAGE_KEY)).toBe(JSON.stringify(stored))
  })
})
