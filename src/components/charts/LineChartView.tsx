// The recharts drawing behind LineFigure. Loaded lazily (React.lazy) so recharts
// (~118 KiB gzip, TOOLCHAIN.md) stays out of the chunks of pages that show a line chart.
import { memo, useMemo } from 'react'
import { useMeasuredBox } from './use-measured-box'
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts'
import { lineValue, sameLineProps, type LineGoal, type LineRow, type LineSeries } from './LineFigure'

export interface LineChartViewProps {
  rows: readonly LineRow[]
  series: readonly LineSeries[]
  yMax: number
  yTicks: readonly number[]
  /** Formats y values (axis ticks). */
  format: (value: number) => string
  goal?: LineGoal
  /** Fixed size in px (tests, or a caller that knows its box). Both or neither. */
  width?: number
  height?: number
}

/** One x position as recharts reads it: `x` is the row index, `s0`, `s1`… the series' values. */
type ChartDatum = Record<string, number | null>

/** Colours used when a series has none: six custom properties set by LineFigure.module.css. */
const PALETTE_SIZE = 6
/** Dots mark the points only while they are few enough to tell apart. */
const MAX_DOTTED_POINTS = 26
/** Padding kept free at the chart's edges. */
const EDGE = 4
/** Space between the y axis and the first and last points, so their dots clear the axis. */
const X_PAD = 8
/** Average glyph width of a system UI font as a share of the font size, rounded up to be safe. */
const CHAR_WIDTH = 0.56
/** recharts' default tick length plus the gap it leaves before a tick label. */
const TICK_SPACE = 6 + 4
/** Smallest gap between two x labels. */
const LABEL_GAP = 16

interface Layout {
  fontSize: number
  xTicks: number[]
  yAxisWidth: number
  margin: { top: number; right: number; bottom: number; left: number }
}

function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * CHAR_WIDTH
}

/**
 * Which x labels to show: as many as fit side by side, evenly spaced from the first point,
 * and always the last one (replacing the one before it when the two would touch).
 */
function pickXTicks(labels: readonly string[], plotWidth: number, fontSize: number): number[] {
  const n = labels.length
  if (n <= 1) return n === 1 ? [0] : []
  const slot = Math.max(...labels.map((l) => textWidth(l, fontSize))) + LABEL_GAP
  const fit = Math.max(2, Math.floor(plotWidth / slot) + 1)
  if (n <= fit) return labels.map((_, i) => i)
  const step = Math.ceil((n - 1) / (fit - 1))
  const ticks: number[] = []
  for (let i = 0; i < n; i += step) ticks.push(i)
  const last = ticks[ticks.length - 1] ?? 0
  if (last !== n - 1) {
    const gap = ((n - 1 - last) * plotWidth) / (n - 1)
    if (gap < slot) ticks.pop()
    ticks.push(n - 1)
  }
  return ticks
}

/**
 * Sizes the axes for the box: a y axis as wide as its longest tick, margins wide enough for
 * the first and last x labels (centred on the outermost points), and x labels thinned to fit.
 */
function computeLayout(
  width: number,
  labels: readonly string[],
  yTicks: readonly number[],
  format: (v: number) => string,
  hasGoal: boolean,
): Layout {
  const fontSize = width < 480 ? 11 : 12
  const yAxisWidth = Math.ceil(Math.max(0, ...yTicks.map((t) => textWidth(format(t), fontSize))) + TICK_SPACE)
  const halfFirst = textWidth(labels[0] ?? '', fontSize) / 2
  const halfLast = textWidth(labels[labels.length - 1] ?? '', fontSize) / 2
  // A single point sits in the middle: its label needs no margin.
  const single = labels.length <= 1
  const margin = {
    // Room for the top tick's label and, with a goal at the top, the goal's label above its line.
    top: hasGoal ? fontSize + 8 : Math.ceil(fontSize / 2) + EDGE,
    right: single ? EDGE : Math.max(EDGE, Math.ceil(halfLast - X_PAD) + EDGE),
    bottom: EDGE,
    left: single ? EDGE : Math.max(EDGE, Math.ceil(halfFirst - yAxisWidth - X_PAD) + EDGE),
  }
  const plotWidth = Math.max(1, width - margin.left - margin.right - yAxisWidth - 2 * X_PAD)
  return { fontSize, xTicks: pickXTicks(labels, plotWidth, fontSize), yAxisWidth, margin }
}

interface DrawingProps extends LineChartViewProps {
  data: ChartDatum[]
  labels: readonly string[]
  /** Per series: how many values it has (a series with one value gets a dot, or it would not show). */
  counts: number[]
  layout: Layout
}

