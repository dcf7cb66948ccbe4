import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import v1 from '../../tests/fixtures/persisted-v1.json'
import v2 from '../../tests/fixtures/persisted-v2.json'
import v3 from '../../tests/fixtures/persisted-v3.json'
import v4 from '../../tests/fixtures/persisted-v4.json'
import v5 from '../../tests/fixtures/persisted-v5.json'
import v6 from '../../tests/fixtures/persisted-v6.json'
import { addDays } from '../domain/dates'
import { testCheckIn } from '../domain/testing/check-in'
import { CORE_COMPETENCIES } from '../domain/framework'
import { plannedAction } from '../domain/plan'
import {
  damagedText,
  deepJson,
  expandDeep,
  hostileValue,
  hostileValues,
  mutated,
  prototypeSnapshot,
  prototypesUntouched,
} from '../domain/testing/hostile'
import { readDataFile } from './data-file'
import { EXPORT_TYPE } from './export-envelope'
import { migratePersisted } from './migrations'
import { EMPTY_FRAMEWORK_DATA, SCHEMA_VERSION, STORAGE_KEY } from './persisted-constants'
import type { PersistedState } from './persisted-state'
import { createSafeStorage, type StorageProblem } from './safe-storage'
import type { StorageValue } from 'zustand/middleware'

// Every way data comes in, fed valid data turned invalid and hostile. Each input is
// accepted or refused with a reason; nothing throws, and no prototype gains a property.
const RUNS = { numRuns: 10_000 }
/** 10,000 runs take a few seconds; the default 5 s timeout is too tight on a slow CI machine. */
const FUZZ_TIMEOUT = 30_000

const FIXTURES = [v1, v2, v3, v4, v5, v6] as const
const ids = CORE_COMPETENCIES.map((c) => c.id)

/** A small valid state of the built-in framework: ratings, weekly check-ins, a plan. */
const validState: fc.Arbitrary<PersistedState> = fc
  .record({
    ratings: fc.dictionary(fc.constantFrom(...ids), fc.integer({ min: 0, max: 5 }), { maxKeys: 4 }),
    weeks: fc.uniqueArray(fc.integer({ min: 0, max: 300 }), { maxLength: 3 }),
    actions: fc.integer({ min: 0, max: 3 }),
  })
  .map(({ ratings, weeks, actions }) => ({
    activeFrameworkId: 'pm-ladder',
    frameworks: [],
    backup: { lastExportAt: null, reminderDismissedAt: null },
    data: {
      'pm-ladder': {
        ...EMPTY_FRAMEWORK_DATA,
        ratings,
        checkIns: [...weeks]
          .sort((a, b) => a - b)
          .map((w) => addDays('2024-01-01', w * 7))
          .map((date) =>
            testCheckIn(date, ratings, {
              savedAt: `${date}T09:00:00.000Z`,
              currentLevelId: 'pm',
              targetLevelId: 'spm',
              frameworkId: 'pm-ladder',
            }),
          ),
        actions: Array.from({ length: actions }, (_, i) =>
          plannedAction({
            id: `a${i}`,
            competencyId: ids[i]!,
            title: `Action ${i}`,
            status: 'done',
            targetWeek: '2026-W10',
            expectedEffect: { from: 1, to: 2 },
            startedOn: '2026-02-28',
            doneOn: '2026-03-02',
          }),
        ),
      },
    },
  }))

/** Stored data as it was saved, { state, version }: a fixture of any version, or a generated current one. */
const validStored = fc.oneof(
  fc.constantFrom(...FIXTURES).map((f) => ({ state: f.state as unknown, version: f.version })),
  validState.map((state) => ({ state: state as unknown, version: SCHEMA_VERSION })),
)

/** A version as a hostile file might say it: right, wrong, out of range or not a number. */
const anyVersion = fc.oneof(
  fc.integer({ min: -2, max: 9 }),
  fc.constantFrom(1.5, Number.NaN, Number.MAX_SAFE_INTEGER, -0),
)

/**
 * Valid stored data, mutated (and sometimes under a wrong version), or something else entirely. For data
 * the test turns into text itself, deep nesting is a marker that expandDeep puts into the text.
 */
const hostileStoredOf = (values: fc.Arbitrary<unknown>) =>
  fc.oneof(
    {
      weight: 8,
      arbitrary: fc
        .tuple(validStored, fc.boolean(), anyVersion)
        .chain(([s, keepVersion, version]) =>
          mutated(s.state, values).map((state) => ({ state, version: keepVersion ? s.version : version })),
        ),
    },
    { weight: 1, arbitrary: fc.tuple(values, anyVersion).map(([state, version]) => ({ state, version })) },
  )
const hostileStored = hostileStoredOf(hostileValue)
/** The same, as text: what a file or localStorage holds. */
const hostileStoredText = (wrap: (stored: { state: unknown; version: unknown }) => unknown) =>
  hostileStoredOf(hostileValues({ deep: 'marker' })).map((stored) => expandDeep(JSON.stringify(wrap(stored))))

function expectVerdict(result: { ok: true } | { ok: false; reason: string }) {
  if (!result.ok) {
    expect(typeof result.reason).toBe('string')
    expect(result.reason.trim()).not.toBe('')
  }
}

