import * as v from 'valibot'
import { keysOf } from '../validation-issues'
import { describe, expect, it } from 'vitest'
import { frameworkSchema, type Competency, type Framework, type Level } from '../framework-schema'
import {
  AI_COMPETENCIES,
  BUILT_IN_HISTORY,
  CORE_COMPETENCIES,
  FRAMEWORK_VERSION,
  LEVELS,
  LEVEL_IDS,
  STARTING_POINT,
  PM_FRAMEWORK,
  loadBuiltInSuggestions,
  type BuiltInSuggestion,
} from './index'
import type { BuiltInCompetencyStructure } from './competencies'
import type { CompetencyTexts } from './competency-texts'
import { PAY_BASIS } from './level-texts'
import { PRODUCT_VS_PROJECT } from './product-vs-project'
import { withBuiltInTexts } from './full'
import { withTexts } from './texts'
import { ladderLevels, levelAbove } from '../ladder'
import { levelFit, readiness } from '../readiness'
import { ARTICLES, citeSource, type Citation } from './sources'
import { SUGGESTIONS } from './suggestions'

/** Parses the framework and returns its issue messages (empty when valid). */
function issuesOf(framework: unknown): string[] {
  const result = v.safeParse(frameworkSchema, framework)
  return result.success ? [] : result.issues.map((i) => `${keysOf(i).join('.')}: ${i.message}`)
}

/** The built-in framework with its texts, as the screens that show them see it. */
const FULL = withBuiltInTexts(PM_FRAMEWORK)
type BuiltInCompetency = Competency & BuiltInCompetencyStructure & CompetencyTexts & { source: Citation[] }
type BuiltInLevel = Level & Required<Pick<Level, 'shortTitle' | 'years' | 'responsibilities' | 'focus' | 'pay'>>
const competencies = FULL.competencies as unknown as readonly BuiltInCompetency[]
const fullCore = competencies.filter((c) => c.track === 'core')
const fullAi = competencies.filter((c) => c.track === 'ai')
const fullLevels = ladderLevels(FULL.levels) as BuiltInLevel[]

function competency(id: string) {
  const found = competencies.find((c) => c.id === id)
  if (!found) throw new Error(`no competency "${id}"`)
  return found
}

/** Every level of the built-in framework: the starting point "Not a PM yet", then the ladder. */
const levelIds = LEVEL_IDS

describe('PM_FRAMEWORK against the schema', () => {
  it('is a valid framework with its texts, with its suggestions and without them', () => {
    expect(issuesOf({ ...FULL, suggestions: [...SUGGESTIONS] })).toEqual([])
    expect(issuesOf(FULL)).toEqual([])
  })

  it('keeps its texts apart from the structure the first screen needs, and joins them to its own objects only', () => {
    expect(PM_FRAMEWORK.competencies.every((c) => c.descriptors.length === 0 && !c.summary && !c.source)).toBe(true)
    expect(PM_FRAMEWORK.levels.every((l) => !l.years && !l.pay && !l.responsibilities && !l.focus && !l.source)).toBe(
      true,
    )
    expect(FULL.competencies.map((c) => c.id)).toEqual(PM_FRAMEWORK.competencies.map((c) => c.id))
    expect(FULL.competencies.every((c) => c.descriptors.length === 6 && c.summary && c.source)).toBe(true)
    expect(FULL.levels.every((l) => l.responsibilities && l.focus && l.source)).toBe(true)
    // The same object every time, so screens can memoise on it; a part of the built-in one gets its texts too.
    expect(withBuiltInTexts(PM_FRAMEWORK)).toBe(FULL)
    // The screens that show texts only get them without the sources, which only /ladder shows.
    const { source, ...texts } = FULL.competencies[0]!
    expect(source).toBeDefined()
    expect(withTexts(PM_FRAMEWORK.competencies[0]!)).toEqual(texts)
    expect(withTexts(PM_FRAMEWORK.competencies[0]!)).toBe(withTexts(PM_FRAMEWORK.competencies[0]!))
    const part = { ...PM_FRAMEWORK, competencies: PM_FRAMEWORK.competencies.slice(0, 2) }
    expect(withBuiltInTexts(part).competencies).toEqual(FULL.competencies.slice(0, 2))
    // An imported framework may use the same ids: it keeps its own texts, or none.
    const imported: Framework = {
      ...FULL,
      id: 'acme',
      competencies: [{ ...PM_FRAMEWORK.competencies[0]!, descriptors: ['a', 'b', 'c', 'd', 'e', 'f'] }],
      levels: [{ id: 'pm', title: 'PM' }],
    }
    expect(withBuiltInTexts(imported)).toBe(imported)
    expect(withTexts(imported.competencies[0]!)).toBe(imported.competencies[0])
    expect(withTexts(imported.levels[0]!)).toEqual({ id: 'pm', title: 'PM' })
  })

  it('loads its suggestions apart from the rest (they are not in the first screen)', async () => {
    expect(PM_FRAMEWORK.suggestions).toEqual([])
    expect(await loadBuiltInSuggestions()).toEqual(SUGGESTIONS)
  })
})

