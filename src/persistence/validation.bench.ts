import { test } from 'vitest'
import { heavyProfileText } from '../../scripts/heavy-profile.mjs'
import { migratePersisted } from './migrations'

/**
 * The store read at start-up without the browser: the heavy profile's stored text (five years of weekly
 * check-ins) parsed, migrated and validated, as createSafeStorage does before the first render. Beyond
 * JSON.parse it is mostly the validation library, so this is where a change of library shows.
 */
const text = heavyProfileText({ now: new Date('2026-11-30T12:00:00') })

test('store read, heavy profile', async ({ bench }) => {
  await bench.compare(
    bench('store read: JSON.parse alone', () => void JSON.parse(text)),
    bench('store read: parse, migrate, validate', () => {
      const stored = JSON.parse(text) as { state: unknown; version: number }
      if (!migratePersisted(stored.state, stored.version).ok) throw new Error('the heavy profile was refused')
    }),
  )
})
