import * as v from 'valibot'
import { issueAt } from './validation-issues'
import { CORE_TRACK } from './core-track'

/**
 * The shape of a competency framework: the built-in PM ladder and every imported one
 * go through this schema, so the app never meets a framework it cannot render.
 *
 * Real frameworks (a level matrix, a 0–6 skills scale, a points-based ladder) share little
 * beyond levels, competencies and one description per rating value, so that is all it
 * requires. Every other fact is optional and a screen shows nothing where it is absent.
 * Objects are loose: fields the app does not know are kept (and reported on import).
 */

const text = v.pipe(v.string(), v.trim(), v.minLength(1))
const whole = (min: number) => v.pipe(v.number(), v.integer(), v.minValue(min))

/** A passage of an article: the article (its id or title), the section (its heading), and a short verbatim quote. */
const citationSchema = v.looseObject({
  article: text,
  section: v.optional(text),
  quote: v.optional(text),
})

/**
 * Where a fact comes from: free text ("Acme wiki, ladder page", a repository path), or a list of
 * citations, each naming the article, the section and a short quote the fact rests on.
 */
const source = v.union([text, v.pipe(v.array(citationSchema), v.minLength(1))])

export const levelSchema = v.looseObject({
  id: text,
  title: text,
  /** Short label for chart axes and tight layouts, e.g. "Senior PM"; the title is used without it. */
  shortTitle: v.optional(text),
  /** Years of experience: max is null when open-ended ("10+"). */
  years: v.optional(v.object({ min: whole(0), max: v.nullable(whole(0)) })),
  responsibilities: v.optional(v.pipe(v.array(text), v.minLength(1))),
  focus: v.optional(text),
  /** Total compensation in US dollars (base + bonus + equity). */
  pay: v.optional(
    v.object({
      min: v.pipe(v.number(), v.integer(), v.gtValue(0)),
      max: v.pipe(v.number(), v.integer(), v.gtValue(0)),
      /** The source writes "+" after the upper bound: it may go higher. */
      openEnded: v.optional(v.boolean(), false),
      note: v.optional(text),
      /** What the range counts and where it holds, e.g. "total compensation (base, bonus, equity), US tech hubs". */
      basis: v.optional(text),
    }),
  ),
  source: v.optional(source),
  /**
   * A place before the ladder (the built-in "Not a PM yet"): it can be the current role, never the target,
   * and level fit passes over it. Starting points come before every other level.
   */
  startingPoint: v.optional(v.boolean()),
  /** Backgrounds a person at a starting point may come from, e.g. engineering or customer support. */
  backgrounds: v.optional(v.array(v.looseObject({ id: text, name: text }))),
})

export const areaSchema = v.looseObject({
  id: text,
  name: text,
  summary: v.optional(text),
})

/** An optional group of competencies the user switches on or off (the built-in AI PM track is one). */
export const trackSchema = v.looseObject({
  id: text,
  name: text,
  /** Whether the track counts before the user chooses. */
  onByDefault: v.optional(v.boolean(), false),
  summary: v.optional(text),
})

/** What a rating value looks like in practice: one text, or a list of criteria shown as a list. */
export const descriptorSchema = v.union([text, v.pipe(v.array(text), v.minLength(1))])
export type Descriptor = v.InferOutput<typeof descriptorSchema>

export const competencySchema = v.looseObject({
  id: text,
  name: text,
  /** For chart axes, where the full name would crowd its neighbours; the name is used without it. */
  shortName: v.optional(text),
  /** The area it is shown under; competencies without one are shown together. */
  areaId: v.optional(text),
  /** "core" (always on) or the id of one of the framework's tracks. */
  track: v.optional(text, CORE_TRACK),
  summary: v.optional(text),
  /**
   * One behavioural description per rating value, index = value (0..scale.max).
   * Value 0 may be null: the app then says "not yet".
   */
  descriptors: v.array(v.nullable(descriptorSchema)),
  /**
   * Optional signals per rating value, index = value: what others may do with the work (adopt it, ask
   * for it). Shown under a descriptor as a hint, never part of what the value requires; null for none.
   */
  signals: v.optional(v.array(v.nullable(text))),
  /**
   * The rating each level expects, keyed by level id. null, or no key, means the level
   * does not expect the competency: it is left out of that level's figures.
   */
  expectations: v.optional(v.record(v.string(), v.nullable(whole(0))), {}),
  source: v.optional(source),
})

