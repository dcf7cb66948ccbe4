import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { usePaintedValue } from './use-painted-value'

function Both({ value }: { value: string }) {
  const painted = usePaintedValue(value)
  return (
    <p>
      <span data-testid="live">{value}</span> <span data-testid="painted">{painted}</span>
    </p>
  )
}

describe('usePaintedValue', () => {
  it('has the value at once on the first render, and a change after the frame that showed it', async () => {
    const { rerender } = render(<Both value="first" />)
    expect(screen.getByTestId('painted')).toHaveTextContent('first')
    rerender(<Both value="second" />)
    expect(screen.getByTestId('live')).toHaveTextContent('second')
    expect(screen.getByTestId('painted')).toHaveTextContent('first')
    await screen.findByText('second', { selector: '[data-testid="painted"]' })
  })

  it('ends on the latest of changes made before a frame', async () => {
    const { rerender } = render(<Both value="a" />)
    rerender(<Both value="b" />)
    rerender(<Both value="c" />)
    await screen.findByText('c', { selector: '[data-testid="painted"]' })
    expect(screen.getByTestId('painted')).toHaveTextContent('c')
  })
})
