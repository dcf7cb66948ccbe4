import { cite, type Citation } from './sources'

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
