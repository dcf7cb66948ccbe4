import { lazy, useMemo, useState } from 'react'
import { ChartFigure } from './ChartFigure'
import shared from './ChartFigure.module.css'
import { defaultYTicks, lineValue, type LineGoal, type LineRow, type LineSeries } from './line-data'
import { LineDrawing } from './LineDrawing'
import { useNearViewport } from './use-near-viewport'
import styles from './LineFigure.module.css'

export { defaultYTicks, type LineGoal, type LineRow, type LineSeries } from './line-data'

// recharts loads with the chart, not with the page (measured here: an eager recharts cost ~0.6 s of mobile LCP).
const LineChartView = lazy(() => import('./LineChartView'))

/**
 * What draws the chart. 'svg': plain SVG (LineDrawing), small and drawn in the first frame, for one or two
 * series. 'recharts': the chart library, fetched lazily, for many series (a tooltip listing them, a wrapping legend).
 */
export type LineDrawingKind = 'svg' | 'recharts'

export interface LineFigureProps {
  /** What the chart shows; names the figure. */
  caption: string
  /** What draws the chart: plain SVG or recharts (see LineDrawingKind). */
  drawing: LineDrawingKind
  /** Points in x order (oldest first for a time series). */
  rows: readonly LineRow[]
  series: readonly LineSeries[]
  /** Top of the y axis (it runs 0..yMax). Values above it stretch the axis rather than being cut. */
  yMax: number
  /** Appended as is to the default value format: '%' gives "72%", ' h' gives "3 h". */
  yUnit?: string
  /** Y-axis ticks; default: 3–6 round steps from 0 up to yMax. */
  yTicks?: readonly number[]
  /** Formats values for the axis, the table, the tooltip and the accessible name. Default: at most one decimal, then yUnit. */
  valueFormat?: (value: number) => string
  goal?: LineGoal
  /** Header of the table's first column. Default "Date". */
  xLabel?: string
  /** What a row is, for the accessible name: "over 12 check-ins". Default point/points. */
  pointName?: { one: string; many: string }
  /** Fixed chart size in px, both or neither: for tests (jsdom has no layout). */
  width?: number
  height?: number
  /** Accessible name (caption) of the numbers table. Default "Values by date" (by xLabel). */
  tableLabel?: string
  /**
   * Draw only once the chart is scrolled near: a page of several charts below the fold draws none of them
   * while it loads (each recharts drawing is a long task on a phone). Off for a page meant for printing.
   */
  drawWhenNear?: boolean
}

function plural(n: number, noun: { one: string; many: string }): string {
  return `${n} ${n === 1 ? noun.one : noun.many}`
}

/** How one series went: first and last value it has. */
function describeSeries(rows: readonly LineRow[], key: string, format: (v: number) => string): string {
  let first: number | null = null
  let last: number | null = null
  let count = 0
  for (const row of rows) {
    const v = lineValue(row, key)
    if (v === null) continue
    if (first === null) first = v
    last = v
    count++
  }
  if (first === null || last === null) return 'no values'
  return count === 1 ? `at ${format(first)}` : `from ${format(first)} to ${format(last)}`
}

const NAMED_SERIES = 3

/**
 * The chart's accessible name: how many points, and where each series starts and ends
 * ("Line chart: Readiness over 12 check-ins, from 40% to 72%").
 */