/**
 * the career-path article's career ladder table, one row per level, each cell typed out
 * exactly as the seed prints it. The data must match these, so a change to a
 * seed fact in levels.ts fails here.
 */
const SEED_LADDER = [
  {
    id: 'apm',
    role: 'Associate Product Manager (APM)',
    years: '0-2',
    responsibilities: 'Writing user stories, managing backlogs, analyzing data, conducting user research.',
    focus: 'Feature-level execution and learning PM fundamentals.',
    pay: '$110,000 – $150,000',
  },
  {
    id: 'pm',
    role: 'Product Manager (PM)',
    years: '2-5',
    responsibilities: 'Owning a feature or small product, defining requirements, working with cross-functional teams.',
    focus: 'Owning a product area and delivering on the roadmap.',
    pay: '$150,000 – $220,000',
  },
  {
    id: 'spm',
    role: 'Senior Product Manager (SPM)',
    years: '5-8',
    responsibilities:
      'Defining product strategy, mentoring junior PMs, owning a larger product area or multiple features.',
    focus: 'Strategic planning, cross-team influence, and mentorship.',
    pay: '$220,000 – $350,000',
  },
  {
    id: 'gpm',
    role: 'Group PM / Product Lead',
    years: '8-12',
    responsibilities: 'Managing a team of PMs, setting the vision for a product line, owning key business metrics.',
    focus: 'People management and multi-product strategy.',
    pay: '$350,000 – $500,000+',
  },
  {
    id: 'director',
    role: 'Director of Product',
    years: '10+',
    responsibilities: 'Leading a larger product organization, resource allocation, defining long-term product vision.',
    focus: 'Organizational leadership and portfolio management.',
    pay: '$450,000 – $700,000+',
  },
  {
    id: 'vp',
    role: 'VP of Product',
    years: '12+',
    responsibilities:
      'Setting company-wide product strategy, managing the entire product function, aligning with executive team.',
    focus: 'Executive leadership and business impact.',
    pay: '$600,000 – $1,000,000+',
  },
  {
    id: 'cpo',
    role: 'Chief Product Officer (CPO)',
    years: '15+',
    responsibilities: "Driving the company's overall product innovation and vision, reporting to the CEO.",
    focus: 'C-suite strategy and corporate direction.',
    pay: '$750,000 – $2,000,000+ (highly variable)',
  },
] as const

const dollars = (text: string) => Number(text.replace(/[$,]/g, ''))

