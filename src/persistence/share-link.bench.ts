import * as v from 'valibot'
import { test } from 'vitest'
import { CORE_COMPETENCIES, AI_COMPETENCIES, PM_FRAMEWORK } from '../domain/framework'
import { frameworkSchema, type FrameworkInput } from '../domain/framework-schema'
import { decodeLink, encodeLink, type ShareSnapshot } from './share-link'

/**
 * Share-link sizes and speed. A link for the built-in framework must stay under 2,000 characters
 * (what every chat tool and mail client keeps whole); an imported framework travels inside its link,
 * so its size is printed too, for a 47-competency matrix with seven descriptors each (the shape of
 * real skills matrices). Run with `npm run bench`.
 */
// Varied prose (a seeded pseudo-random pick from a vocabulary), so it compresses like real text does.
const words = (
  'owns shapes reviews ships measures coaches plans designs leads tests decides explains the a of for with team ' +
  'product data model query pipeline cost quality customers results roadmap strategy risks budget partners ' +
  'metrics dashboards experiments releases incidents standards architecture security privacy documentation ' +
  'mentoring hiring stakeholders priorities trade-offs outcomes insights research interviews segments pricing'
).split(' ')
let seed = 42
const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31)
const sentence = () => Array.from({ length: 24 }, () => words[next() % words.length]).join(' ') + '.'
const matrix: FrameworkInput = {
  id: 'skills-matrix',
  name: 'Skills matrix',
  scale: { max: 6 },
  levels: ['Junior', 'Confirmed', 'Senior', 'Expert'].map((title) => ({ id: title.toLowerCase(), title })),
  competencies: Array.from({ length: 47 }, (_, c) => ({
    id: `skill-${c}`,
    name: `Skill number ${c}`,
    descriptors: Array.from({ length: 7 }, sentence),
    expectations: { junior: 1, confirmed: 2, senior: 3, expert: 4 },
  })),
}
const snapshot = (framework: ShareSnapshot['framework'], ids: string[]): ShareSnapshot => ({
  kind: 'share',
  id: 'abcdefghijkl',
  createdAt: '2027-01-11T10:00:00.000Z',
  framework,
  currentLevelId: null,
  targetLevelId: 'senior',
  tracks: {},
  notRelevant: [],
  ratings: Object.fromEntries(ids.map((id, i) => [id, i % 5])),
})
const builtIn = snapshot(
  { builtIn: 'pm-ladder', version: PM_FRAMEWORK.version },
  [...CORE_COMPETENCIES, ...AI_COMPETENCIES].map((c) => c.id),
)
const imported = snapshot(
  { custom: v.parse(frameworkSchema, matrix) },
  matrix.competencies.map((c) => c.id),
)

test('share links: sizes, encode and decode', async ({ bench }) => {
  const origin = 'https://trajectory.example/shared#'
  const [a, b] = await Promise.all([encodeLink(builtIn), encodeLink(imported)])
  console.log(`built-in framework, 17 ratings, no notes: ${(origin + a).length} characters`)
  console.log(
    `imported 47-competency framework: ${(origin + b).length} characters (JSON ${JSON.stringify(imported).length})`,
  )
  await bench.compare(
    bench('encode, built-in', async () => void (await encodeLink(builtIn))),
    bench('decode, built-in', async () => void (await decodeLink(a))),
    bench('encode, 47-competency framework', async () => void (await encodeLink(imported))),
    bench('decode, 47-competency framework', async () => void (await decodeLink(b))),
  )
})
