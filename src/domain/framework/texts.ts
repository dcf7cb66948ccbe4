import type { Competency, Framework, Level } from '../framework-schema'
import { AI_TEXTS } from './ai-track-texts'
import { CORE_TEXTS, type CompetencyTexts } from './competency-texts'
import { BUILT_IN_FRAMEWORK_ID, PM_FRAMEWORK } from './index'
import { LEVEL_TEXTS } from './level-texts'

/*
 * The built-in framework's texts joined to its structure. The first screen and the store need only the
 * structure (PM_FRAMEWORK: ids, names, expectations); a screen that shows a descriptor, a level's facts
 * or a source imports this module, so the texts load with that screen's chunk, never in the first load
 * (vite.config.ts fails the build if they reach it). An imported framework carries its own texts.
 */

const COMPETENCY_TEXTS: Readonly<Record<string, CompetencyTexts>> = { ...CORE_TEXTS, ...AI_TEXTS }

// Keyed by the built-in's own objects, not by id: an imported framework may use the same ids ("pm",
// "strategy-vision") with texts of its own, or none, and must never be shown the built-in's.
const FULL = new Map<Competency | Level, Competency | Level>([
  ...PM_FRAMEWORK.competencies.map((c): [Competency, Competency] => [c, { ...c, ...COMPETENCY_TEXTS[c.id] }]),
  ...PM_FRAMEWORK.levels.map((l): [Level, Level] => [l, { ...l, ...LEVEL_TEXTS[l.id as keyof typeof LEVEL_TEXTS] }]),
])

/** The competency or level with its texts: the built-in's with those of this module, any other as it is. */
export function withTexts<T extends Competency | Level>(item: T): T {
  return (FULL.get(item) as T | undefined) ?? item
}

const fullFrameworks = new WeakMap<Framework, Framework>()

/** The framework with every text: the built-in one (or a part of it) joined to its texts, any other as it is. */
export function withBuiltInTexts(framework: Framework): Framework {
  if (framework.id !== BUILT_IN_FRAMEWORK_ID) return framework
  let full = fullFrameworks.get(framework)
  if (!full) {
    // One object per framework object: screens memoise on it.
    full = {
      ...framework,
      competencies: framework.competencies.map(withTexts),
      levels: framework.levels.map(withTexts),
    }
    fullFrameworks.set(framework, full)
  }
  return full
}
