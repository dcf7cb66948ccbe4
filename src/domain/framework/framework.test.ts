import { describe, expect, it } from 'vitest'
import { frameworkSchema, type Framework } from '../framework-schema'
import {
  AI_COMPETENCIES,
  CORE_COMPETENCIES,
  LEVELS,
  PM_FRAMEWORK,
  PRODUCT_VS_PROJECT,
  SUGGESTIONS,
  type BuiltInCompetency,
  type BuiltInLevel,
  type BuiltInSuggestion,
} from './index'
import { citeSource } from './sources'

/** Parses the framework and returns its issue messages (empty when valid). */
function issuesOf(framework: unknown): string[] {
  const result = frameworkSchema.safeParse(framework)
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)
}

function competency(id: string) {
  const found = ([...CORE_COMPETENCIES, ...AI_COMPETENCIES] as readonly BuiltInCompetency[]).find((c) => c.id === id)
  if (!found) throw new Error(`no competency "${id}"`)
  return found
}

const levelIds = LEVELS.map((l) => l.id)

describe('PM_FRAMEWORK against the schema', () => {
  it('is a valid framework', () => {
    const result = frameworkSchema.safeParse(PM_FRAMEWORK)
    if (!result.success) console.error(result.error.issues)
    expect(issuesOf(PM_FRAMEWORK)).toEqual([])
    expect(result.success).toBe(true)
  })
})

