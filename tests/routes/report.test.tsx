import { beforeEach, describe, expect, it } from 'vitest'
import { screen, within } from '@testing-library/react'
import { CORE_COMPETENCIES, PM_FRAMEWORK } from '../../src/domain/framework'
import { rankGaps } from '../../src/domain/gaps'
import { readiness } from '../../src/domain/readiness'
import { resetAppStore } from '../../src/store/testing/reset-app-store'
import { givenProfile, renderApp } from './render-app'

describe('/report', () => {
  beforeEach(() => resetAppStore())

  it('asks for roles first when no target is chosen', async () => {
    await renderApp('/report')
    expect(screen.getByRole('heading', { level: 1, name: 'Report' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: /Choose your roles/ })).toHaveAttribute('href', '/assess')
  })

  it('shows readiness with how it is computed, and the largest gaps with the evidence notes', async () => {
    const ratings = Object.fromEntries(CORE_COMPETENCIES.map((c, i) => [c.id, i % 3]))
    const top = rankGaps(CORE_COMPETENCIES, ratings, 'spm')[0]!
    givenProfile({
      profile: { currentLevelId: 'pm', targetLevelId: 'spm', tracks: {} },
      ratings,
      notes: { [top.competency.id]: 'Ran the pricing discovery' },
    })
    await renderApp('/report')
    expect(screen.getByRole('heading', { level: 1, name: 'Readiness for Senior Product Manager' })).toBeInTheDocument()
    const meter = screen.getByRole('meter', { name: /^Readiness for Senior Product Manager/ }) as HTMLMeterElement
    expect(meter.value).toBe(readiness(PM_FRAMEWORK, CORE_COMPETENCIES, ratings, 'spm'))
    expect(
      screen.getByText(/^Readiness is the share of the ratings Senior Product Manager expects/),
    ).toBeInTheDocument()
    const gaps = within(screen.getByRole('list', { name: 'Largest gaps' })).getAllByRole('listitem')
    expect(gaps).toHaveLength(5)
    expect(gaps[0]).toHaveTextContent(top.competency.name)
    expect(gaps[0]).toHaveTextContent('Evidence: Ran the pricing discovery')
    expect(screen.getByRole('button', { name: 'Print' })).toBeInTheDocument()
  })
})
