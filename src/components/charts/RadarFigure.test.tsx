import { describe, it, expect } from 'vitest'
import { render, screen, within } from '@testing-library/react'
import { RadarFigure } from './RadarFigure'
import type { RadarRow } from '../../domain/radar'
import { bodyRows, openTheNumbers } from './test-helpers'

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

  it('lists the same numbers in a table, "Not rated" for an unrated competency', async () => {
    renderFigure()
    await openTheNumbers()
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

  it('keeps the table in a "Show the numbers" disclosure, in a keyboard-scrollable region', async () => {
    renderFigure()
    await openTheNumbers()
    const table = screen.getByRole('table')
    const details = table.closest('details')
    expect(details).not.toBeNull()
    expect(within(details as HTMLElement).getByText('Show the numbers').tagName).toBe('SUMMARY')
    const region = screen.getByRole('region', { name: `${caption}: numbers` })
    expect(region).toContainElement(table)
    expect(region).toHaveAttribute('tabindex', '0')
  })

  it('leaves out the current level when there is none', async () => {
    renderFigure({ currentLabel: null, rows: rows.map((r) => ({ ...r, current: null })) })
    await openTheNumbers()
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

  it('names the table with tableSummary when given', async () => {
    renderFigure({ tableSummary: 'Strategy ratings' })
    await openTheNumbers()
    expect(screen.getByRole('table', { name: 'Strategy ratings' })).toBeInTheDocument()
  })

  it('draws the chart at a fixed size: one polygon per series, a label per axis, no focusable svg', () => {
    renderFigure()
    const chart = screen.getByRole('img', { name: /radar/i })
    expect(radarPolygons(chart)).toHaveLength(3)
    const svg = chart.querySelector('svg.radar-surface')
    expect(svg).not.toBeNull()
    expect(svg).toHaveAttribute('width', '600')
    expect(svg).toHaveAttribute('aria-hidden', 'true')
    expect(svg).not.toHaveAttribute('tabindex')
    // Long names are wrapped into several lines, never dropped.
    const labels = Array.from(chart.querySelectorAll('.radar-axis-label'), (t) =>
      Array.from(t.querySelectorAll('tspan'), (s) => s.textContent).join(' '),
    )
    expect(labels).toEqual([
      'Strategy and vision',
      'Roadmapping and prioritisation',
      'Execution and delivery',
      'Decision-making and problem-solving',
    ])
    const longest = chart.querySelectorAll('.radar-axis-label')[3]!
    expect(longest.querySelectorAll('tspan')).toHaveLength(2)
    // The scale is numbered 1..max, the centre's 0 left out.
    const scale = Array.from(chart.querySelectorAll('.radar-scale-label'), (t) => t.textContent)
    expect(scale).toEqual(['1', '2', '3', '4'])
  })

  it('draws an unrated competency at the centre, as 0', () => {
    renderFigure()
    const [you] = radarPolygons(screen.getByRole('img', { name: /radar/i }))
    // Axis 2 ("Roadmapping", unrated) of 4: its corner of the ratings' polygon is the centre.
    const corners = you!.getAttribute('points')!.split(' ')
    const centre = corners[1]
    const others = corners.filter((c) => c !== centre)
    expect(others).toHaveLength(3)
    const [x, y] = centre!.split(',').map(Number)
    expect(x).toBeCloseTo(300, 0)
    expect(y).toBeCloseTo(210, 0)
  })

  it('shows the legend in series order, mentors after the levels', () => {
    renderFigure({ otherLabels: ['Mentor: Dana'], rows: rows.map((r) => ({ ...r, others: [3] })) })
    const chart = screen.getByRole('img', { name: /radar/i })
    expect(Array.from(chart.querySelectorAll('.radar-legend-item'), (li) => li.textContent)).toEqual([
      'You',
      'Senior PM',
      'PM',
      'Mentor: Dana',
    ])
    // Target dashed, current solid, a mentor in its own dash.
    expect(radarPolygons(chart).map((p) => p.getAttribute('stroke-dasharray'))).toEqual([null, '6 4', null, '2 3'])
  })

  it('numbers the axes and lists their names below when the names would crowd the drawing', () => {
    const many = Array.from({ length: 18 }, (_, i) => ({ ...rows[i % 4]!, competencyId: `c${i}`, axis: `Axis ${i}` }))
    renderFigure({ rows: many, width: 340, height: 300 })
    const chart = screen.getByRole('img', { name: /radar/i })
    const labels = Array.from(chart.querySelectorAll('.radar-axis-label'), (t) => t.textContent)
    expect(labels).toEqual(Array.from({ length: 18 }, (_, i) => String(i + 1)))
    const key = within(chart)
      .getAllByRole('listitem')
      .filter((li) => li.closest('ol'))
    expect(key).toHaveLength(18)
    expect(key[0]).toHaveTextContent(/^1\s*Axis 0$/)
    // Numbered axes leave the scale unnumbered, so a scale number is never read as an axis.
    expect(chart.querySelectorAll('.radar-scale-label')).toHaveLength(0)
  })

  it('draws two series when there is no current level', () => {
    renderFigure({ currentLabel: null, rows: rows.map((r) => ({ ...r, current: null })) })
    expect(radarPolygons(screen.getByRole('img', { name: /radar/i }))).toHaveLength(2)
  })
})

/** The series' polygons of a drawn radar (not the grid's rings). */
function radarPolygons(chart: HTMLElement): Element[] {
  return Array.from(chart.querySelectorAll('svg.radar-surface polygon.radar-series'))
}
