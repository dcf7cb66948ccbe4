import { z } from 'zod'

// The built app runs under a CSP without 'unsafe-eval'; zod's compiled parsers would probe
// `new Function` and the browser would report a violation. Interpreted parsing is fast enough here.
z.config({ jitless: true })

/**
 * The shape of a competency framework: the built-in PM ladder and every imported one
 * go through this schema, so the app never meets a framework it cannot render.
 *
 * Real frameworks (a level matrix, a 0–6 skills scale, a points-based ladder) share little
 * beyond levels, competencies and one description per rating value, so that is all it
 * requires. Every other fact is optional and a screen shows nothing where it is absent.
 * Objects are loose: fields the app does not know are kept (and reported on import).
 */

const text = z.string().trim().min(1)

/** A passage of an article: the article (its id or title), the section (its heading), and a short verbatim quote. */
const citationSchema = z.looseObject({
  article: text,
  section: text.optional(),
  quote: text.optional(),
})

/**
 * Where a fact comes from: free text ("Acme wiki, ladder page", a repository path), or a list of
 * citations, each naming the article, the section and a short quote the fact rests on.
 */
const source = z.union([text, z.array(citationSchema).min(1)])

export const levelSchema = z.looseObject({
  id: text,
  title: text,
  /** Short label for chart axes and tight layouts, e.g. "Senior PM"; the title is used without it. */
  shortTitle: text.optional(),
  /** Years of experience: max is null when open-ended ("10+"). */
  years: z.object({ min: z.number().int().min(0), max: z.number().int().min(0).nullable() }).optional(),
  responsibilities: z.array(text).min(1).optional(),
  focus: text.optional(),
  /** Total compensation in US dollars (base + bonus + equity). */
  pay: z
    .object({
      min: z.number().int().positive(),
      max: z.number().int().positive(),
      /** The source writes "+" after the upper bound: it may go higher. */
      openEnded: z.boolean().default(false),
      note: text.optional(),
      /** What the range counts and where it holds, e.g. "total compensation (base, bonus, equity), US tech hubs". */
      basis: text.optional(),
    })
    .optional(),
  source: source.optional(),
  /**
   * A place before the ladder (the built-in "Not a PM yet"): it can be the current role, never the target,
   * and level fit passes over it. Starting points come before every other level.
   */
  startingPoint: z.boolean().optional(),
  /** Backgrounds a person at a starting point may come from, e.g. engineering or customer support. */
  backgrounds: z.array(z.looseObject({ id: text, name: text })).optional(),
})

export const areaSchema = z.looseObject({
  id: text,
  name: text,
  summary: text.optional(),
})

/** An optional group of competencies the user switches on or off (the built-in AI PM track is one). */
export const trackSchema = z.looseObject({
  id: text,
  name: text,
  /** Whether the track counts before the user chooses. */
  onByDefault: z.boolean().default(false),
  summary: text.optional(),
})

/** The track every competency without one belongs to: always on. */
export const CORE_TRACK = 'core'

/** What a rating value looks like in practice: one text, or a list of criteria shown as a list. */
export const descriptorSchema = z.union([text, z.array(text).min(1)])
export type Descriptor = z.infer<typeof descriptorSchema>

export const competencySchema = z.looseObject({
  id: text,
  name: text,
  /** For chart axes, where the full name would crowd its neighbours; the name is used without it. */
  shortName: text.optional(),
  /** The area it is shown under; competencies without one are shown together. */
  areaId: text.optional(),
  /** "core" (always on) or the id of one of the framework's tracks. */
  track: text.default(CORE_TRACK),
  summary: text.optional(),
  /**
   * One behavioural description per rating value, index = value (0..scale.max).
   * Value 0 may be null: the app then says "not yet".
   */
  descriptors: z.array(descriptorSchema.nullable()),
  /**
   * Optional signals per rating value, index = value: what others may do with the work (adopt it, ask
   * for it). Shown under a descriptor as a hint, never part of what the value requires; null for none.
   */
  signals: z.array(text.nullable()).optional(),
  /**
   * The rating each level expects, keyed by level id. null, or no key, means the level
   * does not expect the competency: it is left out of that level's figures.
   */
  expectations: z.record(z.string(), z.number().int().min(0).nullable()).default({}),
  source: source.optional(),
})

/** A suggested action for closing a gap. */
export const suggestionSchema = z.looseObject({
  id: text,
  competencyId: text,
  /** The target levels this advice is for; without it, for any target that expects the competency. */
  levelIds: z.array(text).min(1).optional(),
  /**
   * The rating step it builds: from a rating of `from` to `to` (usually from + 1). The plan offers first
   * the suggestions whose `from` is the user's own rating, and adding one sets the action's expected effect.
   */
  step: z.object({ from: z.number().int().min(0), to: z.number().int().min(1) }).optional(),
  /** For someone at a starting point: the backgrounds (its backgrounds' ids) this way in suits best. */
  backgrounds: z.array(text).min(1).optional(),
  /** Imperative, short: what to do this week or this quarter. */
  title: text.max(200),
  /** How to do it, concretely. */
  detail: text.optional(),
  source: source.optional(),
})

