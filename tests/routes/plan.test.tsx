import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fireEvent, screen, within } from '@testing-library/react'
import { CORE_COMPETENCIES } from '../../src/domain/framework'
import { useAppStore } from '../../src/store/app-store'
import { resetAppStore } from '../../src/store/testing/reset-app-store'
import { givenProfile, renderApp } from './render-app'

const profile = { currentLevelId: 'pm', targetLevelId: 'spm', tracks: {} }
/** At the Senior PM bar except three competencies, each one step below. */
const ratings = Object.fromEntries(
  CORE_COMPETENCIES.map((c, i) => [c.id, Math.max(0, c.expectations.spm - (i < 3 ? 1 : 0))]),
)
const gapNames = CORE_COMPETENCIES.slice(0, 3).map((c) => c.name)

/** The built-in suggestions load with /plan, a moment after it renders (their own chunk). */
const suggestionsList = () => screen.findByRole('list', { name: 'Suggestions' }, { timeout: 5000 })
const actionItems = () => within(screen.getByRole('list', { name: 'Actions' })).getAllByRole('listitem')

describe('/plan', () => {
  beforeEach(() => {
    resetAppStore()
    givenProfile({ profile, ratings })
  })
  afterEach(() => vi.useRealTimers())

  it('proposes the largest gaps as focus, and the user chooses', async () => {
    const { user } = await renderApp('/plan')
    const proposal = screen.getByText(/^Proposed: your largest gaps/)
    for (const name of gapNames) expect(proposal).toHaveTextContent(name)
    await user.click(screen.getByRole('button', { name: 'Use the proposal' }))
    expect(useAppStore.getState().focus).toHaveLength(3)
    const fourth = screen.getAllByRole('checkbox').find((c) => !(c as HTMLInputElement).checked)
    // Three gaps only: no fourth box here, and a full focus disables the rest anyway.
    expect(fourth).toBeUndefined()
    await user.click(screen.getByRole('checkbox', { name: new RegExp(gapNames[0]!) }))
    expect(useAppStore.getState().focus).toHaveLength(2)
  })

  it('adds a suggestion in one click, and does not offer it again', async () => {
    const { user } = await renderApp('/plan')
    const suggestions = within(await suggestionsList()).getAllByRole('listitem')
    expect(suggestions.length).toBeGreaterThanOrEqual(3)
    const addButton = within(suggestions[0]!).getByRole('button', { name: /^Add/ })
    const title = addButton.getAttribute('aria-label')!.replace(/^Add: /, '')
    await user.click(addButton)
    expect(actionItems()).toHaveLength(1)
    expect(actionItems()[0]).toHaveTextContent(title)
    expect(screen.queryByRole('button', { name: `Add: ${title}` })).not.toBeInTheDocument()
  })

  it('offers the next step from the user’s own rating first, and adding it sets the expected effect', async () => {
    const { user } = await renderApp('/plan')
    const first = within(await suggestionsList()).getAllByRole('listitem')[0]!
    // Each of the three gaps is rated one below the Senior PM bar: the first step offered starts there.
    const step = /Your next step: (.+) (\d) → (\d)\./.exec(first.textContent ?? '')
    expect(step, first.textContent ?? '').not.toBeNull()
    const competency = CORE_COMPETENCIES.find((c) => c.shortName === step![1])!
    expect(Number(step![2])).toBe(ratings[competency.id])
    expect(Number(step![3])).toBe(competency.expectations.spm)
    expect(first).toHaveTextContent(/Fits: .*Senior PM/)
    await user.click(within(first).getByRole('button', { name: /^Add/ }))
    expect(actionItems()[0]).toHaveTextContent(`Expected: ${competency.name} ${step![2]} to ${step![3]}`)
  })

  describe('adds a suggestion once (D4)', () => {
    const addButtons = () =>
      within(screen.getByRole('list', { name: 'Suggestions' })).getAllByRole('button', { name: /^Add: / })
    const titleOf = (button: HTMLElement) => button.getAttribute('aria-label')!.replace(/^Add: /, '')

    it('a double-click adds the suggestion clicked, not the next one that slides under the pointer', async () => {
      const { user } = await renderApp('/plan')
      await suggestionsList()
      const first = titleOf(addButtons()[0]!)
      await user.click(addButtons()[0]!)
      // The pointer stays where it was: the second click of the double-click (detail 2) lands on the button
      // that took the first one's place.
      const underPointer = addButtons()[0]!
      fireEvent.click(underPointer, { detail: 2 })
      expect(useAppStore.getState().actions.map((a) => a.title)).toEqual([first])
      expect(addButtons()[0]).toBe(underPointer)
      // A click of its own adds it.
      await user.click(underPointer)
      expect(useAppStore.getState().actions.map((a) => a.title)).toEqual([first, titleOf(underPointer)])
    })

    it('Enter twice adds one; a later Enter adds the next, where focus went, and Tab then Enter adds another at once', async () => {
      vi.useFakeTimers({ toFake: ['Date'] })
      const { user } = await renderApp('/plan')
      await suggestionsList()
      const first = titleOf(addButtons()[0]!)
      addButtons()[0]!.focus()
      await user.keyboard('{Enter}{Enter}')
      expect(useAppStore.getState().actions.map((a) => a.title)).toEqual([first])
      const next = titleOf(document.activeElement as HTMLElement)
      vi.setSystemTime(Date.now() + 1_000)
      await user.keyboard('{Enter}')
      expect(useAppStore.getState().actions.map((a) => a.title)).toEqual([first, next])
      await user.tab()
      const other = titleOf(document.activeElement as HTMLElement)
      await user.keyboard('{Enter}')
      expect(useAppStore.getState().actions.map((a) => a.title)).toEqual([first, next, other])
    })

    it('the store hands back the action of a suggestion already in the plan', () => {
      const suggestion = { id: 's1', competencyId: CORE_COMPETENCIES[0]!.id, title: 'Interview three customers' }
      const added = useAppStore.getState().addSuggestion(suggestion)
      expect(useAppStore.getState().addSuggestion(suggestion)).toBe(added)
      expect(useAppStore.getState().actions).toEqual([added])
    })
  })

  it('adds an own action with a target week and an expected effect, and refuses an empty title', async () => {
    const { user } = await renderApp('/plan')
    await user.click(screen.getByRole('button', { name: 'Add action' }))
    expect(screen.getByRole('alert')).toHaveTextContent('Give the action a title')
    await user.type(screen.getByLabelText('Action'), 'Run a pricing experiment')
    await user.selectOptions(screen.getByLabelText('Competency'), CORE_COMPETENCIES[8]!.id)
    await user.type(screen.getByLabelText('Target week (optional)'), '2026-W50')
    await user.selectOptions(screen.getByLabelText('From'), '2')
    await user.selectOptions(screen.getByLabelText('to'), '1')
    await user.click(screen.getByRole('button', { name: 'Add action' }))
    expect(screen.getByRole('alert')).toHaveTextContent('should raise the rating')
    await user.selectOptions(screen.getByLabelText('From'), '1')
    await user.selectOptions(screen.getByLabelText('to'), '2')
    await user.click(screen.getByRole('button', { name: 'Add action' }))
    const item = actionItems()[0]!
    expect(item).toHaveTextContent('Run a pricing experiment')
    expect(item).toHaveTextContent(`Expected: ${CORE_COMPETENCIES[8]!.name} 1 to 2`)
    expect(item).toHaveTextContent('By 2026 W50')
  })

  it('reorders from the keyboard, keeping focus on the moved action', async () => {
    for (const title of ['First', 'Second', 'Third'])
      useAppStore.getState().addAction({ competencyId: CORE_COMPETENCIES[0]!.id, title })
    const { user } = await renderApp('/plan')
    screen.getByRole('button', { name: 'Move down: First' }).focus()
    await user.keyboard('{Enter}')
    expect(actionItems().map((li) => li.querySelector('strong')!.textContent)).toEqual(['Second', 'First', 'Third'])
    expect(screen.getByRole('button', { name: 'Move down: First' })).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(actionItems().map((li) => li.querySelector('strong')!.textContent)).toEqual(['Second', 'Third', 'First'])
    // At the bottom the down button is disabled: focus moves to "up" in the same item.
    expect(screen.getByRole('button', { name: 'Move up: First' })).toHaveFocus()
  })

  it('completes, edits and deletes with undo', async () => {
    useAppStore.getState().addAction({ competencyId: CORE_COMPETENCIES[0]!.id, title: 'Write the strategy doc' })
    const { user } = await renderApp('/plan')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status of Write the strategy doc' }), 'done')
    expect(useAppStore.getState().actions[0]).toMatchObject({ status: 'done' })
    expect(actionItems()[0]).toHaveTextContent('Not measured yet')

    await user.click(screen.getByRole('button', { name: 'Edit: Write the strategy doc' }))
    const title = within(actionItems()[0]!).getByLabelText('Action')
    await user.clear(title)
    await user.type(title, 'Write the H1 strategy doc')
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    expect(actionItems()[0]).toHaveTextContent('Write the H1 strategy doc')

    await user.click(screen.getByRole('button', { name: 'Delete: Write the H1 strategy doc' }))
    expect(screen.getByText('No actions yet. Add a suggestion or your own below.')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    expect(actionItems()).toHaveLength(1)
  })

  it('shows the measured outcome of a finished action between two check-ins', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    const competency = CORE_COMPETENCIES[0]!
    const s = useAppStore.getState()
    vi.setSystemTime(new Date(2026, 10, 2, 9))
    s.saveCheckIn()
    const action = s.addAction({ competencyId: competency.id, title: 'Write the strategy doc' })
    s.setActionStatus(action.id, 'doing')
    vi.setSystemTime(new Date(2026, 10, 16, 9))
    s.rateCompetency(competency.id, ratings[competency.id]! + 1)
    s.setActionStatus(action.id, 'done')
    s.saveCheckIn()
    await renderApp('/plan')
    expect(actionItems()[0]).toHaveTextContent(
      `Measured: ${competency.name} ${ratings[competency.id]} → ${ratings[competency.id]! + 1} (+1) between the check-ins of 2026-11-02 and 2026-11-16.`,
    )
  })

  it('shows the focus and the next actions on the overview', async () => {
    const s = useAppStore.getState()
    s.setFocus([CORE_COMPETENCIES[0]!.id])
    s.addAction({ competencyId: CORE_COMPETENCIES[0]!.id, title: 'Planned one' })
    const doing = s.addAction({ competencyId: CORE_COMPETENCIES[0]!.id, title: 'Doing one' })
    s.setActionStatus(doing.id, 'doing')
    await renderApp('/')
    expect(screen.getByText(/^Focus:/).parentElement).toHaveTextContent(CORE_COMPETENCIES[0]!.name)
    const next = within(screen.getByRole('list', { name: 'Next actions' })).getAllByRole('listitem')
    expect(next.map((li) => li.textContent)).toEqual([
      expect.stringContaining('Doing one'),
      expect.stringContaining('Planned one'),
    ])
  })

  describe('keeps keyboard focus in place', () => {
    it('hands focus to Undo after a delete, and to the restored action after Undo', async () => {
      for (const title of ['Alpha', 'Bravo', 'Charlie'])
        useAppStore.getState().addAction({ competencyId: CORE_COMPETENCIES[0]!.id, title })
      const { user } = await renderApp('/plan')
      screen.getByRole('button', { name: 'Delete: Bravo' }).focus()
      await user.keyboard('{Enter}')
      expect(screen.getByRole('button', { name: 'Undo' })).toHaveFocus()
      await user.keyboard('{Enter}')
      expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^Move (up|down): Bravo$/)
    })

    it('moves focus into the edit form, and back to Edit after Cancel or Save', async () => {
      useAppStore.getState().addAction({ competencyId: CORE_COMPETENCIES[0]!.id, title: 'Alpha' })
      const { user } = await renderApp('/plan')
      await user.click(screen.getByRole('button', { name: 'Edit: Alpha' }))
      expect(within(actionItems()[0]!).getByLabelText('Action')).toHaveFocus()
      await user.click(screen.getByRole('button', { name: 'Cancel' }))
      expect(screen.getByRole('button', { name: 'Edit: Alpha' })).toHaveFocus()
      await user.click(screen.getByRole('button', { name: 'Edit: Alpha' }))
      await user.keyboard('{Enter}')
      expect(screen.getByRole('button', { name: 'Edit: Alpha' })).toHaveFocus()
    })

    it('moves on to the chosen focus after "Use the proposal", and to the next suggestion after Add', async () => {
      const { user } = await renderApp('/plan')
      await user.click(screen.getByRole('button', { name: 'Use the proposal' }))
      expect(document.activeElement).toHaveAttribute('type', 'checkbox')
      expect(document.activeElement).toBeChecked()
      const suggestions = await suggestionsList()
      await user.click(within(suggestions).getAllByRole('button', { name: /^Add/ })[0]!)
      expect(suggestions).toContainElement(document.activeElement as HTMLElement)
      expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^Add: /)
    })
  })
})
