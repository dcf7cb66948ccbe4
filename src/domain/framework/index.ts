import type { Framework } from '../framework-schema'
import type { Competency } from '../framework-schema'
import { AI_COMPETENCIES as AI_TRACK } from './ai-track'
import { AREAS } from './areas'
import { CORE_COMPETENCIES as CORE, type BuiltInCompetencyStructure } from './competencies'
import { LEVELS, STARTING_POINT } from './levels'

export { LEVELS, LEVEL_IDS, STARTING_POINT } from './levels'
export type { BuiltInSuggestion } from './suggestions'

/** The built-in framework's id: data stored before custom frameworks belongs to it. */
export const BUILT_IN_FRAMEWORK_ID = 'pm-ladder'

/**
 * The built-in framework's version: each check-in records it, so one made under an earlier version is
 * read with the competencies that version had (BUILT_IN_HISTORY). The README's changelog says what changed.
 */
export const FRAMEWORK_VERSION = '2'

/**
 * The competency ids of the built-in framework's earlier versions, typed out: version 1 had no
 * "Innovation and new opportunities", so a version-1 check-in is not read as 0 there.
 */
export const BUILT_IN_HISTORY: Record<string, string[]> = {
  '1': [
    'strategy-vision',
    'roadmapping-prioritisation',
    'execution-delivery',
    'customer-insight',
    'data-analytics',
    'communication',
    'cross-functional-influence',
    'people-leadership',
    'business-acumen',
    'technical-literacy',
    'decision-making',
    'process-org-design',
    'portfolio-management',
    'ml-fundamentals',
    'data-literacy-sql',
    'apis-systems-thinking',
    'algorithmic-success',
  ],
}

type WithoutTexts<T extends readonly BuiltInCompetencyStructure[]> = {
  [K in keyof T]: T[K] & Pick<Competency, 'descriptors'>
}

/**
 * Competencies as the framework holds them: the structure, with no descriptors until texts.ts joins their
 * texts (no valid framework has none, so a screen that forgets the join shows nothing rather than the
 * wrong text). The texts load with the screens that show them, not with the first screen.
 */
function withoutTexts<T extends readonly BuiltInCompetencyStructure[]>(list: T): WithoutTexts<T> {
  return list.map((c) => ({ ...c, descriptors: [] })) as unknown as WithoutTexts<T>
}

export const CORE_COMPETENCIES = withoutTexts(CORE)
export const AI_COMPETENCIES = withoutTexts(AI_TRACK)

/** Labels of the 0..5 rating scale; each competency's descriptors say what a value means for it. */
const SCALE_LABELS = [
  'Not yet',
  'With guidance',
  'Independent',
  'Owns an area',
  'Across teams',
  'Company-wide',
] as const

/**
 * The default framework: the career-path article's seven-level PM ladder and the competencies
 * the seeds name per level, plus the optional AI PM track. Checked, with its texts, against
 * frameworkSchema in framework.test.ts.
 */
export const PM_FRAMEWORK: Framework = {
  id: BUILT_IN_FRAMEWORK_ID,
  name: 'Product management career ladder',
  version: FRAMEWORK_VERSION,
  language: 'en',
  scale: { max: SCALE_LABELS.length - 1, labels: [...SCALE_LABELS] },
  levels: [STARTING_POINT, ...LEVELS],
  areas: [...AREAS],
  tracks: [
    {
      id: 'ai',
      name: 'AI product manager track',
      onByDefault: false,
      summary: 'Competencies for building AI products.',
    },
  ],
  // The structure only: the texts (descriptors, a level's facts, sources) load with the screens that
  // show them (texts.ts: withTexts, withBuiltInTexts), not with the first screen.
  competencies: [...CORE_COMPETENCIES, ...AI_COMPETENCIES],
  // The suggestions are the framework's largest text and only /plan shows them: they load with it
  // (loadBuiltInSuggestions), not with the first screen.
  suggestions: [],
  levelRule: { kind: 'bars' },
}

/** The built-in framework's suggestions, loaded when a screen needs them (a chunk of their own). */
export function loadBuiltInSuggestions(): Promise<Framework['suggestions']> {
  return import('./suggestions').then((module) => [...module.SUGGESTIONS])
}
