/**
 * The two articles the built-in framework's facts come from, as a reader can look them up.
 * The data cites them by their file names in the seeds ("seed 000", "seed 001": see
 * /work/shared/seeds/README.md); a user cannot find an article by that name, so every screen
 * shows a source through citeSource, which names the article instead. The data keeps its
 * short citations (framework.test.ts checks them), and nothing stored changes.
 */
export interface SourceArticle {
  /** How the data cites it. */
  seed: string
  /** The article's title, or its first heading where the text has no title. */
  title: string
  /** What it covers, in a few words. */
  about: string
}

export const SOURCE_ARTICLES: readonly SourceArticle[] = [
  {
    seed: 'seed 000',
    // The text opens with "Career paths for product managers", then its heading.
    title: 'Exploring Career Paths for Product Managers',
    about: 'six roles from Associate PM to Chief Product Officer, the skills each needs, and product vs project management',
  },
  {
    seed: 'seed 001',
    // No title in the text: its first heading, which a search finds.
    title: 'What Is The Product Management Career Path?',
    about:
      'the seven-step career ladder with years, responsibilities and pay ranges, how PM skills evolve with seniority, checklists per level and the AI PM skill set',
  },
]

/**
 * A source note as a reader can follow it: each "seed 000" / "seed 001" becomes the article's title
 * in quotes ("seed 001, career ladder table" → "“What Is The Product Management Career Path?”, career
 * ladder table"); the sections named after it are the article's own headings. Anything else is kept.
 */
export function citeSource(source: string): string {
  return SOURCE_ARTICLES.reduce(
    (text, article) => text.replace(new RegExp(`\\b${article.seed}\\b`, 'gi'), `“${article.title}”`),
    source,
  )
}