/**
 * Seed 001's career ladder table, one row per level, each cell typed out
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

describe("levels match seed 001's career ladder table", () => {
  it('has the seven levels in ladder order', () => {
    expect(LEVELS.map((l) => l.id)).toEqual(['apm', 'pm', 'spm', 'gpm', 'director', 'vp', 'cpo'])
    expect(PM_FRAMEWORK.levels.map((l) => l.id)).toEqual(SEED_LADDER.map((row) => row.id))
  })

  it.each(SEED_LADDER)('$id: $role', (row) => {
    const level: BuiltInLevel | undefined = LEVELS.find((l) => l.id === row.id)
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

    expect(level.source).toMatch(/seed 001/)
  })

  it('climbs: years, pay and responsibilities never go backwards', () => {
    LEVELS.forEach((level, i) => {
      expect(level.shortTitle.length).toBeGreaterThan(0)
      expect(level.pay.min).toBeLessThan(level.pay.max)
      const below = LEVELS[i - 1]
      if (!below) return
      expect(level.years.min).toBeGreaterThan(below.years.min)
      expect(level.pay.min).toBeGreaterThan(below.pay.min)
      expect(level.pay.max).toBeGreaterThan(below.pay.max)
    })
  })
})

describe('framework integrity', () => {
  const { scale } = PM_FRAMEWORK
  const competencies: readonly BuiltInCompetency[] = [...CORE_COMPETENCIES, ...AI_COMPETENCIES]

  it('has at least 12 core competencies and the four AI track ones', () => {
    expect(CORE_COMPETENCIES.length).toBeGreaterThanOrEqual(12)
    expect(CORE_COMPETENCIES.every((c) => c.track === 'core')).toBe(true)
    expect(AI_COMPETENCIES.map((c) => c.id)).toEqual([
      'ml-fundamentals',
      'data-literacy-sql',
      'apis-systems-thinking',
      'algorithmic-success',
    ])
    expect(AI_COMPETENCIES.every((c) => c.track === 'ai')).toBe(true)
  })

  it('uses kebab-case ids', () => {
    for (const item of [...competencies, ...PM_FRAMEWORK.areas, ...PM_FRAMEWORK.levels])
      expect(item.id).toMatch(/^[a-z]+(-[a-z]+)*$/)
  })

  it('has one label per scale value', () => {
    expect(scale.max).toBe(5)
    expect(scale.labels).toHaveLength(scale.max + 1)
  })

  it.each(competencies.map((c) => [c.id, c] as const))('%s: six distinct one-sentence descriptors', (_, c) => {
    expect(c.descriptors).toHaveLength(scale.max + 1)
    expect(new Set(c.descriptors).size).toBe(c.descriptors.length)
    for (const text of c.descriptors) {
      // One observable behaviour: a single sentence, neither a fragment nor an essay.
      expect(text).toMatch(/^[A-Z].*\.$/)
      expect(text.slice(0, -1)).not.toMatch(/[.!?] /)
      const words = text.split(/\s+/).length
      expect(words, text).toBeGreaterThanOrEqual(10)
      expect(words, text).toBeLessThanOrEqual(26)
      expect(text, 'descriptors describe behaviour, not adjectives').not.toMatch(/\bgood at\b|\byou\b|\byour\b/i)
    }
  })

  it('never repeats a descriptor across competencies', () => {
    const all = competencies.flatMap((c) => c.descriptors)
    expect(new Set(all).size).toBe(all.length)
  })

  it.each(competencies.map((c) => [c.id, c] as const))(
    '%s: every level expects a value on the scale, never falling',
    (_, c) => {
      expect(Object.keys(c.expectations).sort()).toEqual([...levelIds].sort())
      let previous = 0
      for (const id of levelIds) {
        const expected = c.expectations[id]
        expect(expected, `${c.id} at ${id}`).toBeDefined()
        expect(Number.isInteger(expected)).toBe(true)
        expect(expected).toBeGreaterThanOrEqual(previous)
        expect(expected).toBeLessThanOrEqual(scale.max)
        previous = expected ?? previous
      }
    },
  )

  it('shapes expectations the way the seeds describe', () => {
    const at = (id: string, level: string) => competency(id).expectations[level]
    // Execution is an associate PM's job from day one (seed 001, APM checklist).
    expect(at('execution-delivery', 'apm')).toBeGreaterThanOrEqual(2)
    // P&L and portfolio arrive with leadership (seed 001, "The Product Leader").
    for (const id of ['business-acumen', 'portfolio-management']) {
      expect(at(id, 'apm')).toBeLessThanOrEqual(1)
      expect(at(id, 'cpo')).toBeGreaterThanOrEqual(4)
    }
    // Nobody reports to an associate PM; mentoring starts at Senior PM.
    expect(at('people-leadership', 'apm')).toBe(0)
    expect(at('people-leadership', 'pm')).toBe(0)
    expect(at('people-leadership', 'spm')).toBeGreaterThanOrEqual(2)
    expect(at('people-leadership', 'gpm')).toBeGreaterThanOrEqual(3)
    // Strategy climbs from executing a given one to setting the company's.
    expect(at('strategy-vision', 'apm')).toBe(1)
    expect(at('strategy-vision', 'cpo')).toBe(5)
    // Directors turn to process (seed 000, Director of Product).
    expect(at('process-org-design', 'director')).toBeGreaterThan(at('process-org-design', 'gpm') ?? 0)
    // Not everything peaks at 5: the top of the ladder is not the top of every scale.
    expect(competencies.some((c) => c.track === 'core' && c.expectations.cpo !== scale.max)).toBe(true)
  })

  it('puts every competency in a known area and cites a seed for every fact', () => {
    const areaIds = new Set(PM_FRAMEWORK.areas.map((a) => a.id))
    for (const c of competencies) expect(areaIds.has(c.areaId), c.id).toBe(true)
    for (const item of [...competencies, ...LEVELS]) expect(item.source, item.id).toMatch(/seed 00\d/)
    expect(PRODUCT_VS_PROJECT.source).toMatch(/seed 00\d/)
    expect(PRODUCT_VS_PROJECT.roles.map((r) => r.role)).toEqual(['Product manager', 'Project manager'])
  })
})

describe('the schema refuses broken frameworks', () => {
  const copy = (): Framework => structuredClone(PM_FRAMEWORK)
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
    expect(issuesOf(broken)).toEqual([expect.stringMatching(/descriptors: needs 6 descriptors \(one per value 0 to 5\), has 5/)])
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
})

describe('suggestions', () => {
  const suggestions: readonly BuiltInSuggestion[] = SUGGESTIONS
  const ladder = PM_FRAMEWORK.levels.map((l) => l.id)
  const forPair = (competencyId: string, levelId: string) =>
    suggestions.filter((s) => s.competencyId === competencyId && (s.levelIds as readonly string[]).includes(levelId))

  it('puts every built-in suggestion into the framework', () => {
    expect(suggestions).toEqual([...SUGGESTIONS])
    expect(suggestions.length).toBeGreaterThanOrEqual(45)
  })

  it.each(PM_FRAMEWORK.competencies.map((c) => [c.id] as const))('%s has at least two suggestions', (id) => {
    expect(suggestions.filter((s) => s.competencyId === id).length).toBeGreaterThanOrEqual(2)
  })

  it('offers something at every level for each competency whose expectation rises there', () => {
    const missing: string[] = []
    for (const c of PM_FRAMEWORK.competencies) {
      let below = 0
      for (const level of ladder) {
        const expected = c.expectations[level] ?? 0
        if (expected > below && forPair(c.id, level).length === 0) missing.push(`${c.id} at ${level}`)
        below = expected
      }
    }
    expect(missing).toEqual([])
  })

  it('offers something for every gap a target level can show: each competency it expects anything of', () => {
    // Stronger than the rule above: a competency that holds steady from one level
    // to the next (e.g. customer insight from Senior PM to Group PM) can still be
    // a gap for someone targeting the higher level, and they need an action too.
    const missing: string[] = []
    for (const c of PM_FRAMEWORK.competencies)
      for (const level of ladder)
        if ((c.expectations[level] ?? 0) > 0 && forPair(c.id, level).length === 0) missing.push(`${c.id} at ${level}`)
    expect(missing).toEqual([])
  })

  it('never aims advice at a level that expects nothing of its competency', () => {
    const misplaced = suggestions.flatMap((s) =>
      s.levelIds.filter((l) => competency(s.competencyId).expectations[l] === 0).map((l) => `${s.id} at ${l}`),
    )
    expect(misplaced).toEqual([])
  })

  it('lists target levels once each, in ladder order', () => {
    for (const s of suggestions) {
      const positions = s.levelIds.map((l) => ladder.indexOf(l))
      expect(positions.every((p) => p >= 0), s.id).toBe(true)
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
      // An instruction, not a sentence: capitalised, no closing full stop.
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

  it('cites a seed for every suggestion', () => {
    for (const s of suggestions) expect(s.source, s.id).toMatch(/seed 00\d/)
  })
})

describe('the schema refuses broken suggestions', () => {
  const withFirstSuggestion = (change: (s: Framework['suggestions'][number]) => void): Framework => {
    const broken: Framework = structuredClone(PM_FRAMEWORK)
    const s = broken.suggestions[0]
    if (!s) throw new Error('framework has no suggestions')
    change(s)
    return broken
  }

  it('refuses a suggestion for an unknown competency', () => {
    const broken = withFirstSuggestion((s) => {
      s.competencyId = 'juggling'
    })
    expect(issuesOf(broken)).toEqual([
      expect.stringMatching(/suggestions\.0\.competencyId: no competency has the id "juggling"/),
    ])
  })

  it('refuses a suggestion for an unknown level', () => {
    const broken = withFirstSuggestion((s) => {
      s.levelIds = [...(s.levelIds ?? []), 'intern']
    })
    expect(issuesOf(broken)).toEqual([expect.stringMatching(/suggestions\.0\.levelIds\.\d+: no level has the id "intern"/)])
  })

  it('refuses a suggestion title over 200 characters', () => {
    const broken = withFirstSuggestion((s) => {
      s.title = 'x'.repeat(201)
    })
    expect(issuesOf(broken)).toHaveLength(1)
    expect(issuesOf(broken)[0]).toMatch(/^suggestions\.0\.title: /)
  })

  it('refuses two suggestions with the same id', () => {
    const broken: Framework = structuredClone(PM_FRAMEWORK)
    const [a, b] = broken.suggestions
    if (!a || !b) throw new Error('framework has fewer than two suggestions')
    b.id = a.id
    expect(issuesOf(broken)).toEqual([expect.stringMatching(new RegExp(`the suggestion id "${a.id}" is used twice`))])
  })
})

describe('sources as a reader can find them', () => {
  it('names the article instead of the seed file in every source the screens show', () => {
    for (const item of [...CORE_COMPETENCIES, ...AI_COMPETENCIES, ...LEVELS, ...SUGGESTIONS, PRODUCT_VS_PROJECT]) {
      const cited = citeSource(item.source)
      expect(cited, item.source).not.toMatch(/seed/i)
      expect(cited).toMatch(/“(Exploring Career Paths for Product Managers|What Is The Product Management Career Path\?)”/)
    }
  })

  it.each([
    { source: 'seed 001, career ladder table (Associate Product Manager row)', cited: '“What Is The Product Management Career Path?”, career ladder table (Associate Product Manager row)' },
    { source: 'seed 000, Director role; seed 001, ladder', cited: '“Exploring Career Paths for Product Managers”, Director role; “What Is The Product Management Career Path?”, ladder' },
    { source: 'Acme wiki, page 3', cited: 'Acme wiki, page 3' },
  ])('$source', ({ source, cited }) => {
    expect(citeSource(source)).toBe(cited)
  })

})
