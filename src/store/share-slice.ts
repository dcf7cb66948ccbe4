import type { StateCreator } from 'zustand'
import { BUILT_IN_FRAMEWORK_ID } from '../domain/framework'
import { frameworkById } from '../domain/framework-library'
import type { MentorReview } from '../persistence/persisted-state'
import { newLinkId } from '../persistence/base64url'
import type { MentorReply, ShareSnapshot } from '../persistence/share-link'
import type { AppState } from './app-store'
import { activeData } from './framework-slice'

export interface ShareSlice {
  /**
   * A snapshot of the framework in use, the roles and ratings, and (only when asked) the notes and
   * plan, for a share link; its id is remembered so the mentor's reply can be matched to it.
   */
  createShareSnapshot: (options: { includeNotesAndPlan: boolean }, now?: Date) => ShareSnapshot
  /** Adds a mentor's reply to the framework whose share link it answers, or says why it cannot. */
  addMentorReply: (
    reply: MentorReply,
    now?: Date,
  ) => { ok: true; frameworkName: string } | { ok: false; reason: string }
  deleteMentorReview: (id: string) => void
}

export const createShareSlice: StateCreator<AppState, [['zustand/persist', unknown]], [], ShareSlice> = (set, get) => ({
  createShareSnapshot: ({ includeNotesAndPlan }, now = new Date()) => {
    const s = get()
    const { framework } = frameworkById(s.frameworks, s.activeFrameworkId)
    const id = newLinkId()
    set({ shareIds: [...s.shareIds, id] })
    return {
      kind: 'share',
      id,
      createdAt: now.toISOString(),
      framework:
        framework.id === BUILT_IN_FRAMEWORK_ID
          ? { builtIn: BUILT_IN_FRAMEWORK_ID, version: framework.version }
          : // The mentor's view shows no suggested actions: leaving them out keeps the link shorter.
            { custom: { ...framework, suggestions: [] } },
      currentLevelId: s.profile.currentLevelId,
      targetLevelId: s.profile.targetLevelId ?? '',
      tracks: s.profile.tracks,
      notRelevant: s.notRelevant,
      ratings: s.ratings,
      ...(includeNotesAndPlan
        ? {
            notes: s.notes,
            plan: {
              focus: s.focus,
              actions: s.actions.map(({ title, competencyId, status }) => ({ title, competencyId, status })),
            },
          }
        : {}),
    }
  },
  addMentorReply: (reply, now = new Date()) => {
    const s = get()
    const all = { ...s.stash, [s.activeFrameworkId]: activeData(s) }
    const frameworkId = Object.keys(all).find((fid) => all[fid]!.shareIds.includes(reply.shareId))
    if (frameworkId === undefined)
      return {
        ok: false,
        reason: 'This reply answers a share link that was not made in this browser, so it is not yours to add.',
      }
    if (frameworkId !== reply.frameworkId)
      return { ok: false, reason: 'This reply is for another framework than the one you shared.' }
    const data = all[frameworkId]!
    const { framework } = frameworkById(s.frameworks, frameworkId)
    // Stored ratings must fit the scale: a crafted reply would otherwise make the saved data unreadable.
    if (Object.values(reply.ratings).some((value) => value > framework.scale.max))
      return {
        ok: false,
        reason: `This reply has ratings above ${framework.name}'s scale of 0 to ${framework.scale.max}.`,
      }
    if (data.mentorReviews.some((r) => r.id === reply.id))
      return { ok: false, reason: `These ratings from ${reply.mentorName} were already added.` }
    const review: MentorReview = {
      id: reply.id,
      shareId: reply.shareId,
      mentorName: reply.mentorName,
      ratedAt: reply.ratedAt,
      receivedAt: now.toISOString(),
      ratings: reply.ratings,
      comments: reply.comments,
    }
    const mentorReviews = [...data.mentorReviews, review]
    set(
      frameworkId === s.activeFrameworkId
        ? { mentorReviews }
        : { stash: { ...s.stash, [frameworkId]: { ...data, mentorReviews } } },
    )
    return { ok: true, frameworkName: framework.name }
  },
  deleteMentorReview: (id) => set((s) => ({ mentorReviews: s.mentorReviews.filter((r) => r.id !== id) })),
})