describe("levels match the career-path article's career ladder table", () => {
  it('has the seven levels in ladder order', () => {
    expect(LEVELS.map((l) => l.id)).toEqual(['apm', 'pm', 'spm', 'gpm', 'director', 'vp', 'cpo'])
    // The starting point comes before the ladder.
    expect(PM_FRAMEWORK.levels.map((l) => l.id)).toEqual(['not-a-pm', ...SEED_LADDER.map((row) => row.id)])
  })

  it.each(SEED_LADDER)('$id: $role', (row) => {
    const level = fullLevels.find((l) => l.id === row.id)
    expect(level).toBeDefined()
    if (!level) return

    // The seed's role cell, without the "(APM)"-style abbreviation.
    expect(level.title).toBe(row.role.replace(/ \([A-Z]+\)$/, ''))

    const yearsText = level.years.max === null ? `${level.years.min}+` : `${level.years.min}-${level.years.max}`
    expect(yearsText).toBe(row.years)

    // Every responsibility word for word, in the seed's order, nothing added.
    expect(level.responsibilities).toEqual(row.responsibilities.replace(/\.$/, '').split(', '))
    expect(`${level.responsibilities.join(', ')}.`).toBe(row.responsibilities)

    expect(`${level.focus}.`).toBe(row.focus)

    const pay = /^(\$[\d,]+) – (\$[\d,]+)(\+)?(?: \((.+)\))?$/.exec(row.pay)
    expect(pay, `unreadable pay cell ${row.pay}`).not.toBeNull()
    if (!pay) return
    expect(level.pay.min).toBe(dollars(pay[1] ?? ''))
    expect(level.pay.max).toBe(dollars(pay[2] ?? ''))
    expect(level.pay.openEnded).toBe(pay[3] === '+')
    expect(level.pay.note).toBe(pay[4])
    // The seed's basis travels with every range.
    expect(level.pay.basis).toBe(PAY_BASIS)
  })

  it("carries the seed's pay basis: total compensation (base, bonus, equity), U.S. tech hubs, adjust for location", () => {
    // the career-path article's ladder table header and lead-in, typed out.
    expect(PAY_BASIS).toMatch(/^Total compensation \(base salary, bonus and equity\)/)
    expect(PAY_BASIS).toMatch(/U\.S\. tech hubs such as the SF Bay Area and NYC/)
    expect(PAY_BASIS).toMatch(/adjust for location\.$/)
  })

  it('climbs: years, pay and responsibilities never go backwards', () => {
    fullLevels.forEach((level, i) => {
      expect(level.shortTitle.length).toBeGreaterThan(0)
      expect(level.pay.min).toBeLessThan(level.pay.max)
      const below = fullLevels[i - 1]
      if (!below) return
      expect(level.years.min).toBeGreaterThan(below.years.min)
      expect(level.pay.min).toBeGreaterThan(below.pay.min)
      expect(level.pay.max).toBeGreaterThan(below.pay.max)
    })
  })
})

describe('before the ladder: "Not a PM yet"', () => {
  it('is a starting point with the backgrounds people come from, and no years or pay', () => {
    expect(STARTING_POINT).toMatchObject({ id: 'not-a-pm', title: 'Not a PM yet', startingPoint: true })
    expect(STARTING_POINT.backgrounds.map((b) => b.name)).toEqual([
      'Engineering',
      'Design',
      'Marketing',
      'Data analysis',
      'Customer support',
      'Something else',
    ])
    expect(FULL.levels[0]).not.toHaveProperty('years')
    expect(FULL.levels[0]).not.toHaveProperty('pay')
    expect(ladderLevels(PM_FRAMEWORK.levels).map((l) => l.id)).not.toContain('not-a-pm')
    expect(levelAbove(PM_FRAMEWORK.levels, 'not-a-pm')?.id).toBe('apm')
  })

  it("expects the career-paths article's entry-level skills, and someone at its bar is not yet an Associate PM", () => {
    const expected = core.filter((c) => (c.expectations['not-a-pm'] ?? 0) > 0).map((c) => c.id)
    expect(expected).toEqual([
      'strategy-vision',
      'execution-delivery',
      'customer-insight',
      'data-analytics',
      'communication',
      'cross-functional-influence',
      'decision-making',
    ])
    expect(readinessFor('apm', atBar('not-a-pm'))).toBe(46)
    // Level fit passes over the starting point: meeting only its bar meets no level.
    expect(levelFit(PM_FRAMEWORK, core, atBar('not-a-pm'))).toEqual([])
  })

  it("offers the seeds' ways in, and only ways in for a competency it expects", () => {
    const ways = SUGGESTIONS.filter(
      (s) => !s.id.startsWith('calibrate-') && (s.levelIds as string[]).includes('not-a-pm'),
    )
    expect(ways.map((s) => s.id).sort()).toEqual(
      [
        'app-teardown',
        'apm-interview-practice',
        'feature-one-pager',
        'feedback-log-30-days',
        'funnel-drop-off-proposal',
        'side-project',
        'talk-to-users-before-building',
        'tell-product-leadership',
        'volunteer-small-project',
      ].sort(),
    )
    for (const s of ways) expect(s.step, s.id).toEqual({ from: 0, to: 1 })
    // The seed's examples per background: marketing and data in the funnel, support's feedback log, the engineer's users.
    const byBackground = (id: string) => ways.filter((s) => s.backgrounds?.includes(id as never)).map((s) => s.id)
    expect(byBackground('marketing')).toEqual(['funnel-drop-off-proposal'])
    expect(byBackground('customer-support')).toEqual(['feedback-log-30-days'])
    expect(byBackground('engineering')).toContain('talk-to-users-before-building')
    const known = new Set<string>(STARTING_POINT.backgrounds.map((b) => b.id))
    for (const s of SUGGESTIONS.filter((x) => x.backgrounds)) {
      expect(ways, `${s.id} is a way in`).toContain(s)
      for (const b of s.backgrounds!) expect(known.has(b), `${s.id}: ${b}`).toBe(true)
    }
  })

  it('is refused by the schema anywhere but before the ladder', () => {
    const broken: Framework = structuredClone(FULL)
    broken.levels[3]!.startingPoint = true
    expect(issuesOf(broken)).toEqual([
      expect.stringMatching(/levels\.3\.startingPoint: a starting point comes before the ladder/),
    ])
  })
})