/** A level is met when every competency it expects is at its bar. */
const barsRule = z.object({ kind: z.literal('bars') })

/**
 * A level is reached by the sum of points over all competencies, each rating value worth
 * pointsPerValue[value]; levels may share a band (parallel IC and manager titles).
 */
const pointsRule = z.looseObject({
  kind: z.literal('points'),
  pointsPerValue: z.array(z.number().int().min(0)),
  bands: z
    .array(
      z.object({
        levelId: text,
        minPoints: z.number().int().min(0),
        /** null or absent: open-ended. */
        maxPoints: z.number().int().min(0).nullable().optional(),
      }),
    )
    .min(1),
})

export const levelRuleSchema = z.discriminatedUnion('kind', [barsRule, pointsRule])

/**
 * How deep a framework's values may nest. Its own fields go five levels down; unknown fields are kept,
 * and one nested thousands deep would be accepted and then fail every save (JSON.stringify recurses).
 */
const MAX_NESTING = 32

/** The path to the first object or array nested `max` levels deep, or null. A loop: the value may be deeper than the stack. */
function tooDeep(value: unknown, max: number): (string | number)[] | null {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }]
  while (stack.length > 0) {
    const here = stack.pop()!
    if (typeof here.value !== 'object' || here.value === null) continue
    if (here.path.length >= max) return here.path
    const inArray = Array.isArray(here.value)
    for (const [key, child] of Object.entries(here.value))
      stack.push({ value: child, path: [...here.path, inArray ? Number(key) : key] })
  }
  return null
}

