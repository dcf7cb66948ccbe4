import { beforeEach, describe, expect, it } from 'vitest'
import { screen, within } from '@testing-library/react'
import { useAppStore } from '../../src/store/app-store'
import { resetAppStore } from '../../src/store/testing/reset-app-store'
import v5 from '../fixtures/persisted-v5.json'
import { renderApp } from './render-app'

/** A small ladder of our own, as a company would write it. */
const guild = {
  id: 'guild',
  name: 'Guild ladder',
  version: '3',
  scale: { max: 2, labels: ['Not yet', 'Apprentice', 'Master'] },
  levels: [
    { id: 'apprentice', title: 'Apprentice' },
    { id: 'master', title: 'Master' },
  ],
  competencies: [
    {
      id: 'forging',
      name: 'Forging',
      descriptors: [null, 'Forges with help.', ['Forges alone.', 'Teaches forging.']],
      expectations: { apprentice: 1, master: 2 },
    },
  ],
  motto: 'kept, not used',
}

const file = (name: string, text: string) => new File([text], name, { type: 'application/json' })

describe('/settings', () => {
  beforeEach(() => resetAppStore())

  it('shows what a framework file holds, adds it only on request, and makes it the one in use when chosen', async () => {
    const { user } = await renderApp('/settings')
    await user.upload(screen.getByLabelText(/^Import framework/), file('guild.json', JSON.stringify(guild)))

    const preview = await screen.findByRole('heading', { level: 3, name: 'Guild ladder' })
    expect(preview).toHaveFocus()
    expect(screen.getByText('2 levels: Apprentice, Master')).toBeInTheDocument()
    expect(screen.getByText(/not used by Trajectory: motto/)).toBeInTheDocument()
    expect(useAppStore.getState().frameworks).toEqual([])

    await user.click(screen.getByRole('button', { name: 'Add framework' }))
    expect(screen.getByText(/^Added “Guild ladder”\./)).toBeInTheDocument()
    const select = screen.getByRole('combobox', { name: 'Framework' })
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Product management career ladder (built in)', 'Guild ladder'])
    await user.selectOptions(select, 'guild')
    expect(useAppStore.getState().activeFrameworkId).toBe('guild')
    expect(screen.getByText('0 to 2 (Not yet … Master)')).toBeInTheDocument()
  })

  it('refuses a bad file with an alert and changes nothing', async () => {
    const { user } = await renderApp('/settings')
    const bad = { ...guild, competencies: [{ ...guild.competencies[0], expectations: { apprentice: 1, master: 3 } }] }
    await user.upload(screen.getByLabelText(/^Import framework/), file('guild.json', JSON.stringify(bad)))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      "Not imported: competencies[0].expectations.master: 3 is above the scale's maximum of 2.",
    )
    expect(screen.queryByRole('button', { name: 'Add framework' })).not.toBeInTheDocument()
    expect(useAppStore.getState().frameworks).toEqual([])
  })

  it('offers the newer version of a framework as an update, and refuses the same version again', async () => {
    const { user } = await renderApp('/settings')
    const input = screen.getByLabelText(/^Import framework/)
    await user.upload(input, file('guild.json', JSON.stringify(guild)))
    await user.click(await screen.findByRole('button', { name: 'Add framework' }))

    await user.upload(input, file('guild.json', JSON.stringify(guild)))
    expect(await screen.findByRole('alert')).toHaveTextContent(/version 3 of "Guild ladder" is already here/)

    await user.upload(input, file('guild.json', JSON.stringify({ ...guild, version: '4' })))
    await user.click(await screen.findByRole('button', { name: 'Update to version 4' }))
    expect(useAppStore.getState().frameworks.map((f) => f.framework.version)).toEqual(['4'])
  })

  it('deletes an imported framework after a confirmation that offers its file first', async () => {
    const { user } = await renderApp('/settings')
    await user.upload(screen.getByLabelText(/^Import framework/), file('guild.json', JSON.stringify(guild)))
    await user.click(await screen.findByRole('button', { name: 'Add framework' }))
    await user.click(screen.getByRole('button', { name: 'Delete Guild ladder…' }))
    const confirm = screen.getByRole('group', { name: 'Delete Guild ladder?' })
    expect(within(confirm).getByRole('button', { name: 'Download framework file' })).toBeInTheDocument()
    await user.click(within(confirm).getByRole('button', { name: 'Keep it' }))
    expect(useAppStore.getState().frameworks).toHaveLength(1)

    await user.click(screen.getByRole('button', { name: 'Delete Guild ladder…' }))
    await user.click(screen.getByRole('button', { name: 'Yes, delete Guild ladder' }))
    expect(useAppStore.getState().frameworks).toEqual([])
    expect(screen.getByText('Deleted “Guild ladder” and its data.')).toBeInTheDocument()
  })
})

describe('/settings: your data', () => {
  beforeEach(() => resetAppStore())

  const exportOf = (state: unknown, schemaVersion = 5) =>
    JSON.stringify({
      type: 'trajectory-export',
      schemaVersion,
      appVersion: '0.1.0',
      exportedAt: '2027-01-12T18:00:00Z',
      data: state,
    })

  it('shows what an export holds next to what is here, and replaces only on request', async () => {
    useAppStore.getState().rateCompetency('communication', 2)
    const { user } = await renderApp('/settings')
    await user.upload(screen.getByLabelText(/^Import data/), file('backup.json', exportOf(v5.state)))

    const table = await screen.findByRole('table', { name: 'The file against the data in this browser' })
    const rows = within(table)
      .getAllByRole('row')
      .map((r) =>
        within(r)
          .queryAllByRole('cell')
          .map((c) => c.textContent),
      )
    expect(rows).toContainEqual(['4, 2026-12-31 to 2027-01-12', 'none'])
    expect(rows).toContainEqual(['3', '1'])
    expect(useAppStore.getState().ratings).toEqual({ communication: 2 })

    await user.click(screen.getByRole('button', { name: /^Replace/ }))
    expect(useAppStore.getState().activeFrameworkId).toBe('acme-support')
    expect(useAppStore.getState().ratings).toEqual({ tickets: 2 })
    expect(JSON.parse(localStorage.getItem('trajectory')!).state.data['pm-ladder'].ratings).toEqual(
      v5.state.data['pm-ladder'].ratings,
    )
  })

  it('refuses a file it cannot use with an alert, and stored data stays byte for byte the same', async () => {
    useAppStore.getState().rateCompetency('communication', 2)
    const before = localStorage.getItem('trajectory')
    const { user } = await renderApp('/settings')
    await user.upload(screen.getByLabelText(/^Import data/), file('backup.json', exportOf(v5.state, 99)))
    expect(await screen.findByRole('alert')).toHaveTextContent(/written by a newer version of Trajectory/)
    expect(screen.queryByRole('button', { name: /^Replace/ })).not.toBeInTheDocument()
    expect(localStorage.getItem('trajectory')).toBe(before)
  })

  it('deletes all data after a confirmation that offers an export first', async () => {
    useAppStore.getState().rateCompetency('communication', 2)
    const { user } = await renderApp('/settings')
    await user.click(screen.getByRole('button', { name: 'Delete all data…' }))
    const confirm = screen.getByRole('group', { name: 'Delete all data?' })
    expect(within(confirm).getByRole('button', { name: 'Export data first' })).toBeInTheDocument()
    await user.click(within(confirm).getByRole('button', { name: /^Yes, delete/ }))
    expect(useAppStore.getState().ratings).toEqual({})
    expect(localStorage.getItem('trajectory')).toBeNull()
  })
})
