import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { addDays } from './dates'
import { rankGaps } from './gaps'
import { actionOutcome } from './action-outcome'
import { moveAction, nextActions, plannedAction, proposeFocus, toggleFocus, withStatus, type Action } from './plan'
import { suggestionsForGaps } from './plan-suggestions'
import { PM_FRAMEWORK } from './framework'
import { SUGGESTIONS } from './framework/suggestions'
import { TINY_CORE, TINY_FRAMEWORK } from './testing/tiny-framework'
import { testCheckIn } from './testing/check-in'

const action = (id: string, patch: Partial<Action> = {}): Action =>
  plannedAction({ id, competencyId: 'delivery', title: `Action ${id}`, ...patch })

const checkIn = (date: string, delivery: number | undefined) =>
  testCheckIn(date, delivery === undefined ? {} : { delivery })

describe('focus', () => {
  it('proposes the three largest gaps', () => {
    const gaps = rankGaps(TINY_CORE, {}, 'lead')
    expect(proposeFocus(gaps)).toEqual(gaps.slice(0, 3).map((g) => g.competency.id))
    expect(proposeFocus(gaps.slice(0, 1))).toHaveLength(1)
  })

  it('toggles, and never holds more than three', () => {
    expect(toggleFocus(['a', 'b'], 'c')).toEqual(['a', 'b', 'c'])
    expect(toggleFocus(['a', 'b', 'c'], 'd')).toEqual(['a', 'b', 'c'])
    expect(toggleFocus(['a', 'b', 'c'], 'b')).toEqual(['a', 'c'])
  })

  it('holds at most three whatever is toggled', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e')), (toggles) => {
        const focus = toggles.reduce<string[]>((f, id) => toggleFocus(f, id), [])
        return focus.length <= 3 && new Set(focus).size === focus.length
      }),
    )
  })
})

