import { beforeEach, describe, expect, it } from 'vitest'
import { screen, within } from '@testing-library/react'
import { resetAppStore, useAppStore } from '../../src/store/app-store'
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
    { id: 'forging', name: 'Forging', descriptors: [null, 'Forges with help.', ['Forges alone.', 'Teaches forging.']], expectations: { apprentice: 1, master: 2 } },
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
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Product management career ladder (built in)',
      'Guild ladder',
    ])
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
