import { afterEach, describe, it, expect, vi } from 'vitest'
import { act, render, screen, waitFor, within } from '@testing-library/react'
import { defaultYTicks, LineFigure, type LineRow, type LineSeries } from './LineFigure'
import { drawOffsets } from './line-data'
import { bodyRows, openTheNumbers } from './test-helpers'

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
      drawing="recharts"
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
    timeout: 15_000,
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

  it('lists the same numbers in a table, "—" where a series has no value', async () => {
    renderFigure({ series: [readiness, strategy], valueFormat: (v) => v.toFixed(1) })
    await openTheNumbers()
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
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(rows.map((r) => r.label))
  })

  it('takes the first column header and the table name from props', async () => {
    renderFigure({ xLabel: 'Week', tableLabel: 'Readiness by week' })
    await openTheNumbers()
    const table = screen.getByRole('table', { name: 'Readiness by week' })
    expect(within(table).getAllByRole('columnheader')[0]).toHaveTextContent('Week')
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
    const ticks = Array.from(
      container.querySelectorAll('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value'),
      (t) => t.textContent,
    )
    expect(ticks).toEqual(['0%', '50%', '100%'])
  })

  // recharts thins the labels by their measured width, which jsdom cannot measure: the browser test checks the thinning.
  it('keeps the first and the last x label of a long series, and draws no markers', async () => {
    const long: LineRow[] = Array.from({ length: 260 }, (_, i) => ({
      label: `W${String(i + 1).padStart(3, '0')}`,
      values: { readiness: i % 100 },
    }))
    const { container } = renderFigure({ rows: long, width: 390, height: 260 })
    await waitForLines(container, 1)
    const labels = Array.from(
      container.querySelectorAll('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value'),
      (t) => t.textContent,
    )
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

describe('series with equal values', () => {
  const equal: LineRow[] = [0, 7, 21].map((day, i) => ({
    label: `day ${day}`,
    x: day,
    values: { a: 2, b: 2, c: [0, 1, 3][i] },
  }))
  const three: LineSeries[] = [
    { key: 'a', name: 'Alpha' },
    { key: 'b', name: 'Beta' },
    { key: 'c', name: 'Gamma' },
  ]

  it('fans out the solid series only when two of them share a value, never a dashed one', () => {
    expect(drawOffsets(equal, three, 5)).toEqual([0.1, 0, -0.1].map((v) => expect.closeTo(v) as number))
    expect(drawOffsets(equal, [three[0]!, three[2]!], 5)).toEqual([0, 0])
    expect(drawOffsets(equal, [three[0]!, { ...three[1]!, dashed: true }], 5)).toEqual([0, 0])
  })

  it('draws every series apart, each with its own marker, and names all three in the legend', async () => {
    const { container } = renderFigure({ rows: equal, series: three, yMax: 5, yUnit: '' })
    await openTheNumbers()
    const lines = await waitForLines(container, 3)
    const paths = lines.map((l) => l.getAttribute('d'))
    expect(new Set(paths).size, 'no line hides another').toBe(3)
    const chart = screen.getByRole('img', { name: /line chart/i })
    for (const name of ['Alpha', 'Beta', 'Gamma']) expect(within(chart).getByText(name)).toBeInTheDocument()
    // The table keeps the values themselves.
    expect(bodyRows(screen.getByRole('table'))).toEqual([
      ['day 0', '2', '2', '0'],
      ['day 7', '2', '2', '1'],
      ['day 21', '2', '2', '3'],
    ])
    const markers = Array.from(container.querySelectorAll('.recharts-line-dot'), (d) => d.getAttribute('d'))
    expect(markers).toHaveLength(9)
  })

  it('spaces the points by their x: a skipped fortnight is twice as wide as a week', async () => {
    const { container } = renderFigure({ rows: equal, series: [three[2]!], yMax: 5, yUnit: '' })
    await waitForLines(container, 1)
    // Markers are symbols drawn around the origin and moved onto their point.
    const xs = Array.from(container.querySelectorAll('.recharts-line-dot'), (d) => {
      const m = /translate\(\s*(-?[\d.]+)/.exec(d.getAttribute('transform') ?? '')
      return m ? Number(m[1]) : NaN
    })
    expect(xs).toHaveLength(3)
    const [a, b, c] = xs as [number, number, number]
    expect((c - b) / (b - a)).toBeCloseTo(2, 1)
  })
})

describe('drawn once scrolled near (drawWhenNear)', () => {
  /** A stand-in IntersectionObserver whose targets come into view when told. */
  function fakeObserver() {
    const observers: { callback: IntersectionObserverCallback; targets: Element[] }[] = []
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        targets: Element[] = []
        constructor(callback: IntersectionObserverCallback) {
          observers.push({ callback, targets: this.targets })
        }
        observe(target: Element) {
          this.targets.push(target)
        }
        disconnect() {
          this.targets.length = 0
        }
      },
    )
    return {
      watched: () => observers.reduce((n, o) => n + o.targets.length, 0),
      scrollNear: () =>
        act(() => {
          for (const o of observers)
            o.callback(
              o.targets.map((target) => ({ target, isIntersecting: true }) as IntersectionObserverEntry),
              {} as IntersectionObserver,
            )
        }),
    }
  }
  afterEach(() => vi.unstubAllGlobals())

  it('draws nothing until the chart comes near the screen, then draws it; the numbers can be read before', async () => {
    const observer = fakeObserver()
    const { container } = renderFigure({ series: [readiness, strategy], drawWhenNear: true })
    await waitFor(() => expect(observer.watched()).toBe(1))
    expect(container.querySelector('.recharts-wrapper')).toBeNull()
    await openTheNumbers()
    expect(bodyRows(screen.getByRole('table'))).toHaveLength(4)
    observer.scrollNear()
    expect(await waitForLines(container, 2)).toHaveLength(2)
    expect(observer.watched(), 'no longer watched').toBe(0)
  })

  it('draws at once without it', async () => {
    const observer = fakeObserver()
    const { container } = renderFigure({ series: [readiness] })
    expect(await waitForLines(container, 1)).toHaveLength(1)
    expect(observer.watched()).toBe(0)
  })
})