describe('the framework version', () => {
  it('is version 2, and knows the competencies version 1 had', () => {
    expect(FRAMEWORK_VERSION).toBe('2')
    expect(PM_FRAMEWORK.version).toBe(FRAMEWORK_VERSION)
    const now = PM_FRAMEWORK.competencies.map((c) => c.id)
    // Version 2 added one competency and removed none, so a version-1 check-in is read without it.
    expect(now.filter((id) => !BUILT_IN_HISTORY['1']!.includes(id))).toEqual(['innovation-opportunities'])
    expect(BUILT_IN_HISTORY['1']!.filter((id) => !now.includes(id))).toEqual([])
  })
})

/**
 * Every expectation, not-a-pm → apm → cpo, typed out with the seed fact or rule it stands on, so a change to any
 * of them fails here and has to be argued for.
 */
// "Not a PM yet" expects the career-paths article's entry-level skills at 1: PM principles (strategy, execution),
// customer-centricity, analytical thinking (data), collaboration and communication, decision-making and
// problem-solving; nothing else.
const EXPECTED: Record<string, [number, number, number, number, number, number, number, number]> = {
  // Executes a given strategy (APM) … a product line's vision (Group PM) … company-wide (VP).
  'strategy-vision': [1, 1, 2, 3, 4, 4, 5, 5],
  // Senior PM: multi-quarter roadmap; VP: aligns the product roadmap with the business strategy.
  'roadmapping-prioritisation': [0, 1, 2, 3, 4, 4, 5, 5],
  // The APM's currency; table stakes from Senior PM; leaders keep the bar.
  'execution-delivery': [1, 2, 3, 3, 4, 4, 4, 4],
  // Weekly interviews (APM); market analysis (PM, Senior PM, VP); new market opportunities (CPO).
  'customer-insight': [1, 2, 3, 3, 3, 4, 4, 5],
  // Usage data (APM); KPIs (Senior PM); portfolio-level decisions (Director/VP); data-driven CPO.
  'data-analytics': [1, 2, 2, 3, 3, 4, 4, 5],
  // Immediate team → leadership → company, board and partners.
  communication: [1, 2, 2, 3, 3, 4, 5, 5],
  // Collaboration from APM; influence without authority (Senior PM); the CPO's C-suite peers.
  'cross-functional-influence': [1, 1, 2, 3, 4, 4, 4, 5],
  // Mentoring (Senior PM); managing PMs (Group PM); the entire product function (VP).
  'people-leadership': [0, 0, 0, 2, 3, 4, 5, 5],
  // APMs affect resource allocation; key business metrics (Group PM); P&L of a product line (Director/VP); business impact (CPO).
  'business-acumen': [0, 1, 1, 2, 3, 4, 4, 5],
  // Non-negotiable at every level; technical acumen (VP, and the Director no lower); emerging technologies (CPO).
  'technical-literacy': [0, 1, 2, 3, 3, 4, 4, 5],
  // Essential from APM; tough decisions (CPO).
  'decision-making': [1, 2, 2, 3, 3, 4, 4, 5],
  // A Group PM's team of PMs (3); Director's process improvement (4); organisational design (VP, CPO).
  'process-org-design': [0, 0, 0, 1, 3, 4, 5, 5],
  // Director's key focus; the VP's entire product portfolio.
  'portfolio-management': [0, 0, 0, 1, 3, 4, 5, 5],
  // A hidden opportunity (PM); Director's opportunities for innovation; VP's culture; the CPO's own row.
  'innovation-opportunities': [0, 0, 1, 1, 1, 2, 3, 5],
  'ml-fundamentals': [0, 1, 1, 2, 3, 3, 3, 4],
  'data-literacy-sql': [0, 1, 2, 3, 3, 3, 3, 3],
  'apis-systems-thinking': [0, 1, 2, 2, 3, 3, 4, 4],
  'algorithmic-success': [0, 1, 2, 3, 3, 4, 4, 4],
}

