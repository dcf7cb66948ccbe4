// The one place that launches Chromium, for the browser tests (tests/e2e/browser.ts), the
// screenshots script and the bench. Plain JavaScript so `node scripts/screenshots.mjs` runs it as it is; its
// types are in chromium.d.mts.
import { existsSync } from 'node:fs'
import { chromium } from 'playwright-core'

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** Path of a Chromium binary: $CHROMIUM_PATH, then Debian's usual places. */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist`)
  }
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (existsSync(candidate)) return candidate
  }
  throw new Error('Chromium not found: install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH')
}

/** Headless Chromium from the machine (Playwright cannot download its own browsers here). */
export function launchChromium() {
  return chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true })
}
