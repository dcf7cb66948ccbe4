import { lazy, type ReactNode } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fireEvent, render, screen, within } from '@testing-library/react'
import { ChartFigure } from './ChartFigure'
import { openTheNumbers } from './test-helpers'

function Throws(): never {
  throw new Error('recharts fell over')
}

/** A lazily loaded chart whose chunk never arrives (offline, or a deploy replaced it). */
const Missing = lazy(() => Promise.reject(new Error('Failed to fetch dynamically imported module')))

function figure(chart: ReactNode) {
  return render(
    <>
      <ChartFigure
        caption="Readiness over time"
        chartLabel="Line chart: Readiness over 2 check-ins"
        fixedSize={{ width: 400, height: 300 }}
        downloadName="readiness.svg"
        chart={chart}
        table={
          <table>
            <caption>Readiness by date</caption>
            <tbody>
              <tr>
                <th scope="row">2027-01-05</th>
                <td>72%</td>
              </tr>
            </tbody>
          </table>
        }
      />
      <p>The rest of the page</p>
    </>,
  )
}

describe('ChartBoundary in a ChartFigure', () => {
  beforeEach(() => vi.spyOn(console, 'error').mockImplementation(() => {}))
  afterEach(() => vi.restoreAllMocks())

  it.each([
    ['throws while drawing', <Throws key="t" />],
    ['cannot be loaded', <Missing key="m" />],
  ])('a chart that %s is replaced by a message; caption, numbers and page stay', async (_, chart) => {
    figure(chart)
    const box = screen.getByRole('figure', { name: 'Readiness over time' })
    expect(
      await within(box).findByText('This chart could not be drawn. Its numbers are in the table below.'),
    ).toBeInTheDocument()
    expect(within(box).queryByRole('img')).not.toBeInTheDocument()
    expect(within(box).queryByRole('button', { name: 'Download chart as SVG' })).not.toBeInTheDocument()
    await openTheNumbers(box)
    expect(within(box).getByRole('table', { name: 'Readiness by date' })).toHaveTextContent('72%')
    expect(screen.getByText('The rest of the page')).toBeInTheDocument()
  })

  it('draws a chart that works, with no message', async () => {
    figure(<svg data-testid="drawing" />)
    expect(screen.getByRole('img', { name: 'Line chart: Readiness over 2 check-ins' })).toContainElement(
      await screen.findByTestId('drawing'),
    )
    expect(screen.queryByText(/could not be drawn/)).not.toBeInTheDocument()
  })
})

describe('ChartFigure', () => {
  const table = (rows: number) => (
    <table>
      <caption>Readiness by date</caption>
      <tbody>
        {Array.from({ length: rows }, (_, i) => (
          <tr key={i}>
            <th scope="row">Row {i}</th>
            <td>{i}%</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
  const render1 = (rows: number) =>
    render(
      <ChartFigure
        caption="Readiness"
        chartLabel="Line chart"
        chart={<svg data-testid="drawing" />}
        table={table(rows)}
      />,
    )

  it('draws the chart only after the first paint, so its code is fetched after the page shows', async () => {
    render1(2)
    expect(screen.queryByTestId('drawing')).not.toBeInTheDocument()
    expect(await screen.findByTestId('drawing')).toBeInTheDocument()
  })

  it('draws a chart whose code is loaded already in the first frame', () => {
    render(
      <ChartFigure
        caption="Readiness"
        chartLabel="Line chart"
        chart={<svg data-testid="drawing" />}
        table={table(2)}
        drawAtOnce
      />,
    )
    expect(screen.getByTestId('drawing')).toBeInTheDocument()
  })

  it('leaves a closed numbers table out of the page until the numbers are opened', async () => {
    render1(500)
    expect(screen.queryByRole('table')).not.toBeInTheDocument()
    fireEvent.click(screen.getByText('Show the numbers'))
    expect(await screen.findByRole('table', { name: 'Readiness by date' })).toBeInTheDocument()
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(500)
  })
})
