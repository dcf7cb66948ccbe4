import type { Competency, Framework, Level } from '../framework-schema'

/** A three-level, four-competency framework for unit tests: small enough to reason about by hand. */
const level = (id: string, title: string, min: number): Level => ({
  id,
  title,
  shortTitle: title,
  years: { min, max: min + 2 },
  responsibilities: [`${title} work`],
  focus: `${title} focus`,
  pay: { min: 100_000 * (min + 1), max: 150_000 * (min + 1), openEnded: false },
  source: 'test',
})

const competency = (
  id: string,
  name: string,
  expectations: [number, number, number],
  track: Competency['track'] = 'core',
): Competency => ({
  id,
  name,
  areaId: 'craft',
  track,
  summary: `${name} summary`,
  descriptors: [0, 1, 2, 3, 4, 5].map((v) => `${name} at ${v}`),
  expectations: { junior: expectations[0], mid: expectations[1], lead: expectations[2] },
  source: 'test',
})

export const TINY_FRAMEWORK: Framework = {
  id: 'tiny',
  name: 'Tiny',
  version: '1',
  scale: { max: 5, labels: ['Not yet', 'Guided', 'Independent', 'Owns', 'Teams', 'Company'] },
  levels: [level('junior', 'Junior', 0), level('mid', 'Mid', 2), level('lead', 'Lead', 5)],
  areas: [{ id: 'craft', name: 'Craft', summary: 'Craft' }],
  tracks: [{ id: 'ai', name: 'AI track', onByDefault: false }],
  competencies: [
    competency('delivery', 'Delivery', [2, 3, 4]),
    competency('strategy', 'Strategy', [1, 3, 5]),
    competency('insight', 'Insight', [1, 3, 4]),
    competency('ml', 'ML fundamentals', [1, 2, 3], 'ai'),
  ],
  suggestions: [
    {
      id: 'stories',
      competencyId: 'delivery',
      levelIds: ['junior'],
      title: 'Write stories',
      detail: 'd',
      source: 'test',
    },
    {
      id: 'ship',
      competencyId: 'delivery',
      levelIds: ['mid', 'lead'],
      title: 'Ship a feature',
      detail: 'd',
      source: 'test',
    },
    {
      id: 'roadmap',
      competencyId: 'strategy',
      levelIds: ['mid'],
      title: 'Draft a roadmap',
      detail: 'd',
      source: 'test',
    },
    {
      id: 'vision',
      competencyId: 'strategy',
      levelIds: ['lead'],
      title: 'Write the vision',
      detail: 'd',
      source: 'test',
    },
    {
      id: 'interviews',
      competencyId: 'insight',
      levelIds: ['junior', 'mid'],
      title: 'Interview customers',
      detail: 'd',
      source: 'test',
    },
  ],
  levelRule: { kind: 'bars' },
}

export const TINY_CORE = TINY_FRAMEWORK.competencies.filter((c) => c.track === 'core')
