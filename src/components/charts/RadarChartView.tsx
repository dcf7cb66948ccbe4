// The recharts drawing behind RadarFigure. Loaded lazily (React.lazy) so recharts
// (~118 KiB gzip, TOOLCHAIN.md) stays out of the chunks of pages that show a radar.
import { useMeasuredBox } from './use-measured-box'
import {
  Legend,
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  ResponsiveContainer,
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
  size?: 'large' | 'small'
  /** Fixed size in px (tests, or a caller that knows its box). Both or neither. */
  width?: number
  height?: number
  /** Sizes the drawing's area (its height) when no fixed size is given. */
  areaClassName?: string
}

/** One data point as recharts reads it: unrated is drawn as 0 (UI-CONTRACT: unrated counts as 0). */
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
  lineHeight: number
  /** Wrapped axis labels, by row index; an empty list means no label. */
  labels: string[][]
  outerRadius: number
  legendFontSize: number
  /** Axes labelled by number, with a key of the names below the chart: no text layout fitted without overlap. */
  numbered: boolean
}

/** Gap between the outer ring and a label's anchor: recharts' default tickSize. */
const TICK_GAP = 8
/** Padding kept free at the chart's edges. */
const EDGE = 4
/** Average glyph width of a system UI font as a share of the font size, rounded up to be safe. */
const CHAR_WIDTH = 0.56
/** Space between the labels and the legend below them. */
const LEGEND_GAP = 8
/** Below this share of the largest possible radius, names leave too little room for the shape: number the axes. */
const MIN_RADIUS_SHARE = 0.5
/** recharts' default start angle for RadarChart: the first axis points up, the rest follow clockwise. */
const START_ANGLE = 90

let measuring: CanvasRenderingContext2D | null | undefined
let pageFont = ''

/**
 * A label's width in px: measured with the page's own font where the browser can (a canvas),
 * estimated from the font size elsewhere (jsdom has no canvas and no layout).
 */
function textWidth(text: string, fontSize: number): number {
  if (measuring === undefined) {
    const browser = typeof document !== 'undefined' && !/jsdom/i.test(navigator.userAgent)
    measuring = browser ? document.createElement('canvas').getContext('2d') : null
    pageFont = browser ? getComputedStyle(document.body).fontFamily : ''
  }
  if (measuring === null) return text.length * fontSize * CHAR_WIDTH
  measuring.font = `${fontSize}px ${pageFont}`
  return measuring.measureText(text).width
}

/**
 * Breaks a label into lines of at most `maxChars` characters at spaces and after hyphens,
 * never more than `maxLines` lines; what does not fit ends in an ellipsis. A single word
 * longer than a line is kept whole when it overshoots by at most two characters
 * ("Roadmapping"), else cut.
 */
function wrapLabel(text: string, maxChars: number, maxLines: number): string[] {
  const tokens = text
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((word) => word.split(/(?<=-)/))
  const lines: string[] = []
  let line = ''
  for (const token of tokens) {
    const joiner = line === '' || line.endsWith('-') ? '' : ' '
    if (line !== '' && (line + joiner + token).length > maxChars) {
      lines.push(line)
      line = token
    } else {
      line = line + joiner + token
    }
  }
  if (line !== '') lines.push(line)

  const fitted = lines.map((l) => (l.length > maxChars + 2 ? `${l.slice(0, maxChars - 1)}…` : l))
  if (fitted.length <= maxLines) return fitted
  const kept = fitted.slice(0, maxLines)
  const last = kept[maxLines - 1] ?? ''
  kept[maxLines - 1] = last.length >= maxChars ? `${last.slice(0, maxChars - 1)}…` : `${last}…`
  return kept
}

function isShortened(lines: string[], full: string): boolean {
  return lines.join(' ').replace(/- /g, '-') !== full
}

interface Box {
  left: number
  right: number
  top: number
  bottom: number
}

/**
 * Where recharts puts each axis label for a radius, as a box around the chart's centre
 * (y grows downwards). Mirrors recharts' PolarAngleAxis: the anchor sits TICK_GAP past the
 * ring; labels right of centre start there, left of it end there; labels in the top and
 * bottom quarters hang above or below it, the others are centred on it.
 */
function labelBoxes(labels: string[][], radius: number, fontSize: number, lineHeight: number): (Box | null)[] {
  const n = labels.length
  return labels.map((lines, k) => {
    if (lines.length === 0) return null
    const theta = ((START_ANGLE - (k * 360) / n) * Math.PI) / 180
    const cos = Math.cos(theta)
    const sin = Math.sin(theta)
    const ax = (radius + TICK_GAP) * cos
    const ay = -(radius + TICK_GAP) * sin
    const w = Math.max(...lines.map((l) => textWidth(l, fontSize)))
    const h = (lines.length - 1) * lineHeight + fontSize
    const left = cos > 1e-5 ? ax : cos < -1e-5 ? ax - w : ax - w / 2
    const top = Math.abs(cos) <= Math.SQRT1_2 ? (sin > 0 ? ay - h : ay) : ay - h / 2
    return { left, right: left + w, top, bottom: top + h }
  })
}

