import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { BUILT_IN_FRAMEWORK_ID } from './framework'
import { frameworkById, planImport, withImported } from './framework-library'
import { competenciesAt } from './framework-versions'
import { readiness } from './readiness'
import { frameworkSchema, type Framework } from './framework-schema'

function ladder(version: string, max: number): Framework {
  return v.parse(frameworkSchema, {
    id: 'guild',
    name: 'Guild ladder',
    version,
    scale: { max },
    levels: [{ id: 'junior', title: 'Junior' }],
    competencies: [
      {
        id: 'forging',
        name: 'Forging',
        descriptors: Array.from({ length: max + 1 }, (_, i) => `step ${i}`),
        expectations: { junior: 1 },
      },
    ],
  })
}

describe('planImport', () => {
  const library = withImported([], ladder('1', 4), '2027-01-01T00:00:00.000Z')

  it('updates to a newer version with the same or a longer scale', () => {
    expect(planImport(library, ladder('2', 4))).toMatchObject({ kind: 'update', fromVersion: '1' })
    expect(planImport(library, ladder('2', 6))).toMatchObject({ kind: 'update' })
  })

  it('refuses a newer version with a shorter scale: ratings given on the old one would not fit', () => {
    expect(planImport(library, ladder('2', 2))).toEqual({
      kind: 'refuse',
      reason:
        'version 2 rates 0 to 2, version 1 0 to 4: ratings already given would not fit, so a newer version may not shorten the scale',
    })
  })
})

describe('the built-in framework', () => {
  it('reads a check-in of version 1 with the competencies version 1 had', () => {
    const { framework, history } = frameworkById([], BUILT_IN_FRAMEWORK_ID)
    expect(framework.version).toBe('2')
    const core = framework.competencies.filter((c) => c.track === 'core')
    const atVersion1 = competenciesAt(core, '1', history)
    expect(core.length - atVersion1.length).toBe(1)
    expect(atVersion1.map((c) => c.id)).not.toContain('innovation-opportunities')
    // A check-in at the Senior PM bar in every competency version 1 had reads 100%, not less for one added later.
    const ratings = Object.fromEntries(atVersion1.map((c) => [c.id, c.expectations.spm ?? 0]))
    expect(readiness(framework, atVersion1, ratings, 'spm')).toBe(100)
    expect(readiness(framework, core, ratings, 'spm')).toBeLessThan(100)
    expect(competenciesAt(core, '2', history)).toEqual(core)
  })
})