function LineDrawing({ data, labels, counts, layout, series, yMax, yTicks, format, goal, width, height }: DrawingProps) {
  const n = labels.length
  const tickStyle = { fill: 'var(--ink-muted)', fontSize: layout.fontSize }
  return (
    <LineChart width={width} height={height} data={data} margin={layout.margin} accessibilityLayer={false}>
      <CartesianGrid stroke="var(--border)" strokeOpacity={0.7} vertical={false} />
      <XAxis
        dataKey="x"
        type="number"
        // One point alone sits in the middle rather than on the y axis.
        domain={n <= 1 ? [-1, 1] : [0, n - 1]}
        ticks={layout.xTicks}
        interval={0}
        allowDecimals={false}
        tickFormatter={(i: number) => labels[i] ?? ''}
        tick={tickStyle}
        stroke="var(--border)"
        tickLine={{ stroke: 'var(--border)' }}
        padding={{ left: X_PAD, right: X_PAD }}
        height={layout.fontSize + 18}
      />
      <YAxis
        type="number"
        domain={[0, yMax]}
        ticks={[...yTicks]}
        interval={0}
        tickFormatter={(v: number) => format(v)}
        tick={tickStyle}
        axisLine={false}
        tickLine={false}
        width={layout.yAxisWidth}
      />
      {goal !== undefined && (
        <ReferenceLine
          y={goal.value}
          stroke="var(--ink-muted)"
          strokeWidth={1}
          strokeDasharray="2 3"
          // A goal above yMax stretches the axis rather than vanishing.
          ifOverflow="extendDomain"
          label={{
            value: goal.label,
            // Above the line, at its left end: progress lines rise to the right, so the left is the emptier one.
            position: 'insideBottomLeft',
            fill: 'var(--ink-muted)',
            fontSize: layout.fontSize,
            offset: 4,
          }}
        />
      )}
      {series.map((s, i) => {
        const color = s.color ?? `var(--line-${(i % PALETTE_SIZE) + 1})`
        const dotted = n <= MAX_DOTTED_POINTS || (counts[i] ?? 0) === 1
        return (
          <Line
            key={s.key}
            type="linear"
            dataKey={`s${i}`}
            name={s.name}
            stroke={color}
            strokeWidth={2}
            strokeDasharray={s.dashed === true ? '6 4' : 'none'}
            dot={dotted ? { r: 3, fill: color, stroke: color, strokeWidth: 0, strokeDasharray: 'none' } : false}
            activeDot={false}
            connectNulls
            legendType="plainline"
            isAnimationActive={false}
          />
        )
      })}
      {series.length > 1 && (
        <Legend
          verticalAlign="bottom"
          // Series order, not recharts' default alphabetical order.
          itemSorter={null}
          iconSize={16}
          wrapperStyle={{ fontSize: layout.fontSize + 1, lineHeight: 1.4, paddingTop: 4 }}
          // Legend text in the ink colour (recharts colours it like the series by default).
          formatter={(value: unknown) => <span style={{ color: 'var(--ink)' }}>{String(value)}</span>}
        />
      )}
    </LineChart>
  )
}

/**
 * The line drawing. With `width` and `height` it draws at that fixed size (jsdom has no
 * layout, so tests need this); otherwise it fills its parent, which must have a width and a
 * height (LineFigure gives it one). Memoized: a page re-render with the same numbers (even in
 * new arrays) does not redraw; a new `format` function does.
 */
function LineChartView(props: LineChartViewProps) {
  const { rows, series, yTicks, format, goal, width, height } = props
  const { data, labels, counts } = useMemo(() => {
    const counts = series.map(() => 0)
    const data = rows.map((row, x) => {
      const datum: ChartDatum = { x }
      series.forEach((s, i) => {
        const v = lineValue(row, s.key)
        datum[`s${i}`] = v
        if (v !== null) counts[i] = (counts[i] ?? 0) + 1
      })
      return datum
    })
    return { data, labels: rows.map((r) => r.label), counts }
  }, [rows, series])
  const [box, onResize] = useMeasuredBox()
  const boxWidth = width ?? box?.width ?? 0
  const hasGoal = goal !== undefined
  const layout = useMemo(
    () => computeLayout(boxWidth, labels, yTicks, format, hasGoal),
    [boxWidth, labels, yTicks, format, hasGoal],
  )
  const drawing = { ...props, data, labels, counts, layout }

  if (width !== undefined && height !== undefined) return <LineDrawing {...drawing} />

  return (
    <ResponsiveContainer
      width="100%"
      height="100%"
      onResize={onResize}
    >
      {box !== null && box.width > 0 && box.height > 0 ? (
        <LineDrawing {...drawing} width={undefined} height={undefined} />
      ) : null}
    </ResponsiveContainer>
  )
}

export default memo(LineChartView, sameLineProps)
