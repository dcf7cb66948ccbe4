import type { Browser } from 'playwright-core'

/** Headless Chromium from the machine: $CHROMIUM_PATH, then Debian's usual places. */
export function launchChromium(): Promise<Browser>

/** The flags every headless run here needs (no sandbox, no GPU, nothing fetched in the background). */
export const CHROMIUM_ARGS: readonly string[]
/** Path of a Chromium binary: $CHROMIUM_PATH, then Debian's usual places. */
export function findChromium(): string
