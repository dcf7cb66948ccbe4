import { describe, expect, it } from 'vitest'
import { COMPETENCY_IDS, heavyProfileText, isoWeekKey } from '../../scripts/heavy-profile.mjs'
import { checkInsFromStorage } from '../../src/domain/check-in-changes'
import { addDays, isoWeekKey as appIsoWeekKey } from '../../src/domain/dates'
import { BUILT_IN_FRAMEWORK_ID, PM_FRAMEWORK } from '../../src/domain/framework'
import { migratePersisted } from '../../src/persistence/migrations'
import { SCHEMA_VERSION } from '../../src/persistence/persisted-constants'

// The bench's heavy profile (scripts/heavy-profile.mjs) must stay data the app reads: if the stored
// shape or the built-in framework changes, this fails here instead of the bench measuring an alert.
describe('the heavy profile of the bench', () => {
  const now = new Date('2026-11-30T10:00:00')
  const stored = JSON.parse(heavyProfileText({ now })) as { state: unknown; version: number }

  it('is stored data of the current version that the app reads as it is', () => {
    expect(stored.version).toBe(SCHEMA_VERSION)
    const result = migratePersisted(stored.state, stored.version)
    if (!result.ok) throw new Error(result.reason)
    const data = result.state.data[BUILT_IN_FRAMEWORK_ID]!
    expect(data.actions).toHaveLength(200)
    const checkIns = checkInsFromStorage(data.checkIns, BUILT_IN_FRAMEWORK_ID)
    expect(checkIns).toHaveLength(260)
    expect(checkIns.at(-1)!.week).toBe('2026-W48')
    // Every note and rating of every competency, in every check-in, once expanded.
    for (const checkIn of checkIns) {
      expect(Object.keys(checkIn.notes).sort()).toEqual([...COMPETENCY_IDS].sort())
      expect(Object.keys(checkIn.ratings).sort()).toEqual([...COMPETENCY_IDS].sort())
    }
  })

  it('rates every competency of the built-in framework with the AI track', () => {
    expect([...COMPETENCY_IDS].sort()).toEqual(PM_FRAMEWORK.competencies.map((c) => c.id).sort())
  })

  it('files check-ins under the weeks the app computes', () => {
    for (let day = 0; day < 3 * 366; day += 3) {
      const date = addDays('2024-12-20', day)
      expect(isoWeekKey(date)).toBe(appIsoWeekKey(date))
    }
  })
})
