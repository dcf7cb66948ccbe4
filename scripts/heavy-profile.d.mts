// Types of scripts/heavy-profile.mjs, for the TypeScript that imports it (tests/scripts/heavy-profile.test.ts).
export interface HeavyProfileOptions {
  /** Weekly check-ins, the last one in the week before `now` (default 260: five years). */
  weeks?: number
  /** Plan actions (default 200). */
  actions?: number
  /** Today (default: the current time). */
  now?: Date
  /** About how long each evidence note is, in characters (default 300). */
  noteLength?: number
  /** The chance that a note is rewritten in a given week (default 0.1). */
  noteChangeChance?: number
  seed?: number
}
export const COMPETENCY_IDS: readonly string[]
export function isoWeekKey(date: string): string
export function heavyProfileText(options?: HeavyProfileOptions): string
export function heavyProfileStorage(options?: HeavyProfileOptions): { trajectory: string }
