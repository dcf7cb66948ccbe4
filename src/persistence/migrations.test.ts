import { describe, expect, it } from 'vitest'
import v1 from '../../tests/fixtures/persisted-v1.json'
import v2 from '../../tests/fixtures/persisted-v2.json'
import v3 from '../../tests/fixtures/persisted-v3.json'
import v4 from '../../tests/fixtures/persisted-v4.json'
import v5 from '../../tests/fixtures/persisted-v5.json'
import v6 from '../../tests/fixtures/persisted-v6.json'
import v7 from '../../tests/fixtures/persisted-v7.json'
import v8 from '../../tests/fixtures/persisted-v8.json'
import v9 from '../../tests/fixtures/persisted-v9.json'
import { checkInsForStorage, checkInsFromStorage } from '../domain/check-in-changes'
import type { CheckIn } from '../domain/check-in'
import { migratePersisted } from './migrations'
import { SCHEMA_VERSION } from './persisted-constants'

type V3State = {
  profile: { currentLevelId: string | null; targetLevelId: string | null; aiTrack: boolean }
  checkIns: object[]
} & Record<string, unknown>

/** Whole check-ins as version 9 stores them (what every migration from 6 on makes of them together). */
const asStored = (checkIns: readonly object[]) => checkInsForStorage(checkIns as CheckIn[])

/** What moveDataUnderBuiltInFramework and the later steps make of version 3 data: the built-in framework's data. */
function underBuiltIn(state: V3State) {
  const { aiTrack, ...roles } = state.profile
  return {
    activeFrameworkId: 'pm-ladder',
    frameworks: [],
    backup: { lastExportAt: null, reminderDismissedAt: null },
    data: {
      'pm-ladder': {
        ...state,
        profile: { ...roles, tracks: aiTrack ? { ai: true } : {}, background: null },
        checkIns: asStored(state.checkIns.map((c) => ({ ...c, frameworkId: 'pm-ladder', frameworkVersion: '1' }))),
        notRelevant: [],
        mentorReviews: [],
        shareIds: [],
      },
    },
  }
}