const core = PM_FRAMEWORK.competencies.filter((c) => c.track === 'core')
/** Ratings exactly at a level's bar, for the core competencies. */
const atBar = (levelId: string) => Object.fromEntries(core.map((c) => [c.id, c.expectations[levelId] ?? 0]))
const readinessFor = (levelId: string, ratings: Record<string, number>) =>
  readiness(PM_FRAMEWORK, core, ratings, levelId)

describe('expectations', () => {
  it('are the ones typed out here, for every competency of both tracks', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(competencies.map((c) => c.id).sort())
    for (const c of competencies)
      expect(
        levelIds.map((l) => c.expectations[l]),
        c.id,
      ).toEqual(EXPECTED[c.id])
  })

  it('has fourteen core competencies, the innovation one new in version 2, and the four AI track ones', () => {
    expect(CORE_COMPETENCIES.map((c) => c.name)).toEqual([
      'Strategy and vision',
      'Roadmapping and prioritisation',
      'Execution and delivery',
      'Customer and market insight',
      'Data and analytics',
      'Communication',
      'Cross-functional influence',
      'People leadership and mentoring',
      'Business acumen and P&L',
      'Technical literacy',
      'Decision-making and problem-solving',
      'Process and organisation design',
      'Portfolio management',
      'Innovation and new opportunities',
    ])
    expect(AI_COMPETENCIES.map((c) => c.id)).toEqual([
      'ml-fundamentals',
      'data-literacy-sql',
      'apis-systems-thinking',
      'algorithmic-success',
    ])
    expect(AI_COMPETENCIES.every((c) => c.track === 'ai')).toBe(true)
  })

  it('makes the top of the ladder real: someone exactly at the VP bar is 88% ready for CPO', () => {
    expect(readinessFor('cpo', atBar('vp'))).toBe(88)
    expect(readinessFor('cpo', atBar('vp'))).toBeLessThan(90)
    // The CPO's rises are the CPO's own seed facts, no others.
    const rises = core.filter((c) => (c.expectations.cpo ?? 0) > (c.expectations.vp ?? 0)).map((c) => c.id)
    expect(rises).toEqual([
      'customer-insight', // identifying new market opportunities, conducting market research
      'data-analytics', // data-driven decision making
      'cross-functional-influence', // reports to the CEO, works with the CTO and CMO
      'business-acumen', // drives business impact
      'technical-literacy', // emerging technologies
      'decision-making', // tough decisions
      'innovation-opportunities', // the company's overall product innovation
    ])
  })

  it('makes Director to VP a real step: company-wide strategy, roadmap, communication, the function and its portfolio', () => {
    expect(readinessFor('vp', atBar('director'))).toBe(88)
    const rises = core.filter((c) => (c.expectations.vp ?? 0) > (c.expectations.director ?? 0)).map((c) => c.id)
    expect(rises).toEqual([
      'strategy-vision',
      'roadmapping-prioritisation',
      'communication',
      'people-leadership',
      'process-org-design',
      'portfolio-management',
      'innovation-opportunities',
    ])
  })

  it('fixes the curves of version 1', () => {
    const at = (id: string, level: string) => EXPECTED[id]![levelIds.indexOf(level as (typeof levelIds)[number])]
    expect(at('business-acumen', 'apm')).toBe(1)
    // Group PM process is no longer 2 with a jump to 4 at Director.
    expect(at('process-org-design', 'director')! - at('process-org-design', 'gpm')!).toBe(1)
    expect(at('technical-literacy', 'director')).toBeGreaterThanOrEqual(at('technical-literacy', 'vp')!)
    expect(at('roadmapping-prioritisation', 'vp')).toBe(5)
    // Innovation rises at every step from Group PM to CPO.
    const innovation = ['gpm', 'director', 'vp', 'cpo'].map((l) => at('innovation-opportunities', l)!)
    expect(innovation).toEqual([...innovation].sort((a, b) => a - b))
    expect(new Set(innovation).size).toBe(4)
  })

  it('shapes expectations the way the seeds describe', () => {
    const at = (id: string, level: string) => competency(id).expectations[level]
    expect(at('execution-delivery', 'apm')).toBeGreaterThanOrEqual(2)
    for (const id of ['people-leadership', 'process-org-design', 'portfolio-management']) expect(at(id, 'pm')).toBe(0)
    expect(at('people-leadership', 'spm')).toBeGreaterThanOrEqual(2)
    expect(competencies.some((c) => c.track === 'core' && c.expectations.cpo !== PM_FRAMEWORK.scale.max)).toBe(true)
    // Every level expects more of the core competencies than the level below it.
    const totals = levelIds.map((l) => core.reduce((sum, c) => sum + (c.expectations[l] ?? 0), 0))
    expect(totals).toEqual([...totals].sort((a, b) => a - b))
    expect(new Set(totals).size).toBe(levelIds.length)
  })
})

