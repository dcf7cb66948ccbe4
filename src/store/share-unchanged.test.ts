import { describe, expect, it } from 'vitest'
import { shareUnchanged } from './share-unchanged'

describe('shareUnchanged', () => {
  const prev = {
    ratings: { a: 1, b: 2 },
    checkIns: [
      { week: 'W1', notes: { a: 'x' } },
      { week: 'W2', notes: {} },
    ],
    name: 'p',
  }

  it('gives back the previous object when everything is equal', () => {
    expect(shareUnchanged(prev, structuredClone(prev))).toBe(prev)
  })

  it('keeps the identity of every unchanged part and replaces only what changed', () => {
    const next = structuredClone(prev)
    next.ratings.b = 3
    const shared = shareUnchanged(prev, next)
    expect(shared).not.toBe(prev)
    expect(shared).toEqual(next)
    expect(shared.checkIns).toBe(prev.checkIns)
    expect(shared.ratings).not.toBe(prev.ratings)
  })

  it('shares the unchanged items of a list that grew', () => {
    const next = structuredClone(prev)
    next.checkIns.push({ week: 'W3', notes: {} })
    const shared = shareUnchanged(prev, next)
    expect(shared.checkIns).not.toBe(prev.checkIns)
    expect(shared.checkIns[0]).toBe(prev.checkIns[0])
    expect(shared.checkIns[1]).toBe(prev.checkIns[1])
  })

  it('notices a key that was removed or added, and values of another type', () => {
    const withoutName: Partial<typeof prev> = structuredClone(prev)
    delete withoutName.name
    expect(shareUnchanged(prev, withoutName)).not.toBe(prev)
    expect(shareUnchanged({ a: 1 }, { a: 1, b: undefined })).toEqual({ a: 1, b: undefined })
    expect(shareUnchanged({ a: [1] }, { a: { 0: 1 } }).a).toEqual({ 0: 1 })
    expect(shareUnchanged({ a: null }, { a: {} }).a).toEqual({})
  })

  it("keeps next's own parts where nothing of prev is kept: what was worked out from them stays found", () => {
    const next = structuredClone(prev)
    next.checkIns = [{ week: 'W9', notes: { a: 'y' } }]
    const shared = shareUnchanged({ ratings: prev.ratings, checkIns: [] }, next)
    expect(shared.checkIns).toBe(next.checkIns)
    expect(shared.ratings).toBe(prev.ratings)
    const fresh = { list: [{ a: 1 }], other: { b: 2 } }
    expect(shareUnchanged({}, fresh)).toBe(fresh)
  })
})
