import type { Assessment } from '../../domain/assessment'

/** "Your ratings meet the bar of Product Manager." */
export function levelFitSentence(a: Assessment): string {
  return a.fit
    ? `Your ratings meet the bar of ${a.fit.title}.`
    : 'Your ratings do not yet meet the full bar of any level.'
}

/** The one competency that holds the target back most, in a plain sentence. */
export function biggestGapSentence(a: Assessment): string {
  const top = a.gaps[0]
  if (!top) return `Nothing holds you back: you meet every bar of ${a.target.title}.`
  const you = top.rated ? `you rate yourself ${top.rating}` : 'you have not rated it yet'
  return `${top.competency.name} holds you back most: ${you}, and ${a.target.shortTitle} expects ${top.expected}.`
}
