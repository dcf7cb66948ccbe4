// The recharts drawing behind LineFigure. Loaded lazily (React.lazy) so recharts
// (~118 KiB gzip) stays out of the chunks of pages that show a line chart.
// recharts does the layout: the y axis sizes itself (width="auto"), x labels are thinned
// by measured width (interval, minTickGap), the legend wraps.
import { useMemo } from 'react'
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Symbols,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'
import { drawOffsets, lineValue, seriesLooks, xOf, type LineRow, type LineViewProps } from './line-data'
import { useMeasuredBox } from './use-measured-box'

/** One x position as recharts reads it: `x`, then per series `d0`… (drawn, maybe offset) and `v0`… (the value). */
type ChartDatum = Record<string, number | null>

const FONT_SIZE = 12
/**
 * recharts measures every candidate x label in the DOM (a forced layout each) to thin them by width;
 * five years of weekly points were 260 measurements per render where a dozen labels fit. Past this
 * many, the candidates are every n-th point (first and last kept), and recharts still thins those.
 */
const MAX_X_TICKS = 53
/** The grid draws no vertical lines; without this recharts still works out (and measures) where they would go. */
const NO_LINES = () => []

function candidateTicks(xs: readonly number[]): number[] {
  if (xs.length <= MAX_X_TICKS) return [...xs]
  const step = Math.ceil((xs.length - 1) / (MAX_X_TICKS - 1))
  const picked = xs.filter((_, i) => i % step === 0)
  const last = xs[xs.length - 1]!
  if (picked[picked.length - 1] !== last) picked.push(last)
  return picked
}

function LineDrawing({ rows, series, yMax, yTicks, format, goal, width, height }: LineViewProps) {
  const { data, rowAt, looks, ticks } = useMemo(() => {
    const offsets = drawOffsets(rows, series, yMax)
    const rowAt = new Map<number, LineRow>()
    const data = rows.map((row, r) => {
      const x = xOf(row, r)
      rowAt.set(x, row)
      const datum: ChartDatum = { x }
      series.forEach((s, i) => {
        const v = lineValue(row, s.key)
        datum[`v${i}`] = v
        datum[`d${i}`] = v === null ? null : v + (offsets[i] ?? 0)
      })
      return datum
    })
    return { data, rowAt, looks: seriesLooks(rows, series), ticks: candidateTicks([...rowAt.keys()]) }
  }, [rows, series, yMax])
  const xs = [...rowAt.keys()]
  const first = xs[0] ?? 0
  const last = xs[xs.length - 1] ?? 0

  return (
    <LineChart
      width={width}
      height={height}
      data={data} // The right margin holds half of the last x label, which is centred on the last point.
      margin={{ top: goal ? 18 : 8, right: 20, bottom: 0, left: 0 }}
      accessibilityLayer={false}
    >
      <CartesianGrid
        stroke="var(--border)"
        strokeOpacity={0.7}
        vertical={false}
        verticalCoordinatesGenerator={NO_LINES}
      />
      <XAxis
        dataKey="x"
        type="number"
        // By date when the rows carry one: a skipped week leaves a gap. One point alone sits in the middle.
        domain={first === last ? [first - 1, first + 1] : [first, last]}
        ticks={ticks}
        interval="preserveStartEnd"
        minTickGap={16}
        tickFormatter={(x: number) => rowAt.get(x)?.axisLabel ?? rowAt.get(x)?.label ?? ''}
        tick={{ fill: 'var(--ink-muted)', fontSize: FONT_SIZE }}
        stroke="var(--border)"
        tickLine={{ stroke: 'var(--border)' }}
        padding={{ left: 10, right: 10 }}
      />
      <YAxis
        type="number"
        domain={[0, yMax]}
        ticks={[...yTicks]}
        interval={0}
        tickFormatter={(v: number) => format(v)}
        tick={{ fill: 'var(--ink-muted)', fontSize: FONT_SIZE }}
        axisLine={false}
        tickLine={false}
        width="auto"
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
            position: 'insideBottomLeft',
            fill: 'var(--ink-muted)',
            fontSize: FONT_SIZE,
            offset: 4,
          }}
        />
      )}
      <Tooltip
        isAnimationActive={false}
        labelFormatter={(x: unknown) => rowAt.get(Number(x))?.label ?? ''}
        // The value itself, not the drawn (possibly offset) one.
        formatter={(_drawn: unknown, name: unknown, item: { dataKey?: unknown; payload?: ChartDatum }) => {
          const v = item.payload?.[String(item.dataKey).replace(/^d/, 'v')]
          return [typeof v === 'number' ? format(v) : '—', String(name)]
        }}
        contentStyle={{
          background: 'var(--surface)',
          border: '1px solid var(--border)',
          borderRadius: 6,
          color: 'var(--ink)',
          fontSize: FONT_SIZE,
        }}
        labelStyle={{ color: 'var(--ink)', fontWeight: 600 }}
        cursor={{ stroke: 'var(--border)' }}
      />
      {series.map((s, i) => {
        // Colour, dash and marker by the rules both drawings share (line-data.ts).
        const { color, dash = 'none', marker } = looks[i]!
        return (
          <Line
            key={s.key}
            type="linear"
            dataKey={`d${i}`}
            name={s.name}
            stroke={color}
            strokeWidth={2}
            strokeDasharray={dash}
            dot={
              marker
                ? (props: { cx?: number; cy?: number; index?: number }) =>
                    props.cx === undefined || props.cy === undefined || props.cy === null ? (
                      <g key={props.index} />
                    ) : (
                      <Symbols
                        key={props.index}
                        cx={props.cx}
                        cy={props.cy}
                        type={marker}
                        size={40}
                        fill={color}
                        className="recharts-line-dot"
                      />
                    )
                : false
            }
            activeDot={{ r: 4 }}
            connectNulls
            legendType={marker ?? 'plainline'}
            isAnimationActive={false}
          />
        )
      })}
      {series.length > 1 && (
        <Legend
          verticalAlign="bottom"
          // Series order, not recharts' default alphabetical order.
          itemSorter={null}
          iconSize={12}
          wrapperStyle={{ fontSize: FONT_SIZE + 1, lineHeight: 1.4, paddingTop: 4 }}
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
 * height (LineFigure gives it one).
 */
export default function LineChartView(props: LineViewProps) {
  const [box, onResize] = useMeasuredBox()
  if (props.width !== undefined && props.height !== undefined) return <LineDrawing {...props} />
  return (
    <ResponsiveContainer width="100%" height="100%" onResize={onResize}>
      {box !== null && box.width > 0 && box.height > 0 ? (
        <LineDrawing {...props} width={undefined} height={undefined} />
      ) : null}
    </ResponsiveContainer>
  )
}
