// How the plain line drawing fits its box: the plot's edges, the x and y scales, which x labels show,
// each series' path and markers, the goal line. Pure (text widths come from a Measure), so the layout is
// tested without a layout engine; LineDrawing.tsx only draws what this returns.
import type { Measure } from './label-wrap'
import {
  drawOffsets,
  lineValue,
  seriesLooks,
  xOf,
  type LineRow,
  type LineSeries,
  type LineViewProps,
  type MarkerShape,
  type SeriesLook,
} from './line-data'

export const FONT_SIZE = 12
/** Room above the plot: the goal's label sits above its line. */
const TOP = 8
const TOP_WITH_GOAL = 18
/** Room right of the plot, for half of the last x label (centred on the last point). */
const RIGHT = 20
/** The first and last points sit this far inside the plot, off the y axis. */
const X_PADDING = 10
/** Height of the x axis under the plot: tick, gap, one line of labels. */
export const X_AXIS_HEIGHT = 30
export const TICK_SIZE = 6
/** Between a tick (or the plot's left edge) and its label. */
export const TICK_GAP = 2
/** Least room between two x labels. */
export const LABEL_GAP = 16
/** Room left of the widest y label. */
const Y_AXIS_EDGE = 1
/** Area of a marker in px², as recharts' Symbols size. */
const MARKER_AREA = 40
/** A legend swatch's marker: about 12 px across, as recharts' legend icons. */
export const LEGEND_MARKER_AREA = 100

export interface Rect {
  left: number
  top: number
  right: number
  bottom: number
}

export interface XLabel {
  /** Where the label's centre is drawn: the tick's x, moved in where the label would pass the drawing's edge. */
  x: number
  /** The tick's x (the point's). */
  tick: number
  text: string
}

export interface YLabel {
  y: number
  value: number
  text: string
}

export interface DrawnPoint {
  x: number
  y: number
  /** The row the point is of (the table's row, the readout's date). */
  row: number
  /** The value itself (the drawn y may be offset so equal values do not hide each other). */
  value: number
}

export interface DrawnSeries extends SeriesLook {
  points: DrawnPoint[]
  /** The line through the points in order, a missing value bridged; '' for no points. */
  path: string
}

export interface LineLayout {
  width: number
  height: number
  plot: Rect
  /** Top of the y axis: yMax, or higher when a value or the goal is above it. */
  yTop: number
  yLabels: YLabel[]
  /** The x axis's labels that fit, left to right, none overlapping. */
  xLabels: XLabel[]
  series: DrawnSeries[]
  goal: { y: number; label: string } | null
  /** The rows' x positions in px, one a row. */
  rowX: number[]
}

export interface LineLayoutInput extends LineViewProps {
  width: number
  height: number
  /** Widths of 12 px labels. */
  measure: Measure
}

/** A linear map from [d0, d1] onto [r0, r1]; a domain of no width maps to the range's middle. */
export function linearScale(d0: number, d1: number, r0: number, r1: number): (value: number) => number {
  if (d1 === d0) return () => (r0 + r1) / 2
  const k = (r1 - r0) / (d1 - d0)
  return (value) => r0 + (value - d0) * k
}

/** The x domain: first to last row's x, or one unit either side of a single x (the point sits in the middle). */
export function xDomain(rows: readonly LineRow[]): [number, number] {
  if (rows.length === 0) return [0, 1]
  const xs = rows.map(xOf)
  const first = Math.min(...xs)
  const last = Math.max(...xs)
  return first === last ? [first - 1, first + 1] : [first, last]
}

/**
 * Which of the candidate labels show, so that none overlaps its neighbour (LABEL_GAP apart) and none passes
 * the drawing's edges [0, width]: every n-th label from the first, n as small as fits, and the last one, which
 * drops the ones before it that it would touch (the first is kept over the last when only one fits).
 * Labels at the same x (two points on one day) are one candidate.
 */
export function thinXLabels(
  candidates: readonly { tick: number; text: string }[],
  width: number,
  measure: Measure,
): XLabel[] {
  const unique = candidates.filter((c, i) => i === 0 || c.tick !== candidates[i - 1]!.tick)
  const placed = unique.map(({ tick, text }) => {
    const half = measure(text) / 2
    // Moved in, not cut, where it would pass an edge.
    const x = Math.max(half, Math.min(width - half, tick))
    return { x, tick, text, left: x - half, right: x + half }
  })
  const apart = (a: { right: number }, b: { left: number }) => b.left - a.right >= LABEL_GAP
  const n = placed.length
  // At the last step only the first label is left: one label always fits (it is moved inside the edges).
  for (let step = 1; step <= n; step++) {
    const picked = placed.filter((_, i) => i % step === 0)
    if (!picked.every((p, i) => i === 0 || apart(picked[i - 1]!, p))) continue
    const last = placed[n - 1]!
    if (picked[picked.length - 1] !== last) {
      while (picked.length > 1 && !apart(picked[picked.length - 1]!, last)) picked.pop()
      if (apart(picked[picked.length - 1]!, last)) picked.push(last)
    }
    return picked.map(({ x, tick, text }) => ({ x, tick, text }))
  }
  return []
}

/** A coordinate to a tenth of a pixel: shorter paths, the same drawing. */
export function round(value: number): number {
  return Math.round(value * 10) / 10
}

