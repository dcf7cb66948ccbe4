import type { Competency, Level } from '../framework-schema'
import { AI_TEXTS } from './ai-track-texts'
import { CORE_TEXTS, type CompetencyTexts } from './competency-texts'
import { PM_FRAMEWORK } from './index'
import { LEVEL_TEXTS, type LevelTexts } from './level-texts'

/*
 * The built-in framework's texts joined to its structure. The first screen and the store need only the
 * structure (PM_FRAMEWORK: ids, names, expectations); a component that shows a descriptor or a level's facts
 * reads it through withTexts, so the texts load with that screen's chunk, never in the first load
 * (vite.config.ts fails the build if they reach it). An imported framework carries its own texts. The sources
 * of every fact, which only /ladder shows, load apart again: full.ts.
 */

const COMPETENCY_TEXTS: Readonly<Record<string, CompetencyTexts>> = { ...CORE_TEXTS, ...AI_TEXTS }
const LEVEL_FACTS: Readonly<Record<string, LevelTexts>> = LEVEL_TEXTS

// Keyed by the built-in's own objects, not by id: an imported framework may use the same ids ("pm",
// "strategy-vision") with texts of its own, or none, and must never be shown the built-in's.
const WITH_TEXTS = new Map<Competency | Level, Competency | Level>([
  ...PM_FRAMEWORK.competencies.map((c): [Competency, Competency] => [c, { ...c, ...COMPETENCY_TEXTS[c.id] }]),
  ...PM_FRAMEWORK.levels.map((l): [Level, Level] => [l, { ...l, ...LEVEL_FACTS[l.id] }]),
])

/**
 * The competency or level with its texts (a competency's summary, descriptors and signals; a level's years,
 * pay, responsibilities and focus): the built-in's with those of this module, any other as it is.
 */
export function withTexts<T extends Competency | Level>(item: T): T {
  return (WITH_TEXTS.get(item) as T | undefined) ?? item
}
