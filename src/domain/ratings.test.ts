import { describe, expect, it } from 'vitest'
import { competencyNames } from './ratings'
import { TINY_CORE } from './testing/tiny-framework'

describe('competencyNames', () => {
  const nameOf = competencyNames(TINY_CORE)

  it('names a competency of the list by its id', () => {
    expect(nameOf('delivery')).toBe(TINY_CORE.find((c) => c.id === 'delivery')!.name)
    expect(nameOf('delivery')).not.toBe('delivery')
  })

  it('shows an id the list no longer holds as itself', () => {
    expect(nameOf('retired-competency')).toBe('retired-competency')
  })
})
