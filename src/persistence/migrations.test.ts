import { describe, expect, it } from 'vitest'
import v1 from '../../tests/fixtures/persisted-v1.json'
import { migratePersisted } from './migrations'
import { SCHEMA_VERSION } from './persisted-state'

describe('migratePersisted', () => {
  it('reads the version 1 fixture as it was saved', () => {
    const result = migratePersisted(v1.state, v1.version)
    expect(result).toEqual({ ok: true, state: v1.state })
  })

  it('refuses data from a newer app, naming both versions', () => {
    const result = migratePersisted(v1.state, SCHEMA_VERSION + 1)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.reason).toMatch(/newer version/)
  })

  it.each([
    [{ ...v1.state, ratings: { x: 9.5 } }, /ratings\.x/],
    [{ ...v1.state, profile: undefined }, /profile/],
    ['not an object', /root/],
  ])('refuses data that does not fit (%#)', (data, reason) => {
    const result = migratePersisted(data, 1)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.reason).toMatch(reason)
  })

  it('refuses an unknown version', () => {
    expect(migratePersisted(v1.state, 0).ok).toBe(false)
  })
})
