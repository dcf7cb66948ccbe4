import * as v from 'valibot'
import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { CORE_COMPETENCIES, PM_FRAMEWORK } from '../domain/framework'
import { frameworkSchema } from '../domain/framework-schema'
import { newLinkId } from './base64url'
import { decodeLink, encodeLink, type LinkContent, type ShareSnapshot } from './share-link'

const here = import.meta.url
const designLadder = v.parse(
  frameworkSchema,
  JSON.parse(readFileSync(fileURLToPath(new URL('../../public/frameworks/design-ladder.json', here)), 'utf8')),
)
const ids = CORE_COMPETENCIES.map((c) => c.id)

const snapshot = (patch: Partial<ShareSnapshot> = {}): ShareSnapshot => ({
  kind: 'share',
  id: 'abcdef123',
  createdAt: '2027-01-11T10:00:00.000Z',
  framework: { builtIn: 'pm-ladder', version: PM_FRAMEWORK.version },
  currentLevelId: 'pm',
  targetLevelId: 'spm',
  tracks: {},
  notRelevant: [],
  ratings: Object.fromEntries(ids.map((id, i) => [id, i % 6])),
  ...patch,
})

const anySnapshot: fc.Arbitrary<LinkContent> = fc
  .record({
    ratings: fc.dictionary(fc.constantFrom(...ids), fc.integer({ min: 0, max: 5 })),
    notes: fc.option(fc.dictionary(fc.constantFrom(...ids), fc.string({ maxLength: 200 })), { nil: undefined }),
    custom: fc.boolean(),
    target: fc.constantFrom('apm', 'pm', 'spm', 'cpo'),
  })
  .map(({ ratings, notes, custom, target }) =>
    snapshot({
      ratings,
      targetLevelId: target,
      ...(notes ? { notes } : {}),
      ...(custom ? { framework: { custom: designLadder } } : {}),
    }),
  )

describe('share links', () => {
  it('decode what they encode, for any snapshot', async () => {
    await fc.assert(
      fc.asyncProperty(anySnapshot, async (content) => {
        expect(await decodeLink(`#${await encodeLink(content)}`)).toEqual({ ok: true, content })
      }),
      { numRuns: 200 },
    )
  })

  it('fit the built-in framework without notes in 2,000 characters', async () => {
    const link = `https://trajectory.example/shared#${await encodeLink(snapshot())}`
    expect(link.length).toBeLessThanOrEqual(2000)
  })

  it('make URL-safe random ids', () => {
    const made = new Set(Array.from({ length: 50 }, newLinkId))
    expect(made.size).toBe(50)
    for (const id of made) expect(id).toMatch(/^[A-Za-z0-9_-]{12}$/)
  })

  it.each([
    ['', /holds no data/],
    ['hello', /not a Trajectory share link/],
    ['v2.abc', /newer version of Trajectory \(format v2\)/],
    ['v1.!!!', /not a Trajectory share link/],
    ['v1.AAAA', /incomplete or was changed/],
    [`v1.${'A'.repeat(500_000)}`, /too long/],
  ])('refuse a broken link (%#) with a message', async (fragment, reason) => {
    const result = await decodeLink(fragment)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.reason).toMatch(reason)
  })

  it('refuse a truncated link and a tampered one', async () => {
    const good = await encodeLink(snapshot())
    const truncated = await decodeLink(good.slice(0, good.length - 12))
    expect(!truncated.ok && truncated.reason).toMatch(/incomplete|changed|damaged/)
    const tampered = await encodeLink({ ...snapshot(), ratings: { [ids[0]!]: 99 } } as unknown as LinkContent)
    const result = await decodeLink(tampered)
    expect(!result.ok && result.reason).toMatch(/does not fit \(ratings\./)
  })

  it('survive 10,000 random and mutated fragments: a snapshot or a refusal, never a throw, no prototype pollution', async () => {
    const good = await encodeLink(snapshot({ notes: { [ids[0]!]: 'note' } }))
    const polluted = await encodeLink(
      JSON.parse('{"kind":"share","__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}}'),
    )
    const mutate = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.integer({ min: 0, max: good.length }).map((n) => good.slice(0, n)),
      fc.tuple(fc.nat(good.length - 1), fc.integer({ min: 0, max: 63 })).map(([at, c]) => {
        const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
        return good.slice(0, at) + alphabet[c] + good.slice(at + 1)
      }),
      fc.uint8Array({ maxLength: 300 }).map(
        (b) =>
          `v1.${btoa(String.fromCharCode(...b))
            .replace(/\+/g, '-')
            .replace(/\//g, '_')
            .replace(/=+$/, '')}`,
      ),
      fc.constant(polluted),
    )
    await fc.assert(
      fc.asyncProperty(mutate, async (fragment) => {
        const result = await decodeLink(fragment)
        if (!result.ok) expect(result.reason.length).toBeGreaterThan(10)
        expect(({} as Record<string, unknown>).polluted).toBeUndefined()
      }),
      { numRuns: 10_000 },
    )
  }, 60_000)
})
