import { beforeEach, describe, expect, it } from 'vitest'
import { screen, within } from '@testing-library/react'
import { CORE_COMPETENCIES, LEVELS, PM_FRAMEWORK } from '../../src/domain/framework'
import { readiness } from '../../src/domain/readiness'
import { useStorageHealth } from '../../src/store/app-store'
import { resetAppStore } from '../../src/store/testing/reset-app-store'
import { givenProfile, renderApp } from './render-app'

describe('/', () => {
  beforeEach(() => resetAppStore())

  it('welcomes a new user with role choices, ladder order, and a clear start', async () => {
    await renderApp('/')
    // The current role may start before the ladder ("Not a PM yet"); the target is always a rung of it.
    for (const [name, before] of [
      ['Current role', ['Not a PM yet']],
      ['Target role', []],
    ] as const) {
      const options = within(screen.getByRole('combobox', { name })).getAllByRole('option')
      expect(options[0]).toBeDisabled()
      expect(options.slice(1).map((o) => o.textContent)).toEqual([...before, ...LEVELS.map((l) => l.title)])
    }
    expect(screen.getByRole('link', { name: 'Rate yourself' })).toHaveAttribute('href', '/assess')
  })

  it('shows readiness 0 as soon as a target is chosen, before anything is rated', async () => {
    const { user } = await renderApp('/')
    expect(screen.queryByRole('meter')).not.toBeInTheDocument()
    await user.selectOptions(screen.getByRole('combobox', { name: 'Current role' }), 'pm')
    expect(
      (screen.getByRole('meter', { name: /^Readiness for Senior Product Manager/ }) as HTMLMeterElement).value,
    ).toBe(0)
    expect(screen.getByRole('link', { name: 'Rate yourself' })).toBeInTheDocument()
  })

  it("shows the target role's facts once a target is chosen", async () => {
    const { user } = await renderApp('/')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Current role' }), 'spm')
    const facts = screen.getByRole('region', { name: 'Group PM / Product Lead: the role' })
    expect(facts).toHaveTextContent('8–12 years')
    expect(facts).toHaveTextContent('$350,000 – $500,000+')
    expect(facts).toHaveTextContent('Managing a team of PMs')
    expect(facts).toHaveTextContent('People management and multi-product strategy')
  })

  it('shows readiness, the top three gaps and a small radar once rated', async () => {
    givenProfile({
      profile: { currentLevelId: 'apm', targetLevelId: 'pm', tracks: {} },
      ratings: { [CORE_COMPETENCIES[0].id]: 1 },
    })
    await renderApp('/')
    expect(screen.getByRole('heading', { level: 1, name: 'Overview' })).toBeInTheDocument()
    const meter = screen.getByRole('meter', { name: /^Readiness for Product Manager/ }) as HTMLMeterElement
    expect(meter.value).toBe(readiness(PM_FRAMEWORK, CORE_COMPETENCIES, { [CORE_COMPETENCIES[0].id]: 1 }, 'pm'))
    expect(meter.value).toBeGreaterThan(0)
    expect(within(screen.getByRole('list', { name: 'Top gaps' })).getAllByRole('listitem')).toHaveLength(3)
    expect(screen.getByRole('img', { name: /radar/i })).toBeInTheDocument()
  })

  it('says so, with a way out, when saved data cannot be read', async () => {
    useStorageHealth.setState({ problem: { kind: 'unreadable', reason: 'the saved data is not valid JSON', raw: '{' } })
    await renderApp('/')
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Your saved data could not be read')
    expect(alert).toHaveTextContent('not valid JSON')
    expect(within(alert).getByRole('button', { name: 'Download the saved data' })).toBeInTheDocument()
  })

  it('reports a full storage quota', async () => {
    useStorageHealth.setState({ problem: { kind: 'quota' } })
    await renderApp('/')
    expect(await screen.findByRole('alert')).toHaveTextContent('Browser storage is full')
  })
})
