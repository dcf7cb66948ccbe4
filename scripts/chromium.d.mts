import type { Browser } from 'playwright-core'

/** Headless Chromium from the machine: $CHROMIUM_PATH, then Debian's usual places. */
export function launchChromium(): Promise<Browser>
