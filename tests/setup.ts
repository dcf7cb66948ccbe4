import '@testing-library/jest-dom/vitest'
import { afterEach } from 'vitest'
import { cleanup } from '@testing-library/react'

// jsdom has no layout engine: the router's scroll restoration calls scrollTo.
window.scrollTo = () => {}

afterEach(() => {
  cleanup()
  localStorage.clear()
})