function overlaps(a: Box, b: Box, pad: number): boolean {
  return a.left < b.right + pad && b.left < a.right + pad && a.top < b.bottom + pad && b.top < a.bottom + pad
}

/** The largest radius at which every label stays inside a plot area of halfW × halfH around the centre. */
function largestRadius(labels: string[][], halfW: number, halfH: number, fontSize: number, lineHeight: number): number {
  const fits = (r: number) =>
    labelBoxes(labels, r, fontSize, lineHeight).every(
      (b) => b === null || (b.left >= -halfW && b.right <= halfW && b.top >= -halfH && b.bottom <= halfH),
    )
  let lo = 0
  let hi = Math.max(0, Math.min(halfW, halfH))
  if (fits(hi)) return hi
  for (let i = 0; i < 20; i++) {
    const mid = (lo + hi) / 2
    if (fits(mid)) lo = mid
    else hi = mid
  }
  return lo
}

/**
 * Sizes the chart for its box: tries several label wrappings (line length × line count)
 * and keeps the one that leaves the largest polygon, with a cost for every label it has
 * to shorten and a heavy one for labels that would collide. A 390px phone gets short,
 * stacked labels; a desktop gets one- or two-line labels and a taller polygon.
 */
function computeLayout(
  width: number,
  height: number,
  size: 'large' | 'small',
  axes: string[],
  seriesNames: string[],
): Layout {
  const narrow = width < 480
  const fontSize = size === 'small' || narrow ? 11 : 12
  const lineHeight = Math.round(fontSize * 1.2)
  const legendFontSize = size === 'small' ? 12 : 13

  // recharts measures the legend and takes it off the plot area; this estimate only sizes the radius.
  const legendWidth = seriesNames.reduce((sum, name) => sum + textWidth(name, legendFontSize) + 14 + 4 + 12, 0)
  const legendLines = Math.max(1, Math.ceil(legendWidth / Math.max(1, width - 2 * EDGE)))
  const legendHeight = legendLines * Math.ceil(legendFontSize * 1.4 + 4) + LEGEND_GAP + 6

  const halfW = width / 2 - EDGE
  const halfH = (height - legendHeight) / 2 - EDGE
  const noLabels = axes.map(() => [])
  const bare = Math.max(20, Math.floor(Math.min(halfW, halfH)))

  const lineCounts = size === 'small' ? [1, 2] : [1, 2, 3]
  const charCounts = size === 'small' ? [8, 10, 12, 14, 16] : [8, 10, 12, 14, 16, 18, 20, 24, 28]
  // Shortening a label costs as much as an eighth of the largest possible radius: worth it on a
  // crowded 13-axis phone chart, not to win a few pixels on a roomy 4-axis one.
  const shortenCost = 0.12 * bare
  // A thumbnail only shows labels that leave a readable shape, are mostly whole and never collide.
  const acceptable = (radius: number, shortened: number, collisions: number) =>
    size === 'large' || (radius >= 40 && shortened <= axes.length / 3 && collisions === 0)
  let best: { labels: string[][]; radius: number; score: number; collisions: number; shortened: number } | null = null
  for (const maxLines of lineCounts) {
    for (const maxChars of charCounts) {
      const labels = axes.map((a) => wrapLabel(a, maxChars, maxLines))
      const radius = largestRadius(labels, halfW, halfH, fontSize, lineHeight)
      const boxes = labelBoxes(labels, radius, fontSize, lineHeight)
      let collisions = 0
      boxes.forEach((a, i) => {
        for (const b of boxes.slice(i + 1)) if (a !== null && b !== null && overlaps(a, b, 2)) collisions++
      })
      const shortened = labels.filter((lines, i) => isShortened(lines, axes[i] ?? '')).length
      const score = radius - shortenCost * shortened - 40 * collisions
      if (!acceptable(radius, shortened, collisions)) continue
      if (best === null || score > best.score) best = { labels, radius, score, collisions, shortened }
    }
  }

  // A full chart whose names cannot all stand whole, apart and with room for the shape (17 axes on a
  // phone) numbers its axes instead, with the names in a key below: numbers never collide.
  if (size === 'large' && (best === null || best.collisions > 0 || best.shortened > 0 || best.radius < MIN_RADIUS_SHARE * bare)) {
    const labels = axes.map((_, i) => [String(i + 1)])
    // A little more room above the legend: a number right above it reads as part of it.
    const radius = largestRadius(labels, halfW, halfH - LEGEND_GAP, fontSize, lineHeight)
    return { fontSize, lineHeight, labels, outerRadius: Math.max(20, Math.floor(radius)), legendFontSize, numbered: true }
  }
  // A thumbnail too small for readable labels draws the shape alone (the table names the axes).
  if (best === null) {
    return { fontSize, lineHeight, labels: noLabels, outerRadius: bare, legendFontSize, numbered: false }
  }
  return { fontSize, lineHeight, labels: best.labels, outerRadius: Math.max(20, Math.floor(best.radius)), legendFontSize, numbered: false }
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
  textAnchor?: string
  verticalAnchor?: string
}

