import type { Competency, Framework, Level } from '../framework-schema'
import { COMPETENCY_SOURCES, LEVEL_SOURCES } from './citations'
import { BUILT_IN_FRAMEWORK_ID, PM_FRAMEWORK } from './index'
import type { Citation } from './sources'
import { withTexts } from './texts'

/*
 * The built-in framework whole: its texts (texts.ts) and the sources of every fact (citations.ts). /ladder
 * shows the sources; the screens that show only texts use withTexts and never load them.
 */

const SOURCES: Readonly<Record<string, Citation[]>> = { ...COMPETENCY_SOURCES, ...LEVEL_SOURCES }

// The built-in's own objects, as texts.ts keys them: an imported framework with the same ids is left alone.
const WHOLE = new Map<Competency | Level, Competency | Level>(
  [...PM_FRAMEWORK.competencies, ...PM_FRAMEWORK.levels].map((item) => [
    item,
    { ...withTexts(item), source: SOURCES[item.id] },
  ]),
)

const whole = <T extends Competency | Level>(item: T): T => (WHOLE.get(item) as T | undefined) ?? item

const fullFrameworks = new WeakMap<Framework, Framework>()

/** The framework with every text and source: the built-in one (or a part of it) made whole, any other as it is. */
export function withBuiltInTexts(framework: Framework): Framework {
  if (framework.id !== BUILT_IN_FRAMEWORK_ID) return framework
  let full = fullFrameworks.get(framework)
  if (!full) {
    // One object per framework object: screens memoise on it.
    full = { ...framework, competencies: framework.competencies.map(whole), levels: framework.levels.map(whole) }
    fullFrameworks.set(framework, full)
  }
  return full
}
