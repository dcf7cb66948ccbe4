// Apart from share-link.ts, whose schemas and codec load with the screens that make or open a link: the store
// needs a link id at start-up, not those.

export function toBase64Url(bytes: Uint8Array): string {
  let binary = ''
  // In slices: String.fromCharCode with a whole link's bytes as arguments would overflow the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

/** A short random id for a link (URL-safe), from the browser's secure random numbers. */
export function newLinkId(): string {
  return toBase64Url(crypto.getRandomValues(new Uint8Array(9)))
}
