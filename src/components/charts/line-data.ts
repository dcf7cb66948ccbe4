// What a line chart is drawn from, shared by LineFigure (the figure and its table) and
// LineChartView (the lazily loaded recharts drawing), so neither imports the other.

/** One line of the chart and one column of the table. */
export interface LineSeries {
  /** Key of this series' value in each row's `values`. */
  key: string
  /** Legend, table column and accessible-name text. */
  name: string
  /** Any CSS colour, e.g. 'var(--series-target)'. Default: the next of six palette colours (light and dark). */
  color?: string
  /** Draw the line dashed, e.g. for a projection or an expectation rather than a measurement. */
  dashed?: boolean
}

/** One point on the x axis: a table row. */
export interface LineRow {
  /** The point's name, e.g. a formatted date: the table's row header and the tooltip's title. */
  label: string
  /**
   * Where the point sits on the x axis, e.g. days since the epoch for a date, so that gaps in time
   * show as gaps. Default: the row's index (evenly spaced).
   */
  x?: number
  /** A shorter label for the axis ticks, e.g. "4 Jan" for "4 Jan 2027". Default: `label`. */
  axisLabel?: string
  /** Values by series key; null, a missing key or a non-finite number means "no value" (a gap the line bridges). */
  values: Readonly<Record<string, number | null | undefined>>
}

/** A horizontal reference line, e.g. the target level's bar or 100%. */
export interface LineGoal {
  value: number
  /** Drawn on the line, e.g. "Senior PM bar". */
  label: string
}

/** A value as the chart and table read it: anything not a finite number is "no value". */
export function lineValue(row: LineRow, key: string): number | null {
  const v = row.values[key]
  return typeof v === 'number' && Number.isFinite(v) ? v : null
}

/** A row's position on the x axis. */
export function xOf(row: LineRow, index: number): number {
  return row.x ?? index
}

/** Point markers, one per measured series in turn, so lines are told apart without colour. */
export const MARKERS = ['circle', 'square', 'triangle', 'diamond', 'cross', 'star'] as const

/** Dash patterns for long series, whose points are too many for markers: one per series in turn. */
export const DASHES = ['none', '8 3', '2 3', '8 3 2 3', '1 3', '12 3 3 3'] as const

/** How far apart series that share a value are drawn, as a share of the y axis (about 5 px on a 250 px plot). */
const OFFSET_SHARE = 0.02

/**
 * Where each series is drawn, relative to its values, so that equal values do not hide each other.
 * Rule: 0 for every series unless two solid (measured) series share a value at the same x; then
 * the solid series fan out around their values by OFFSET_SHARE of yMax each, in series order. Dashed
 * series (projections, expectations) are never moved: they continue a line or mark a bar.
 * The table and the tooltip show the values themselves.
 */
export function drawOffsets(rows: readonly LineRow[], series: readonly LineSeries[], yMax: number): number[] {
  const solid = series.map((s, i) => ({ s, i })).filter(({ s }) => s.dashed !== true)
  const shared = rows.some((row) => {
    const seen = new Set<number>()
    for (const { s } of solid) {
      const v = lineValue(row, s.key)
      if (v === null) continue
      if (seen.has(v)) return true
      seen.add(v)
    }
    return false
  })
  const offsets = series.map(() => 0)
  if (!shared) return offsets
  const mid = (solid.length - 1) / 2
  solid.forEach(({ i }, k) => {
    offsets[i] = (mid - k) * OFFSET_SHARE * yMax
  })
  return offsets
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
