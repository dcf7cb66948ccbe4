import type { BuiltInCompetencyStructure } from './competencies'

/*
 * The optional AI PM track: the career-path article's "Foundational Skills for Aspiring AI PMs". Shown only when
 * the user switches the track on. These are craft skills, so their values measure depth of skill,
 * not breadth of scope (version 2): a Director and a Senior PM who understand models equally well
 * rate the same. Expectations describe a PM who has chosen the track: a little at APM, a product
 * area's worth by Group PM, and rarely hands-on mastery at the top. Their texts are in ai-track-texts.ts.
 */
export const AI_COMPETENCIES = [
  {
    id: 'ml-fundamentals',
    name: 'ML fundamentals',
    shortName: 'ML fundamentals',
    areaId: 'ai',
    track: 'ai',
    expectations: { 'not-a-pm': 0, apm: 1, pm: 1, spm: 2, gpm: 3, director: 3, vp: 3, cpo: 4 },
  },
  {
    id: 'data-literacy-sql',
    name: 'Data literacy and SQL',
    shortName: 'Data & SQL',
    areaId: 'ai',
    track: 'ai',
    expectations: { 'not-a-pm': 0, apm: 1, pm: 2, spm: 3, gpm: 3, director: 3, vp: 3, cpo: 3 },
  },
  {
    id: 'apis-systems-thinking',
    name: 'APIs and systems thinking',
    shortName: 'APIs & systems',
    areaId: 'ai',
    track: 'ai',
    expectations: { 'not-a-pm': 0, apm: 1, pm: 2, spm: 2, gpm: 3, director: 3, vp: 4, cpo: 4 },
  },
  {
    id: 'algorithmic-success',
    name: 'Defining algorithmic success',
    shortName: 'Model metrics',
    areaId: 'ai',
    track: 'ai',
    expectations: { 'not-a-pm': 0, apm: 1, pm: 2, spm: 3, gpm: 3, director: 4, vp: 4, cpo: 4 },
  },
] as const satisfies readonly BuiltInCompetencyStructure[]

export type AiCompetencyId = (typeof AI_COMPETENCIES)[number]['id']