/** Words that say how well, not what: a descriptor with one of them cannot be observed. */
const VAGUE = [
  'good',
  'great',
  'strong',
  'excellent',
  'effective',
  'effectively',
  'appropriate',
  'appropriately',
  'various',
  'solid',
  'expert',
  'proficient',
  'successfully',
  'world-class',
  'best practices',
  'as needed',
  'deep understanding',
  'well',
]
/** What others do with the work: a signal, never part of a descriptor. */
const ADOPTION =
  /\b(adopts?|adopted|cop(y|ies)|reuse\w*|borrow\w*|sought out|seek\w*|invited|cited|retell\w*|others learn|outside the company|beyond the company|outside audiences)\b/i

const words = (text: string) => new Set(text.toLowerCase().match(/[a-z-]+/g) ?? [])
/** Shared words over all words of two texts. */
function overlap(a: string, b: string): number {
  const x = words(a)
  const y = words(b)
  const shared = [...x].filter((w) => y.has(w)).length
  return shared / new Set([...x, ...y]).size
}

describe('descriptors', () => {
  it.each(competencies.map((c) => [c.id, c] as const))('%s: six one-sentence behaviours', (_, c) => {
    expect(c.descriptors).toHaveLength(PM_FRAMEWORK.scale.max + 1)
    for (const text of c.descriptors) {
      expect(text).toMatch(/^[A-Z].*\.$/)
      expect(text.slice(0, -1)).not.toMatch(/[.!?] /)
      const count = text.split(/\s+/).length
      expect(count, text).toBeGreaterThanOrEqual(10)
      expect(count, text).toBeLessThanOrEqual(26)
      expect(text, 'describes the person, not the reader').not.toMatch(/\byou\b|\byour\b/i)
    }
  })

  it.each(competencies.map((c) => [c.id, c] as const))('%s: free of vague words', (_, c) => {
    for (const text of c.descriptors)
      for (const word of VAGUE) expect(text, `"${word}" in: ${text}`).not.toMatch(new RegExp(`\\b${word}\\b`, 'i'))
  })

  it.each(competencies.map((c) => [c.id, c] as const))('%s: each value reads apart from its neighbours', (_, c) => {
    const texts: readonly string[] = c.descriptors
    texts.forEach((text, v) => {
      const next = texts[v + 1]
      if (next) expect(overlap(text, next), `${v} and ${v + 1}`).toBeLessThan(0.5)
    })
  })

  it.each(competencies.map((c) => [c.id, c] as const))(
    '%s: says what the person does, with adoption and reputation only as signals',
    (_, c) => {
      for (const text of c.descriptors) expect(text).not.toMatch(ADOPTION)
      if (!c.signals) return
      expect(c.signals).toHaveLength(c.descriptors.length)
      expect(c.signals[0]).toBeNull()
      for (const signal of c.signals) if (signal !== null) expect(signal).toMatch(/^[A-Z].*\.$/)
    },
  )

  it('describes value 4 of each core competency as the person’s own judgement across several teams or products', () => {
    // Technical literacy is a craft skill, anchored by depth (below).
    for (const c of fullCore.filter((x) => x.id !== 'technical-literacy')) {
      expect(c.descriptors[4], c.id).toMatch(/several|across/)
      expect(c.descriptors[4], c.id).not.toMatch(/^Sets (the|how|one)\b/)
    }
  })

  it('anchors craft skills by depth, not scope', () => {
    for (const c of [competency('technical-literacy'), ...fullAi])
      for (const text of c.descriptors.slice(4)) expect(text, c.id).toMatch(/^Judges\b/)
  })

  it('never repeats a descriptor across competencies', () => {
    const all = competencies.flatMap((c) => c.descriptors)
    expect(new Set(all).size).toBe(all.length)
  })

  it('uses kebab-case ids and a known area for every competency', () => {
    const areaIds = new Set(PM_FRAMEWORK.areas.map((a) => a.id))
    for (const c of competencies) {
      expect(c.id).toMatch(/^[a-z]+(-[a-z]+)*$/)
      expect(areaIds.has(c.areaId), c.id).toBe(true)
    }
  })
})

