// The recharts drawing behind RadarFigure. Loaded lazily (React.lazy) so recharts
// (~118 KiB gzip) stays out of the chunks of pages that show a radar.
import { useMeasuredBox } from './use-measured-box'
import {
  Legend,
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  ResponsiveContainer,
  Text,
} from 'recharts'
import type { RadarRow } from '../../domain/radar'
import styles from './RadarFigure.module.css'

export interface RadarChartViewProps {
  rows: RadarRow[]
  targetLabel: string | null
  currentLabel: string | null
  /** Names of further series (mentors), one per entry of each row's `others`. */
  otherLabels?: readonly string[]
  /** Name of the ratings series; default "You". */
  youLabel?: string
  max: number
  /** Fixed size in px (tests, or a caller that knows its box). Both or neither. */
  width?: number
  height?: number
  /** Sizes the drawing's area (its height) when no fixed size is given. */
  areaClassName?: string
}

/** One data point as recharts reads it: unrated is drawn as 0 (readiness counts an unrated competency as 0 too). */
interface ChartDatum {
  axis: string
  you: number
  target: number | null
  current: number | null
  /** Further series (mentors), keyed other0, other1, … */
  [other: `other${number}`]: number | null
}

interface Layout {
  fontSize: number
  /** What an axis shows: its name (wrapped by recharts' Text), its number (the names in a key below), or nothing. */
  labels: 'names' | 'numbers'
  /** Width an axis name wraps to. */
  labelWidth: number
  maxLines: number
  /**
   * Room left around the polygon for the labels: recharts fits the polygon (outerRadius 100%) inside
   * the margins and the legend. The room below is the legend's top padding, since recharts sets the
   * legend inside the bottom margin, under the polygon.
   */
  margin: { top: number; right: number; bottom: number; left: number }
}

/** Gap between the outer ring and a label's anchor: recharts' default tickSize. */
const TICK_GAP = 8
/** Padding kept free at the chart's edges. */
const EDGE = 4
/** The legend's height below the drawing, in px (recharts takes it off the plot area; this only sizes the choice). */
const LEGEND_HEIGHT = 32
/** Names need this much ring between neighbouring axes (in line heights) to stand apart; else the axes are numbered. */
const SPACING_LINES = 2.6
/** A shape narrower than this share of the box leaves the names too little room: numbered axes instead. */
const MIN_RADIUS_SHARE = 0.4

/**
 * How the radar fits its box. Names wrap within a label width that grows with the box; the polygon
 * takes what the margins leave. When names would crowd (many axes on a phone) or squeeze the shape,
 * a full chart numbers its axes and a thumbnail leaves them bare (its table names them).
 */
function radarLayout(width: number, height: number, axes: number): Layout {
  const fontSize = width < 480 ? 11 : 12
  const lineHeight = fontSize * 1.2
  const maxLines = 2
  const labelWidth = Math.round(Math.min(140, Math.max(64, width * 0.24)))
  const side = labelWidth + TICK_GAP + EDGE
  const ends = maxLines * lineHeight + TICK_GAP + EDGE
  const largest = Math.min(width, height - LEGEND_HEIGHT) / 2
  const radius = Math.min(width / 2 - side, (height - LEGEND_HEIGHT) / 2 - ends)
  const roomy =
    radius >= MIN_RADIUS_SHARE * largest && (2 * Math.PI * radius) / Math.max(axes, 1) >= SPACING_LINES * lineHeight
  if (roomy)
    return {
      fontSize,
      labels: 'names',
      labelWidth,
      maxLines,
      margin: { top: ends, bottom: ends, left: side, right: side },
    }
  const numbered = fontSize + TICK_GAP + EDGE * 2
  return {
    fontSize,
    labels: 'numbers',
    labelWidth: 2 * fontSize,
    maxLines: 1,
    margin: { top: numbered, bottom: numbered, left: numbered * 1.5, right: numbered * 1.5 },
  }
}

/**
 * A scale number, upright (recharts turns them with the axis, which reads badly with few
 * axes) and set just off the axis line. The centre's 0 is left out: it would sit on the polygon.
 */
function renderRadiusTick(props: { x?: number | string; y?: number | string; payload?: { value?: unknown } }) {
  const value = props.payload?.value
  return (
    <text
      x={Number(props.x ?? 0) + 3}
      y={Number(props.y ?? 0)}
      dy="0.35em"
      fill="var(--ink-muted)"
      fontSize={10}
      className="recharts-polar-radius-axis-tick-value"
    >
      {value === 0 ? '' : String(value)}
    </text>
  )
}

interface AngleTickProps {
  x?: number | string
  y?: number | string
  index?: number
  textAnchor?: 'start' | 'middle' | 'end' | 'inherit'
  verticalAnchor?: 'start' | 'middle' | 'end'
}

/** An axis label: its name wrapped by recharts' Text (measured in the page's font), or its number. */
function renderAngleTick(layout: Layout, axes: string[], props: AngleTickProps) {
  const index = props.index ?? 0
  const numbered = layout.labels === 'numbers'
  return (
    <Text
      x={props.x}
      y={props.y}
      textAnchor={props.textAnchor}
      verticalAnchor={props.verticalAnchor}
      width={layout.labelWidth}
      maxLines={layout.maxLines}
      lineHeight="1.2em"
      fill={numbered ? 'var(--ink)' : 'var(--ink-muted)'}
      fontSize={layout.fontSize}
      // Text measures words in this style: a unitless size would be read as the default 16px.
      style={{ fontSize: `${layout.fontSize}px` }}
      fontWeight={numbered ? 700 : undefined}
      className="recharts-polar-angle-axis-tick-value"
    >
      {numbered ? String(index + 1) : (axes[index] ?? '')}
    </Text>
  )
}

