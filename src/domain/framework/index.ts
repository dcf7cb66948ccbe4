import type { Framework } from '../framework-schema'
import { AI_COMPETENCIES } from './ai-track'
import { AREAS } from './areas'
import { CORE_COMPETENCIES } from './competencies'
import { LEVELS, STARTING_POINT } from './levels'
import { cite, type Citation } from './sources'

export { LEVELS, LEVEL_IDS, PAY_BASIS, STARTING_POINT, type BuiltInLevel } from './levels'
export { CORE_COMPETENCIES, type BuiltInCompetency } from './competencies'
export { AI_COMPETENCIES } from './ai-track'
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
 * the seeds name per level, plus the optional AI PM track. Checked against
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

/** One side of the product manager vs project manager comparison. */
export type RoleComparison = {
  role: string
  owns: string
  focus: string
  accountableFor: string
  example?: string
}

/**
 * Product manager vs project manager, told in the app's words: outcome vs
 * output. The example is the app's own, not the seed's.
 */
export const PRODUCT_VS_PROJECT = {
  roles: [
    {
      role: 'Product manager',
      owns: 'The outcome: what gets built and why',
      focus: 'Market success: the product vision, what users need and which features come first',
      accountableFor: 'Whether the product reaches its business goals, such as more revenue or better retention',
      example: 'Sees carts abandoned at checkout, talks to shoppers and decides a one-click checkout is worth building',
    },
    {
      role: 'Project manager',
      owns: 'The output: how and when it gets built',
      focus: 'Execution: timelines, resource plans and the risks that could derail them',
      accountableFor: 'Delivering the agreed scope on time and within budget',
      example: 'Plans the sprints, people and risks so that one-click checkout ships on the promised date',
    },
  ],
  source: cite(
    {
      article: 'career-path',
      section: 'What Is the Difference Between a Product Manager and a Project Manager?',
      quote: 'The distinction is simple when you focus on outcomes versus outputs.',
    },
    {
      article: 'career-paths',
      section: 'Product Management vs Project Management',
      quote: 'Oversees the entire product lifecycle Focuses on individual projects within the product ecosystem',
    },
  ),
} as const satisfies { roles: readonly RoleComparison[]; source: Citation[] }
