import { beforeEach, describe, expect, it } from 'vitest'
import type { MentorReply } from '../persistence/share-link'
import { useAppStore } from './app-store'
import { resetAppStore } from './testing/reset-app-store'

const state = () => useAppStore.getState()
const reply = (patch: Partial<MentorReply> = {}): MentorReply => ({
  kind: 'reply',
  id: 'reply-0001',
  shareId: 'unknown-share',
  frameworkId: 'pm-ladder',
  frameworkVersion: '1',
  mentorName: 'Dana',
  ratedAt: '2027-01-13T16:00:00.000Z',
  ratings: { communication: 4 },
  comments: { communication: 'Clear in every review' },
  ...patch,
})

describe('share slice', () => {
  beforeEach(() => resetAppStore())

  it('shares roles and ratings, and notes and plan only when asked; remembers every link made', () => {
    state().setCurrentLevel('pm')
    state().rateCompetency('communication', 2)
    state().setNote('communication', 'Ran the all-hands')
    const plain = state().createShareSnapshot({ includeNotesAndPlan: false })
    expect(plain).toMatchObject({
      framework: { builtIn: 'pm-ladder' },
      currentLevelId: 'pm',
      targetLevelId: 'spm',
      ratings: { communication: 2 },
    })
    expect(plain.notes).toBeUndefined()
    expect(plain.plan).toBeUndefined()
    const full = state().createShareSnapshot({ includeNotesAndPlan: true })
    expect(full.notes).toEqual({ communication: 'Ran the all-hands' })
    expect(state().shareIds).toEqual([plain.id, full.id])
  })

  it('adds a reply to a link this browser made, once', () => {
    state().setCurrentLevel('pm')
    const { id } = state().createShareSnapshot({ includeNotesAndPlan: false })
    expect(state().addMentorReply(reply({ shareId: id }))).toEqual({
      ok: true,
      frameworkName: 'Product management career ladder',
    })
    expect(state().mentorReviews).toMatchObject([{ mentorName: 'Dana', ratings: { communication: 4 } }])
    expect(state().addMentorReply(reply({ shareId: id }))).toMatchObject({ ok: false, reason: /already added/ })
    state().deleteMentorReview('reply-0001')
    expect(state().mentorReviews).toEqual([])
  })

  it('refuses a reply with ratings above the framework’s scale', () => {
    state().setCurrentLevel('pm')
    const { id } = state().createShareSnapshot({ includeNotesAndPlan: false })
    expect(state().addMentorReply(reply({ shareId: id, ratings: { communication: 9 } }))).toMatchObject({
      ok: false,
      reason: /above .* scale of 0 to 5/,
    })
    expect(state().mentorReviews).toEqual([])
  })

  it('refuses a reply to someone else’s link, or for another framework', () => {
    expect(state().addMentorReply(reply())).toMatchObject({ ok: false, reason: /not made in this browser/ })
    state().setCurrentLevel('pm')
    const { id } = state().createShareSnapshot({ includeNotesAndPlan: false })
    expect(state().addMentorReply(reply({ shareId: id, frameworkId: 'other' }))).toMatchObject({
      ok: false,
      reason: /another framework/,
    })
    expect(state().mentorReviews).toEqual([])
  })
})