type DrawingProps = Required<
  Pick<RadarChartViewProps, 'targetLabel' | 'currentLabel' | 'otherLabels' | 'youLabel' | 'max'>
> &
  Pick<RadarChartViewProps, 'width' | 'height'> & { data: ChartDatum[]; layout: Layout; axes: string[] }

function RadarDrawing({
  data,
  layout,
  axes,
  targetLabel,
  currentLabel,
  otherLabels,
  youLabel,
  max,
  width,
  height,
}: DrawingProps) {
  const n = Math.max(data.length, 1)
  // An even number of axes would put one straight down, its centred name between two neighbours that
  // hang the same way: half a step round, every name leans away from its neighbours (and the first
  // axis sits just right of the top).
  const start = n % 2 === 0 ? 90 - 180 / n : 90
  return (
    <RadarChart
      width={width}
      height={height}
      startAngle={start}
      endAngle={start - 360}
      data={data}
      outerRadius="100%"
      margin={{ ...layout.margin, bottom: EDGE }}
      accessibilityLayer={false}
    >
      <PolarGrid stroke="var(--border)" />
      <PolarAngleAxis
        dataKey="axis"
        tickLine={false}
        axisLine={false}
        tick={(props: AngleTickProps) => renderAngleTick(layout, axes, props)}
      />
      <PolarRadiusAxis
        domain={[0, max]}
        tickCount={max + 1}
        allowDecimals={false}
        // Halfway between the first two spokes, so the scale does not sit on a spoke.
        angle={start - 180 / n}
        axisLine={false}
        // Numbered axes leave the scale unnumbered, so a scale number is never read as an axis (the table has the values).
        tick={layout.labels === 'numbers' ? false : renderRadiusTick}
        stroke="var(--border)"
      />
      <Radar
        name={youLabel}
        dataKey="you"
        stroke="var(--series-you)"
        strokeWidth={2}
        fill="var(--series-you)"
        fillOpacity={0.25}
        dot={{ r: 2.5, fill: 'var(--series-you)', strokeWidth: 0 }}
        legendType="square"
        isAnimationActive={false}
      />
      {targetLabel !== null && (
        <Radar
          name={targetLabel}
          dataKey="target"
          stroke="var(--series-target)"
          strokeWidth={2}
          strokeDasharray="6 4"
          fill="none"
          fillOpacity={0}
          legendType="plainline"
          isAnimationActive={false}
        />
      )}
      {currentLabel !== null && (
        <Radar
          name={currentLabel}
          dataKey="current"
          stroke="var(--series-current)"
          strokeWidth={1.5}
          fill="none"
          fillOpacity={0}
          legendType="plainline"
          isAnimationActive={false}
        />
      )}
      {otherLabels.map((name, i) => (
        <Radar
          key={name}
          name={name}
          dataKey={`other${i}`}
          stroke="var(--series-mentor)"
          strokeWidth={2}
          // Several mentors: the same colour, told apart by the dash (and by name in the legend and table).
          strokeDasharray={['2 3', '8 3 2 3', '1 2'][i % 3]}
          fill="none"
          fillOpacity={0}
          legendType="plainline"
          isAnimationActive={false}
        />
      ))}
      <Legend
        verticalAlign="bottom"
        // Series order (You, target, current), not recharts' default alphabetical order.
        itemSorter={null}
        iconSize={14}
        wrapperStyle={{ fontSize: 13, lineHeight: 1.4, paddingTop: layout.margin.bottom }}
        // Legend text in the ink colour (recharts colours it like the series by default).
        formatter={(value: unknown) => <span style={{ color: 'var(--ink)' }}>{String(value)}</span>}
      />
    </RadarChart>
  )
}

/** The names of numbered axes, in axis order (clockwise from the top). */
function AxisKey({ axes }: { axes: readonly string[] }) {
  return (
    <ol className={styles.key}>
      {axes.map((axis, i) => (
        <li key={i}>
          <span className={styles.keyNumber}>{i + 1}</span> {axis}
        </li>
      ))}
    </ol>
  )
}

/**
 * The radar drawing. With `width` and `height` it draws at that fixed size (jsdom has no
 * layout, so tests need this); otherwise it fills an area of `areaClassName`'s height, and
 * below it, when the axes are numbered, the key of their names.
 */
export default function RadarChartView({
  rows,
  targetLabel,
  currentLabel,
  otherLabels = [],
  youLabel = 'You',
  max,
  width,
  height,
  areaClassName,
}: RadarChartViewProps) {
  const data: ChartDatum[] = rows.map((r) => ({
    axis: r.axis,
    you: r.you ?? 0,
    target: r.target,
    current: r.current,
    ...Object.fromEntries(otherLabels.map((_, i) => [`other${i}`, r.others[i] ?? null])),
  }))
  const axes = rows.map((r) => r.axis)
  const [box, onResize] = useMeasuredBox()
  const fixed = width !== undefined && height !== undefined
  const measured = fixed ? { width, height } : box
  const layout =
    measured !== null && measured.width > 0 && measured.height > 0
      ? radarLayout(measured.width, measured.height, axes.length)
      : null
  const drawing = (w?: number, h?: number) =>
    layout && (
      <RadarDrawing
        {...{ data, layout, axes, targetLabel, currentLabel, otherLabels, youLabel, max }}
        width={w}
        height={h}
      />
    )

  return (
    <>
      {fixed ? (
        drawing(width, height)
      ) : (
        <div className={areaClassName}>
          <ResponsiveContainer width="100%" height="100%" onResize={onResize}>
            {drawing()}
          </ResponsiveContainer>
        </div>
      )}
      {layout?.labels === 'numbers' && <AxisKey axes={axes} />}
    </>
  )
}
