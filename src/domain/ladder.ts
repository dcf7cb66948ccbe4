import type { Competency, Level } from './framework-schema'
import { expectationOf } from './ratings'
import { groupThousands } from './numbers'

/** The level after the given one on the ladder, or the same level at the top. */
export function levelAbove(levels: readonly Level[], levelId: string): Level | undefined {
  const i = levels.findIndex((l) => l.id === levelId)
  if (i < 0) return undefined
  return levels[Math.min(i + 1, levels.length - 1)]
}

/**
 * The ladder itself: every level but the starting points before it (the built-in "Not a PM yet").
 * Also the levels a user may aim at: a starting point is where one begins, never a target.
 */
export function ladderLevels<L extends Pick<Level, 'startingPoint'>>(levels: readonly L[]): L[] {
  return levels.filter((l) => !l.startingPoint)
}

/** The level's short label for axes and tight layouts; its title when the framework gives none. */
export function shortTitleOf(level: Pick<Level, 'title' | 'shortTitle'>): string {
  return level.shortTitle ?? level.title
}

export function levelById(levels: readonly Level[], levelId: string): Level | undefined {
  return levels.find((l) => l.id === levelId)
}

export interface Rise {
  competency: Competency
  from: number
  to: number
}

/** What a level expects beyond another: the competencies whose expectation rises between them. */
export function expectationRises(
  competencies: readonly Competency[],
  fromLevelId: string | null,
  toLevelId: string,
): Rise[] {
  return competencies.flatMap((competency) => {
    const from = (fromLevelId === null ? 0 : expectationOf(competency, fromLevelId)) ?? 0
    const to = expectationOf(competency, toLevelId)
    return to !== null && to > from ? [{ competency, from, to }] : []
  })
}

/** Whether the framework gives any of a level's facts (years, pay, responsibilities, focus). */
export function hasFacts(level: Level): boolean {
  return Boolean(level.years || level.pay || level.responsibilities || level.focus)
}

/** "0–2 years", "10+ years". */
export function formatYears(years: NonNullable<Level['years']>): string {
  return years.max === null ? `${years.min}+ years` : `${years.min}–${years.max} years`
}

/** "$110,000 – $150,000", "$350,000 – $500,000+": the notation of the articles the ladder comes from. */
export function formatPay(pay: NonNullable<Level['pay']>): string {
  return `$${groupThousands(pay.min)} – $${groupThousands(pay.max)}${pay.openEnded ? '+' : ''}`
}

/** "17–35 points", "90 points or more": a level's band under a points rule. */
export function formatBand(band: { minPoints: number; maxPoints?: number | null }): string {
  return band.maxPoints == null ? `${band.minPoints} points or more` : `${band.minPoints}–${band.maxPoints} points`
}
