import fc from 'fast-check'
import type { CheckIn } from '../domain/check-in'
import { checkInsForStorage } from '../domain/check-in-changes'
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
import { addDays, isoWeekKey } from '../domain/dates'
import { CORE_COMPETENCIES } from '../domain/framework'
import { plannedAction } from '../domain/plan'
import { MAX_DATA_FILE_BYTES, readDataFile, summariseData } from './data-file'
import { EXPORT_TYPE, exportEnvelope, exportFileName } from './export-envelope'
import { EMPTY_STATE, SCHEMA_VERSION } from './persisted-constants'
import type { PersistedState } from './persisted-state'

const NOW = new Date('2026-11-30T10:00:00Z')
const fileOf = (state: PersistedState) => JSON.stringify(exportEnvelope(state, NOW, '0.1.0'))
const ids = CORE_COMPETENCIES.map((c) => c.id)

/** Any valid stored state of the built-in framework: ratings, notes, weekly check-ins, actions. */
const anyState: fc.Arbitrary<PersistedState> = fc
  .record({
    ratings: fc.dictionary(fc.constantFrom(...ids), fc.integer({ min: 0, max: 5 })),
    notes: fc.dictionary(fc.constantFrom(...ids), fc.string({ minLength: 1, maxLength: 40 })),
    weeks: fc.uniqueArray(fc.integer({ min: 0, max: 300 }), { maxLength: 8 }),
    titles: fc.array(
      fc.string({ minLength: 1, maxLength: 30 }).filter((t) => t.trim() !== ''),
      { maxLength: 4 },
    ),
    exported: fc.boolean(),
  })
  .map(({ ratings, notes, weeks, titles, exported }) => {
    const checkIns = [...weeks]
      .sort((a, b) => a - b)
      .map((w): CheckIn => {
        const date = addDays('2024-01-01', w * 7)
        return {
          week: isoWeekKey(date),
          date,
          savedAt: `${date}T09:00:00.000Z`,
          ratings,
          notes,
          currentLevelId: 'pm',
          targetLevelId: 'spm',
          frameworkId: 'pm-ladder',
          frameworkVersion: '1',
        }
      })
    const actions = titles.map((title, i) =>
      plannedAction({ id: `a${i}`, competencyId: ids[i % ids.length]!, title: title.trim() }),
    )
    const data = {
      profile: { currentLevelId: 'pm', targetLevelId: 'spm', tracks: { ai: true } },
      ratings,
      notes,
      checkIns: checkInsForStorage(checkIns),
      actions,
      focus: [],
      notRelevant: [],
      mentorReviews: [],
      shareIds: [],
    }
    return {
      ...EMPTY_STATE,
      data: { 'pm-ladder': data },
      backup: { lastExportAt: exported ? NOW.toISOString() : null, reminderDismissedAt: null },
    }
  })

describe('export and import of data', () => {
  it('gives back the same state for any valid state', () => {
    fc.assert(
      fc.property(anyState, (state) => {
        expect(readDataFile(fileOf(state))).toEqual({ ok: true, state, exportedAt: NOW.toISOString() })
      }),
    )
  })

  it('writes an envelope with a type tag, the schema version, the app version and the export time', () => {
    expect(JSON.parse(fileOf(v7.state as PersistedState))).toMatchObject({
      type: EXPORT_TYPE,
      schemaVersion: SCHEMA_VERSION,
      appVersion: '0.1.0',
      exportedAt: '2026-11-30T10:00:00.000Z',
      data: v7.state,
    })
    expect(exportFileName('2026-11-30')).toBe('trajectory-2026-11-30.json')
  })

  it.each([
    [1, v1],
    [2, v2],
    [3, v3],
    [4, v4],
    [5, v5],
    [6, v6],
    [7, v7],
    [8, v8],
    [9, v9],
  ])('imports an export of schema version %i', (version, fixture) => {
    const file = {
      type: EXPORT_TYPE,
      schemaVersion: version,
      appVersion: '0.0.1',
      exportedAt: '2026-01-01T00:00:00Z',
      data: fixture.state,
    }
    const result = readDataFile(JSON.stringify(file))
    expect(result.ok).toBe(true)
    expect(result.ok && Object.keys(result.state.data)).toContain('pm-ladder')
  })

  it('imports the raw stored data the storage alert offers for download', () => {
    expect(readDataFile(JSON.stringify(v3)).ok).toBe(true)
  })

  it.each([
    ['an empty file', '', 'The file is empty.'],
    ['a binary file', 'PK\u0003\u0004\u0000\u0001', 'This is not a text file: choose a Trajectory export (.json).'],
    [
      'a CSV file',
      'Date,ISO week,Framework\r\n2026-11-30,2026-W49,PM\r\n',
      /^This is a CSV file, not a Trajectory export/,
    ],
    ['text that is not JSON', 'hello', 'The file is not valid JSON, so it is not a Trajectory export.'],
    ['a JSON array', '[]', 'This is not a Trajectory export: it holds no data object.'],
    ['other JSON', '{"name": "x"}', 'This is not a Trajectory export: it has no "type": "trajectory-export".'],
    ['a framework file', JSON.stringify({ id: 'x', levels: [], competencies: [] }), /^This is a framework file/],
    [
      'a file from a newer app',
      JSON.stringify({ type: EXPORT_TYPE, schemaVersion: SCHEMA_VERSION + 1, appVersion: '9.0.0', data: {} }),
      `The file was written by a newer version of Trajectory (app version 9.0.0), data version ${SCHEMA_VERSION + 1}; this app reads up to ${SCHEMA_VERSION}. Open it with the newer app.`,
    ],
    [
      'a file with a wrong field',
      JSON.stringify({ type: EXPORT_TYPE, schemaVersion: 7, data: { ...v7.state, activeFrameworkId: 'gone' } }),
      'The file does not fit: activeFrameworkId: no framework has the id "gone".',
    ],
  ])('refuses %s with its own message', (_, text, reason) => {
    expect(readDataFile(text)).toEqual({
      ok: false,
      reason: typeof reason === 'string' ? reason : expect.stringMatching(reason),
    })
  })

  it('refuses a 10 MB file before reading it', () => {
    expect(readDataFile('{}', MAX_DATA_FILE_BYTES + 1)).toEqual({
      ok: false,
      reason: 'The file is 10.0 MB: a Trajectory export is at most 10 MB, so this is not one.',
    })
  })

  it('summarises what a state holds', () => {
    expect(summariseData(v7.state as PersistedState)).toEqual({
      frameworks: ['Product management career ladder', 'Acme support ladder'],
      ratings: 3,
      checkIns: 6,
      firstCheckIn: '2026-12-31',
      lastCheckIn: '2027-01-19',
      actions: v7.state.data['pm-ladder'].actions.length,
    })
    expect(summariseData(EMPTY_STATE)).toEqual({
      frameworks: [],
      ratings: 0,
      checkIns: 0,
      firstCheckIn: null,
      lastCheckIn: null,
      actions: 0,
    })
  })
})