/** What the app accepted, it reads back after saving it: a JSON round trip is accepted too. */
function expectReadBack(state: PersistedState) {
  const again = migratePersisted(JSON.parse(JSON.stringify(state)), SCHEMA_VERSION)
  expect(again.ok, again.ok ? '' : again.reason).toBe(true)
}

describe('fuzzing the ways data comes in', () => {
  it('accepts the valid inputs the mutations start from', () => {
    fc.assert(
      fc.property(validStored, ({ state, version }) => {
        const result = migratePersisted(state, version)
        expect(result.ok, result.ok ? '' : result.reason).toBe(true)
      }),
      { numRuns: 200 },
    )
  })

  it('refuses a framework with a field nested too deep to be saved again (found by this fuzzing)', () => {
    const stored = JSON.parse(JSON.stringify(v6)) as {
      state: { frameworks: { framework: { levels: Record<string, unknown>[] } }[] }
    }
    stored.state.frameworks[0]!.framework.levels[1]!.notes = JSON.parse(deepJson(6_000, true))
    expect(migratePersisted(stored.state, 6)).toEqual({
      ok: false,
      reason:
        'the data does not fit: frameworks.0.framework.levels.1.notes: nested more than 32 levels deep, which no framework needs',
    })
  })

  it(
    'migratePersisted: accepted or refused with a reason, never a throw or a polluted prototype',
    () => {
      const before = prototypeSnapshot()
      fc.assert(
        fc.property(hostileStored, ({ state, version }) => {
          const result = migratePersisted(state, version as number)
          expectVerdict(result)
          if (result.ok) expectReadBack(result.state)
          expect(prototypesUntouched(before)).toBe(true)
        }),
        RUNS,
      )
    },
    FUZZ_TIMEOUT,
  )

  it(
    'readDataFile: an export or stored copy, mutated, damaged or random, is read or refused in a sentence',
    () => {
      const before = prototypeSnapshot()
      const asFile = ({ state, version }: { state: unknown; version: unknown }, envelope: boolean) =>
        envelope
          ? {
              type: EXPORT_TYPE,
              schemaVersion: version,
              appVersion: '0.1.0',
              exportedAt: '2027-01-20T10:00:00.000Z',
              data: state,
            }
          : { state, version }
      const files = fc.oneof(
        { weight: 3, arbitrary: hostileStoredText((s) => asFile(s, true)) },
        { weight: 3, arbitrary: hostileStoredText((s) => asFile(s, false)) },
        {
          weight: 3,
          arbitrary: fc
            .tuple(validStored, fc.boolean())
            .chain(([s, envelope]) => damagedText(JSON.stringify(asFile(s, envelope)))),
        },
        {
          weight: 1,
          arbitrary: hostileValues({ deep: 'marker' }).map((v) => expandDeep(JSON.stringify(v) ?? 'undefined')),
        },
      )
      fc.assert(
        fc.property(files, fc.boolean(), (text, claimsHuge) => {
          const result = readDataFile(text, claimsHuge ? 11 * 1024 * 1024 : undefined)
          expectVerdict(result)
          if (result.ok) expectReadBack(result.state)
          expect(prototypesUntouched(before)).toBe(true)
        }),
        RUNS,
      )
    },
    FUZZ_TIMEOUT,
  )

  it(
    'the stored-data reader: a refusal writes nothing, locks writing, keeps the raw text for the user and says why',
    () => {
      const before = prototypeSnapshot()
      const raws = fc.oneof(
        { weight: 6, arbitrary: hostileStoredText((s) => s) },
        { weight: 3, arbitrary: validStored.map((s) => JSON.stringify(s)).chain(damagedText) },
        {
          weight: 1,
          arbitrary: hostileValues({ deep: 'marker' }).map((v) => expandDeep(JSON.stringify(v) ?? 'undefined')),
        },
      )
      fc.assert(
        fc.property(raws, (raw) => {
          const writes: string[] = []
          const problems: (StorageProblem | null)[] = []
          const storage = {
            getItem: (key: string) => (key === STORAGE_KEY ? raw : null),
            setItem: (key: string) => void writes.push(`set ${key}`),
            removeItem: (key: string) => void writes.push(`remove ${key}`),
          } as unknown as Storage
          const safe = createSafeStorage({ onProblem: (p) => problems.push(p), storage: () => storage })
          // getItem is synchronous here (the storage is): what another tab or an earlier session saved, migrated.
          const read = safe.storage.getItem(STORAGE_KEY) as StorageValue<PersistedState> | null
          if (read === null) {
            expect(writes).toEqual([])
            expect(problems).toEqual([{ kind: 'unreadable', reason: expect.stringMatching(/\S/), raw }])
            // Locked: a later save cannot overwrite what could not be read.
            safe.storage.setItem(STORAGE_KEY, { state: {} as PersistedState, version: SCHEMA_VERSION })
            expect(writes).toEqual([])
          } else {
            // Reading may keep or drop a backup of an older version, never rewrite the data itself.
            expect(writes.filter((w) => w.endsWith(` ${STORAGE_KEY}`))).toEqual([])
            expectReadBack(read.state)
          }
          expect(prototypesUntouched(before)).toBe(true)
        }),
        RUNS,
      )
    },
    FUZZ_TIMEOUT,
  )
})
