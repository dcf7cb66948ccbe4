import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { RegisterSWOptions } from 'vite-plugin-pwa/types'

// jsdom has no service workers: give navigator a stand-in with a waiting worker.
const getRegistration = vi.fn(async () => ({ waiting: {} }))
const addEventListener = vi.fn()

beforeEach(() => {
  vi.resetModules() // the prompt's state lives in its module: a fresh one per test
  Object.defineProperty(navigator, 'serviceWorker', {
    configurable: true,
    value: { getRegistration, addEventListener },
  })
})
afterEach(() => {
  Reflect.deleteProperty(navigator, 'serviceWorker')
  vi.clearAllMocks()
})

async function setUp() {
  const { UpdatePrompt, watchForUpdates } = await import('./UpdatePrompt')
  let options: RegisterSWOptions = {}
  const updateServiceWorker = vi.fn(async () => {})
  watchForUpdates((given) => {
    options = given ?? {}
    return updateServiceWorker
  })
  render(<UpdatePrompt />)
  return { options, updateServiceWorker }
}

describe('UpdatePrompt', () => {
  it('says nothing until a new version is waiting', async () => {
    await setUp()
    expect(screen.getByRole('status')).toBeEmptyDOMElement()
    expect(screen.queryByRole('button')).not.toBeInTheDocument()
  })

  it('announces a waiting version and updates only when asked', async () => {
    const { options, updateServiceWorker } = await setUp()
    act(() => options.onNeedRefresh?.())
    expect(screen.getByRole('status')).toHaveTextContent('A new version of Trajectory is ready.')
    // The plugin's "new worker took over" hook never reloads by itself.
    options.onNeedReload?.()
    expect(updateServiceWorker).not.toHaveBeenCalled()

    await userEvent.click(screen.getByRole('button', { name: 'Reload to update' }))
    expect(updateServiceWorker).toHaveBeenCalledWith(true)
    expect(addEventListener).toHaveBeenCalledWith('controllerchange', expect.any(Function), { once: true })
    expect(screen.getByRole('button', { name: 'Reload to update' })).toBeDisabled()
  })
})
