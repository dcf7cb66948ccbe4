import { beforeEach, describe, expect, it } from 'vitest'
import { screen, waitFor, within } from '@testing-library/react'
import { CORE_COMPETENCIES, AI_COMPETENCIES } from '../../src/domain/framework'
import { CORE_TEXTS } from '../../src/domain/framework/competency-texts'
import { STORAGE_KEY } from '../../src/persistence/persisted-constants'
import { useAppStore } from '../../src/store/app-store'
import { resetAppStore } from '../../src/store/testing/reset-app-store'
import { testCheckIn } from '../../src/domain/testing/check-in'
import { givenProfile, renderApp } from './render-app'

describe('/assess', () => {
  beforeEach(() => resetAppStore())

  it('shows every core competency as a radio group of 0..5, lowest first, all unrated', async () => {
    await renderApp('/assess')
    expect(screen.getAllByRole('radiogroup').map((g) => within(g).getAllByRole('radio').length)).toEqual(
      CORE_COMPETENCIES.map(() => 6),
    )
    for (const c of CORE_COMPETENCIES) {
      const group = screen.getByRole('radiogroup', { name: c.name })
      const radios = within(group).getAllByRole('radio')
      expect(radios.map((r) => (r as HTMLInputElement).value)).toEqual(['0', '1', '2', '3', '4', '5'])
      expect(radios.some((r) => (r as HTMLInputElement).checked)).toBe(false)
      expect(within(group.parentElement!).getByText('Not rated yet')).toBeInTheDocument()
    }
    expect(screen.getByText(`0 of ${CORE_COMPETENCIES.length} rated`)).toBeInTheDocument()
  })

  it('rates from the behavioural description and saves it', async () => {
    const { user } = await renderApp('/assess')
    const competency = CORE_COMPETENCIES[2]
    const group = screen.getByRole('radiogroup', { name: competency.name })
    await user.click(
      within(group).getByRole('radio', { name: new RegExp(CORE_TEXTS[competency.id].descriptors[3].slice(0, 30)) }),
    )
    expect(within(group).getByRole('radio', { name: /^3/ })).toBeChecked()
    expect(within(group.parentElement!).getByText(/Rated 3/)).toBeInTheDocument()
    expect(screen.getByText(`1 of ${CORE_COMPETENCIES.length} rated`)).toBeInTheDocument()
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!).state.data['pm-ladder'].ratings).toEqual({
      [competency.id]: 3,
    })
  })

  it('shows a signal under a descriptor as a hint, never as part of the value', async () => {
    await renderApp('/assess')
    const strategy = CORE_COMPETENCIES.find((c) => c.id === 'strategy-vision')!
    const group = screen.getByRole('radiogroup', { name: strategy.name })
    const three = within(group).getByRole('radio', { name: /^3/ }).closest('label')!
    expect(three).toHaveTextContent(`Signal, not required: ${CORE_TEXTS[strategy.id].signals[3]}`)
    expect(within(group).getByRole('radio', { name: /^0/ }).closest('label')).not.toHaveTextContent('Signal')
  })

  it('marks what the current and target levels expect on each scale', async () => {
    const { user } = await renderApp('/assess')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Current role' }), 'Product Manager')
    expect(screen.getByRole('combobox', { name: 'Target role' })).toHaveDisplayValue('Senior Product Manager')
    const competency = CORE_COMPETENCIES.find((c) => c.expectations.spm !== c.expectations.pm)!
    const group = screen.getByRole('radiogroup', { name: competency.name })
    expect(
      within(group).getByRole('radio', { name: new RegExp(`^${competency.expectations.spm}.*Target: Senior PM`) }),
    ).toBeInTheDocument()
    expect(
      within(group).getByRole('radio', { name: new RegExp(`^${competency.expectations.pm}.*PM bar`) }),
    ).toBeInTheDocument()
    // The target's facts: years, pay, responsibilities, focus
    expect(screen.getByText('5–8 years')).toBeInTheDocument()
    expect(screen.getByText('$220,000 – $350,000')).toBeInTheDocument()
    expect(screen.getByText('Strategic planning, cross-team influence, and mentorship')).toBeInTheDocument()
  })

  it('keeps AI track ratings when the track is switched off and on', async () => {
    const { user } = await renderApp('/assess')
    const toggle = screen.getByRole('checkbox', { name: /AI product manager track/ })
    await user.click(toggle)
    const total = CORE_COMPETENCIES.length + AI_COMPETENCIES.length
    expect(screen.getByText(`0 of ${total} rated`)).toBeInTheDocument()
    const ai = AI_COMPETENCIES[0]
    await user.click(within(screen.getByRole('radiogroup', { name: ai.name })).getByRole('radio', { name: /^2/ }))
    await user.click(toggle)
    expect(screen.queryByRole('radiogroup', { name: ai.name })).not.toBeInTheDocument()
    expect(screen.getByText(`0 of ${CORE_COMPETENCIES.length} rated`)).toBeInTheDocument()
    await user.click(toggle)
    expect(within(screen.getByRole('radiogroup', { name: ai.name })).getByRole('radio', { name: /^2/ })).toBeChecked()
  })

  it('saves an evidence note per competency', async () => {
    const { user } = await renderApp('/assess')
    const competency = CORE_COMPETENCIES[0]
    const box = screen.getByLabelText(`What I did that shows it (${competency.name})`)
    await user.click(within(box.closest('details')!).getByText('Add evidence'))
    expect(box.closest('details')).toHaveAttribute('open')
    await user.type(box, 'Wrote the H1 strategy')
    // Saved once it settles (here, on leaving the box), not on every keystroke.
    expect(useAppStore.getState().notes[competency.id]).toBeUndefined()
    await user.tab()
    expect(useAppStore.getState().notes[competency.id]).toBe('Wrote the H1 strategy')
    // Clearing the note keeps the box open and focused, ready for the next words.
    await user.clear(box)
    expect(box).toHaveFocus()
    expect(box.closest('details')).toHaveAttribute('open')
    await user.tab()
    expect(useAppStore.getState().notes[competency.id]).toBeUndefined()
  })

  it('saves a note being typed about once a second, without waiting for the box to be left', async () => {
    const { user } = await renderApp('/assess')
    const competency = CORE_COMPETENCIES[1]
    const box = screen.getByLabelText(`What I did that shows it (${competency.name})`)
    await user.click(within(box.closest('details')!).getByText('Add evidence'))
    await user.type(box, 'Ran the pricing review')
    expect(box).toHaveFocus()
    await waitFor(() => expect(useAppStore.getState().notes[competency.id]).toBe('Ran the pricing review'), {
      timeout: 2_500,
    })
  })

  describe('one limit for a note: 2,000 characters, counted and said (D5)', () => {
    const competency = CORE_COMPETENCIES[0]
    const noteBox = () => screen.getByLabelText(`What I did that shows it (${competency.name})`) as HTMLTextAreaElement
    const card = () => noteBox().closest('details')!

    it('shows the count, and says so when a paste is cut to the limit', async () => {
      const { user } = await renderApp('/assess')
      await user.click(within(card()).getByText('Add evidence'))
      expect(noteBox()).toHaveAccessibleDescription('0 / 2,000')
      await user.type(noteBox(), 'Ran the pricing review. ')
      expect(within(card()).getByText('24 / 2,000')).toBeInTheDocument()

      await user.paste('x'.repeat(2_500))
      expect(noteBox().value).toHaveLength(2_000)
      expect(within(card()).getByRole('status')).toHaveTextContent(
        'The pasted text was cut to fit the 2,000-character limit: its last 524 characters were left out.',
      )
      expect(noteBox()).toHaveAccessibleDescription('2,000 / 2,000: full')
      await user.paste('more')
      expect(within(card()).getByRole('status')).toHaveTextContent(
        'Nothing was pasted: the note is at its 2,000-character limit.',
      )
      await user.type(noteBox(), 'y')
      await user.tab()
      expect(useAppStore.getState().notes[competency.id]).toHaveLength(2_000)
    })

    it('says nothing when a paste fits', async () => {
      const { user } = await renderApp('/assess')
      await user.click(within(card()).getByText('Add evidence'))
      await user.click(noteBox())
      await user.paste('Shipped the onboarding redesign with the team')
      expect(within(card()).getByRole('status')).toBeEmptyDOMElement()
      expect(noteBox()).toHaveAccessibleDescription('45 / 2,000')
    })

    it('keeps a longer note saved before the limit whole, says how far over it is, and lets it be shortened', async () => {
      givenProfile({ notes: { [competency.id]: 'z'.repeat(2_300) } })
      const { user } = await renderApp('/assess')
      expect(noteBox()).toHaveValue('z'.repeat(2_300))
      expect(noteBox()).toHaveAccessibleDescription('2,300 / 2,000: 300 over the limit, shorten it to add more')
      await user.type(noteBox(), '{Backspace}{Backspace}')
      await user.tab()
      expect(useAppStore.getState().notes[competency.id]).toHaveLength(2_298)
    })
  })

  it('shows saved ratings as checked', async () => {
    givenProfile({ ratings: { [CORE_COMPETENCIES[0].id]: 0 } })
    await renderApp('/assess')
    const group = screen.getByRole('radiogroup', { name: CORE_COMPETENCIES[0].name })
    expect(within(group).getByRole('radio', { name: /^0/ })).toBeChecked()
    // 0 is a rating ("not yet"), shown differently from unrated
    expect(within(group.parentElement!).queryByText('Not rated yet')).not.toBeInTheDocument()
  })

  it('shows the evidence saved at earlier check-ins, newest first, once per note', async () => {
    const id = CORE_COMPETENCIES[0].id
    const checkIn = (date: string, week: string, note: string) =>
      testCheckIn(date, { [id]: 2 }, { week, notes: { [id]: note }, frameworkId: 'pm-ladder' })
    givenProfile({
      notes: { [id]: 'Shipped pricing to all markets' },
      checkIns: [
        checkIn('2027-01-11', '2027-W02', 'Ran the pricing test'),
        checkIn('2027-01-18', '2027-W03', 'Ran the pricing test'),
        checkIn('2027-01-25', '2027-W04', 'Shipped pricing to all markets'),
      ],
    })
    const { user } = await renderApp('/assess')
    await user.click(screen.getAllByText(/^Evidence note/)[0]!)
    const history = screen.getByRole('list', { name: 'Saved at earlier check-ins' })
    expect(
      within(history)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      expect.stringMatching(/Shipped pricing to all markets$/),
      expect.stringMatching(/Ran the pricing test$/),
    ])
  })

  it('shows the latest three earlier notes, and the older ones when asked', async () => {
    const id = CORE_COMPETENCIES[0].id
    const dates = ['2027-01-04', '2027-01-11', '2027-01-18', '2027-01-25', '2027-02-01']
    givenProfile({
      notes: { [id]: 'Today' },
      checkIns: dates.map((date, i) =>
        testCheckIn(date, { [id]: 2 }, { notes: { [id]: `Note ${i + 1}` }, frameworkId: 'pm-ladder' }),
      ),
    })
    const { user } = await renderApp('/assess')
    await user.click(screen.getAllByText(/^Evidence note/)[0]!)
    const history = screen.getByRole('list', { name: 'Saved at earlier check-ins' })
    const notes = () =>
      within(history)
        .getAllByRole('listitem')
        .map((li) => li.textContent!.replace(/^.* /, ''))
    expect(notes()).toEqual(['5', '4', '3'])
    const more = screen.getByRole('button', { name: 'Show 2 older notes' })
    expect(more).toHaveAttribute('aria-expanded', 'false')
    await user.click(more)
    expect(notes()).toEqual(['5', '4', '3', '2', '1'])
    expect(more).toHaveAttribute('aria-expanded', 'true')
    await user.click(screen.getByRole('button', { name: 'Show the latest 3 only' }))
    expect(notes()).toEqual(['5', '4', '3'])
  })

  it("fetches the gaps screen's code once a rating changes, and not for a visit that changes nothing", async () => {
    const { router, user } = await renderApp('/assess')
    const preloaded: string[] = []
    const preloadRoute = router.preloadRoute.bind(router)
    router.preloadRoute = (options) => {
      preloaded.push(String(options.to))
      return preloadRoute(options)
    }
    await user.click(screen.getByRole('checkbox', { name: /Include the AI/ }))
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(preloaded).toEqual([])
    const group = screen.getByRole('radiogroup', { name: CORE_COMPETENCIES[0].name })
    await user.click(within(group).getByRole('radio', { name: /^2/ }))
    await user.click(within(group).getByRole('radio', { name: /^3/ }))
    await waitFor(() => expect(preloaded).toEqual(['/gaps']))
  })
})