describe('suggestionsForGaps', () => {
  const gaps = rankGaps(TINY_CORE, {}, 'mid') // all three competencies open

  it('gives each gap the suggestions written for the target level', () => {
    const result = suggestionsForGaps(TINY_FRAMEWORK.suggestions, gaps, 'mid', [])
    const byCompetency = Object.fromEntries(result.map((r) => [r.gap.competency.id, r.suggestions.map((s) => s.id)]))
    expect(byCompetency).toEqual({ delivery: ['ship'], strategy: ['roadmap'], insight: ['interviews'] })
  })

  it('falls back to the competency’s other suggestions when none is for the target', () => {
    const lead = suggestionsForGaps(TINY_FRAMEWORK.suggestions, rankGaps(TINY_CORE, {}, 'lead'), 'lead', [])
    expect(lead.find((r) => r.gap.competency.id === 'insight')!.suggestions.map((s) => s.id)).toEqual(['interviews'])
  })

  describe('in the built-in framework: the next step from the user’s own rating first', () => {
    const core = PM_FRAMEWORK.competencies.filter((c) => c.track === 'core')
    const firstFor = (competencyId: string, ratings: Record<string, number>, target: string, actions: Action[] = []) =>
      suggestionsForGaps(SUGGESTIONS, rankGaps(core, ratings, target), target, actions, 3, {
        ids: ['not-a-pm'],
        current: 'pm',
      })
        .find((r) => r.gap.competency.id === competencyId)!
        .suggestions.map((s) => s.id)

    it('hands a PM aiming at Senior PM with data rated 0 the steps from 0 up, not the KPI tree', () => {
      expect(firstFor('data-analytics', { 'data-analytics': 0 }, 'spm')).toEqual([
        'answer-question-with-analytics', // 0 → 1
        'track-feature-adoption', // 1 → 2
        'funnel-ab-test', // 2 → 3, written for Senior PM
      ])
    })

    it.each([
      [0, 'answer-question-with-analytics'],
      [1, 'track-feature-adoption'],
      [2, 'funnel-ab-test'],
    ])('data rated %i: first %s, a step from that rating', (rating, first) => {
      const ids = firstFor('data-analytics', { 'data-analytics': rating }, 'spm')
      expect(ids[0]).toBe(first)
      expect(SUGGESTIONS.find((s) => s.id === first)!.step!.from).toBe(rating)
    })

    it('offers a step passed or beyond the target only when nothing else is left', () => {
      // Data at 2 aiming at Senior PM (bar 3): only the 2 → 3 steps, then the calibration one.
      expect(firstFor('data-analytics', { 'data-analytics': 2 }, 'spm')).toEqual([
        'funnel-ab-test',
        'kpi-tree',
        'calibrate-data-analytics',
      ])
    })

    it('gives someone not a PM yet the ways in first, and nobody else', () => {
      const startingPoints = { ids: ['not-a-pm'], current: 'not-a-pm' }
      const gaps = rankGaps(core, {}, 'apm')
      const forNewcomer = suggestionsForGaps(SUGGESTIONS, gaps, 'apm', [], 3, startingPoints)
      const ids = (result: typeof forNewcomer, id: string) =>
        result.find((r) => r.gap.competency.id === id)!.suggestions.map((s) => s.id)
      expect(ids(forNewcomer, 'data-analytics')[0]).toBe('funnel-drop-off-proposal')
      expect(ids(forNewcomer, 'cross-functional-influence')[0]).toBe('tell-product-leadership')
      const forApm = suggestionsForGaps(SUGGESTIONS, gaps, 'apm', [], 3, {
        ids: ['not-a-pm'],
        current: 'apm',
      })
      expect(ids(forApm, 'data-analytics')).not.toContain('funnel-drop-off-proposal')
      expect(ids(forApm, 'cross-functional-influence')).not.toContain('tell-product-leadership')
    })

    it.each([
      ['customer-support', 'feedback-log-30-days'],
      ['engineering', 'talk-to-users-before-building'],
    ])('puts the way in of a %s background first', (background, first) => {
      const gaps = rankGaps(core, {}, 'apm')
      const result = suggestionsForGaps(SUGGESTIONS, gaps, 'apm', [], 3, {
        ids: ['not-a-pm'],
        current: 'not-a-pm',
        background,
      })
      expect(result.find((r) => r.gap.competency.id === 'customer-insight')!.suggestions[0]!.id).toBe(first)
    })

    it('prefers, among next steps, the ones written for the target', () => {
      // Strategy at 3 aiming at Director: the step 3 → 4 written for Group PM and Director.
      expect(firstFor('strategy-vision', { 'strategy-vision': 3 }, 'director')[0]).toBe('product-line-vision')
    })

    it('moves on to the following step once the next one is in the plan', () => {
      const taken = [action('1', { competencyId: 'data-analytics', suggestionId: 'answer-question-with-analytics' })]
      const ids = firstFor('data-analytics', { 'data-analytics': 0 }, 'spm', taken)
      expect(ids).not.toContain('answer-question-with-analytics')
      expect(ids[0]).toBe('track-feature-adoption')
    })
  })

  it('leaves out suggestions already in the plan', () => {
    const result = suggestionsForGaps(TINY_FRAMEWORK.suggestions, gaps, 'mid', [action('1', { suggestionId: 'ship' })])
    expect(result.find((r) => r.gap.competency.id === 'delivery')!.suggestions.map((s) => s.id)).toEqual(['stories'])
  })
})

describe('withStatus', () => {
  it('stamps the first start and the finish, and clears the finish when reopened', () => {
    const doing = withStatus(action('1'), 'doing', '2026-11-02')
    expect(doing).toMatchObject({ status: 'doing', startedOn: '2026-11-02', doneOn: null })
    const done = withStatus(doing, 'done', '2026-11-20')
    expect(done).toMatchObject({ status: 'done', startedOn: '2026-11-02', doneOn: '2026-11-20' })
    expect(withStatus(done, 'doing', '2026-11-21')).toMatchObject({ startedOn: '2026-11-02', doneOn: null })
  })

  it('counts a straight-to-done action as started that day', () => {
    expect(withStatus(action('1'), 'done', '2026-11-20')).toMatchObject({
      startedOn: '2026-11-20',
      doneOn: '2026-11-20',
    })
  })
})

describe('moveAction', () => {
  const list = [action('a'), action('b'), action('c')]
  it.each([
    ['b', -1, ['b', 'a', 'c']],
    ['b', 1, ['a', 'c', 'b']],
    ['a', -1, ['a', 'b', 'c']],
    ['c', 1, ['a', 'b', 'c']],
  ] as const)('moves %s by %i', (id, offset, order) => {
    expect(moveAction(list, id, offset).map((a) => a.id)).toEqual(order)
  })

  it('keeps every action exactly once', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c'), fc.constantFrom(-1 as const, 1 as const))),
        (moves) => {
          const result = moves.reduce((l, [id, o]) => moveAction(l, id, o), list)
          return (
            result
              .map((a) => a.id)
              .sort()
              .join() === 'a,b,c'
          )
        },
      ),
    )
  })
})

