import type { AiCompetencyId } from './ai-track'
import type { CoreCompetencyId } from './competencies'
import type { LevelId } from './levels'
import { cite, type Citation } from './sources'

/*
 * Where each fact of the built-in framework comes from, by competency or level id. Only /ladder shows them
 * (a level's sources; a competency's are for whoever checks the data, and for sources.test.ts), so they sit
 * apart from the texts that the overview, /gaps and /assess show: full.ts joins them.
 */

export const COMPETENCY_SOURCES = {
  'strategy-vision': cite(
    {
      article: 'career-path',
      section: 'How PM Skills Evolve with Seniority',
      quote: 'Executes on a pre-defined strategy and roadmap.',
    },
    {
      article: 'career-path',
      section: 'How PM Skills Evolve with Seniority',
      quote: 'Sets the vision and strategy for an entire product portfolio, making investment decisions.',
    },
    {
      article: 'career-path',
      section: 'The Product Management Career Ladder',
      quote: 'setting the vision for a product line',
    },
    {
      article: 'career-path',
      section: 'The Product Management Career Ladder',
      quote: 'Setting company-wide product strategy',
    },
    {
      article: 'career-paths',
      section: 'Director of Product Role',
      quote: 'developing and executing product strategies that drive business growth',
    },
  ),
  'roadmapping-prioritisation': cite(
    {
      article: 'career-path',
      section: 'The Senior PM: The Strategic Influencer',
      quote: 'Build a multi-quarter roadmap that tells a story about where the product is going.',
    },
    {
      article: 'career-paths',
      section: 'Product Manager Role',
      quote: 'prioritizing tasks, making trade-offs, and balancing competing priorities',
    },
    {
      article: 'career-paths',
      section: 'VP of Product Role',
      quote: 'their ability to align the product roadmap with the overall business strategy',
    },
    {
      article: 'career-paths',
      section: 'Chief Product Officer Role',
      quote: 'By defining a clear product vision and roadmap, the CPO guides the development process',
    },
  ),
  'execution-delivery': cite(
    {
      article: 'career-path',
      section: 'The Associate PM: The Execution Expert',
      quote: 'Write Pristine User Stories',
    },
    {
      article: 'career-path',
      section: 'The Associate PM: The Execution Expert',
      quote: 'Work with your engineering lead daily to remove blockers.',
    },
    {
      article: 'career-path',
      section: 'The Senior PM: The Strategic Influencer',
      quote: 'Execution is table stakes.',
    },
    {
      article: 'career-paths',
      section: 'Product Manager Role',
      quote: 'understanding of user experience (UX) principles',
    },
    {
      article: 'career-path',
      section: 'What Are the Most Important Tools for a Modern Product Manager?',
      quote: 'Figma is the universal language for working with designers.',
    },
    {
      article: 'career-path',
      section: 'What Are the Most Important Tools for a Modern Product Manager?',
      quote: 'AI & Productivity: This is no longer a "nice to have."',
    },
  ),
  'customer-insight': cite(
    {
      article: 'career-path',
      section: 'The Associate PM: The Execution Expert',
      quote: 'Partner with a designer to talk to at least 2-3 customers every week.',
    },
    {
      article: 'career-paths',
      section: 'Product Manager Role',
      quote: 'The ability to analyze market trends, customer feedback, and competitive landscape is vital',
    },
    {
      article: 'career-path',
      section: 'How PM Skills Evolve with Seniority',
      quote: 'Conducts market analysis, defines KPIs',
    },
    { article: 'career-paths', section: 'VP of Product Role', quote: 'Market analysis and competitive intelligence' },
    {
      article: 'career-paths',
      section: 'Chief Product Officer Role',
      quote: 'identifying new market opportunities, conducting market research',
    },
  ),
  'data-analytics': cite(
    {
      article: 'career-path',
      section: 'How PM Skills Evolve with Seniority',
      quote: 'Pulls usage data and tracks feature-level metrics (e.g., adoption, engagement).',
    },
    {
      article: 'career-path',
      section: 'How PM Skills Evolve with Seniority',
      quote: 'uses data to make portfolio-level decisions',
    },
    { article: 'career-path', section: 'The Associate PM: The Execution Expert', quote: 'Master Data Analysis' },
    { article: 'career-paths', section: 'Skills for Chief Product Officers', quote: 'Data-Driven Decision Making' },
  ),
  communication: cite(
    {
      article: 'career-path',
      section: 'How PM Skills Evolve with Seniority',
      quote: 'Clearly communicates requirements and sprint goals to the immediate team.',
    },
    {
      article: 'career-path',
      section: 'How PM Skills Evolve with Seniority',
      quote: 'presents product strategy to leadership',
    },
    {
      article: 'career-path',
      section: 'How PM Skills Evolve with Seniority',
      quote: 'Communicates the product vision to the entire company, the board, and external partners.',
    },
    {
      article: 'career-paths',
      section: 'VP of Product Role',
      quote: 'Effective communication at all organizational levels',
    },
  ),
  'cross-functional-influence': cite(
    {
      article: 'career-paths',
      section: 'Entry-Level Product Management Skills:',
      quote: 'Working effectively with cross-functional teams and stakeholders to achieve product goals',
    },
    {
      article: 'career-path',
      section: 'The Senior PM: The Strategic Influencer',
      quote: 'This is the art of getting buy-in from leaders in engineering, design, marketing, and sales',
    },
    {
      article: 'career-paths',
      section: 'Director of Product Role',
      quote: 'work closely with senior and executive leadership',
    },
    {
      article: 'career-path',
      section: 'The Product Management Career Ladder',
      quote: 'aligning with executive team',
    },
    {
      article: 'career-paths',
      section: 'Chief Product Officer Role',
      quote: 'The CPO reports directly to the CEO and collaborates closely with other executives',
    },
  ),
  'people-leadership': cite(
    { article: 'career-path', section: 'The Product Management Career Ladder', quote: 'mentoring junior PMs' },
    { article: 'career-path', section: 'The Product Management Career Ladder', quote: 'Managing a team of PMs' },
    {
      article: 'career-path',
      section: 'The Product Management Career Ladder',
      quote: 'managing the entire product function',
    },
    {
      article: 'career-path',
      section: 'How PM Skills Evolve with Seniority',
      quote: 'Builds and scales the product organization, hires talent, and creates a culture of innovation.',
    },
  ),
  'business-acumen': cite(
    {
      article: 'career-paths',
      section: 'Associate Product Manager Role',
      quote:
        'Associate product managers have a direct impact on the prioritization of projects and the allocation of resources.',
    },
    { article: 'career-path', section: 'The Product Management Career Ladder', quote: 'owning key business metrics' },
    {
      article: 'career-path',
      section: 'How PM Skills Evolve with Seniority',
      quote: 'Owns the P&L for a product line',
    },
    { article: 'career-paths', section: 'VP of Product Role', quote: 'Budgeting and resource allocation' },
    {
      article: 'career-paths',
      section: 'Chief Product Officer Role',
      quote: 'the CPO focuses on driving business impact through product innovation and growth',
    },
  ),
  'technical-literacy': cite(
    {
      article: 'career-path',
      section: 'Do I Need a Technical Background for a Product Management Career?',
      quote: 'technical literacy is absolutely non-negotiable',
    },
    {
      article: 'career-path',
      section: 'Do I Need a Technical Background for a Product Management Career?',
      quote: 'system architecture, APIs, and technical trade-offs',
    },
    { article: 'career-paths', section: 'VP of Product Role', quote: 'Technical acumen coupled with business savvy' },
    {
      article: 'career-paths',
      section: 'Chief Product Officer Role',
      quote: 'a deep understanding of market trends, consumer behavior, and emerging technologies',
    },
  ),
  'decision-making': cite(
    {
      article: 'career-paths',
      section: 'Entry-Level Product Management Skills:',
      quote: 'Making informed decisions based on data, user feedback, and product objectives',
    },
    {
      article: 'career-paths',
      section: 'Skills for Senior Product Managers',
      quote: 'Decision-making and problem-solving',
    },
    {
      article: 'career-paths',
      section: 'Chief Product Officer Role',
      quote: 'make tough decisions, and navigate through complex challenges',
    },
  ),
  'process-org-design': cite(
    { article: 'career-path', section: 'The Product Management Career Ladder', quote: 'Managing a team of PMs' },
    {
      article: 'career-paths',
      section: 'Director of Product Role',
      quote: 'focusing on team effectiveness and process improvement',
    },
    {
      article: 'career-path',
      section: 'The Product Leader: The Visionary and Multiplier',
      quote:
        'Structuring the product team effectively, defining clear roles and responsibilities, and creating career ladders',
    },
  ),
  'portfolio-management': cite(
    {
      article: 'career-path',
      section: 'The Product Management Career Ladder',
      quote: 'Organizational leadership and portfolio management.',
    },
    {
      article: 'career-path',
      section: 'The Product Leader: The Visionary and Multiplier',
      quote:
        'Making the tough strategic calls about which products or initiatives to fund, which to scale, and which to sunset',
    },
    {
      article: 'career-paths',
      section: 'VP of Product Role',
      quote: 'As an executive responsible for the entire product portfolio',
    },
  ),
  'innovation-opportunities': cite(
    {
      article: 'career-path',
      section: 'Path 1: The Internal Transfer',
      quote: 'Pull some usage data to find a hidden opportunity.',
    },
    {
      article: 'career-paths',
      section: 'Director of Product Role',
      quote: 'identify opportunities for innovation and market expansion',
    },
    {
      article: 'career-paths',
      section: 'VP of Product Role',
      quote: 'fostering a collaborative culture that facilitates innovation',
    },
    {
      article: 'career-path',
      section: 'The Product Management Career Ladder',
      quote: "Driving the company's overall product innovation and vision",
    },
    {
      article: 'career-paths',
      section: 'Skills for Chief Product Officers',
      quote: 'The capacity to drive innovation and identify new opportunities that will fuel growth',
    },
  ),
  'ml-fundamentals': cite(
    {
      article: 'career-path',
      section: 'Foundational Skills for Aspiring AI PMs',
      quote: 'Understand supervised vs. unsupervised learning, classification vs. regression',
    },
    {
      article: 'career-path',
      section: 'What an AI PM Actually Does',
      quote: 'frame the problem the model needs to solve',
    },
  ),
  'data-literacy-sql': cite({
    article: 'career-path',
    section: 'Foundational Skills for Aspiring AI PMs',
    quote: 'You need to be good enough with SQL to pull from databases, check datasets for bias',
  }),
  'apis-systems-thinking': cite(
    {
      article: 'career-path',
      section: 'Foundational Skills for Aspiring AI PMs',
      quote: 'what makes for a good developer experience, and how your model fits into the bigger picture',
    },
    {
      article: 'career-path',
      section: 'Do I Need a Technical Background for a Product Management Career?',
      quote: 'you need to know how microservices communicate',
    },
  ),
  'algorithmic-success': cite(
    {
      article: 'career-path',
      section: 'Foundational Skills for Aspiring AI PMs',
      quote: 'model-specific metrics like precision, recall, and F1 score',
    },
    {
      article: 'career-path',
      section: 'What an AI PM Actually Does',
      quote: 'what’s an acceptable margin of error for our users?',
    },
  ),
} as const satisfies Record<CoreCompetencyId | AiCompetencyId, Citation[]>