/** An axis label drawn as one <tspan> per wrapped line, anchored away from the polygon. */
function renderAngleTick(layout: Layout, axes: string[], props: AngleTickProps) {
  const index = props.index ?? 0
  const lines = layout.labels[index] ?? []
  if (lines.length === 0) return <g />
  const x = Number(props.x ?? 0)
  const y = Number(props.y ?? 0)
  const { fontSize, lineHeight } = layout
  // Recharts anchors labels in the top sector at their bottom ('end'), in the bottom
  // sector at their top ('start'), and at the sides at their middle.
  const capHeight = Math.round(fontSize * 0.71)
  const block = (lines.length - 1) * lineHeight
  const firstBaseline =
    props.verticalAnchor === 'end' ? y - block : props.verticalAnchor === 'start' ? y + capHeight : y - block / 2 + capHeight / 2
  const anchor = props.textAnchor === 'start' || props.textAnchor === 'end' ? props.textAnchor : 'middle'
  const full = axes[index] ?? ''
  const shortened = isShortened(lines, full)
  return (
    <text
      x={x}
      y={firstBaseline}
      textAnchor={anchor}
      fill={layout.numbered ? 'var(--ink)' : 'var(--ink-muted)'}
      fontSize={fontSize}
      fontWeight={layout.numbered ? 700 : undefined}
      className="recharts-polar-angle-axis-tick-value"
    >
      {(shortened || layout.numbered) && <title>{full}</title>}
      {lines.map((line, i) => (
        <tspan key={i} x={x} dy={i === 0 ? 0 : lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  )
}

function RadarDrawing({
  data,
  layout,
  axes,
  targetLabel,
  currentLabel,
  otherLabels,
  youLabel,
  max,
  size,
  width,
  height,
}: {
  data: ChartDatum[]
  layout: Layout
  axes: string[]
  targetLabel: string | null
  currentLabel: string | null
  otherLabels: readonly string[]
  youLabel: string
  max: number
  size: 'large' | 'small'
  width?: number
  height?: number
}) {
  const n = Math.max(data.length, 1)
  return (
    <RadarChart
      width={width}
      height={height}
      data={data}
      outerRadius={layout.outerRadius}
      margin={{ top: EDGE, right: EDGE, bottom: EDGE, left: EDGE }}
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
        angle={90 - 180 / n}
        axisLine={false}
        // Numbered axes leave the scale unnumbered, so a scale number is never read as an axis (the table has the values).
        tick={size === 'small' || layout.numbered ? false : renderRadiusTick}
        stroke="var(--border)"
      />
      <Radar
        name={youLabel}
        dataKey="you"
        stroke="var(--series-you)"
        strokeWidth={2}
        fill="var(--series-you)"
        fillOpacity={0.25}
        dot={size === 'large' ? { r: 2.5, fill: 'var(--series-you)', strokeWidth: 0 } : false}
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
        wrapperStyle={{ fontSize: layout.legendFontSize, lineHeight: 1.4, paddingTop: LEGEND_GAP }}
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
  size = 'large',
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
  const seriesNames = [youLabel, targetLabel, currentLabel, ...otherLabels].filter((name) => name !== null)
  const [box, onResize] = useMeasuredBox()
  const fixed = width !== undefined && height !== undefined
  const measured = fixed ? { width, height } : box
  const layout = measured !== null && measured.width > 0 && measured.height > 0 ? computeLayout(measured.width, measured.height, size, axes, seriesNames) : null
  const drawing = (w?: number, h?: number) =>
    layout && (
      <RadarDrawing
        data={data}
        layout={layout}
        axes={axes}
        targetLabel={targetLabel}
        currentLabel={currentLabel}
        otherLabels={otherLabels}
        youLabel={youLabel}
        max={max}
        size={size}
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
      {layout?.numbered && <AxisKey axes={axes} />}
    </>
  )
}