export const frameworkSchema = z
  .looseObject({
    /** Editors use it to find the JSON Schema; the app ignores it. */
    $schema: z.string().optional(),
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9._-]*$/i, 'should be letters, digits, ".", "_" or "-", such as "acme-product"'),
    name: text,
    /** A newer version of the same id replaces the older one on import; compared numerically ("1.10" > "1.9"). */
    version: z.union([text, z.number().transform(String)]).default('1'),
    /** BCP 47 language of the framework's texts, e.g. "en" or "fr". */
    language: text.optional(),
    summary: text.optional(),
    source: source.optional(),
    scale: z.object({
      max: z.number().int().min(1).max(10),
      /** One short label per value, index = value. */
      labels: z.array(text).optional(),
    }),
    levels: z.array(levelSchema).min(1),
    areas: z.array(areaSchema).default([]),
    tracks: z.array(trackSchema).default([]),
    competencies: z.array(competencySchema).min(1),
    suggestions: z.array(suggestionSchema).default([]),
    levelRule: levelRuleSchema.default({ kind: 'bars' }),
  })
  .superRefine((fw, ctx) => {
    const issue = (message: string, path: (string | number)[]) => ctx.addIssue({ code: 'custom', message, path })
    const deep = tooDeep(fw, MAX_NESTING)
    // Named by the field it starts in (three steps down at most), not by the 32 steps to where it passes the limit.
    if (deep) issue(`nested more than ${MAX_NESTING} levels deep, which no framework needs`, deep.slice(0, 3))
    const values = fw.scale.max + 1
    if (fw.scale.labels && fw.scale.labels.length !== values)
      issue(`needs ${values} labels (one per value 0 to ${fw.scale.max}), has ${fw.scale.labels.length}`, [
        'scale',
        'labels',
      ])
    // Ids are keys of plain objects (ratings[id], expectations[id]): one named like a member every object has
    // ("constructor", "toString") would find that member instead of nothing, and the screens would show NaN or fail.
    const reserved = (id: string) => `"${id}" cannot be an id: every JavaScript object already has a "${id}"`
    if (fw.id in Object.prototype) issue(reserved(fw.id), ['id'])
    const unique = (ids: string[], what: string, path: string) => {
      const seen = new Set<string>()
      ids.forEach((id, i) => {
        if (id in Object.prototype) issue(reserved(id), [path, i, 'id'])
        if (seen.has(id)) issue(`the ${what} id "${id}" is used twice`, [path, i, 'id'])
        seen.add(id)
      })
    }
    unique(
      fw.levels.map((l) => l.id),
      'level',
      'levels',
    )
    unique(
      fw.areas.map((a) => a.id),
      'area',
      'areas',
    )
    unique(
      fw.tracks.map((t) => t.id),
      'track',
      'tracks',
    )
    unique(
      fw.competencies.map((c) => c.id),
      'competency',
      'competencies',
    )
    unique(
      fw.suggestions.map((x) => x.id),
      'suggestion',
      'suggestions',
    )
    fw.tracks.forEach((t, i) => {
      if (t.id === CORE_TRACK)
        issue(`"${CORE_TRACK}" is the track every competency is on by default`, ['tracks', i, 'id'])
    })
    fw.levels.forEach((l, i) => {
      if (l.startingPoint && fw.levels.slice(0, i).some((below) => !below.startingPoint))
        issue('a starting point comes before the ladder: before every level that is not one', [
          'levels',
          i,
          'startingPoint',
        ])
    })
    if (fw.levels.length > 0 && fw.levels.every((l) => l.startingPoint))
      issue('needs at least one level that is not a starting point', ['levels'])
    const areaIds = new Set(fw.areas.map((a) => a.id))
    const levelIds = new Set(fw.levels.map((l) => l.id))
    fw.competencies.forEach((c, i) => {
      const at = ['competencies', i]
      if (c.areaId !== undefined && !areaIds.has(c.areaId)) issue(`no area has the id "${c.areaId}"`, [...at, 'areaId'])
      if (c.descriptors.length !== values)
        issue(`needs ${values} descriptors (one per value 0 to ${fw.scale.max}), has ${c.descriptors.length}`, [
          ...at,
          'descriptors',
        ])
      c.descriptors.forEach((d, v) => {
        if (d === null && v > 0) issue('only value 0 may be left undescribed (null)', [...at, 'descriptors', v])
      })
      let previous: { value: number; title: string } | null = null
      for (const level of fw.levels) {
        const expected = c.expectations[level.id]
        if (expected === undefined || expected === null) continue
        const path = [...at, 'expectations', level.id]
        if (expected > fw.scale.max) issue(`${expected} is above the scale's maximum of ${fw.scale.max}`, path)
        if (fw.levelRule.kind === 'bars' && previous && expected < previous.value)
          issue(`${expected} is below the ${previous.value} that ${previous.title}, a lower level, expects`, path)
        previous = { value: expected, title: level.title }
      }
      for (const key of Object.keys(c.expectations))
        if (!levelIds.has(key)) issue(`no level has the id "${key}"`, [...at, 'expectations', key])
    })
    fw.competencies.forEach((c, i) => {
      if (c.signals && c.signals.length > values)
        issue(`has ${c.signals.length} signals, more than the ${values} rating values`, ['competencies', i, 'signals'])
    })
    const competencyIds = new Set(fw.competencies.map((c) => c.id))
    fw.suggestions.forEach((x, i) => {
      if (x.step && (x.step.to <= x.step.from || x.step.to > fw.scale.max))
        issue(`a step from ${x.step.from} to ${x.step.to} does not rise within the scale 0 to ${fw.scale.max}`, [
          'suggestions',
          i,
          'step',
        ])
      if (!competencyIds.has(x.competencyId))
        issue(`no competency has the id "${x.competencyId}"`, ['suggestions', i, 'competencyId'])
      x.levelIds?.forEach((l, j) => {
        if (!levelIds.has(l)) issue(`no level has the id "${l}"`, ['suggestions', i, 'levelIds', j])
      })
    })
    const rule = fw.levelRule
    if (rule.kind === 'points') {
      if (rule.pointsPerValue.length !== values)
        issue(`needs ${values} values (points for ratings 0 to ${fw.scale.max}), has ${rule.pointsPerValue.length}`, [
          'levelRule',
          'pointsPerValue',
        ])
      rule.pointsPerValue.forEach((p, v) => {
        if (v > 0 && p < rule.pointsPerValue[v - 1]!)
          issue('points may not fall as the rating rises', ['levelRule', 'pointsPerValue', v])
      })
      rule.bands.forEach((b, i) => {
        if (!levelIds.has(b.levelId)) issue(`no level has the id "${b.levelId}"`, ['levelRule', 'bands', i, 'levelId'])
        if (b.maxPoints != null && b.maxPoints < b.minPoints)
          issue(`maxPoints ${b.maxPoints} is below minPoints ${b.minPoints}`, ['levelRule', 'bands', i, 'maxPoints'])
      })
      for (const level of fw.levels)
        if (!level.startingPoint && !rule.bands.some((b) => b.levelId === level.id))
          issue(`${level.title} has no points band`, ['levelRule', 'bands'])
    }
  })

export type Source = z.infer<typeof source>
export type Level = z.infer<typeof levelSchema>
export type Area = z.infer<typeof areaSchema>
export type Track = z.infer<typeof trackSchema>
export type Competency = z.infer<typeof competencySchema>
export type Suggestion = z.infer<typeof suggestionSchema>
export type LevelRule = z.infer<typeof levelRuleSchema>
export type PointsRule = Extract<LevelRule, { kind: 'points' }>
export type Framework = z.infer<typeof frameworkSchema>
/** What a framework file may leave out (defaults fill it in). */
export type FrameworkInput = z.input<typeof frameworkSchema>
/** A rating on the framework's scale: 0 ("not yet") to scale.max. */
export type Rating = number
/** Ratings keyed by competency id; a missing key means unrated. */
export type Ratings = Readonly<Record<string, Rating>>
