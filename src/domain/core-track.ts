// Apart from framework-schema.ts: the first screen needs the id, not the schemas (and valibot) around it.

/** The track every competency without one belongs to: always on. */
export const CORE_TRACK = 'core'
