import { describe, it, expect } from 'vitest'
import { render, screen, waitFor, within } from '@testing-library/react'
import { defaultYTicks, LineFigure, sameLineProps, type LineRow, type LineSeries } from './LineFigure'
import { bodyRows } from './test-helpers'

const rows: LineRow[] = [
  { label: '2025-01-06', values: { readiness: 40, strategy: 1 } },
  { label: '2025-01-13', values: { readiness: 48, strategy: null } },
  { label: '2025-01-20', values: { readiness: null, strategy: 2 } },
  { label: '2025-01-27', values: { readiness: 72.25, strategy: 3 } },
]

const readiness: LineSeries = { key: 'readiness', name: 'Readiness for Senior Product Manager' }
const strategy: LineSeries = { key: 'strategy', name: 'Strategy', dashed: true }

const caption = 'Readiness over time'

function renderFigure(overrides: Partial<Parameters<typeof LineFigure>[0]> = {}) {
  return render(
    <LineFigure
      caption={caption}
      rows={rows}
      series={[readiness]}
      yMax={100}
      yUnit="%"
      pointName={{ one: 'check-in', many: 'check-ins' }}
      width={600}
      height={320}
      {...overrides}
    />,
  )
}


/** Waits for the lazily loaded chart to draw `count` lines. */
async function waitForLines(container: HTMLElement, count: number): Promise<Element[]> {
  await waitFor(() => expect(container.querySelectorAll('path.recharts-line-curve')).toHaveLength(count), {
    // The first render loads recharts: slow on a busy machine.
    timeout: 5000,
  })
  return Array.from(container.querySelectorAll('path.recharts-line-curve'))
}

