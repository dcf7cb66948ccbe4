import * as v from 'valibot'
import { BUILT_IN_FRAMEWORK_ID, PM_FRAMEWORK } from '../domain/framework'
import { frameworkSchema, type Framework } from '../domain/framework-schema'
import { ACTION_STATUSES } from '../domain/plan'
import { WORDED_BY_US, describeIssue } from '../domain/validation-issues'
import { toBase64Url } from './base64url'

/**
 * Share links carry data in the URL fragment (after "#"), which browsers never send to a server.
 * The text is JSON, compressed with the browser's own deflate-raw and written in base64url, after a
 * format prefix ("v1.") so links made today still open when the format changes.
 */
const SHARE_FORMAT = 'v1'

/** Far above a 47-competency imported framework (~45,000 characters), far below what stalls a page. */
const MAX_FRAGMENT_LENGTH = 400_000
/** What a link may inflate to: stops a crafted link from expanding into gigabytes. */
const MAX_JSON_BYTES = 4 * 1024 * 1024

const rating = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10))
const instant = v.pipe(
  v.string(),
  v.check((s) => !Number.isNaN(Date.parse(s)), 'an ISO date-time'),
)
const id = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{6,40}$/, 'an id of letters, digits, "_" or "-"'))
const nonEmpty = v.pipe(v.string(), v.minLength(1))
const upTo = (max: number) => v.pipe(v.string(), v.maxLength(max))

const sharedFramework = v.union([
  v.object({ builtIn: v.literal(BUILT_IN_FRAMEWORK_ID), version: nonEmpty }),
  v.object({ custom: frameworkSchema }),
])

/** What the person chose to show: their roles and ratings, and, only when they ticked it, notes and plan. */
const shareSnapshotSchema = v.object({
  kind: v.literal('share'),
  id,
  createdAt: instant,
  framework: sharedFramework,
  currentLevelId: v.nullable(v.string()),
  targetLevelId: nonEmpty,
  tracks: v.record(v.string(), v.boolean()),
  notRelevant: v.array(v.string()),
  ratings: v.record(v.string(), rating),
  notes: v.optional(v.record(v.string(), upTo(4000))),
  plan: v.optional(
    v.object({
      focus: v.pipe(v.array(v.string()), v.maxLength(3)),
      actions: v.pipe(
        v.array(v.object({ title: upTo(200), competencyId: v.string(), status: v.picklist(ACTION_STATUSES) })),
        v.maxLength(200),
      ),
    }),
  ),
})
export type ShareSnapshot = v.InferOutput<typeof shareSnapshotSchema>

/** A mentor's answer to a share link: their ratings and comments, for the framework of that link. */
const mentorReplySchema = v.object({
  kind: v.literal('reply'),
  id,
  shareId: id,
  frameworkId: nonEmpty,
  frameworkVersion: nonEmpty,
  mentorName: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(80)),
  ratedAt: instant,
  ratings: v.record(v.string(), rating),
  comments: v.record(v.string(), upTo(2000)),
})
export type MentorReply = v.InferOutput<typeof mentorReplySchema>

const linkSchema = v.variant('kind', [shareSnapshotSchema, mentorReplySchema])
export type LinkContent = v.InferOutput<typeof linkSchema>

export type DecodedLink = { ok: true; content: LinkContent } | { ok: false; reason: string }

/** The framework a snapshot was made with: carried in the link, or the built-in one this app has. */
export function frameworkOfSnapshot(snapshot: ShareSnapshot): Framework {
  return 'custom' in snapshot.framework ? snapshot.framework.custom : PM_FRAMEWORK
}

/** The fragment (without "#") for a snapshot or a reply. */
export async function encodeLink(content: LinkContent): Promise<string> {
  const bytes = await pipe(new TextEncoder().encode(JSON.stringify(content)), new CompressionStream('deflate-raw'))
  return `${SHARE_FORMAT}.${toBase64Url(bytes)}`
}

/**
 * Reads a link's fragment. Never throws: a malformed, truncated, tampered, oversized or unknown-version
 * link is refused with a sentence saying what is wrong.
 */
export async function decodeLink(fragment: string): Promise<DecodedLink> {
  const refuse = (reason: string): DecodedLink => ({ ok: false, reason })
  const text = fragment.replace(/^#/, '').trim()
  if (text === '') return refuse('This link holds no data: it may have been cut off when it was copied.')
  if (text.length > MAX_FRAGMENT_LENGTH) return refuse('This link is too long to be a Trajectory link.')
  const match = /^v(\d+)\.([A-Za-z0-9_-]+)$/.exec(text)
  if (!match) return refuse('This is not a Trajectory share link, or it was damaged when it was copied.')
  if (`v${match[1]}` !== SHARE_FORMAT)
    return refuse(
      `This link was made by a newer version of Trajectory (format v${match[1]}): open it with the newer app.`,
    )
  const bytes = fromBase64Url(match[2]!)
  if (!bytes) return refuse('This link was damaged when it was copied: its data is not readable.')
  let json: string
  try {
    json = new TextDecoder('utf-8', { fatal: true }).decode(
      await pipe(bytes, new DecompressionStream('deflate-raw'), MAX_JSON_BYTES),
    )
  } catch (error) {
    return error instanceof RangeError && error.message === 'too large'
      ? refuse('This link unpacks to more data than a Trajectory link can hold.')
      : refuse('This link is incomplete or was changed: it may have been cut off when it was copied.')
  }
  let data: unknown
  try {
    data = JSON.parse(json)
  } catch {
    return refuse('This link was changed after it was made: its data is not readable.')
  }
  const parsed = v.safeParse(linkSchema, data, WORDED_BY_US)
  if (!parsed.success)
    return refuse(
      `This link's data does not fit (${describeIssue(parsed.issues[0], data, (path) => path.join('.') || 'root')}).`,
    )
  return { ok: true, content: parsed.output }
}

/** Runs bytes through a (de)compression stream; a limit stops the output growing past it. */
async function pipe(
  input: Uint8Array,
  transform: TransformStream<BufferSource, Uint8Array>,
  limit = Infinity,
): Promise<Uint8Array> {
  const source = new ReadableStream<BufferSource>({
    start(controller) {
      controller.enqueue(input as BufferSource)
      controller.close()
    },
  })
  const stream = source.pipeThrough(transform)
  const chunks: Uint8Array[] = []
  let size = 0
  const reader = stream.getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.length
    if (size > limit) {
      await reader.cancel()
      throw new RangeError('too large')
    }
    chunks.push(value)
  }
  const out = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    out.set(chunk, offset)
    offset += chunk.length
  }
  return out
}

function fromBase64Url(text: string): Uint8Array | null {
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'))
    return Uint8Array.from(binary, (c) => c.charCodeAt(0))
  } catch {
    return null
  }
}
