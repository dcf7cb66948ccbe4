import { lazy, memo, useMemo } from 'react'
import { ChartFigure } from './ChartFigure'
import shared from './ChartFigure.module.css'
import styles from './LineFigure.module.css'

// recharts loads with the chart, not with the page (TOOLCHAIN.md: eager recharts costs ~0.6 s of mobile LCP).
const LineChartView = lazy(() => import('./LineChartView'))

/** One line of the chart and one column of the table. */
export interface LineSeries {
  /** Key of this series' value in each row's `values`. */
  key: string
  /** Legend, table column and accessible-name text. */
  name: string
  /** Any CSS colour, e.g. 'var(--series-target)'. Default: the next of six palette colours (light and dark). */
  color?: string
  /** Draw the line dashed, e.g. for an expectation rather than a measurement. */
  dashed?: boolean
}

/** One point on the x axis: a table row. */
export interface LineRow {
  /** The x label, e.g. a formatted date. Shown on the axis and as the table's row header. */
  label: string
  /** Values by series key; null, a missing key or a non-finite number means "no value" (a gap the line bridges). */
  values: Readonly<Record<string, number | null | undefined>>
}

/** A horizontal reference line, e.g. the target level's bar or 100%. */
export interface LineGoal {
  value: number
  /** Drawn on the line, e.g. "Senior PM bar". */
  label: string
}

export interface LineFigureProps {
  /** What the chart shows; names the figure. */
  caption: string
  /** Points in x order (oldest first for a time series). */
  rows: readonly LineRow[]
  series: readonly LineSeries[]
  /** Top of the y axis (it runs 0..yMax). Values above it stretch the axis rather than being cut. */
  yMax: number
  /** Appended as is to the default value format: '%' gives "72%", ' h' gives "3 h". */
  yUnit?: string
  /** Y-axis ticks; default: 3–6 round steps from 0 up to yMax. */
  yTicks?: readonly number[]
  /**
   * Formats values for the axis, the table and the accessible name. Default: at most one
   * decimal, then yUnit. Pass a stable function (module level or useCallback): a new one
   * each render redraws the chart.
   */
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
}

/** A value as the chart and table read it: anything not a finite number is "no value". */
export function lineValue(row: LineRow, key: string): number | null {
  const v = row.values[key]
  return typeof v === 'number' && Number.isFinite(v) ? v : null
}

function sameSeries(a: readonly LineSeries[], b: readonly LineSeries[]): boolean {
  return (
    a === b ||
    (a.length === b.length &&
      a.every((s, i) => {
        const t = b[i]
        return t !== undefined && s.key === t.key && s.name === t.name && s.color === t.color && s.dashed === t.dashed
      }))
  )
}

/**
 * Whether two row lists hold the same points. A page that rebuilds its rows on every render
 * (a new array, same numbers) then costs one O(points × series) comparison, not a redraw.
 */
function sameRows(a: readonly LineRow[], b: readonly LineRow[], series: readonly LineSeries[]): boolean {
  if (a === b) return true
  if (a.length !== b.length) return false
  return a.every((r, i) => {
    const s = b[i]
    if (s === undefined || r.label !== s.label) return false
    return r === s || r.values === s.values || series.every((x) => lineValue(r, x.key) === lineValue(s, x.key))
  })
}

function sameNumbers(a: readonly number[] | undefined, b: readonly number[] | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.length === b.length && a.every((v, i) => v === b[i]))
}

/**
 * React.memo comparison for the chart and the table: rows, series, ticks and goal by content,
 * everything else (the format function included) by identity.
 */
export function sameLineProps<
  P extends { rows: readonly LineRow[]; series: readonly LineSeries[]; yTicks?: readonly number[]; goal?: LineGoal },
>(prev: P, next: P): boolean {
  for (const key of Object.keys(next) as (keyof P)[]) {
    if (key === 'rows' || key === 'series' || key === 'yTicks' || key === 'goal') continue
    if (!Object.is(prev[key], next[key])) return false
  }
  if (Object.keys(prev).length !== Object.keys(next).length) return false
  const goalsEqual =
    prev.goal === next.goal ||
    (prev.goal !== undefined && next.goal !== undefined && prev.goal.value === next.goal.value && prev.goal.label === next.goal.label)
  return (
    goalsEqual &&
    sameNumbers(prev.yTicks, next.yTicks) &&
    sameSeries(prev.series, next.series) &&
    sameRows(prev.rows, next.rows, next.series)
  )
}

const NICE_STEPS = [1, 2, 2.5, 5]

/**
 * Evenly spaced round ticks from 0: a step that divides yMax into 3–6 parts (whole steps
 * for a whole yMax where possible, about 4 parts preferred); else steps below yMax.
 */
export function defaultYTicks(yMax: number): number[] {
  if (!(yMax > 0) || !Number.isFinite(yMax)) return [0]
  const magnitude = 10 ** Math.floor(Math.log10(yMax / 6))
  const steps = [1, 10, 100].flatMap((m) => NICE_STEPS.map((s) => Number((s * magnitude * m).toPrecision(12))))
  const parts = (s: number) => yMax / s
  const exact = steps.filter((s) => {
    const p = parts(s)
    return Math.abs(p - Math.round(p)) < 1e-9 && p >= 3 - 1e-9 && p <= 6 + 1e-9
  })
  const fraction = (s: number) => (Number.isInteger(yMax) && !Number.isInteger(s) ? 1 : 0)
  exact.sort((a, b) => fraction(a) - fraction(b) || Math.abs(parts(a) - 4) - Math.abs(parts(b) - 4) || a - b)
  const step = exact[0] ?? steps.find((s) => parts(s) <= 5 + 1e-9) ?? yMax
  const ticks: number[] = []
  for (let k = 0; k * step <= yMax + 1e-9; k++) ticks.push(Number((k * step).toPrecision(12)))
  return ticks
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
  const over = plural(rows.length, pointName)
  const only = series.length === 1 ? series[0] : undefined
  if (only !== undefined) return `Line chart: ${only.name} over ${over}, ${describeSeries(rows, only.key, format)}${goalNote}`
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

/** The chart's numbers, one row per point; memoized like the chart (a long history is thousands of cells). */
const NumbersTable = memo(function NumbersTable({ rows, series, format, xLabel, tableLabel }: NumbersTableProps) {
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
}, sameLineProps)

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
}: LineFigureProps) {
  const format = useMemo(
    () => valueFormat ?? ((v: number) => `${Number.isInteger(v) ? v : Math.round(v * 10) / 10}${yUnit}`),
    [valueFormat, yUnit],
  )
  const ticks = useMemo(() => yTicks ?? defaultYTicks(yMax), [yTicks, yMax])
  const fixedSize = width !== undefined && height !== undefined ? { width, height } : undefined

  return (
    <ChartFigure
      caption={caption}
      chartLabel={describeChart(rows, series, format, pointName, goal)}
      boxClassName={styles.sized}
      fixedSize={fixedSize}
      className={styles.palette}
      chart={
        <LineChartView
          rows={rows}
          series={series}
          yMax={yMax}
          yTicks={ticks}
          format={format}
          goal={goal}
          width={fixedSize?.width}
          height={fixedSize?.height}
        />
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
