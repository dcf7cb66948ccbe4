// Browser tests against the production build (`vite build` first).
// Standalone on purpose: no app plugins (react, router), plain Node environment.
// Playwright drives Chromium; tests/e2e/global-setup.ts serves dist/ with `vite preview`.
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    // Two cores: one Chromium at a time keeps timings stable.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    teardownTimeout: 15_000,
  },
})
