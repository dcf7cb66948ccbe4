import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { RadarRow } from '../../domain/radar'
import { MiniRadar } from './MiniRadar'

const row = (id: string, you: number | null, target: number | null, current: number | null): RadarRow => ({
  competencyId: id,
  axis: id,
  name: id,
  you,
  target,
  current,
  others: [],
})

/** The polygon's corners as numbers, [x, y] each. */
const corners = (polygon: Element | null | undefined) =>
  (polygon?.getAttribute('points') ?? '').split(' ').map((p) => p.split(',').map(Number) as [number, number])

describe('MiniRadar', () => {
  const rows = [row('a', 4, 4, 2), row('b', null, 2, 2), row('c', 2, 4, 2), row('d', 4, 4, 2)]

  function draw(props: Partial<Parameters<typeof MiniRadar>[0]> = {}) {
    const { container } = render(
      <MiniRadar rows={rows} targetLabel="Senior PM" currentLabel="PM" youLabel="You" max={4} {...props} />,
    )
    const [grid, you, target, current] = [
      'g',
      ':scope > polygon:nth-of-type(1)',
      ':scope > polygon:nth-of-type(2)',
      ':scope > polygon:nth-of-type(3)',
    ].map((selector) => container.querySelector('svg')!.querySelector(selector))
    return { container, grid, you, target, current }
  }

  it('draws one ring per scale value and one spoke per competency', () => {
    const { grid } = draw()
    expect(grid!.querySelectorAll('polygon')).toHaveLength(4)
    expect(grid!.querySelectorAll('line')).toHaveLength(4)
  })

  it('puts a rating at the top of the scale on the outer ring, and an unrated one at the centre', () => {
    const { grid, you } = draw()
    const outer = corners(grid!.querySelectorAll('polygon')[3]!)
    const mine = corners(you)
    expect(mine[0]).toEqual(outer[0])
    expect(mine[3]).toEqual(outer[3])
    expect(mine[1]).toEqual([100, 100])
    // Half the scale is halfway out.
    expect(Math.hypot(mine[2]![0] - 100, mine[2]![1] - 100)).toBeCloseTo(
      Math.hypot(outer[2]![0] - 100, outer[2]![1] - 100) / 2,
      0,
    )
  })

  it('starts half a step round with an even number of axes, as the full radar does', () => {
    const [first] = corners(draw().you)
    // Four axes: the first sits 45° right of the top, not straight up.
    expect(first![0]).toBeGreaterThan(100)
    expect(first![1]).toBeLessThan(100)
  })

  it('draws and names the target and current series only when they are given', () => {
    const both = draw()
    expect(both.target).not.toBeNull()
    expect(both.current).not.toBeNull()
    expect([...both.container.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['You', 'Senior PM', 'PM'])
    both.container.remove()
    const alone = draw({ targetLabel: null, currentLabel: null })
    expect(alone.target).toBeNull()
    expect([...alone.container.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['You'])
  })
})