/** The ladder table's lead-in: where its ranges hold. */
const PAY_QUOTE = 'primarily U.S. tech hubs like SF Bay Area and NYC; adjust for location'

export const LEVEL_SOURCES = {
  'not-a-pm': cite(
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
  apm: cite(
    {
      article: 'career-path',
      section: 'The Product Management Career Ladder',
      quote: 'Writing user stories, managing backlogs, analyzing data, conducting user research.',
    },
    { article: 'career-path', section: 'The Product Management Career Ladder', quote: PAY_QUOTE },
  ),
  pm: cite(
    {
      article: 'career-path',
      section: 'The Product Management Career Ladder',
      quote: 'Owning a feature or small product, defining requirements, working with cross-functional teams.',
    },
    { article: 'career-path', section: 'The Product Management Career Ladder', quote: PAY_QUOTE },
  ),
  spm: cite(
    {
      article: 'career-path',
      section: 'The Product Management Career Ladder',
      quote: 'Defining product strategy, mentoring junior PMs, owning a larger product area or multiple features.',
    },
    { article: 'career-path', section: 'The Product Management Career Ladder', quote: PAY_QUOTE },
  ),
  gpm: cite(
    {
      article: 'career-path',
      section: 'The Product Management Career Ladder',
      quote: 'Managing a team of PMs, setting the vision for a product line, owning key business metrics.',
    },
    { article: 'career-path', section: 'The Product Management Career Ladder', quote: PAY_QUOTE },
  ),
  director: cite(
    {
      article: 'career-path',
      section: 'The Product Management Career Ladder',
      quote: 'Leading a larger product organization, resource allocation, defining long-term product vision.',
    },
    { article: 'career-path', section: 'The Product Management Career Ladder', quote: PAY_QUOTE },
  ),
  vp: cite(
    {
      article: 'career-path',
      section: 'The Product Management Career Ladder',
      quote:
        'Setting company-wide product strategy, managing the entire product function, aligning with executive team.',
    },
    { article: 'career-path', section: 'The Product Management Career Ladder', quote: PAY_QUOTE },
  ),
  cpo: cite(
    {
      article: 'career-path',
      section: 'The Product Management Career Ladder',
      quote: "Driving the company's overall product innovation and vision, reporting to the CEO.",
    },
    { article: 'career-path', section: 'The Product Management Career Ladder', quote: PAY_QUOTE },
  ),
} as const satisfies Record<LevelId, Citation[]>