describe('LineFigure', () => {
  it('is a figure named by its caption', () => {
    renderFigure()
    const figure = screen.getByRole('figure', { name: caption })
    expect(within(figure).getByText(caption).tagName).toBe('FIGCAPTION')
  })

  it('shows the chart as an image whose name summarises the first and last values', () => {
    renderFigure()
    expect(screen.getByRole('img', { name: /line chart/i })).toHaveAccessibleName(
      'Line chart: Readiness for Senior Product Manager over 4 check-ins, from 40% to 72.3%',
    )
  })

  it('names at most three series, then says how many more, and mentions the goal', () => {
    const series: LineSeries[] = [
      readiness,
      strategy,
      { key: 'a', name: 'Alpha' },
      { key: 'b', name: 'Beta' },
      { key: 'c', name: 'Gamma' },
    ]
    const withAlpha = rows.map((r, i) => ({ ...r, values: { ...r.values, a: i === 2 ? 5 : null } }))
    renderFigure({ series, rows: withAlpha, goal: { value: 80, label: 'Target' } })
    expect(screen.getByRole('img', { name: /line chart/i })).toHaveAccessibleName(
      'Line chart: 5 series over 4 check-ins: Readiness for Senior Product Manager from 40% to 72.3%; ' +
        'Strategy from 1% to 3%; Alpha at 5%; and 2 more; Target: 80%',
    )
  })

  it('says so when there are no points', () => {
    renderFigure({ rows: [] })
    expect(screen.getByRole('img', { name: /line chart/i })).toHaveAccessibleName('Line chart: no check-ins yet')
  })

  it('lists the same numbers in a table, "—" where a series has no value', () => {
    renderFigure({ series: [readiness, strategy], valueFormat: (v) => v.toFixed(1) })
    const table = screen.getByRole('table', { name: 'Values by date' })
    const headers = within(table).getAllByRole('columnheader')
    expect(headers.map((h) => h.textContent)).toEqual(['Date', 'Readiness for Senior Product Manager', 'Strategy'])
    for (const header of headers) expect(header.closest('thead')).not.toBeNull()
    expect(bodyRows(table)).toEqual([
      ['2025-01-06', '40.0', '1.0'],
      ['2025-01-13', '48.0', '—'],
      ['2025-01-20', '—', '2.0'],
      ['2025-01-27', '72.3', '3.0'],
    ])
    expect(within(table).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(rows.map((r) => r.label))
  })

  it('takes the first column header and the table name from props', () => {
    renderFigure({ xLabel: 'Week', tableLabel: 'Readiness by week' })
    const table = screen.getByRole('table', { name: 'Readiness by week' })
    expect(within(table).getAllByRole('columnheader')[0]).toHaveTextContent('Week')
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

  it('draws the lazy chart at a fixed size: one line per series, no focusable svg', async () => {
    const { container } = renderFigure({ series: [readiness, strategy] })
    const chart = screen.getByRole('img', { name: /line chart/i })
    expect(await waitForLines(container, 2)).toHaveLength(2)
    const svg = chart.querySelector('.recharts-wrapper > svg')
    expect(svg).not.toBeNull()
    expect(svg).toHaveAttribute('width', '600')
    expect(svg).not.toHaveAttribute('tabindex')
    expect(svg).not.toHaveAttribute('role', 'application')
    // Default palette colours, the second series dashed.
    const [first, second] = await waitForLines(container, 2)
    expect(first).toHaveAttribute('stroke', 'var(--line-1)')
    expect(second).toHaveAttribute('stroke', 'var(--line-2)')
    expect(second).toHaveAttribute('stroke-dasharray', '6 4')
    // A legend names the series when there are several.
    expect(within(chart).getByText('Strategy')).toBeInTheDocument()
  })

  it('draws one line and no legend for one series, in its own colour', async () => {
    const { container } = renderFigure({ series: [{ ...readiness, color: 'var(--series-you)' }] })
    const [line] = await waitForLines(container, 1)
    expect(line).toHaveAttribute('stroke', 'var(--series-you)')
    expect(container.querySelector('.recharts-legend-wrapper')).toBeNull()
  })

  it('draws the goal as a labelled reference line', async () => {
    const { container } = renderFigure({ goal: { value: 80, label: 'Senior PM bar' } })
    await waitForLines(container, 1)
    expect(container.querySelector('.recharts-reference-line')).not.toBeNull()
    expect(within(screen.getByRole('img', { name: /line chart/i })).getByText('Senior PM bar')).toBeInTheDocument()
    expect(screen.getByText('Senior PM bar: 80%').tagName).toBe('P')
  })

  it('draws no goal line without a goal', async () => {
    const { container } = renderFigure()
    await waitForLines(container, 1)
    expect(container.querySelector('.recharts-reference-line')).toBeNull()
  })

  it('labels the y axis with the given ticks, formatted', async () => {
    const { container } = renderFigure({ yTicks: [0, 50, 100] })
    await waitForLines(container, 1)
    const ticks = Array.from(container.querySelectorAll('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value'), (t) => t.textContent)
    expect(ticks).toEqual(['0%', '50%', '100%'])
  })

  it('thins out the x labels of a long series, keeping the first and the last', async () => {
    const long: LineRow[] = Array.from({ length: 260 }, (_, i) => ({
      label: `W${String(i + 1).padStart(3, '0')}`,
      values: { readiness: i % 100 },
    }))
    const { container } = renderFigure({ rows: long, width: 390, height: 260 })
    await waitForLines(container, 1)
    const labels = Array.from(container.querySelectorAll('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value'), (t) => t.textContent)
    expect(labels.length).toBeGreaterThan(2)
    expect(labels.length).toBeLessThan(12)
    expect(labels[0]).toBe('W001')
    expect(labels[labels.length - 1]).toBe('W260')
    // Too many points for dots.
    expect(container.querySelectorAll('.recharts-line-dot')).toHaveLength(0)
  })
})

describe('defaultYTicks', () => {
  it('picks round steps from 0 to the top', () => {
    expect(defaultYTicks(100)).toEqual([0, 25, 50, 75, 100])
    expect(defaultYTicks(4)).toEqual([0, 1, 2, 3, 4])
    expect(defaultYTicks(5)).toEqual([0, 1, 2, 3, 4, 5])
    expect(defaultYTicks(1)).toEqual([0, 0.25, 0.5, 0.75, 1])
    expect(defaultYTicks(10)).toEqual([0, 2, 4, 6, 8, 10])
    expect(defaultYTicks(6)).toEqual([0, 2, 4, 6])
    expect(defaultYTicks(7)).toEqual([0, 2, 4, 6])
  })
})

describe('sameLineProps (the chart and table memo)', () => {
  const format = (v: number) => String(v)
  const base = { rows, series: [readiness, strategy], yTicks: [0, 50, 100], format, yMax: 100 }

  it('treats rebuilt arrays with the same numbers as equal, so a page re-render does not redraw', () => {
    const rebuilt = {
      ...base,
      rows: rows.map((r) => ({ label: r.label, values: { ...r.values } })),
      series: base.series.map((s) => ({ ...s })),
      yTicks: [0, 50, 100],
    }
    expect(sameLineProps(base, rebuilt)).toBe(true)
  })

  it('sees a changed value, label, series, tick or format', () => {
    const changed = rows.map((r, i) => (i === 1 ? { ...r, values: { ...r.values, readiness: 49 } } : r))
    expect(sameLineProps(base, { ...base, rows: changed })).toBe(false)
    expect(sameLineProps(base, { ...base, rows: rows.map((r) => ({ ...r, label: `${r.label}!` })) })).toBe(false)
    expect(sameLineProps(base, { ...base, series: [readiness, { ...strategy, dashed: false }] })).toBe(false)
    expect(sameLineProps(base, { ...base, yTicks: [0, 100] })).toBe(false)
    expect(sameLineProps(base, { ...base, format: (v: number) => `${v}` })).toBe(false)
  })
})
