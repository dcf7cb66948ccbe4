import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { groupThousands } from './numbers'

describe('groupThousands', () => {
  it('groups as Intl.NumberFormat("en") does, for whole numbers and rounded fractions', () => {
    const intl = new Intl.NumberFormat('en', { maximumFractionDigits: 0 })
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.double({ min: -1e12, max: 1e12, noNaN: true })), (value) => {
        // Intl rounds half away from zero, Math.round half up: compare away from the halves.
        fc.pre(Math.abs(value % 1) !== 0.5)
        expect(groupThousands(value)).toBe(intl.format(value).replace(/^-0$/, '0'))
      }),
      { numRuns: 2000 },
    )
  })

  it('writes the figures of the ladder', () => {
    expect(groupThousands(0)).toBe('0')
    expect(groupThousands(999)).toBe('999')
    expect(groupThousands(1000)).toBe('1,000')
    expect(groupThousands(110_000)).toBe('110,000')
    expect(groupThousands(1_250_000)).toBe('1,250,000')
  })
})