describe('migratePersisted', () => {
  it('upgrades the version 1 fixture: everything kept under the built-in framework, AI track on', () => {
    const result = migratePersisted(v1.state, v1.version)
    expect(result).toEqual({ ok: true, state: underBuiltIn({ ...v1.state, checkIns: [], actions: [], focus: [] }) })
    expect(result.ok && result.state.data['pm-ladder']!.profile.tracks).toEqual({ ai: true })
  })

  it('upgrades the version 2 fixture: check-ins kept, an empty plan', () => {
    expect(migratePersisted(v2.state, v2.version)).toEqual({
      ok: true,
      state: underBuiltIn({ ...v2.state, actions: [], focus: [] }),
    })
  })

  it('upgrades the version 3 fixture (moveDataUnderBuiltInFramework): every check-in records the built-in framework', () => {
    const result = migratePersisted(v3.state, v3.version)
    expect(result).toEqual({ ok: true, state: underBuiltIn(v3.state) })
    expect(result.ok && result.state.data['pm-ladder']!.checkIns.map((c) => c.frameworkVersion)).toEqual(
      v3.state.checkIns.map(() => '1'),
    )
  })

  it('upgrades the version 4 fixture (addBackupRecord): no export remembered yet', () => {
    const result = migratePersisted(v4.state, v4.version)
    expect(result.ok && result.state.backup).toEqual({ lastExportAt: null, reminderDismissedAt: null })
  })

  it('upgrades the version 5 fixture (addMentorReviews): every framework without mentors or share links yet', () => {
    const result = migratePersisted(v5.state, v5.version)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    for (const [id, data] of Object.entries(result.state.data)) {
      expect(data, id).toMatchObject({ mentorReviews: [], shareIds: [] })
      const before = v5.state.data[id as keyof typeof v5.state.data]
      expect({ ...data, mentorReviews: undefined, shareIds: undefined }).toEqual({
        ...before,
        profile: { ...before.profile, background: null },
        checkIns: asStored(before.checkIns),
        mentorReviews: undefined,
        shareIds: undefined,
      })
    }
  })

  it('upgrades version 6 (storeNotesOnlyWhenChanged): a check-in keeps only the notes that changed', () => {
    const note = 'Wrote the H1 strategy for search'
    const week = (w: string, date: string, notes: Record<string, string>) => ({
      ...v6.state.data['pm-ladder'].checkIns[1]!,
      week: w,
      date,
      savedAt: `${date}T09:00:00.000Z`,
      notes,
    })
    const full = [
      week('2027-W01', '2027-01-05', { 'strategy-vision': note }),
      week('2027-W02', '2027-01-12', { 'strategy-vision': note }),
      week('2027-W03', '2027-01-19', {}),
    ]
    const old = {
      ...v6.state,
      data: { ...v6.state.data, 'pm-ladder': { ...v6.state.data['pm-ladder'], checkIns: full } },
    }
    const result = migratePersisted(old, 6)
    expect(result.ok && result.state.data['pm-ladder']!.checkIns.map((c) => c.notes)).toEqual([
      { 'strategy-vision': note },
      {},
      { 'strategy-vision': '' },
    ])
  })

  it('upgrades the version 7 fixture (addBackground): every profile without a background yet, nothing else changed', () => {
    const result = migratePersisted(v7.state, v7.version)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    for (const [id, data] of Object.entries(result.state.data)) {
      const before = v7.state.data[id as keyof typeof v7.state.data]
      expect(data.profile, id).toEqual({ ...before.profile, background: null })
      expect({ ...data, profile: undefined, checkIns: undefined }).toEqual({
        ...before,
        profile: undefined,
        checkIns: undefined,
      })
      // Notes were stored as changes already; the ratings become changes in the step to version 9.
      expect(data.checkIns.map((c) => c.notes)).toEqual(before.checkIns.map((c) => c.notes))
      expect(checkInsFromStorage(data.checkIns, id).map((c) => c.ratings)).toEqual(
        before.checkIns.map((c) => c.ratings),
      )
    }
    expect({ ...result.state, data: undefined }).toEqual({ ...v7.state, data: undefined })
  })

  it('upgrades the version 8 fixture (storeRatingsOnlyWhenChanged): ratings only where they changed, no week or framework id', () => {
    const result = migratePersisted(v8.state, v8.version)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    // The version 9 fixture is the same data, saved one more check-in later.
    const pm = v9.state.data['pm-ladder']
    expect(result.state).toEqual({
      ...v9.state,
      data: {
        ...v9.state.data,
        'pm-ladder': { ...pm, ratings: v8.state.data['pm-ladder'].ratings, checkIns: pm.checkIns.slice(0, -1) },
      },
    })
    // Read back whole, every check-in is what version 8 stored (whose notes were stored as changes already).
    for (const [id, data] of Object.entries(result.state.data)) {
      const before = v8.state.data[id as keyof typeof v8.state.data].checkIns
      const whole = checkInsFromStorage(data.checkIns, id)
      expect(
        whole.map((c) => ({ ...c, notes: {} })),
        id,
      ).toEqual(before.map((c) => ({ ...c, notes: {} })))
    }
  })

  it('reads the version 9 fixture as it was saved: "Not a PM yet" from customer support, two frameworks, a mentor', () => {
    expect(v9.version).toBe(SCHEMA_VERSION)
    const result = migratePersisted(v9.state, v9.version)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.state.activeFrameworkId).toBe('acme-support')
    expect(Object.keys(result.state.data).sort()).toEqual(['acme-support', 'pm-ladder'])
    expect(result.state).toEqual(v9.state)
    expect(result.state.data['pm-ladder']!.profile).toEqual({
      currentLevelId: 'not-a-pm',
      targetLevelId: 'apm',
      tracks: {},
      background: 'customer-support',
    })
    expect(result.state.data['acme-support']!.mentorReviews[0]!.mentorName).toBe('Dana (team lead)')
    expect(result.state.backup.lastExportAt).toBe('2027-01-12T18:10:00.000Z')
    expect(result.state.frameworks[0]!.history).toEqual({ '1': ['tickets'] })
    // Fields the app does not know are kept with the imported framework.
    expect(result.state.frameworks[0]!.framework.competencies[1]).toMatchObject({ rubric: 'kept, not used' })
    // A rating removed since the check-in before (null) is gone from that check-in on.
    const whole = checkInsFromStorage(result.state.data['pm-ladder']!.checkIns, 'pm-ladder')
    expect(whole.map((c) => [c.week, c.ratings])).toEqual([
      ['2026-W53', { 'strategy-vision': 2, 'execution-delivery': 4 }],
      ['2027-W01', { 'strategy-vision': 3, 'execution-delivery': 4 }],
      ['2027-W02', { 'strategy-vision': 3, 'execution-delivery': 4 }],
      ['2027-W03', { 'strategy-vision': 3, 'execution-delivery': 4 }],
      ['2027-W04', { 'strategy-vision': 4 }],
    ])
  })

  it('refuses a background that is not an id', () => {
    const bad = structuredClone(v8.state) as { data: { 'pm-ladder': { profile: { background: unknown } } } }
    bad.data['pm-ladder'].profile.background = ''
    const result = migratePersisted(bad, 8)
    expect(!result.ok && result.reason).toMatch(/data\.pm-ladder\.profile\.background/)
  })

  it('refuses version 4 data whose active framework is missing', () => {
    const result = migratePersisted({ ...v4.state, frameworks: [] }, 4)
    expect(!result.ok && result.reason).toMatch(/activeFrameworkId: no framework has the id "acme-support"/)
  })

  it('refuses version 4 data with an imported framework the schema refuses', () => {
    const [stored] = v4.state.frameworks
    const broken = { ...stored!, framework: { ...stored!.framework, levels: [] } }
    const result = migratePersisted({ ...v4.state, frameworks: [broken] }, 4)
    expect(!result.ok && result.reason).toMatch(/frameworks\.0\.framework\.levels/)
  })

  it.each([
    [{ status: 'finished' }, /actions\.0\.status/],
    [{ title: '   ' }, /actions\.0\.title/],
    [{ targetWeek: 'next week' }, /actions\.0\.targetWeek/],
  ])('refuses a malformed action (%o)', (patch, reason) => {
    const bad = { ...v3.state, actions: [{ ...v3.state.actions[0], ...patch }] }
    const result = migratePersisted(bad, 3)
    expect(!result.ok && result.reason).toMatch(new RegExp(`data\\.pm-ladder\\.${reason.source}`))
  })

  it('refuses more than three focus competencies', () => {
    const result = migratePersisted({ ...v3.state, focus: ['a', 'b', 'c', 'd'] }, 3)
    expect(!result.ok && result.reason).toMatch(/data\.pm-ladder\.focus/)
    expect(!result.ok && result.reason).toMatch(/at most three/)
  })

  it.each([
    [{ ratings: { 'strategy-vision': -1 } }, /checkIns\.0\.ratings\.strategy-vision/],
    [{ date: '31/12/2026' }, /checkIns\.0\.date/],
    [{ savedAt: 'yesterday' }, /checkIns\.0\.savedAt/],
  ])('refuses a malformed check-in (%o)', (patch, reason) => {
    const bad = { ...v3.state, checkIns: [{ ...v3.state.checkIns[0], ...patch }] }
    const result = migratePersisted(bad, 3)
    expect(!result.ok && result.reason).toMatch(new RegExp(`data\\.pm-ladder\\.${reason.source}`))
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
