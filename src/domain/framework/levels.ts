import type { Level } from '../framework-schema'

/**
 * The seven rungs of the PM career ladder, lowest first: what the first screen and the store need.
 * Each level's facts (years, responsibilities, focus, pay and their sources) are in level-texts.ts,
 * which loads with the screens that show them (texts.ts joins the two).
 */
export const LEVELS = [
  {
    id: 'apm',
    title: 'Associate Product Manager',
    shortTitle: 'Associate PM',
  },
  {
    id: 'pm',
    title: 'Product Manager',
    shortTitle: 'PM',
  },
  {
    id: 'spm',
    title: 'Senior Product Manager',
    shortTitle: 'Senior PM',
  },
  {
    id: 'gpm',
    title: 'Group PM / Product Lead',
    shortTitle: 'Group PM',
  },
  {
    id: 'director',
    title: 'Director of Product',
    shortTitle: 'Director',
  },
  {
    id: 'vp',
    title: 'VP of Product',
    shortTitle: 'VP',
  },
  {
    id: 'cpo',
    title: 'Chief Product Officer',
    shortTitle: 'CPO',
  },
] as const satisfies readonly (Level & { shortTitle: string })[]

/**
 * Before the ladder: someone who is not a product manager yet (people breaking into the
 * field use the app too; both articles give them whole sections). It can be the current role, never the target;
 * its default target is Associate PM. Its expectations are the entry-level skills of the career-paths article's table
 * (see competencies.ts); its suggestions are the seeds' ways in (suggestions.ts). No years and no pay: the
 * seeds give none.
 */
export const STARTING_POINT = {
  id: 'not-a-pm',
  title: 'Not a PM yet',
  shortTitle: 'Not a PM yet',
  startingPoint: true,
  backgrounds: [
    { id: 'engineering', name: 'Engineering' },
    { id: 'design', name: 'Design' },
    { id: 'marketing', name: 'Marketing' },
    { id: 'data', name: 'Data analysis' },
    { id: 'customer-support', name: 'Customer support' },
    { id: 'other', name: 'Something else' },
  ],
} as const satisfies Level

/** A level id of the built-in framework: the starting point or a rung of the ladder. */
export type LevelId = typeof STARTING_POINT.id | (typeof LEVELS)[number]['id']

/** Level ids in order, lowest first: the starting point, then the ladder. */
export const LEVEL_IDS: readonly LevelId[] = [STARTING_POINT.id, ...LEVELS.map((level) => level.id)]
