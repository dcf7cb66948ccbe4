import { describe, expect, it } from 'vitest'
import v1 from '../../tests/fixtures/persisted-v1.json'
import v2 from '../../tests/fixtures/persisted-v2.json'
import v3 from '../../tests/fixtures/persisted-v3.json'
import { migratePersisted } from './migrations'
import { SCHEMA_VERSION } from './persisted-state'

describe('migratePersisted', () => {
  it('upgrades the version 1 fixture: everything kept, no check-ins yet', () => {
    const result = migratePersisted(v1.state, v1.version)
    expect(result).toEqual({ ok: true, state: { ...v1.state, checkIns: [], actions: [], focus: [] } })
  })

  it('upgrades the version 2 fixture: check-ins kept, an empty plan', () => {
    expect(migratePersisted(v2.state, v2.version)).toEqual({ ok: true, state: { ...v2.state, actions: [], focus: [] } })
  })

  it('reads the version 3 fixture as it was saved', () => {
    expect(migratePersisted(v3.state, v3.version)).toEqual({ ok: true, state: v3.state })
  })

  it.each([
    [{ status: 'finished' }, /actions\.0\.status/],
    [{ title: '   ' }, /actions\.0\.title/],
    [{ targetWeek: 'next week' }, /actions\.0\.targetWeek/],
  ])('refuses a malformed action (%o)', (patch, reason) => {
    const bad = { ...v3.state, actions: [{ ...v3.state.actions[0], ...patch }] }
    const result = migratePersisted(bad, 3)
    expect(!result.ok && result.reason).toMatch(reason)
  })

  it('refuses more than three focus competencies', () => {
    const result = migratePersisted({ ...v3.state, focus: ['a', 'b', 'c', 'd'] }, 3)
    expect(!result.ok && result.reason).toMatch(/at most three/)
  })

  it.each([
    [{ week: '2026-W54' }, /checkIns\.0\.week/],
    [{ date: '31/12/2026' }, /checkIns\.0\.date/],
    [{ savedAt: 'yesterday' }, /checkIns\.0\.savedAt/],
  ])('refuses a malformed check-in (%o)', (patch, reason) => {
    const bad = { ...v3.state, checkIns: [{ ...v3.state.checkIns[0], ...patch }] }
    const result = migratePersisted(bad, 3)
    expect(!result.ok && result.reason).toMatch(reason)
  })

  it('refuses two check-ins in one week', () => {
    const bad = { ...v3.state, checkIns: [v3.state.checkIns[0], v3.state.checkIns[0]] }
    const result = migratePersisted(bad, 3)
    expect(!result.ok && result.reason).toMatch(/one check-in per ISO week/)
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
