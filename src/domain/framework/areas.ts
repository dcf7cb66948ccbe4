import type { Area } from '../framework-schema'

/**
 * Competency areas: how the competencies are grouped on screen. The grouping
 * follows the skill lists of the career-paths article (per role) and the career-path article ("How PM skills
 * evolve with seniority", the product-leader competencies, the AI PM skill set).
 */
export const AREAS = [
  {
    id: 'strategy',
    name: 'Strategy',
    summary: 'Where the product goes and why: vision, strategy and the roadmap that carries them.',
  },
  {
    id: 'execution',
    name: 'Execution',
    summary: 'Turning plans into shipped product and making sound calls along the way.',
  },
  {
    id: 'customer-data',
    name: 'Customer & data',
    summary: 'Learning what customers need and measuring what the product actually does for them.',
  },
  {
    id: 'leadership',
    name: 'Leadership & influence',
    summary: 'Moving people without formal authority, growing other PMs and shaping how the team works.',
  },
  {
    id: 'business',
    name: 'Business',
    summary: 'How the product makes and spends money, and where the company should invest next.',
  },
  {
    id: 'technical',
    name: 'Technical craft',
    summary: 'Understanding how the product is built, well enough to weigh trade-offs with engineers.',
  },
  {
    id: 'ai',
    name: 'AI product',
    summary: 'The optional AI PM track: models, their data, their interfaces and what "good" means for them.',
  },
] as const satisfies readonly Area[]

export type AreaId = (typeof AREAS)[number]['id']