describe('the schema refuses broken frameworks', () => {
  const copy = (): Framework => structuredClone({ ...FULL, suggestions: [...SUGGESTIONS] })
  const first = (fw: Framework) => {
    const c = fw.competencies[0]
    if (!c) throw new Error('framework has no competencies')
    return c
  }

  it('refuses an expectation that falls as the level rises', () => {
    const broken = copy()
    first(broken).expectations.cpo = 0
    expect(issuesOf(broken)).toEqual([
      expect.stringMatching(/expectations\.cpo: 0 is below the 5 that VP of Product, a lower level, expects/),
    ])
  })

  it('refuses a competency with a descriptor missing', () => {
    const broken = copy()
    first(broken).descriptors.pop()
    expect(issuesOf(broken)).toEqual([
      expect.stringMatching(/descriptors: needs 6 descriptors \(one per value 0 to 5\), has 5/),
    ])
  })

  it('refuses a competency in an unknown area', () => {
    const broken = copy()
    first(broken).areaId = 'astrology'
    expect(issuesOf(broken)).toEqual([expect.stringMatching(/areaId: no area has the id "astrology"/)])
  })

  it('refuses an expectation for a level the framework does not have', () => {
    const broken = copy()
    first(broken).expectations.intern = 1
    expect(issuesOf(broken)).toEqual([expect.stringMatching(/expectations\.intern: no level has the id "intern"/)])
  })

  it('refuses a suggestion step that does not rise within the scale', () => {
    const broken = copy()
    broken.suggestions[0]!.step = { from: 5, to: 6 }
    expect(issuesOf(broken)).toEqual([expect.stringMatching(/suggestions\.0\.step: a step from 5 to 6 does not rise/)])
  })

  it('accepts a free-text source as version 1 files have it', () => {
    const older = copy()
    first(older).source = 'Acme wiki, ladder page'
    expect(issuesOf(older)).toEqual([])
  })
})

