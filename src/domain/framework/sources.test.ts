import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PM_FRAMEWORK } from './index'
import { PRODUCT_VS_PROJECT } from './product-vs-project'
import { SUGGESTIONS } from './suggestions'
import { ARTICLES, type ArticleId, type Citation } from './sources'
import { withBuiltInTexts } from './full'

/**
 * Every quote the built-in framework cites, found in its article and inside the section it names.
 * The articles are the seeds in ../shared/seeds/ beside the repository; a machine without them (CI)
 * skips this file and says so.
 */
const SEEDS = resolve(__dirname, '../../../../shared/seeds')
const FILES: Record<ArticleId, string> = {
  'career-paths': '000_89f32df43abf1e67.txt',
  'career-path': '001_7d02eb07829324eb.txt',
}
const present = existsSync(resolve(SEEDS, FILES['career-paths'])) && existsSync(resolve(SEEDS, FILES['career-path']))
if (!present)
  console.warn(`sources.test.ts: the seed articles are not in ${SEEDS}, so no quote is checked against them.`)

/** Straight and curly apostrophes and quotes read as the same character; so do runs of white space. */
const normalise = (text: string) => text.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ')

const { levels, competencies } = withBuiltInTexts(PM_FRAMEWORK)
const facts: { name: string; source: readonly Citation[] }[] = [
  ...levels.map((l) => ({ name: l.id, source: l.source as readonly Citation[] })),
  ...competencies.map((c) => ({ name: c.id, source: c.source as readonly Citation[] })),
  ...SUGGESTIONS.map((s) => ({ name: s.id, source: s.source as readonly Citation[] })),
  { name: 'product vs project', source: PRODUCT_VS_PROJECT.source },
]

describe.skipIf(!present)('quotes against the articles in ../shared/seeds/', () => {
  const text = (article: ArticleId) => readFileSync(resolve(SEEDS, FILES[article]), 'utf8')

  /** Each section's text: from its heading line to the next canonical heading. */
  function sectionsOf(article: ArticleId): Map<string, string> {
    const lines = text(article)
      .split('\n')
      .map((l) => l.trim())
    const headings = ARTICLES[article].sections as readonly string[]
    const starts = headings.map((h) => lines.indexOf(h))
    const map = new Map<string, string>()
    headings.forEach((h, i) => map.set(h, normalise(lines.slice(starts[i], starts[i + 1] ?? lines.length).join('\n'))))
    return map
  }

  it.each(Object.keys(ARTICLES) as ArticleId[])(
    '%s: every section is a heading of the article, in its order',
    (article) => {
      const lines = text(article)
        .split('\n')
        .map((l) => l.trim())
      const starts = (ARTICLES[article].sections as readonly string[]).map((h) => lines.indexOf(h))
      expect(starts.filter((s) => s < 0)).toEqual([])
      expect(starts).toEqual([...starts].sort((a, b) => a - b))
    },
  )

  it('finds every quote in its article, inside the section it names', () => {
    const sections = { 'career-paths': sectionsOf('career-paths'), 'career-path': sectionsOf('career-path') }
    const missing: string[] = []
    for (const fact of facts)
      for (const c of fact.source) {
        const body = sections[c.article].get(c.section) ?? ''
        if (!body.includes(normalise(c.quote))) missing.push(`${fact.name}: "${c.quote}" (${c.section})`)
      }
    expect(missing).toEqual([])
  })

  it('types out the ladder table header the pay ranges come from', () => {
    expect(text('career-path')).toContain('Total Compensation (Base + Bonus + Equity)')
    expect(text('career-path')).toContain('primarily U.S. tech hubs like SF Bay Area and NYC; adjust for location')
  })
})

describe.skipIf(present)('quotes against the articles (skipped)', () => {
  it(`needs the seed articles in ${SEEDS}`, () => {
    expect(present).toBe(false)
  })
})
