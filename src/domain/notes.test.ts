import { describe, expect, it } from 'vitest'
import { NOTE_MAX_LENGTH, charactersCut } from './notes'

describe('charactersCut', () => {
  it.each([
    ['a paste that fits', 0, 0, 'hello', 0],
    ['a paste that ends exactly at the limit', 1_995, 0, 'hello', 0],
    ['a paste one character too long', 1_996, 0, 'hello', 1],
    ['a paste over a selection, which it replaces', 2_000, 10, 'x'.repeat(12), 2],
    ['a paste into a full note', 2_000, 0, 'abc', 3],
    ['a paste into a note over the limit', 2_300, 0, 'abc', 3],
    ['line breaks counted once, as the text box counts them', 1_996, 0, 'a\r\nb\rc', 1],
  ])('%s', (_, length, selected, pasted, cut) => {
    expect(charactersCut(length, selected, pasted)).toBe(cut)
  })

  it('is measured against 2,000 characters', () => {
    expect(NOTE_MAX_LENGTH).toBe(2_000)
  })
})