describe('suggestions', () => {
  const suggestions: readonly BuiltInSuggestion[] = SUGGESTIONS
  const written = suggestions.filter((s) => !s.id.startsWith('calibrate-'))
  const ladder = PM_FRAMEWORK.levels.map((l) => l.id)
  const forPair = (competencyId: string, levelId: string) =>
    suggestions.filter((s) => s.competencyId === competencyId && (s.levelIds as readonly string[]).includes(levelId))

  it('offers something for every gap a target level can show: each competency it expects anything of', () => {
    const missing: string[] = []
    for (const c of PM_FRAMEWORK.competencies)
      for (const level of ladder)
        if ((c.expectations[level] ?? 0) > 0 && forPair(c.id, level).filter((s) => s.step).length === 0)
          missing.push(`${c.id} at ${level}`)
    expect(missing).toEqual([])
  })

  it('offers every step from 0 to the highest expectation of each competency', () => {
    const missing: string[] = []
    for (const c of competencies)
      for (let from = 0; from < Math.max(...levelIds.map((l) => c.expectations[l])); from++)
        if (!written.some((s) => s.competencyId === c.id && s.step?.from === from))
          missing.push(`${c.id} ${from} → ${from + 1}`)
    expect(missing).toEqual([])
  })

  it('builds one rating step, and fits only target levels that expect at least its result', () => {
    const misfits: string[] = []
    for (const s of written) {
      expect(s.step, s.id).toBeDefined()
      expect(s.step!.to, s.id).toBe(s.step!.from + 1)
      for (const l of s.levelIds)
        if ((competency(s.competencyId).expectations[l] ?? 0) < s.step!.to) misfits.push(`${s.id} at ${l}`)
    }
    expect(misfits).toEqual([])
  })

  it('gives leadership targets a stretch someone one level below can do, not the target job', () => {
    for (const s of written.filter((x) => x.step!.to === PM_FRAMEWORK.scale.max))
      expect(s.detail, s.id).toMatch(/^A stretch for a (Group PM|Director|VP): /)
  })

  it('has a calibration suggestion (rating with a mentor) for every competency, and breaking-in moves at Associate PM', () => {
    expect(suggestions.filter((s) => s.id.startsWith('calibrate-')).map((s) => s.competencyId)).toEqual(
      competencies.map((c) => c.id),
    )
    for (const id of ['app-teardown', 'apm-interview-practice', 'coffee-chats-with-pms', 'feedback-log-30-days'])
      expect(suggestions.find((s) => s.id === id)?.levelIds, id).toContain('apm')
    expect(suggestions.find((s) => s.id === 'spec-feedback')?.competencyId).toBe('communication')
  })

  it('lists target levels once each, in ladder order', () => {
    for (const s of suggestions) {
      const positions = s.levelIds.map((l) => ladder.indexOf(l))
      expect(
        positions.every((p) => p >= 0),
        s.id,
      ).toBe(true)
      expect(positions, s.id).toEqual([...positions].sort((a, b) => a - b))
      expect(new Set(positions).size, s.id).toBe(positions.length)
    }
  })

  it('uses unique kebab-case ids and unique, short, imperative titles', () => {
    const ids = suggestions.map((s) => s.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    const titles = suggestions.map((s) => s.title.toLowerCase())
    expect(new Set(titles).size).toBe(titles.length)
    for (const { title } of suggestions) {
      expect(title.length, title).toBeLessThanOrEqual(120)
      expect(title, title).toMatch(/^[A-Z][a-z]+\b.*[^.]$/)
    }
  })

  it('says how, and what exists when it is done', () => {
    for (const s of suggestions) {
      expect(s.detail, s.id).toMatch(/^[A-Z].*\.$/)
      expect(s.detail, s.id).toMatch(/\bDone when\b/)
      expect(s.detail.length, s.id).toBeLessThanOrEqual(400)
    }
  })
})

describe('sources as a reader can find them', () => {
  const facts = [...fullLevels, ...competencies, ...SUGGESTIONS, PRODUCT_VS_PROJECT]

  it('cites an article, one of its sections and a short quote for every fact', () => {
    for (const fact of facts) {
      expect(Array.isArray(fact.source), JSON.stringify(fact.source)).toBe(true)
      for (const c of fact.source as readonly { article: string; section: string; quote: string }[]) {
        const article = ARTICLES[c.article as keyof typeof ARTICLES]
        expect(article, c.article).toBeDefined()
        expect(article.sections as readonly string[]).toContain(c.section)
        expect(c.quote.length, c.quote).toBeLessThanOrEqual(160)
        expect(c.quote.split(/\s+/).length, c.quote).toBeGreaterThanOrEqual(2)
      }
    }
  })

  it('shows the article title and the section, never a file name', () => {
    for (const fact of facts) {
      const cited = citeSource(fact.source!)
      expect(cited).not.toMatch(/seed|\.txt|\d{3}_[0-9a-f]+/i)
      expect(cited).toMatch(
        /^“(Exploring Career Paths for Product Managers|What Is The Product Management Career Path\?)”, /,
      )
    }
  })

  it.each([
    {
      source: [{ article: 'career-path', section: 'The Product Management Career Ladder', quote: 'x y' }],
      cited: '“What Is The Product Management Career Path?”, The Product Management Career Ladder',
    },
    {
      source: [
        { article: 'career-paths', section: 'Director of Product Role', quote: 'x y' },
        { article: 'career-paths', section: 'Entry-Level Product Management Skills:', quote: 'x y' },
        { article: 'career-path', section: 'Path 3: The APM Program', quote: 'x y' },
      ],
      cited:
        '“Exploring Career Paths for Product Managers”, Director of Product Role, Entry-Level Product Management Skills; “What Is The Product Management Career Path?”, Path 3: The APM Program',
    },
    { source: 'seed 000, Director role', cited: '“Exploring Career Paths for Product Managers”, Director role' },
    { source: 'Acme wiki, page 3', cited: 'Acme wiki, page 3' },
    { source: [{ article: 'Acme wiki' }], cited: '“Acme wiki”' },
  ])('cites $cited', ({ source, cited }) => {
    expect(citeSource(source)).toBe(cited)
  })
})
