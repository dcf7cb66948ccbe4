import { BUILT_IN_FRAMEWORK_ID, BUILT_IN_HISTORY, PM_FRAMEWORK } from './framework'
import type { Framework } from './framework-schema'
import { isNewerVersion, type VersionHistory } from './framework-versions'

/** An imported framework as the app keeps it, with the competency ids of the versions it replaced. */
export interface StoredFramework {
  framework: Framework
  history: VersionHistory
  importedAt: string
}

/** What importing a framework would do, decided before anything changes (the screen shows it first). */
export type ImportPlan =
  | { kind: 'new' }
  /** Same id, newer version: replaces it in place; ratings of competencies that still exist are kept. */
  | { kind: 'update'; fromVersion: string; removed: string[]; added: string[] }
  | { kind: 'refuse'; reason: string }

export function planImport(library: readonly StoredFramework[], incoming: Framework): ImportPlan {
  if (incoming.id === BUILT_IN_FRAMEWORK_ID)
    return {
      kind: 'refuse',
      reason: `"${BUILT_IN_FRAMEWORK_ID}" is the built-in framework's id: give yours another id`,
    }
  const existing = library.find((f) => f.framework.id === incoming.id)?.framework
  if (!existing) return { kind: 'new' }
  if (!isNewerVersion(incoming.version, existing.version))
    return {
      kind: 'refuse',
      reason: `version ${existing.version} of "${existing.name}" is already here: to update it, import a file with a newer version`,
    }
  // Ratings and check-ins already given stay; stored data with a rating above the scale is refused on load.
  if (incoming.scale.max < existing.scale.max)
    return {
      kind: 'refuse',
      reason: `version ${incoming.version} rates 0 to ${incoming.scale.max}, version ${existing.version} 0 to ${existing.scale.max}: ratings already given would not fit, so a newer version may not shorten the scale`,
    }
  const before = new Set(existing.competencies.map((c) => c.id))
  const after = new Set(incoming.competencies.map((c) => c.id))
  return {
    kind: 'update',
    fromVersion: existing.version,
    removed: [...before].filter((id) => !after.has(id)),
    added: [...after].filter((id) => !before.has(id)),
  }
}

/** The library with the framework added, or replacing its older version (whose competency ids go into the history). */
export function withImported(library: readonly StoredFramework[], incoming: Framework, now: string): StoredFramework[] {
  const index = library.findIndex((f) => f.framework.id === incoming.id)
  if (index < 0) return [...library, { framework: incoming, history: {}, importedAt: now }]
  const old = library[index]!
  const history = { ...old.history, [old.framework.version]: old.framework.competencies.map((c) => c.id) }
  return library.map((f, i) => (i === index ? { framework: incoming, history, importedAt: now } : f))
}

/** The framework with this id: the built-in one, or an imported one; the built-in one when the id is unknown. */
export function frameworkById(library: readonly StoredFramework[], id: string): StoredFramework {
  return library.find((f) => f.framework.id === id) ?? BUILT_IN
}

const BUILT_IN: StoredFramework = {
  framework: PM_FRAMEWORK,
  history: BUILT_IN_HISTORY,
  importedAt: '1970-01-01T00:00:00.000Z',
}