describe('nextActions', () => {
  it('lists actions in progress, then planned ones, never done ones', () => {
    const list = [action('a'), action('b', { status: 'done' }), action('c', { status: 'doing' }), action('d')]
    expect(nextActions(list).map((a) => a.id)).toEqual(['c', 'a', 'd'])
  })
})

describe('actionOutcome', () => {
  const checkIns = [
    checkIn('2026-10-26', 2),
    checkIn('2026-11-02', 2),
    checkIn('2026-11-09', 3),
    checkIn('2026-11-16', 3),
  ]
  const done = action('1', { status: 'done', startedOn: '2026-11-03', doneOn: '2026-11-12' })

  it("measures from the last check-in on or before the start to the done week's check-in", () => {
    expect(actionOutcome(done, checkIns)).toEqual({
      from: 2,
      to: 3,
      delta: 1,
      fromDate: '2026-11-02',
      toDate: '2026-11-09',
      expected: null,
      verdict: null,
    })
  })

  it('counts a check-in on the start day as before it, when the action went through "doing"', () => {
    expect(actionOutcome({ ...done, startedOn: '2026-11-09', doneOn: '2026-11-20' }, checkIns)).toMatchObject({
      from: 3,
      fromDate: '2026-11-09',
      toDate: '2026-11-16',
    })
  })

  it('ends at the first check-in after the start when none came by the done week', () => {
    expect(actionOutcome({ ...done, startedOn: '2026-10-27', doneOn: '2026-10-28' }, checkIns)).toMatchObject({
      fromDate: '2026-10-26',
      toDate: '2026-11-02',
      delta: 0,
    })
  })

  // The issue: "Strategy 2 to 3", planned, marked done the day the rating reached 3: "3 → 3 (0)".
  describe('an action marked done straight from planned', () => {
    const strategy = (weeks: number[]) => weeks.map((v, i) => checkIn(addDays('2027-01-04', 7 * i), v))
    const planned = action('s', { status: 'done', expectedEffect: { from: 2, to: 3 } })

    it.each([
      {
        why: 'done the day the rating reached 3: measured from the check-in before that day',
        ratings: [2, 2, 2, 3],
        on: '2027-01-25',
        outcome: { from: 2, to: 3, fromDate: '2027-01-18', toDate: '2027-01-25', verdict: 'reached' },
      },
      {
        why: 'done two weeks after the rating reached 3: back to the last check-in at the planned "from"',
        ratings: [2, 2, 3, 3, 3],
        on: '2027-02-01',
        outcome: { from: 2, to: 3, fromDate: '2027-01-11', toDate: '2027-02-01', verdict: 'reached' },
      },
      {
        why: 'done after a rise that falls short of the expected "to": partly',
        ratings: [1, 1, 1, 2],
        on: '2027-01-25',
        outcome: { from: 1, to: 2, verdict: 'partly' },
      },
      {
        why: 'done with no rise',
        ratings: [2, 2, 2, 2],
        on: '2027-01-25',
        outcome: { from: 2, to: 2, delta: 0, verdict: 'not-yet' },
      },
    ])('$why', ({ ratings, on, outcome }) => {
      const result = actionOutcome({ ...planned, startedOn: on, doneOn: on }, strategy(ratings))
      expect(result).toMatchObject({ ...outcome, expected: { from: 2, to: 3 } })
    })

    it('without an expected effect, still never measures from a check-in of the day it was done', () => {
      const result = actionOutcome(
        { ...planned, expectedEffect: null, startedOn: '2027-01-25', doneOn: '2027-01-25' },
        strategy([2, 2, 2, 3]),
      )
      expect(result).toMatchObject({ from: 2, to: 3, fromDate: '2027-01-18' })
    })
  })

  it('is null until the action is done, or without a check-in on both sides', () => {
    expect(actionOutcome({ ...done, status: 'doing' }, checkIns)).toBeNull()
    expect(actionOutcome({ ...done, startedOn: '2026-10-01' }, checkIns)).toBeNull()
    expect(actionOutcome({ ...done, startedOn: '2026-11-20', doneOn: '2026-11-21' }, checkIns)).toBeNull()
  })

  it('counts unrated as 0', () => {
    expect(actionOutcome(done, [checkIn('2026-11-01', undefined), checkIn('2026-11-20', 1)])).toMatchObject({
      from: 0,
      to: 1,
      delta: 1,
    })
  })
})
