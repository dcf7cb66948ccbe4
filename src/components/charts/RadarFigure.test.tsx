import { describe, it, expect } from 'vitest'
import { render, screen, within } from '@testing-library/react'
import { RadarFigure } from './RadarFigure'
import type { RadarRow } from '../../domain/radar'
import { bodyRows } from './test-helpers'

const rows: RadarRow[] = [
  {
    competencyId: 'strategy',
    axis: 'Strategy and vision',
    name: 'Strategy and vision',
    you: 2,
    target: 3,
    current: 2,
    others: [],
  },
  {
    competencyId: 'roadmap',
    axis: 'Roadmapping and prioritisation',
    name: 'Roadmapping and prioritisation',
    you: null,
    target: 3,
    current: 2,
    others: [],
  },
  {
    competencyId: 'execution',
    axis: 'Execution and delivery',
    name: 'Execution and delivery',
    you: 4,
    target: 4,
    current: 3,
    others: [],
  },
  {
    competencyId: 'decisions',
    axis: 'Decision-making and problem-solving',
    name: 'Decision-making and problem-solving',
    you: 1,
    target: 3,
    current: 1,
    others: [],
  },
]

const caption = 'All competencies: your ratings against Senior PM and PM'

function renderFigure(overrides: Partial<Parameters<typeof RadarFigure>[0]> = {}) {
  return render(
    <RadarFigure
      caption={caption}
      rows={rows}
      targetLabel="Senior PM"
      currentLabel="PM"
      max={4}
      width={600}
      height={420}
      {...overrides}
    />,
  )
}

describe('RadarFigure', () => {
  it('is a figure named by its caption', () => {
    renderFigure()
    const figure = screen.getByRole('figure', { name: caption })
    expect(within(figure).getByText(caption).tagName).toBe('FIGCAPTION')
  })

  it('shows the chart as an image whose name summarises it', () => {
    renderFigure()
    const chart = screen.getByRole('img', { name: /radar/i })
    expect(chart).toHaveAccessibleName(
      'Radar chart: your ratings against Senior PM and PM expectations across 4 competencies; 1 not rated, drawn as 0',
    )
  })

  it('lists the same numbers in a table, "Not rated" for an unrated competency', () => {
    renderFigure()
    const table = screen.getByRole('table', { name: 'Ratings and expectations' })
    const headers = within(table).getAllByRole('columnheader')
    expect(headers.map((h) => h.textContent)).toEqual(['Competency', 'You', 'Senior PM', 'PM'])
    for (const header of headers) expect(header.closest('thead')).not.toBeNull()
    expect(bodyRows(table)).toEqual([
      ['Strategy and vision', '2', '3', '2'],
      ['Roadmapping and prioritisation', 'Not rated', '3', '2'],
      ['Execution and delivery', '4', '4', '3'],
      ['Decision-making and problem-solving', '1', '3', '1'],
    ])
  })

  it('keeps the table in a "Show the numbers" disclosure, in a keyboard-scrollable region', () => {
    renderFigure()
    const table = screen.getByRole('table')
    const details = table.closest('details')
    expect(details).not.toBeNull()
    expect(within(details as HTMLElement).getByText('Show the numbers').tagName).toBe('SUMMARY')
    const region = screen.getByRole('region', { name: `${caption}: numbers` })
    expect(region).toContainElement(table)
    expect(region).toHaveAttribute('tabindex', '0')
  })

  it('leaves out the current level when there is none', () => {
    renderFigure({ currentLabel: null, rows: rows.map((r) => ({ ...r, current: null })) })
    expect(screen.getByRole('img', { name: /radar/i })).toHaveAccessibleName(
      'Radar chart: your ratings against Senior PM expectations across 4 competencies; 1 not rated, drawn as 0',
    )
    const table = screen.getByRole('table')
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Competency', 'You', 'Senior PM'])
    expect(bodyRows(table).every((cells) => cells.length === 3)).toBe(true)
  })

  it('names the table with tableSummary when given', () => {
    renderFigure({ tableSummary: 'Strategy ratings' })
    expect(screen.getByRole('table', { name: 'Strategy ratings' })).toBeInTheDocument()
  })

  it('draws the lazy chart at a fixed size: one polygon per series, a label per axis, no focusable svg', async () => {
    const { container } = renderFigure()
    const chart = screen.getByRole('img', { name: /radar/i })
    const polygons = await waitForRadars(container, 3)
    expect(polygons).toHaveLength(3)
    const svg = chart.querySelector('.recharts-wrapper > svg')
    expect(svg).not.toBeNull()
    expect(svg).toHaveAttribute('width', '600')
    expect(svg).not.toHaveAttribute('tabindex')
    expect(svg).not.toHaveAttribute('role', 'application')
    // Long names are wrapped into several lines, never dropped.
    const labels = Array.from(chart.querySelectorAll('.recharts-polar-angle-axis-tick-value'), (t) =>
      Array.from(t.querySelectorAll('tspan'), (s) => s.textContent).join(' '),
    )
    expect(labels).toHaveLength(4)
    expect(labels[0]).toBe('Strategy and vision')
    // Radius ticks are the integers 0..max, the centre's 0 left unlabelled.
    const radiusTicks = Array.from(
      chart.querySelectorAll('.recharts-polar-radius-axis-tick-value'),
      (t) => t.textContent,
    )
    expect(radiusTicks).toEqual(['', '1', '2', '3', '4'])
  })

  it('draws two series when there is no current level', async () => {
    const { container } = renderFigure({ currentLabel: null, rows: rows.map((r) => ({ ...r, current: null })) })
    expect(await waitForRadars(container, 2)).toHaveLength(2)
  })
})

/** Waits for the lazily loaded chart to draw `count` radar polygons. */
async function waitForRadars(container: HTMLElement, count: number): Promise<Element[]> {
  // The first render loads recharts: slow on a busy machine.
  await screen.findByText(
    'You',
    { selector: '.recharts-legend-item-text, .recharts-legend-item-text *' },
    { timeout: 15_000 },
  )
  const polygons = Array.from(container.querySelectorAll('.recharts-radar-polygon'))
  expect(polygons).toHaveLength(count)
  return polygons
}
