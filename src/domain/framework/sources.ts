import type { Source } from '../framework-schema'

/**
 * The two articles the built-in framework's facts come from, as a reader can look them up.
 * They are kept as text files beside the repository (../shared/seeds, read by sources.test.ts); a user
 * cannot find an article by its file name, so the data cites an article by an id, and every screen shows its title and the
 * section through citeSource. Each article's sections are its own headings, word for word and in
 * the article's order: one canonical name per section. sources.test.ts finds every heading and every
 * quote in the articles themselves.
 */
export const ARTICLES = {
  'career-paths': {
    // The text opens with "Career paths for product managers", then this heading.
    title: 'Exploring Career Paths for Product Managers',
    about:
      'six roles from Associate PM to Chief Product Officer, the skills each needs, and product vs project management',
    sections: [
      'The Product Manager’s Career Path',
      'Associate Product Manager Role',
      'Entry-Level Product Management Skills:',
      'Product Manager Role',
      'Senior Product Manager Role',
      'Skills for Senior Product Managers',
      'Director of Product Role',
      'VP of Product Role',
      'Chief Product Officer Role',
      'Skills for Chief Product Officers',
      'What is Product Management?',
      'Key Skills for Product Managers:',
      'Product Management vs Project Management',
      'Conclusion: Product Management Career Paths',
    ],
  },
  'career-path': {
    // No title in the text: its first heading, which a search finds.
    title: 'What Is The Product Management Career Path?',
    about:
      'the seven-step career ladder with years, responsibilities and pay ranges, how PM skills evolve with seniority, checklists per level, the AI PM skill set and ways to break in',
    sections: [
      'What Is The Product Management Career Path?',
      'From Tactical Execution To Strategic Ownership',
      'The Product Management Career Ladder',
      'Charting Your Own Trajectory',
      'Navigating the PM Salary and Job Market Landscape',
      'The Great Divide: Junior Versus Senior Roles',
      'Understanding Compensation Across Levels',
      'Essential Skills for Each Product Management Level',
      'The Associate PM: The Execution Expert',
      'The Senior PM: The Strategic Influencer',
      'How PM Skills Evolve with Seniority',
      'The Product Leader: The Visionary and Multiplier',
      'The Rise of the AI Product Manager',
      'What an AI PM Actually Does',
      'The Explosive Demand for AI Product Talent',
      'Foundational Skills for Aspiring AI PMs',
      'How to Break Into Product Management',
      'Path 1: The Internal Transfer',
      'Path 2: Transitioning From an Adjacent Role',
      'Path 3: The APM Program',
      'Product Management Career Questions Answered',
      'Do I Need a Technical Background for a Product Management Career?',
      'What Is the Difference Between a Product Manager and a Project Manager?',
      'How Can I Gain Product Experience Without Being a PM?',
      'What Are the Most Important Tools for a Modern Product Manager?',
    ],
  },
} as const

export type ArticleId = keyof typeof ARTICLES

/** A passage of one of the built-in articles: the section by its canonical name, and a short verbatim quote. */
export type Citation = {
  [A in ArticleId]: { article: A; section: (typeof ARTICLES)[A]['sections'][number]; quote: string }
}[ArticleId]

/** The built-in articles in the order the ladder page lists them. */
export const SOURCE_ARTICLES = (Object.keys(ARTICLES) as ArticleId[]).map((id) => ({ id, ...ARTICLES[id] }))

const titleOf = (article: string) =>
  (ARTICLES as Record<string, { title: string } | undefined>)[article]?.title ?? article

/**
 * A source as a reader can follow it. A list of citations reads "“Article title”, Section; …", the
 * same article named once for its sections in a row; a free-text source (an imported framework's, or
 * an older one citing "seed 000" / "seed 001", the articles' old file names) is kept, with each named by
 * its article's title.
 * Never a file name.
 */
export function citeSource(source: Source): string {
  if (typeof source !== 'string') {
    // Citations of one article in a row name it once, then each of their sections once.
    const groups: { article: string; sections: string[] }[] = []
    for (const c of source) {
      const last = groups.at(-1)
      const group = last?.article === c.article ? last : { article: c.article, sections: [] }
      if (group !== last) groups.push(group)
      const section = c.section?.replace(/:$/, '')
      if (section && !group.sections.includes(section)) group.sections.push(section)
    }
    return groups.map((g) => [`“${titleOf(g.article)}”`, ...g.sections].join(', ')).join('; ')
  }
  return source
    .replace(/\bseed 000\b/gi, `“${ARTICLES['career-paths'].title}”`)
    .replace(/\bseed 001\b/gi, `“${ARTICLES['career-path'].title}”`)
}

/** Shorthand for typing citations in the data. */
export const cite = (...citations: Citation[]): Citation[] => citations
