import { describe, expect, it } from 'vitest'
import { forecastReach } from '../../domain/forecast'
import type { Competency } from '../../domain/framework-schema'
import { SELF_ASSESSED, forecastSentence, readinessForecastSentence } from './forecast-sentence'

const weekly = (values: number[]) =>
  values.map((value, i) => ({
    date: `2026-0${1 + Math.floor((i * 7) / 28)}-${String(1 + ((i * 7) % 28)).padStart(2, '0')}`,
    value,
  }))

describe('forecastSentence', () => {
  it('dates an upward trend and gives its basis', () => {
    const sentence = forecastSentence(
      forecastReach(weekly([40, 45, 50, 55]), 100),
      'readiness 100%',
      '2026-01-22',
      'en-US',
    )
    expect(sentence).toMatch(
      /^At this pace, readiness 100% around .+, in about 9 weeks \(from 4 check-ins over 3 weeks\)\.$/,
    )
  })

  it('says stalled when the trend is flat or falling', () => {
    expect(forecastSentence(forecastReach(weekly([50, 50, 49, 48]), 100), 'the bar', '2026-01-22')).toMatch(
      /^Stalled: no upward trend/,
    )
  })

  it('asks for more check-ins when there are too few', () => {
    expect(forecastSentence(forecastReach(weekly([50]), 100), 'the bar', '2026-01-22')).toBe(
      'Not enough check-ins for a forecast yet (from 1 check-in over 0 weeks): three or more make a trend.',
    )
  })

  it('says reached when the latest value meets the goal', () => {
    expect(forecastSentence(forecastReach(weekly([2, 3]), 3), 'the Senior PM bar (3)', '2026-01-22')).toBe(
      'Reached: your latest check-in meets the Senior PM bar (3).',
    )
  })

  it('never promises a date already past: after a long break it asks for a check-in', () => {
    const sentence = forecastSentence(
      forecastReach(weekly([40, 45, 50, 55]), 100),
      'readiness 100%',
      '2027-06-01',
      'en-US',
    )
    expect(sentence).toMatch(
      /^At the pace of your last check-ins, readiness 100% was due around .+ \(from 4 check-ins over 3 weeks\): save a check-in to see where you stand\.$/,
    )
  })
})

describe('readinessForecastSentence', () => {
  const basis = { count: 8, spanWeeks: 10, text: 'from 8 check-ins over 10 weeks' }
  const competency = (name: string) => ({ id: name, name }) as Competency
  const stalled = (names: string[]) =>
    names.map((name) => ({ competency: competency(name), rating: 1, expected: 3, reason: 'no-upward-trend' as const }))

  it('gives no date while a gap stalls, and names it', () => {
    const text = readinessForecastSentence(
      { kind: 'stalled', basis, stalled: stalled(['Roadmapping']), open: 3 },
      'Senior PM',
      '2027-03-24',
    )
    expect(text).toBe(
      'No date yet: readiness for Senior PM reaches 100% only when all 3 gaps close, and Roadmapping has no upward trend (from 8 check-ins over 10 weeks).',
    )
    expect(text).not.toContain('around')
  })

  it('names at most four stalled gaps and counts the rest', () => {
    const text = readinessForecastSentence(
      { kind: 'stalled', basis, stalled: stalled(['A', 'B', 'C', 'D', 'E']), open: 6 },
      'Senior PM',
      '2027-03-24',
    )
    expect(text).toContain('A, B, C and 2 more marked “stalled” below have no upward trend')
  })

  it('dates 100% when the slowest gap closes, as a range, with its basis and the self-assessment reminder', () => {
    const text = readinessForecastSentence(
      {
        kind: 'eta',
        basis,
        slowest: competency('Customer insight'),
        weeks: 6,
        date: '2027-05-03',
        earliest: { weeks: 4, date: '2027-04-19' },
        latest: { weeks: 9, date: '2027-05-24' },
        open: 2,
      },
      'Senior PM',
      '2027-03-24',
      'en-GB',
    )
    expect(text).toBe(
      `At this pace, 100% readiness for Senior PM between 19 Apr 2027 and 24 May 2027, most likely around 3 May 2027, when Customer insight, the slowest of your 2 gaps, closes (from 8 check-ins over 10 weeks). ${SELF_ASSESSED}`,
    )
  })

  it('leaves the range open when the slower pace is no trend', () => {
    const text = readinessForecastSentence(
      {
        kind: 'eta',
        basis,
        slowest: competency('Strategy'),
        weeks: 6,
        date: '2027-05-03',
        earliest: { weeks: 4, date: '2027-04-19' },
        latest: null,
        open: 1,
      },
      'Senior PM',
      '2027-03-24',
      'en-GB',
    )
    expect(text).toContain(
      'not before 19 Apr 2027, most likely around 3 May 2027, possibly much later, when Strategy, your last gap, closes',
    )
  })
})