describe('before the ladder: "Not a PM yet"', () => {
  beforeEach(() => resetAppStore())

  it('is a current role, never a target, and aims at Associate PM by default', async () => {
    const { user } = await renderApp('/assess')
    const current = screen.getByRole('combobox', { name: 'Current role' })
    const target = screen.getByRole('combobox', { name: 'Target role' })
    const titles = (select: HTMLElement) =>
      within(select)
        .getAllByRole('option')
        .filter((o) => !(o as HTMLOptionElement).disabled)
        .map((o) => o.textContent)
    expect(titles(current)[0]).toBe('Not a PM yet')
    expect(titles(current)[1]).toBe('Associate Product Manager')
    expect(titles(target)).not.toContain('Not a PM yet')
    expect(titles(target)).toHaveLength(7)
    await user.selectOptions(current, 'Not a PM yet')
    expect(useAppStore.getState().profile).toMatchObject({ currentLevelId: 'not-a-pm', targetLevelId: 'apm' })
    expect((target as HTMLSelectElement).selectedOptions[0]).toHaveTextContent('Associate Product Manager')
    // Where they come from: the ways in differ by background, and it is kept.
    const background = screen.getByRole('combobox', { name: 'Background' })
    expect(
      within(background)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([
      'Choose your background…',
      'Engineering',
      'Design',
      'Marketing',
      'Data analysis',
      'Customer support',
      'Something else',
    ])
    await user.selectOptions(background, 'Customer support')
    expect(useAppStore.getState().profile.background).toBe('customer-support')
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!).state.data['pm-ladder'].profile.background).toBe(
      'customer-support',
    )
    // A PM has no background to choose.
    await user.selectOptions(current, 'Product Manager')
    expect(screen.queryByRole('combobox', { name: 'Background' })).not.toBeInTheDocument()
  })
})

describe('/ladder before Associate PM', () => {
  beforeEach(() => resetAppStore())

  it('shows "Not a PM yet" first, before the seven steps, with the ways in and no pay', async () => {
    await renderApp('/ladder')
    const sections = screen.getAllByRole('region').filter((r) => r.id.startsWith('level-'))
    expect(sections.map((s) => s.id)).toEqual([
      'level-not-a-pm',
      'level-apm',
      'level-pm',
      'level-spm',
      'level-gpm',
      'level-director',
      'level-vp',
      'level-cpo',
    ])
    expect(within(sections[0]!).getByRole('heading', { level: 2 })).toHaveTextContent(/^Not a PM yet$/)
    expect(sections[0]).toHaveTextContent('an internal transfer')
    expect(sections[0]).not.toHaveTextContent(/Total pay/)
    expect(within(sections[1]!).getByRole('heading', { level: 2 })).toHaveTextContent(
      /^1\.\s*Associate Product Manager$/,
    )
    expect(
      within(screen.getByRole('navigation', { name: 'Ladder steps' })).getByRole('link', { name: /Not a PM yet/ }),
    ).toHaveTextContent(/^Before the ladder/)
  })
})
