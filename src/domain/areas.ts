import type { Area, Competency } from './framework-schema'

export interface AreaGroup {
  /** null: the competencies without a (known) area, shown together after the areas. */
  area: Area | null
  competencies: Competency[]
}

/** Competencies grouped under their areas, in the framework's order; empty areas are left out. */
export function groupByArea(areas: readonly Area[], competencies: readonly Competency[]): AreaGroup[] {
  const known = new Set(areas.map((a) => a.id))
  const groups: AreaGroup[] = areas.map((area) => ({
    area,
    competencies: competencies.filter((c) => c.areaId === area.id),
  }))
  groups.push({ area: null, competencies: competencies.filter((c) => c.areaId === undefined || !known.has(c.areaId)) })
  return groups.filter((g) => g.competencies.length > 0)
}