/** A suggested action for closing a gap. */
export const suggestionSchema = v.looseObject({
  id: text,
  competencyId: text,
  /** The target levels this advice is for; without it, for any target that expects the competency. */
  levelIds: v.optional(v.pipe(v.array(text), v.minLength(1))),
  /**
   * The rating step it builds: from a rating of `from` to `to` (usually from + 1). The plan offers first
   * the suggestions whose `from` is the user's own rating, and adding one sets the action's expected effect.
   */
  step: v.optional(v.object({ from: whole(0), to: whole(1) })),
  /** For someone at a starting point: the backgrounds (its backgrounds' ids) this way in suits best. */
  backgrounds: v.optional(v.pipe(v.array(text), v.minLength(1))),
  /** Imperative, short: what to do this week or this quarter. */
  title: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200)),
  /** How to do it, concretely. */
  detail: v.optional(text),
  source: v.optional(source),
})

/** A level is met when every competency it expects is at its bar. */
const barsRule = v.object({ kind: v.literal('bars') })

/**
 * A level is reached by the sum of points over all competencies, each rating value worth
 * pointsPerValue[value]; levels may share a band (parallel IC and manager titles).
 */
const pointsRule = v.looseObject({
  kind: v.literal('points'),
  pointsPerValue: v.array(whole(0)),
  bands: v.pipe(
    v.array(
      v.object({
        levelId: text,
        minPoints: whole(0),
        /** null or absent: open-ended. */
        maxPoints: v.optional(v.nullable(whole(0))),
      }),
    ),
    v.minLength(1),
  ),
})

export const levelRuleSchema = v.variant('kind', [barsRule, pointsRule])

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

const frameworkShape = v.looseObject({
  /** Editors use it to find the JSON Schema; the app ignores it. */
  $schema: v.optional(v.string()),
  id: v.pipe(
    v.string(),
    v.regex(/^[a-z0-9][a-z0-9._-]*$/i, 'should be letters, digits, ".", "_" or "-", such as "acme-product"'),
  ),
  name: text,
  /** A newer version of the same id replaces the older one on import; compared numerically ("1.10" > "1.9"). */
  version: v.optional(v.union([text, v.pipe(v.number(), v.transform(String))]), '1'),
  /** BCP 47 language of the framework's texts, e.g. "en" or "fr". */
  language: v.optional(text),
  summary: v.optional(text),
  source: v.optional(source),
  scale: v.object({
    max: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10)),
    /** One short label per value, index = value. */
    labels: v.optional(v.array(text)),
  }),
  levels: v.pipe(v.array(levelSchema), v.minLength(1)),
  areas: v.optional(v.array(areaSchema), []),
  tracks: v.optional(v.array(trackSchema), []),
  competencies: v.pipe(v.array(competencySchema), v.minLength(1)),
  suggestions: v.optional(v.array(suggestionSchema), []),
  levelRule: v.optional(levelRuleSchema, { kind: 'bars' }),
})

export const frameworkSchema = v.pipe(
  frameworkShape,
  v.rawCheck<v.InferOutput<typeof frameworkShape>>(({ dataset, addIssue }) => {
    // Only a framework of the right shape is checked across fields; a wrong type is reported on its own,
    // and so is a scale of 2.5 values, which every count below would only echo.
    if (!dataset.typed || !Number.isInteger(dataset.value.scale.max)) return
    const fw = dataset.value
    const issue = (message: string, path: (string | number)[]) => addIssue({ message, path: issueAt(fw, path) })
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
  }),
)

export type Source = v.InferOutput<typeof source>
export type Level = v.InferOutput<typeof levelSchema>
export type Area = v.InferOutput<typeof areaSchema>
export type Track = v.InferOutput<typeof trackSchema>
export type Competency = v.InferOutput<typeof competencySchema>
export type Suggestion = v.InferOutput<typeof suggestionSchema>
export type LevelRule = v.InferOutput<typeof levelRuleSchema>
export type PointsRule = Extract<LevelRule, { kind: 'points' }>
export type Framework = v.InferOutput<typeof frameworkSchema>
/** What a framework file may leave out (defaults fill it in). */
export type FrameworkInput = v.InferInput<typeof frameworkSchema>
/** A rating on the framework's scale: 0 ("not yet") to scale.max. */
export type Rating = number
/** Ratings keyed by competency id; a missing key means unrated. */
export type Ratings = Readonly<Record<string, Rating>>
