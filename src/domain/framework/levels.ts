import type { Level } from '../framework-schema'
import { cite } from './sources'

/** A level of the built-in ladder: the seed gives every fact an imported level may leave out. */
export type BuiltInLevel = Level & Required<Pick<Level, 'shortTitle' | 'years' | 'responsibilities' | 'focus' | 'pay'>>

/**
 * The seven rungs of the PM career ladder, lowest first.
 *
 * Every fact here (title, years, responsibilities, focus, pay) is copied from
 * the career-path article's career ladder table: responsibilities are the "Core
 * Responsibilities" cell split on ", " and focus is the "Key Focus Area" cell,
 * both word for word without the closing period. Pay is total compensation
 * (base + bonus + equity) in US dollars, primarily U.S. tech hubs; `openEnded`
 * marks the ranges the seed writes with a trailing "+", and `basis` carries the
 * seed's caveat with every range, so no screen shows a figure without it.
 * framework.test.ts holds the seed's cells verbatim and fails if any drifts.
 */
/** The seed's basis for every pay range, shown wherever pay is (the career-path article, the ladder table's lead-in and header). */
export const PAY_BASIS =
  'Total compensation (base salary, bonus and equity), from market data for U.S. tech hubs such as the SF Bay Area and NYC: adjust for location.'

/** The ladder table's lead-in: where its ranges hold. */
const PAY_QUOTE = 'primarily U.S. tech hubs like SF Bay Area and NYC; adjust for location'

