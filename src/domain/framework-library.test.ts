import { describe, expect, it } from 'vitest'
import { planImport, withImported } from './framework-library'
import { frameworkSchema, type Framework } from './framework-schema'

function ladder(version: string, max: number): Framework {
  return frameworkSchema.parse({
    id: 'guild',
    name: 'Guild ladder',
    version,
    scale: { max },
    levels: [{ id: 'junior', title: 'Junior' }],
    competencies: [
      { id: 'forging', name: 'Forging', descriptors: Array.from({ length: max + 1 }, (_, i) => `step ${i}`), expectations: { junior: 1 } },
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
