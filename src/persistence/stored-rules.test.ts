import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import v3 from '../../tests/fixtures/persisted-v3.json'
import v6 from '../../tests/fixtures/persisted-v6.json'
import { readDataFile } from './data-file'
import { EXPORT_TYPE } from './export-envelope'
import { migratePersisted } from './migrations'
import { persistedState, type PersistedState } from './persisted-state'
import { storedRuleProblem } from './stored-rules'

/** The v6 fixture, parsed, with one change made to a copy. */
function fixtureWith(change: (s: PersistedState) => void): PersistedState {
  const state = v.parse(persistedState, structuredClone(v6.state))
  change(state)
  return state
}

const pm = (s: PersistedState) => s.data['pm-ladder']!
const acme = (s: PersistedState) => s.data['acme-support']!

describe('storedRuleProblem', () => {
  it('finds nothing wrong with the fixtures', () => {
    expect(storedRuleProblem(v.parse(persistedState, v6.state))).toBeNull()
    const migrated = migratePersisted(v3.state, v3.version)
    expect(migrated.ok && storedRuleProblem(migrated.state)).toBeNull()
  })

  it.each<[string, (s: PersistedState) => void, string]>([
    [
      'a check-in dated 30 February',
      (s) => (pm(s).checkIns[0]!.date = '2026-02-30'),
      'data.pm-ladder.checkIns.0.date: "2026-02-30" is not a date that exists',
    ],
    [
      'a check-in dated month 13',
      (s) => (acme(s).checkIns[1]!.date = '2026-13-45'),
      'data.acme-support.checkIns.1.date: "2026-13-45" is not a date that exists',
    ],
    [
      'two check-ins in one ISO week',
      (s) => (pm(s).checkIns[1]!.date = '2027-01-03'),
      'data.pm-ladder.checkIns.1.date: one check-in per ISO week, and check-in 0 is in 2026-W53 too',
    ],
    [
      'an action started on a date that does not exist',
      (s) => (pm(s).actions[0]!.startedOn = '2027-02-29'),
      'data.pm-ladder.actions.0.startedOn: "2027-02-29" is not a date that exists',
    ],
    [
      'an action done on a date that does not exist',
      (s) => (pm(s).actions[0]!.doneOn = '2027-04-31'),
      'data.pm-ladder.actions.0.doneOn: "2027-04-31" is not a date that exists',
    ],
    [
      'a live rating above the built-in scale (0..5)',
      (s) => (pm(s).ratings['strategy-vision'] = 6),
      'data.pm-ladder.ratings.strategy-vision: 6 is above the top of the scale (5)',
    ],
    [
      "a check-in rating above an imported framework's scale (0..2)",
      (s) => (acme(s).checkIns[0]!.ratings.tickets = 3),
      'data.acme-support.checkIns.0.ratings.tickets: 3 is above the top of the scale (2)',
    ],
    [
      "a mentor's rating above the scale",
      (s) => (acme(s).mentorReviews[0]!.ratings.coaching = 5),
      'data.acme-support.mentorReviews.0.ratings.coaching: 5 is above the top of the scale (2)',
    ],
    [
      'two actions with one id',
      (s) => (pm(s).actions[1]!.id = 'a1'),
      'data.pm-ladder.actions.1.id: "a1" is the id of another action',
    ],
    [
      'a competency in the focus twice',
      (s) => (pm(s).focus = ['strategy-vision', 'strategy-vision']),
      'data.pm-ladder.focus.1: "strategy-vision" is in the focus twice',
    ],
  ])('refuses %s, naming the field', (_, change, problem) => {
    expect(storedRuleProblem(fixtureWith(change))).toBe(problem)
  })

  it('accepts the top of each scale, and the same action id in two frameworks', () => {
    const state = fixtureWith((s) => {
      pm(s).ratings['strategy-vision'] = 5
      acme(s).ratings.tickets = 2
      acme(s).actions = [{ ...pm(s).actions[0]!, competencyId: 'tickets' }]
    })
    expect(storedRuleProblem(state)).toBeNull()
  })

  it('gives the first problem when there are several', () => {
    const state = fixtureWith((s) => {
      pm(s).checkIns[0]!.date = '2026-02-30'
      pm(s).ratings['strategy-vision'] = 9
    })
    expect(storedRuleProblem(state)).toMatch(/^data\.pm-ladder\.ratings\.strategy-vision: 9/)
  })
})

describe('stored and imported data keep the rules', () => {
  const broken = fixtureWith((s) => (pm(s).checkIns[0]!.date = '2026-02-30'))

  it('migratePersisted refuses data that breaks a rule, as it refuses a wrong shape', () => {
    expect(migratePersisted(broken, 6)).toEqual({
      ok: false,
      reason: 'the data does not fit: data.pm-ladder.checkIns.0.date: "2026-02-30" is not a date that exists',
    })
  })

  it('readDataFile refuses an export that breaks a rule, in one sentence naming the field', () => {
    const file = JSON.stringify({
      type: EXPORT_TYPE,
      schemaVersion: 6,
      appVersion: '0.1.0',
      exportedAt: '2027-01-20T10:00:00.000Z',
      data: broken,
    })
    expect(readDataFile(file)).toEqual({
      ok: false,
      reason: 'The file does not fit: data.pm-ladder.checkIns.0.date: "2026-02-30" is not a date that exists.',
    })
  })

  it('readDataFile refuses an older version whose data breaks a rule once migrated', () => {
    const old = structuredClone(v3)
    old.state.ratings = { ...old.state.ratings, 'strategy-vision': 7 }
    const result = readDataFile(JSON.stringify(old))
    expect(result).toEqual({
      ok: false,
      reason: 'The file does not fit: data.pm-ladder.ratings.strategy-vision: 7 is above the top of the scale (5).',
    })
  })
})
