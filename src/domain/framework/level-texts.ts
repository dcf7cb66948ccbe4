import type { Level } from '../framework-schema'
import type { LevelId, STARTING_POINT } from './levels'

/** A built-in level's facts, by level id: read only by the screens that show them (see levels.ts); their sources are in citations.ts. */
export type LevelTexts = Pick<Level, 'years' | 'pay'> & { responsibilities: string[]; focus: string }

/** The seed's basis for every pay range, shown wherever pay is (the career-path article, the ladder table's lead-in and header). */
export const PAY_BASIS =
  'Total compensation (base salary, bonus and equity), from market data for U.S. tech hubs such as the SF Bay Area and NYC: adjust for location.'

/**
 * Each level's facts, by level id. Every fact here (years, responsibilities, focus, pay) is copied from
 * the career-path article's career ladder table: responsibilities are the "Core
 * Responsibilities" cell split on ", " and focus is the "Key Focus Area" cell,
 * both word for word without the closing period. Pay is total compensation
 * (base + bonus + equity) in US dollars, primarily U.S. tech hubs; `openEnded`
 * marks the ranges the seed writes with a trailing "+", and `basis` carries the
 * seed's caveat with every range, so no screen shows a figure without it.
 * framework.test.ts holds the seed's cells verbatim and fails if any drifts.
 */
export const LEVEL_TEXTS = {
  'not-a-pm': {
    responsibilities: [
      'Acting like a PM in the current role',
      'an internal transfer',
      'a move from an adjacent role',
      'an APM programme',
    ],
    focus: 'The entry-level skills, shown in a portfolio of product work',
  },
  apm: {
    years: { min: 0, max: 2 },
    responsibilities: ['Writing user stories', 'managing backlogs', 'analyzing data', 'conducting user research'],
    focus: 'Feature-level execution and learning PM fundamentals',
    pay: { min: 110_000, max: 150_000, openEnded: false, basis: PAY_BASIS },
  },
  pm: {
    years: { min: 2, max: 5 },
    responsibilities: [
      'Owning a feature or small product',
      'defining requirements',
      'working with cross-functional teams',
    ],
    focus: 'Owning a product area and delivering on the roadmap',
    pay: { min: 150_000, max: 220_000, openEnded: false, basis: PAY_BASIS },
  },
  spm: {
    years: { min: 5, max: 8 },
    responsibilities: [
      'Defining product strategy',
      'mentoring junior PMs',
      'owning a larger product area or multiple features',
    ],
    focus: 'Strategic planning, cross-team influence, and mentorship',
    pay: { min: 220_000, max: 350_000, openEnded: false, basis: PAY_BASIS },
  },
  gpm: {
    years: { min: 8, max: 12 },
    responsibilities: [
      'Managing a team of PMs',
      'setting the vision for a product line',
      'owning key business metrics',
    ],
    focus: 'People management and multi-product strategy',
    pay: { min: 350_000, max: 500_000, openEnded: true, basis: PAY_BASIS },
  },
  director: {
    // The seed writes "10+", which overlaps Group PM's "8-12"; kept as written.
    years: { min: 10, max: null },
    responsibilities: [
      'Leading a larger product organization',
      'resource allocation',
      'defining long-term product vision',
    ],
    focus: 'Organizational leadership and portfolio management',
    pay: { min: 450_000, max: 700_000, openEnded: true, basis: PAY_BASIS },
  },
  vp: {
    years: { min: 12, max: null },
    responsibilities: [
      'Setting company-wide product strategy',
      'managing the entire product function',
      'aligning with executive team',
    ],
    focus: 'Executive leadership and business impact',
    pay: { min: 600_000, max: 1_000_000, openEnded: true, basis: PAY_BASIS },
  },
  cpo: {
    years: { min: 15, max: null },
    responsibilities: ["Driving the company's overall product innovation and vision", 'reporting to the CEO'],
    focus: 'C-suite strategy and corporate direction',
    pay: { min: 750_000, max: 2_000_000, openEnded: true, note: 'highly variable', basis: PAY_BASIS },
  },
  // The seed gives every rung every fact an imported level may leave out; the starting point has no years or pay.
} as const satisfies Record<typeof STARTING_POINT.id, LevelTexts> &
  Record<Exclude<LevelId, typeof STARTING_POINT.id>, Required<LevelTexts>>