export const LEVELS = [
  {
    id: 'apm',
    title: 'Associate Product Manager',
    shortTitle: 'Associate PM',
    years: { min: 0, max: 2 },
    responsibilities: ['Writing user stories', 'managing backlogs', 'analyzing data', 'conducting user research'],
    focus: 'Feature-level execution and learning PM fundamentals',
    pay: { min: 110_000, max: 150_000, openEnded: false, basis: PAY_BASIS },
    source: cite(
      {
        article: 'career-path',
        section: 'The Product Management Career Ladder',
        quote: 'Writing user stories, managing backlogs, analyzing data, conducting user research.',
      },
      { article: 'career-path', section: 'The Product Management Career Ladder', quote: PAY_QUOTE },
    ),
  },
  {
    id: 'pm',
    title: 'Product Manager',
    shortTitle: 'PM',
    years: { min: 2, max: 5 },
    responsibilities: [
      'Owning a feature or small product',
      'defining requirements',
      'working with cross-functional teams',
    ],
    focus: 'Owning a product area and delivering on the roadmap',
    pay: { min: 150_000, max: 220_000, openEnded: false, basis: PAY_BASIS },
    source: cite(
      {
        article: 'career-path',
        section: 'The Product Management Career Ladder',
        quote: 'Owning a feature or small product, defining requirements, working with cross-functional teams.',
      },
      { article: 'career-path', section: 'The Product Management Career Ladder', quote: PAY_QUOTE },
    ),
  },
  {
    id: 'spm',
    title: 'Senior Product Manager',
    shortTitle: 'Senior PM',
    years: { min: 5, max: 8 },
    responsibilities: [
      'Defining product strategy',
      'mentoring junior PMs',
      'owning a larger product area or multiple features',
    ],
    focus: 'Strategic planning, cross-team influence, and mentorship',
    pay: { min: 220_000, max: 350_000, openEnded: false, basis: PAY_BASIS },
    source: cite(
      {
        article: 'career-path',
        section: 'The Product Management Career Ladder',
        quote: 'Defining product strategy, mentoring junior PMs, owning a larger product area or multiple features.',
      },
      { article: 'career-path', section: 'The Product Management Career Ladder', quote: PAY_QUOTE },
    ),
  },
  {
    id: 'gpm',
    title: 'Group PM / Product Lead',
    shortTitle: 'Group PM',
    years: { min: 8, max: 12 },
    responsibilities: [
      'Managing a team of PMs',
      'setting the vision for a product line',
      'owning key business metrics',
    ],
    focus: 'People management and multi-product strategy',
    pay: { min: 350_000, max: 500_000, openEnded: true, basis: PAY_BASIS },
    source: cite(
      {
        article: 'career-path',
        section: 'The Product Management Career Ladder',
        quote: 'Managing a team of PMs, setting the vision for a product line, owning key business metrics.',
      },
      { article: 'career-path', section: 'The Product Management Career Ladder', quote: PAY_QUOTE },
    ),
  },
  {
    id: 'director',
    title: 'Director of Product',
    shortTitle: 'Director',
    // The seed writes "10+", which overlaps Group PM's "8-12"; kept as written.
    years: { min: 10, max: null },
    responsibilities: [
      'Leading a larger product organization',
      'resource allocation',
      'defining long-term product vision',
    ],
    focus: 'Organizational leadership and portfolio management',
    pay: { min: 450_000, max: 700_000, openEnded: true, basis: PAY_BASIS },
    source: cite(
      {
        article: 'career-path',
        section: 'The Product Management Career Ladder',
        quote: 'Leading a larger product organization, resource allocation, defining long-term product vision.',
      },
      { article: 'career-path', section: 'The Product Management Career Ladder', quote: PAY_QUOTE },
    ),
  },
  {
    id: 'vp',
    title: 'VP of Product',
    shortTitle: 'VP',
    years: { min: 12, max: null },
    responsibilities: [
      'Setting company-wide product strategy',
      'managing the entire product function',
      'aligning with executive team',
    ],
    focus: 'Executive leadership and business impact',
    pay: { min: 600_000, max: 1_000_000, openEnded: true, basis: PAY_BASIS },
    source: cite(
      {
        article: 'career-path',
        section: 'The Product Management Career Ladder',
        quote:
          'Setting company-wide product strategy, managing the entire product function, aligning with executive team.',
      },
      { article: 'career-path', section: 'The Product Management Career Ladder', quote: PAY_QUOTE },
    ),
  },
  {
    id: 'cpo',
    title: 'Chief Product Officer',
    shortTitle: 'CPO',
    years: { min: 15, max: null },
    responsibilities: ["Driving the company's overall product innovation and vision", 'reporting to the CEO'],
    focus: 'C-suite strategy and corporate direction',
    pay: { min: 750_000, max: 2_000_000, openEnded: true, note: 'highly variable', basis: PAY_BASIS },
    source: cite(
      {
        article: 'career-path',
        section: 'The Product Management Career Ladder',
        quote: "Driving the company's overall product innovation and vision, reporting to the CEO.",
      },
      { article: 'career-path', section: 'The Product Management Career Ladder', quote: PAY_QUOTE },
    ),
  },
] as const satisfies readonly BuiltInLevel[]

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
  responsibilities: [
    'Acting like a PM in the current role',
    'an internal transfer',
    'a move from an adjacent role',
    'an APM programme',
  ],
  focus: 'The entry-level skills, shown in a portfolio of product work',
  backgrounds: [
    { id: 'engineering', name: 'Engineering' },
    { id: 'design', name: 'Design' },
    { id: 'marketing', name: 'Marketing' },
    { id: 'data', name: 'Data analysis' },
    { id: 'customer-support', name: 'Customer support' },
    { id: 'other', name: 'Something else' },
  ],
  source: cite(
    {
      article: 'career-paths',
      section: 'Entry-Level Product Management Skills:',
      quote: 'Understanding the core principles and best practices of product management',
    },
    {
      article: 'career-path',
      section: 'How to Break Into Product Management',
      quote: 'You have to be deliberate and start acting like a PM long before you have the title.',
    },
    {
      article: 'career-path',
      section: 'Path 2: Transitioning From an Adjacent Role',
      quote: 'Folks in engineering, marketing, design, and data analysis are already halfway there.',
    },
  ),
} as const satisfies Level

/** A level id of the built-in framework: the starting point or a rung of the ladder. */
export type LevelId = typeof STARTING_POINT.id | (typeof LEVELS)[number]['id']

/** Level ids in order, lowest first: the starting point, then the ladder. */
export const LEVEL_IDS: readonly LevelId[] = [STARTING_POINT.id, ...LEVELS.map((level) => level.id)]
