import type { Competency } from './framework-schema'

/**
 * The competency ids of a framework's earlier versions, keyed by version. Kept when a newer
 * version replaces an imported framework, so older check-ins are read with the competencies
 * they could have rated.
 */
export type VersionHistory = Record<string, string[]>

/**
 * The competencies a check-in made under the given framework version could have rated.
 * Rule: when the version's list is known, only competencies in it; otherwise (the current version,
 * or one we never saw) all of them. A competency added later is then left out of the old check-in's
 * readiness instead of counting as 0, so the history shows no drop that never happened.
 */
export function competenciesAt(
  competencies: readonly Competency[],
  version: string,
  history: VersionHistory,
): readonly Competency[] {
  const known = history[version]
  if (!known) return competencies
  const ids = new Set(known)
  return competencies.filter((c) => ids.has(c.id))
}

/** Whether version a is newer than b: numeric-aware, so "1.10" is newer than "1.9" and "10" than "9". */
export function isNewerVersion(a: string, b: string): boolean {
  return a.localeCompare(b, 'en', { numeric: true }) > 0
}
