import type { Assessment } from './assessment'
import { largestGaps } from './gaps'
import { shortTitleOf } from './ladder'

const titles = (a: Assessment) => a.fit.map((l) => l.title).join(' / ')

/** "Your ratings meet the bar of Product Manager."; under a points rule, the band the points reach. */
export function levelFitSentence(a: Assessment): string {
  if (a.points)
    return a.fit.length > 0
      ? `Your ${a.points.have} points reach ${titles(a)}.`
      : `Your ${a.points.have} points reach no level yet.`
  return a.fit.length > 0
    ? `Your ratings meet the bar of ${titles(a)}.`
    : 'Your ratings do not yet meet the full bar of any level.'
}

/** How level fit is decided, under the sentence. */
export function levelFitRule(a: Assessment): string {
  return a.points
    ? 'The highest level whose band of points your total reaches.'
    : 'The highest level whose every bar your ratings meet.'
}

/** What the readiness figure stands on, beside the meter. */
export function readinessDetail(a: Assessment): string {
  if (a.points)
    return a.points.have < a.points.need
      ? `${a.points.have} of the ${a.points.need} points it needs`
      : `${a.points.have} points, ${a.points.need} needed`
  return `${a.meetingBar} of ${a.expected} competencies meet the bar`
}

const NUMBER_WORDS = [
  'no',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
]

/** "four", "13": a count in words up to twelve. */
function countWord(n: number): string {
  return NUMBER_WORDS[n] ?? String(n)
}

/**
 * "A", "A and B", "A, B and C"; with a comma before the last "and" when a name holds an "and" of its
 * own ("Strategy and vision, and Communication"), so the list still reads as a list.
 */
export function listOf(names: readonly string[]): string {
  if (names.length <= 1) return names.join('')
  const comma = names.some((n) => / and /.test(n)) ? ',' : ''
  return `${names.slice(0, -1).join(', ')}${comma} and ${names[names.length - 1]}`
}

/**
 * What holds the target back most, in a plain sentence. One largest gap is named with its numbers;
 * several gaps of the same size are a tie, and all of them are named ("Four competencies are one
 * step short of Senior PM's bar: …"): picking one of them would be arbitrary.
 */
export function biggestGapSentence(a: Assessment): string {
  const top = a.gaps[0]
  if (!top) {
    if (a.points && a.points.have < a.points.need)
      return `${a.target.title} needs ${a.points.need} points: ${a.points.need - a.points.have} more to go.`
    return a.points
      ? `Nothing holds you back: your points reach ${a.target.title}.`
      : `Nothing holds you back: you meet every bar of ${a.target.title}.`
  }
  const tied = largestGaps(a.gaps)
  if (tied.length > 1) {
    const count = countWord(tied.length)
    const steps = `${countWord(top.size)} ${top.size === 1 ? 'step' : 'steps'}`
    return `${count.charAt(0).toUpperCase()}${count.slice(1)} competencies are ${steps} short of ${shortTitleOf(a.target)}'s bar: ${listOf(tied.map((g) => g.competency.name))}.`
  }
  const you = top.rated ? `you rate yourself ${top.rating}` : 'you have not rated it yet'
  return `${top.competency.name} holds you back most: ${you}, and ${shortTitleOf(a.target)} expects ${top.expected}.`
}

/** How the readiness figure is computed, in one sentence, for a reader who did not make it. */
export function readinessRule(a: Assessment): string {
  if (a.points)
    return `Readiness is the share of the ${a.points.need} points ${a.target.title} needs that the ratings earn, summed over every competency.`
  // The count of competencies at the bar stands beside it (readinessDetail), so it is not repeated here.
  return `Readiness is the share of the ratings ${a.target.title} expects that your ratings cover, each counted up to the bar.`
}
