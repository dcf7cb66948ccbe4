// What a line chart is drawn from and how its series look, shared by LineFigure (the figure and its table),
// LineDrawing (plain SVG) and LineChartView (the lazily loaded recharts drawing), so none imports another.

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
const DASHES = ['none', '8 3', '2 3', '8 3 2 3', '1 3', '12 3 3 3'] as const

/** A point marker's shape (recharts' Symbols type; line-layout.ts draws the same shapes). */
export type MarkerShape = (typeof MARKERS)[number]

/** Markers show the points while they are few enough to tell apart; longer series are told apart by dashes. */
export const MAX_MARKED_POINTS = 26
/** Colours used when a series has none: six custom properties set by LineFigure.module.css. */
const PALETTE_SIZE = 6
/** Dash of a dashed series (a projection, an expectation). */
export const PROJECTION_DASH = '6 4'

/** How a series looks: its colour, dash, markers (while there are few points, or for a lone value) and legend swatch. */
export interface SeriesLook {
  key: string
  name: string
  color: string
  /** SVG stroke-dasharray, or undefined for a solid line. */
  dash: string | undefined
  /** Marker drawn at each point, or null for none. */
  marker: MarkerShape | null
  /** The legend's swatch: the marker's shape, or a plain line. */
  swatch: MarkerShape | 'line'
}

/**
 * Each series' look, as recharts' drawing had it: the palette's next colour unless the series has one;
 * a dashed series (a projection) dashed 6 4 without markers; the measured ones solid with a marker shape
 * each while there are at most MAX_MARKED_POINTS rows, else told apart by dash patterns (a series with a
 * single value keeps its marker, or it would not show at all).
 */
export function seriesLooks(rows: readonly LineRow[], series: readonly LineSeries[]): SeriesLook[] {
  const marked = rows.length <= MAX_MARKED_POINTS
  let measured = -1
  return series.map((s, i) => {
    const dashed = s.dashed === true
    if (!dashed) measured++
    const count = marked ? 0 : rows.reduce((n, row) => (lineValue(row, s.key) === null ? n : n + 1), 0)
    const marker = !dashed && (marked || count === 1) ? MARKERS[measured % MARKERS.length]! : null
    const dash = dashed ? PROJECTION_DASH : marked ? 'none' : DASHES[measured % DASHES.length]!
    return {
      key: s.key,
      name: s.name,
      color: s.color ?? `var(--line-${(i % PALETTE_SIZE) + 1})`,
      dash: dash === 'none' ? undefined : dash,
      marker,
      swatch: marker ?? 'line',
    }
  })
}

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

/** What either drawing behind LineFigure is given. */
export interface LineViewProps {
  rows: readonly LineRow[]
  series: readonly LineSeries[]
  yMax: number
  yTicks: readonly number[]
  /** Formats y values (axis ticks, the tooltip or readout). */
  format: (value: number) => string
  goal?: LineGoal
  /** Fixed size in px (tests: jsdom has no layout), both or neither; without them the drawing fills its parent. */
  width?: number
  height?: number
}