function describeChart(
  rows: readonly LineRow[],
  series: readonly LineSeries[],
  format: (v: number) => string,
  pointName: { one: string; many: string },
  goal: LineGoal | undefined,
): string {
  const goalNote = goal === undefined ? '' : `; ${goal.label}: ${format(goal.value)}`
  if (rows.length === 0 || series.length === 0) return `Line chart: no ${pointName.many} yet${goalNote}`
  // Points measured, not a point that only a dashed series (a projection beyond them) reaches.
  const onlyDashed = (r: LineRow) =>
    series.some((s) => s.dashed === true && lineValue(r, s.key) !== null) &&
    series.every((s) => s.dashed === true || lineValue(r, s.key) === null)
  const points = rows.filter((r) => !onlyDashed(r)).length
  const over = plural(points, pointName)
  const only = series.length === 1 ? series[0] : undefined
  if (only !== undefined)
    return `Line chart: ${only.name} over ${over}, ${describeSeries(rows, only.key, format)}${goalNote}`
  const named = series.slice(0, NAMED_SERIES).map((s) => `${s.name} ${describeSeries(rows, s.key, format)}`)
  const more = series.length - named.length
  const list = more > 0 ? `${named.join('; ')}; and ${more} more` : named.join('; ')
  return `Line chart: ${series.length} series over ${over}: ${list}${goalNote}`
}

interface NumbersTableProps {
  rows: readonly LineRow[]
  series: readonly LineSeries[]
  format: (v: number) => string
  xLabel: string
  tableLabel: string
}

/** The chart's numbers, one row per point. */
function NumbersTable({ rows, series, format, xLabel, tableLabel }: NumbersTableProps) {
  return (
    <table className={shared.table}>
      <caption className="visually-hidden">{tableLabel}</caption>
      <thead>
        <tr>
          <th scope="col">{xLabel}</th>
          {series.map((s) => (
            <th scope="col" key={s.key}>
              {s.name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          // Labels need not be unique (two check-ins on one day), so the index is part of the key.
          <tr key={`${i}:${row.label}`}>
            <th scope="row">{row.label}</th>
            {series.map((s) => {
              const v = lineValue(row, s.key)
              return (
                <td key={s.key} className={v === null ? shared.empty : undefined}>
                  {v === null ? '—' : format(v)}
                </td>
              )
            })}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

const DEFAULT_POINT_NAME = { one: 'point', many: 'points' }

/**
 * A line chart of one or more series over ordered points (usually dates), in a <figure>
 * with its caption and a table of the same numbers. The chart fills the figure's width, so
 * the figure must sit in a container with a width.
 */
export function LineFigure({
  caption,
  rows,
  series,
  yMax,
  yUnit = '',
  yTicks,
  valueFormat,
  goal,
  xLabel = 'Date',
  pointName = DEFAULT_POINT_NAME,
  width,
  height,
  tableLabel,
  drawWhenNear = false,
  drawing,
}: LineFigureProps) {
  const format = useMemo(
    () => valueFormat ?? ((v: number) => `${Number.isInteger(v) ? v : Math.round(v * 10) / 10}${yUnit}`),
    [valueFormat, yUnit],
  )
  const ticks = useMemo(() => yTicks ?? defaultYTicks(yMax), [yTicks, yMax])
  const fixedSize = width !== undefined && height !== undefined ? { width, height } : undefined
  const [spot, setSpot] = useState<HTMLDivElement | null>(null)
  const near = useNearViewport(spot, drawWhenNear)
  const View = drawing === 'svg' ? LineDrawing : LineChartView

  return (
    <ChartFigure
      caption={caption}
      chartLabel={describeChart(rows, series, format, pointName, goal)}
      boxClassName={styles.sized}
      fixedSize={fixedSize}
      className={styles.palette}
      // The plain drawing's code comes with the page: nothing to wait for.
      drawAtOnce={drawing === 'svg'}
      chart={
        <div ref={setSpot} className={styles.spot}>
          {near && <View {...{ rows, series, yMax, format, goal }} yTicks={ticks} {...fixedSize} />}
        </div>
      }
      table={
        <NumbersTable
          rows={rows}
          series={series}
          format={format}
          xLabel={xLabel}
          tableLabel={tableLabel ?? `Values by ${xLabel.toLowerCase()}`}
        />
      }
      tableNote={
        goal !== undefined && (
          <p className={styles.goalNote}>
            {goal.label}: {format(goal.value)}
          </p>
        )
      }
    />
  )
}
