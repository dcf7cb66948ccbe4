import '@testing-library/jest-dom/vitest'
import { afterEach, vi } from 'vitest'
import { cleanup } from '@testing-library/react'

// The charts load recharts lazily: on a busy 2-core machine the first draw can take several seconds.
vi.setConfig({ testTimeout: 20_000 })

// jsdom has no layout engine: the router's scroll restoration calls scrollTo.
window.scrollTo = () => {}

afterEach(() => {
  cleanup()
  localStorage.clear()
})
