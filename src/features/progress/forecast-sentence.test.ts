import { describe, expect, it } from 'vitest'
import { forecastReach } from '../../domain/forecast'
import { forecastSentence } from './forecast-sentence'

const weekly = (values: number[]) =>
  values.map((value, i) => ({ date: `2026-0${1 + Math.floor((i * 7) / 28)}-${String(1 + ((i * 7) % 28)).padStart(2, '0')}`, value }))

describe('forecastSentence', () => {
  it('dates an upward trend and gives its basis', () => {
    const sentence = forecastSentence(forecastReach(weekly([40, 45, 50, 55]), 100), 'readiness 100%', '2026-01-22', 'en-US')
    expect(sentence).toMatch(/^At this pace, readiness 100% around .+, in about 9 weeks \(from 4 check-ins over 3 weeks\)\.$/)
  })

  it('says stalled when the trend is flat or falling', () => {
    expect(forecastSentence(forecastReach(weekly([50, 50, 49, 48]), 100), 'the bar', '2026-01-22')).toMatch(/^Stalled: no upward trend/)
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
    const sentence = forecastSentence(forecastReach(weekly([40, 45, 50, 55]), 100), 'readiness 100%', '2027-06-01', 'en-US')
    expect(sentence).toMatch(/^At the pace of your last check-ins, readiness 100% was due around .+ \(from 4 check-ins over 3 weeks\): save a check-in to see where you stand\.$/)
  })
})
