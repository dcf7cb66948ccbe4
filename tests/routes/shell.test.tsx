import { beforeEach, describe, expect, it } from 'vitest'
import { screen, within } from '@testing-library/react'
import { resetAppStore } from '../../src/store/testing/reset-app-store'
import { renderApp } from './render-app'

describe('app shell', () => {
  beforeEach(() => resetAppStore())

  it('links to every built screen from the primary navigation', async () => {
    await renderApp('/')
    const nav = screen.getByRole('navigation', { name: 'Primary' })
    expect(
      within(nav)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toEqual(['/', '/assess', '/gaps', '/progress', '/plan', '/ladder', '/report', '/settings'])
  })

  it('moves focus to the new page after a client-side navigation, not on first load', async () => {
    const { user } = await renderApp('/')
    expect(screen.getByRole('main')).not.toHaveFocus()
    await user.click(within(screen.getByRole('navigation', { name: 'Primary' })).getByRole('link', { name: 'Ladder' }))
    await screen.findByRole('heading', { level: 1, name: /career ladder/i })
    expect(screen.getByRole('main')).toHaveFocus()
    expect(document.title).toBe('Career ladder · Trajectory')
  })
})
