/**
 * `next`, with every part deep-equal to the same part of `prev` replaced by prev's own object (structural
 * sharing). Applied to another tab's save, it keeps the identity of everything that save did not change,
 * so the components subscribed to those parts do not re-render. Plain objects and arrays only.
 */
export function shareUnchanged<T>(prev: unknown, next: T): T {
  if (Object.is(prev, next)) return prev as T
  if (Array.isArray(prev) && Array.isArray(next)) {
    let same = prev.length === next.length
    let fresh = true
    const out = next.map((value: unknown, i) => {
      const shared = shareUnchanged(prev[i], value)
      if (shared !== prev[i]) same = false
      if (shared !== value) fresh = false
      return shared
    })
    // Nothing of prev kept: next itself, whose identity what was derived from it may be keyed by.
    return (same ? prev : fresh ? next : out) as T
  }
  if (isPlainObject(prev) && isPlainObject(next)) {
    const keys = Object.keys(next)
    let same = keys.length === Object.keys(prev).length
    let fresh = true
    const out: Record<string, unknown> = {}
    for (const key of keys) {
      out[key] = shareUnchanged(prev[key], next[key])
      if (out[key] !== prev[key] || !(key in prev)) same = false
      if (out[key] !== next[key]) fresh = false
    }
    return (same ? prev : fresh ? next : out) as T
  }
  return next
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false
  const proto = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}
