import { z } from 'zod'

/**
 * The shape of a competency framework. The built-in PM framework is checked
 * against it in a test, and imported custom frameworks go through the same
 * schema, so the app never meets a framework it cannot render.
 */

/** Where a fact comes from, e.g. "seed 001, ladder table". */
const source = z.string().min(1)

export const levelSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  /** Short label for chart axes and tight layouts, e.g. "Senior PM". */
  shortTitle: z.string().min(1),
  /** Years of experience: max is null when open-ended ("10+"). */
  years: z.object({ min: z.number().int().min(0), max: z.number().int().min(0).nullable() }),
  responsibilities: z.array(z.string().min(1)).min(1),
  focus: z.string().min(1),
  /** Total compensation in US dollars (base + bonus + equity). */
  pay: z.object({
    min: z.number().int().positive(),
    max: z.number().int().positive(),
    /** The seed writes "+" after the upper bound: it may go higher. */
    openEnded: z.boolean(),
    note: z.string().optional(),
  }),
  source,
})

export const areaSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  summary: z.string().min(1),
})

export const competencySchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  /** For chart axes, where the full name would crowd its neighbours; the name is used without it. */
  shortName: z.string().min(1).max(20).optional(),
  areaId: z.string().min(1),
  /** Optional tracks (e.g. "ai") are shown only when the user switches them on. */
  track: z.enum(['core', 'ai']),
  summary: z.string().min(1),
  /** One behavioural description per rating value, index = value (0..scale.max). */
  descriptors: z.array(z.string().min(1)),
  /** The rating each level expects, keyed by level id. */
  expectations: z.record(z.string(), z.number().int().min(0)),
  source,
})

/** A suggested action for closing a gap: advice the seeds give for reaching a level. */
export const suggestionSchema = z.object({
  id: z.string().min(1),
  competencyId: z.string().min(1),
  /** The target levels this advice is for. */
  levelIds: z.array(z.string().min(1)).min(1),
  /** Imperative, short: what to do this week or this quarter. */
  title: z.string().min(1).max(120),
  /** How to do it, concretely. */
  detail: z.string().min(1),
  source,
})

export const frameworkSchema = z
  .object({
    id: z.string().min(1),
    name: z.string().min(1),
    scale: z.object({
      max: z.number().int().min(1).max(10),
      /** One short label per value, index = value. */
      labels: z.array(z.string().min(1)),
    }),
    levels: z.array(levelSchema).min(1),
    areas: z.array(areaSchema).min(1),
    competencies: z.array(competencySchema).min(1),
    suggestions: z.array(suggestionSchema).default([]),
  })
  .superRefine((fw, ctx) => {
    const issue = (message: string, path: (string | number)[]) =>
      ctx.addIssue({ code: 'custom', message, path })
    const values = fw.scale.max + 1
    if (fw.scale.labels.length !== values)
      issue(`scale needs ${values} labels, has ${fw.scale.labels.length}`, ['scale', 'labels'])
    const unique = (ids: string[], what: string, path: string) => {
      const seen = new Set<string>()
      ids.forEach((id, i) => {
        if (seen.has(id)) issue(`duplicate ${what} id "${id}"`, [path, i, 'id'])
        seen.add(id)
      })
    }
    unique(fw.levels.map((l) => l.id), 'level', 'levels')
    unique(fw.areas.map((a) => a.id), 'area', 'areas')
    unique(fw.competencies.map((c) => c.id), 'competency', 'competencies')
    const areaIds = new Set(fw.areas.map((a) => a.id))
    fw.competencies.forEach((c, i) => {
      const at = ['competencies', i]
      if (!areaIds.has(c.areaId)) issue(`unknown area "${c.areaId}"`, [...at, 'areaId'])
      if (c.descriptors.length !== values)
        issue(`${c.name}: needs ${values} descriptors, has ${c.descriptors.length}`, [...at, 'descriptors'])
      let previous = 0
      for (const level of fw.levels) {
        const expected = c.expectations[level.id]
        if (expected === undefined) {
          issue(`${c.name}: no expectation for ${level.title}`, [...at, 'expectations', level.id])
          continue
        }
        if (expected > fw.scale.max)
          issue(`${c.name}: ${level.title} expects ${expected}, above the scale`, [...at, 'expectations', level.id])
        if (expected < previous)
          issue(`${c.name}: ${level.title} expects less than the level below`, [...at, 'expectations', level.id])
        previous = expected
      }
      for (const key of Object.keys(c.expectations))
        if (!fw.levels.some((l) => l.id === key))
          issue(`${c.name}: expectation for unknown level "${key}"`, [...at, 'expectations', key])
    })
    unique(fw.suggestions.map((x) => x.id), 'suggestion', 'suggestions')
    const competencyIds = new Set(fw.competencies.map((c) => c.id))
    const levelIds = new Set(fw.levels.map((l) => l.id))
    fw.suggestions.forEach((x, i) => {
      if (!competencyIds.has(x.competencyId))
        issue(`suggestion "${x.id}": unknown competency "${x.competencyId}"`, ['suggestions', i, 'competencyId'])
      x.levelIds.forEach((l, j) => {
        if (!levelIds.has(l)) issue(`suggestion "${x.id}": unknown level "${l}"`, ['suggestions', i, 'levelIds', j])
      })
    })
  })

export type Level = z.infer<typeof levelSchema>
export type Area = z.infer<typeof areaSchema>
export type Competency = z.infer<typeof competencySchema>
export type Suggestion = z.infer<typeof suggestionSchema>
export type Framework = z.infer<typeof frameworkSchema>
/** A rating on the framework's scale: 0 ("not yet") to scale.max. */
export type Rating = number
/** Ratings keyed by competency id; a missing key means unrated. */
export type Ratings = Readonly<Record<string, Rating>>