/** The series as drawn: each look with its points (offset where solid series share values) and its path. */
function drawSeries(
  rows: readonly LineRow[],
  series: readonly LineSeries[],
  yMax: number,
  rowX: readonly number[],
  yOf: (value: number) => number,
): DrawnSeries[] {
  const offsets = drawOffsets(rows, series, yMax)
  const looks = seriesLooks(rows, series)
  return series.map((s, i) => {
    const points: DrawnPoint[] = []
    rows.forEach((row, r) => {
      const value = lineValue(row, s.key)
      if (value !== null) points.push({ x: rowX[r]!, y: yOf(value + (offsets[i] ?? 0)), row: r, value })
    })
    return {
      ...looks[i]!,
      points,
      path: points.map((p, k) => `${k === 0 ? 'M' : 'L'}${round(p.x)},${round(p.y)}`).join(''),
    }
  })
}

/** Where everything of a `width` × `height` line drawing goes (the legend, if any, is outside this box). */
export function lineLayout(input: LineLayoutInput): LineLayout {
  const { width, height, rows, series, yMax, yTicks, format, goal, measure } = input
  let highest = Math.max(yMax, goal?.value ?? 0)
  for (const row of rows)
    for (const s of series) {
      const v = lineValue(row, s.key)
      if (v !== null && v > highest) highest = v
    }
  const yTop = highest > 0 ? highest : 1
  const yTexts = yTicks.map(format)
  const yAxisWidth = Math.ceil(Math.max(0, ...yTexts.map(measure))) + TICK_SIZE + TICK_GAP + Y_AXIS_EDGE
  const plot: Rect = {
    left: yAxisWidth,
    top: goal ? TOP_WITH_GOAL : TOP,
    right: Math.max(yAxisWidth + 2 * X_PADDING + 1, width - RIGHT),
    bottom: Math.max(TOP_WITH_GOAL + 1, height - X_AXIS_HEIGHT),
  }
  const yOf = linearScale(0, yTop, plot.bottom, plot.top)
  const [x0, x1] = xDomain(rows)
  const xScale = linearScale(x0, x1, plot.left + X_PADDING, plot.right - X_PADDING)
  const rowX = rows.map((row, r) => xScale(xOf(row, r)))
  const candidates = rows.map((row, r) => ({ tick: rowX[r]!, text: row.axisLabel ?? row.label }))
  return {
    width,
    height,
    plot,
    yTop,
    yLabels: yTicks.map((value, k) => ({ y: yOf(value), value, text: yTexts[k]! })),
    xLabels: thinXLabels(candidates, width, measure),
    series: drawSeries(rows, series, yMax, rowX, yOf),
    goal: goal ? { y: yOf(goal.value), label: goal.label } : null,
    rowX,
  }
}

/** The row nearest to `x` (px) by its position, or null for no rows. */
export function nearestRow(rowX: readonly number[], x: number): number | null {
  let best: number | null = null
  for (let r = 0; r < rowX.length; r++)
    if (best === null || Math.abs(rowX[r]! - x) < Math.abs(rowX[best]! - x)) best = r
  return best
}

const SQRT3 = Math.sqrt(3)
const TAN30 = Math.sqrt(1 / 3)
const KA = 0.8908130915292852
const KR = Math.sin(Math.PI / 10) / Math.sin((7 * Math.PI) / 10)

/** A marker's outline centred on 0,0, `area` px² (the shapes and sizes of d3's, which recharts draws). */
export function markerPath(shape: MarkerShape, area = MARKER_AREA): string {
  const pts = (list: [number, number][]) => `M${list.map(([x, y]) => `${round(x)},${round(y)}`).join('L')}Z`
  switch (shape) {
    case 'circle': {
      const r = round(Math.sqrt(area / Math.PI))
      return `M${r},0A${r},${r},0,1,1,${-r},0A${r},${r},0,1,1,${r},0Z`
    }
    case 'square': {
      const h = Math.sqrt(area) / 2
      return pts([
        [-h, -h],
        [h, -h],
        [h, h],
        [-h, h],
      ])
    }
    case 'triangle': {
      const y = -Math.sqrt(area / (SQRT3 * 3))
      return pts([
        [0, y * 2],
        [-SQRT3 * y, -y],
        [SQRT3 * y, -y],
      ])
    }
    case 'diamond': {
      const y = Math.sqrt(area / (TAN30 * 2))
      const x = y * TAN30
      return pts([
        [0, -y],
        [x, 0],
        [0, y],
        [-x, 0],
      ])
    }
    case 'cross': {
      const r = Math.sqrt(area / 5) / 2
      return pts([
        [-3 * r, -r],
        [-r, -r],
        [-r, -3 * r],
        [r, -3 * r],
        [r, -r],
        [3 * r, -r],
        [3 * r, r],
        [r, r],
        [r, 3 * r],
        [-r, 3 * r],
        [-r, r],
        [-3 * r, r],
      ])
    }
    case 'star': {
      const r = Math.sqrt(area * KA)
      const x = Math.sin(Math.PI / 5) * KR * r
      const y = -Math.cos(Math.PI / 5) * KR * r
      const list: [number, number][] = [[0, -r]]
      list.push([x, y])
      for (let i = 1; i < 5; i++) {
        const a = (2 * Math.PI * i) / 5
        const c = Math.cos(a)
        const s = Math.sin(a)
        list.push([s * r, -c * r], [c * x - s * y, s * x + c * y])
      }
      return pts(list)
    }
  }
}
