import { describe, expect, it, vi } from 'vitest'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { TrendRangeSelect } from './TrendRangeSelect'

describe('TrendRangeSelect', () => {
  it('is a labelled select of the ranges offered, saying how many check-ins the chosen one shows', () => {
    render(
      <TrendRangeSelect value="1y" options={['12w', '6m', '1y', 'all']} shown={53} total={260} onChange={() => {}} />,
    )
    const select = screen.getByRole('combobox', { name: 'Trends over' })
    expect(select).toHaveValue('1y')
    expect(select).toHaveAccessibleDescription('53 of 260 check-ins')
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Last 12 weeks',
      'Last 6 months',
      'Last year',
      'All check-ins',
    ])
  })

  it('reports the range chosen by keyboard', async () => {
    const onChange = vi.fn()
    render(<TrendRangeSelect value="1y" options={['12w', '1y', 'all']} shown={53} total={260} onChange={onChange} />)
    const select = screen.getByRole('combobox', { name: 'Trends over' })
    await userEvent.selectOptions(select, 'All check-ins')
    expect(onChange).toHaveBeenLastCalledWith('all')
    await userEvent.selectOptions(select, 'Last 12 weeks')
    expect(onChange).toHaveBeenLastCalledWith('12w')
  })

  it('says "all" when the range shows every check-in', () => {
    render(<TrendRangeSelect value="all" options={['12w', 'all']} shown={20} total={20} onChange={() => {}} />)
    expect(screen.getByRole('combobox', { name: 'Trends over' })).toHaveAccessibleDescription('all 20 check-ins')
  })
})
