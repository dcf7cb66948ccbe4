import { describe, expect, it } from 'vitest'
import { fireEvent, render, screen, within } from '@testing-library/react'
import { LineFigure, type LineRow, type LineSeries } from './LineFigure'

const rows: LineRow[] = [
  { label: '4 Jan 2027', axisLabel: '4 Jan', x: 0, values: { readiness: 40 } },
  { label: '11 Jan 2027', axisLabel: '11 Jan', x: 7, values: { readiness: 48 } },
  { label: '25 Jan 2027', axisLabel: '25 Jan', x: 21, values: { readiness: 60, projection: 60 } },
  { label: '19 Apr 2027', axisLabel: '19 Apr', x: 105, values: { projection: 90 } },
]
const readiness: LineSeries = { key: 'readiness', name: 'Readiness' }
const projection: LineSeries = { key: 'projection', name: 'At this pace', dashed: true, color: 'var(--line-1)' }

function renderSvgFigure(overrides: Partial<Parameters<typeof LineFigure>[0]> = {}) {
  return render(
    <LineFigure
      drawing="svg"
      caption="Readiness over time"
      rows={rows}
      series={[readiness, projection]}
      yMax={100}
      yUnit="%"
      goal={{ value: 100, label: 'Ready' }}
      pointName={{ one: 'check-in', many: 'check-ins' }}
      width={600}
      height={300}
      {...overrides}
    />,
  )
}

/** The chart's image (the role img box) and its svg. */
function chart() {
  const image = screen.getByRole('img', { name: /^Line chart/ })
  const svg = image.querySelector('svg.line-surface')
  if (!svg) throw new Error('no svg drawn')
  return { image, svg }
}

describe('LineFigure drawn as plain SVG', () => {
  it('draws in the first render, in the figure’s image named by describeChart, without recharts', () => {
    const { container } = renderSvgFigure()
    screen.getByRole('figure', { name: 'Readiness over time' })
    const { image, svg } = chart()
    expect(image).toHaveAccessibleName(
      'Line chart: 2 series over 3 check-ins: Readiness from 40% to 60%; At this pace from 60% to 90%; Ready: 100%',
    )
    expect(svg).toHaveAttribute('width', '600')
    expect(svg).toHaveAttribute('height', '300')
    expect(svg).toHaveAttribute('aria-hidden', 'true')
    expect(container.querySelector('[class*="recharts"]')).toBeNull()
  })

  it('draws the readiness line solid with a marker per check-in, the projection dashed in the same colour', () => {
    const { svg } = (renderSvgFigure(), chart())
    const [line, projected] = Array.from(svg.querySelectorAll('path.line-series'))
    expect(line).toHaveAttribute('stroke', 'var(--line-1)')
    expect(line).not.toHaveAttribute('stroke-dasharray')
    expect(line!.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){2}$/)
    expect(projected).toHaveAttribute('stroke', 'var(--line-1)')
    expect(projected).toHaveAttribute('stroke-dasharray', '6 4')
    expect(svg.querySelectorAll('.line-marker')).toHaveLength(3)
  })

  it('labels the y axis with the ticks, the x axis with dates, and draws the goal with its label', () => {
    const { svg } = (renderSvgFigure({ yTicks: [0, 50, 100] }), chart())
    expect(Array.from(svg.querySelectorAll('.line-y-label'), (t) => t.textContent)).toEqual(['0%', '50%', '100%'])
    const dates = Array.from(svg.querySelectorAll('.line-x-label'), (t) => t.textContent)
    expect(dates[0]).toBe('4 Jan')
    expect(dates.at(-1)).toBe('19 Apr')
    expect(
      within(svg as unknown as HTMLElement)
        .getByText('Ready')
        .closest('.line-goal'),
    ).not.toBeNull()
  })

  it('names both series in a legend, each with its swatch', () => {
    renderSvgFigure()
    const legend = chart().image.querySelectorAll('.line-legend-item')
    expect(Array.from(legend, (item) => item.textContent)).toEqual(['Readiness', 'At this pace'])
    expect(legend[0]!.querySelector('path')).toHaveAttribute('fill', 'var(--line-1)')
    expect(legend[1]!.querySelector('line')).toHaveAttribute('stroke-dasharray', '6 4')
  })

  it('draws one series without a legend, and no goal line without a goal', () => {
    const { container } = renderSvgFigure({ series: [readiness], goal: undefined })
    expect(container.querySelectorAll('path.line-series')).toHaveLength(1)
    expect(container.querySelector('.line-legend-item')).toBeNull()
    expect(container.querySelector('.line-goal')).toBeNull()
  })

  it('draws no markers past 26 check-ins', () => {
    const many: LineRow[] = Array.from({ length: 27 }, (_, i) => ({
      label: `W${i}`,
      x: 7 * i,
      values: { readiness: i },
    }))
    const { svg } = (renderSvgFigure({ rows: many, series: [readiness] }), chart())
    expect(svg.querySelectorAll('path.line-series')).toHaveLength(1)
    expect(svg.querySelectorAll('.line-marker')).toHaveLength(0)
  })

  it('reads out the date and value of the point nearest the pointer, and hides it when the pointer leaves', () => {
    const { svg } = (renderSvgFigure(), chart())
    fireEvent.pointerMove(svg, { clientX: 5 })
    const readout = svg.querySelector('.line-readout')
    expect(readout).not.toBeNull()
    expect(readout!.textContent).toBe('4 Jan 2027Readiness: 40%')
    fireEvent.pointerLeave(svg)
    expect(svg.querySelector('.line-readout')).toBeNull()
  })
})
