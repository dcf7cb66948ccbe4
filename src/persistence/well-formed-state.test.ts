import fc from 'fast-check'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { heavyProfileText } from '../../scripts/heavy-profile.mjs'
import v9 from '../../tests/fixtures/persisted-v9.json'
import { hostileValue, mutated } from '../domain/testing/hostile'
import { migratePersisted } from './migrations'
import { persistedState, readStoredFrameworks } from './persisted-state'
import { asWellFormedState } from './well-formed-state'

const copy = (value: unknown): unknown => JSON.parse(JSON.stringify(value))
const heavy = (JSON.parse(heavyProfileText({ now: new Date('2026-11-30T10:00:00') })) as { state: unknown }).state

describe('the plain check of stored data (the fast path of the read)', () => {
  it('takes the data the app saves: the fixture of the current version and five years of check-ins', () => {
    // Were it to refuse these, every start would fall back to valibot's slower walk.
    for (const state of [v9.state, heavy]) {
      const fast = asWellFormedState(copy(state), readStoredFrameworks)
      expect(fast).not.toBeNull()
      expect(fast).toStrictEqual(v.parse(persistedState, copy(state)))
    }
  })

  it('never accepts what valibot refuses, and what it accepts is what valibot outputs', () => {
    fc.assert(
      // Neither check changes what it reads: both read the same (possibly deeply nested) value.
      fc.property(mutated(v9.state, hostileValue), (state) => {
        const fast = asWellFormedState(state, readStoredFrameworks)
        if (fast === null) return
        const slow = v.safeParse(persistedState, state)
        expect(slow.success).toBe(true)
        expect(fast).toStrictEqual(slow.output)
      }),
      { numRuns: 5_000 },
    )
  }, 30_000)

  it('without the frameworks check (not loaded at start-up), leaves data with imported frameworks to the full check', () => {
    const state = copy(v9.state) as { frameworks: unknown[]; activeFrameworkId: string }
    expect(state.frameworks.length).toBeGreaterThan(0)
    expect(asWellFormedState(copy(state))).toBeNull()
    state.frameworks = []
    state.activeFrameworkId = 'pm-ladder'
    expect(asWellFormedState(copy(state))).toStrictEqual(v.parse(persistedState, copy(state)))
  })

  it('leaves to valibot what it would change: an unknown field is dropped, a title trimmed', () => {
    const state = copy(v9.state) as {
      data: Record<string, { actions: { title: string }[]; extra?: number }>
    }
    state.data['pm-ladder']!.extra = 1
    state.data['pm-ladder']!.actions[0]!.title = '  Run a pricing test  '
    expect(asWellFormedState(copy(state), readStoredFrameworks)).toBeNull()
    const read = migratePersisted(copy(state), 9)
    if (!read.ok) throw new Error(read.reason)
    expect(read.state.data['pm-ladder']).not.toHaveProperty('extra')
    expect(read.state.data['pm-ladder']!.actions[0]!.title).toBe('Run a pricing test')
  })

  it('refuses framework ids that clash or an active framework that is not there, for valibot to word', () => {
    const clash = copy(v9.state) as { activeFrameworkId: string; frameworks: { framework: { id: string } }[] }
    clash.frameworks[0]!.framework.id = 'pm-ladder'
    expect(asWellFormedState(clash, readStoredFrameworks)).toBeNull()
    const missing = copy(v9.state) as { activeFrameworkId: string }
    missing.activeFrameworkId = 'gone'
    expect(asWellFormedState(missing, readStoredFrameworks)).toBeNull()
    const read = migratePersisted(missing, 9)
    expect(read.ok ? '' : read.reason).toMatch(/no framework has the id "gone"/)
  })
})
