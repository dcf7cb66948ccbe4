import type { Competency, Ratings } from './framework-schema'
import { expectationOf, expectedAt } from './ratings'

export interface RadarRow {
  competencyId: string
  /** Axis label: the short name where there is one. */
  axis: string
  /** The full name, for the table of numbers. */
  name: string
  /** The user's rating; null when unrated (drawn as 0, listed as "not rated"). */
  you: number | null
  /** What the target expects; null when it expects nothing here (a points-ruled framework without bars). */
  target: number | null
  current: number | null
  /** Further series, e.g. mentors' ratings, in the order their labels are given; null when unrated. */
  others: (number | null)[]
}

/**
 * One row per competency: the user's rating against the target's and the current level's expectations.
 * Competencies the target does not expect are left out, as from every figure of that level, except
 * under a points rule, where no competency has a bar and every one adds points.
 */
export function toRadarRows(
  competencies: readonly Competency[],
  ratings: Ratings,
  targetLevelId: string,
  currentLevelId: string | null,
  options: { keepUnexpected?: boolean; others?: readonly Ratings[] } = {},
): RadarRow[] {
  const shown = options.keepUnexpected ? competencies : expectedAt(competencies, targetLevelId)
  return shown.map((c) => ({
    competencyId: c.id,
    axis: c.shortName ?? c.name,
    name: c.name,
    you: ratings[c.id] ?? null,
    target: expectationOf(c, targetLevelId),
    current: currentLevelId === null ? null : expectationOf(c, currentLevelId),
    others: (options.others ?? []).map((o) => o[c.id] ?? null),
  }))
}

export interface RadarGroup {
  id: string
  name: string
  competencyIds: string[]
}

/**
 * Per-area views for when one radar has too many axes to read. A radar needs three
 * axes to draw a shape, so small neighbouring areas are joined until each view has enough.
 */
export function radarGroups(
  areas: readonly { id: string; name: string }[],
  competencies: readonly Competency[],
  minAxes = 3,
): RadarGroup[] {
  const groups: RadarGroup[] = []
  let pending: RadarGroup | null = null
  for (const area of areas) {
    const ids = competencies.filter((c) => c.areaId === area.id).map((c) => c.id)
    if (ids.length === 0) continue
    pending = pending
      ? {
          id: `${pending.id}+${area.id}`,
          name: `${pending.name} & ${area.name}`,
          competencyIds: [...pending.competencyIds, ...ids],
        }
      : { id: area.id, name: area.name, competencyIds: ids }
    if (pending.competencyIds.length >= minAxes) {
      groups.push(pending)
      pending = null
    }
  }
  if (pending) {
    const last = groups.pop()
    groups.push(
      last
        ? {
            id: `${last.id}+${pending.id}`,
            name: `${last.name} & ${pending.name}`,
            competencyIds: [...last.competencyIds, ...pending.competencyIds],
          }
        : pending,
    )
  }
  return groups
}

/**
 * Rows comparing two snapshots on one radar: the later ratings in the "you" series, the earlier
 * in the "current" series (unrated earlier counts as 0), and the target's expectations.
 */
export function toComparisonRows(
  competencies: readonly Competency[],
  earlier: Ratings,
  later: Ratings,
  targetLevelId: string,
  options: { keepUnexpected?: boolean } = {},
): RadarRow[] {
  return toRadarRows(competencies, later, targetLevelId, null, options).map((row) => ({
    ...row,
    current: earlier[row.competencyId] ?? 0,
  }))
}
