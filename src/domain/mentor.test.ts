import { describe, expect, it } from 'vitest'
import { disagreements, latestPerMentor, type MentorView } from './mentor'
import { TINY_CORE } from './testing/tiny-framework'

const mentor = (ratings: MentorView['ratings'], patch: Partial<MentorView> = {}): MentorView => ({
  id: 'r1',
  mentorName: 'Dana',
  ratedAt: '2027-01-10T10:00:00.000Z',
  ratings,
  comments: {},
  ...patch,
})

describe('disagreements', () => {
  it('lists competencies both rated two or more steps apart, largest first, with the comment', () => {
    const found = disagreements(
      TINY_CORE,
      { delivery: 1, strategy: 4, insight: 2 },
      mentor({ delivery: 4, strategy: 2, insight: 3 }, { comments: { delivery: 'Ships every sprint' } }),
    )
    expect(found.map((d) => [d.competency.id, d.own, d.mentor, d.difference, d.comment])).toEqual([
      ['delivery', 1, 4, 3, 'Ships every sprint'],
      ['strategy', 4, 2, -2, null],
    ])
  })

  it('leaves out what either side did not rate', () => {
    expect(disagreements(TINY_CORE, { delivery: 0 }, mentor({ strategy: 5 }))).toEqual([])
  })
})

describe('latestPerMentor', () => {
  it("keeps each mentor's latest round", () => {
    const reviews = [
      mentor({}, { id: 'a', ratedAt: '2027-01-01T00:00:00Z' }),
      mentor({}, { id: 'b', mentorName: 'Sam', ratedAt: '2027-01-02T00:00:00Z' }),
      mentor({}, { id: 'c', mentorName: 'dana ', ratedAt: '2027-02-01T00:00:00Z' }),
    ]
    expect(latestPerMentor(reviews).map((r) => r.id)).toEqual(['c', 'b'])
  })
})
