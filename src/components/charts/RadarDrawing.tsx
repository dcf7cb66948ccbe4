// The full radar behind RadarFigure, drawn as plain SVG: a chart library cost ~0.2–0.8 s of a throttled
// phone's CPU to build this one shape (and ~118 KiB gzip to fetch), where a few polygons cost nothing.
import {
  axisAngle,
  firstBaseline,
  polar,
  polygonPoints,
  ringPoints,
  textAnchor,
  valueRadius,
  verticalAnchor,
} from './radar-geometry'
import type { Point, TextAnchor } from './radar-geometry'
import { EDGE, radarLayout, TICK_GAP, type RadarLayout } from './radar-layout'
import { pageFont, textMeasure, wrapLabel } from './label-wrap'
import { useObservedBox } from './use-measured-box'
import type { RadarRow } from '../../domain/radar'
import area from './DrawingArea.module.css'
import styles from './RadarDrawing.module.css'

export interface RadarDrawingProps {
  rows: readonly RadarRow[]
  /** Series names; null leaves the series out. */
  targetLabel: string | null
  currentLabel: string | null
  /** Names of further series (mentors), one per entry of each row's `others`. */
  otherLabels?: readonly string[]
  /** Name of the ratings series; default "You". */
  youLabel?: string
  /** Top of the rating scale: the outer ring. */
  max: number
  /** Fixed size of the drawing in px (tests: jsdom has no layout), both or neither; the legend goes below. */
  width?: number
  height?: number
  /** Sizes the area of drawing and legend (its height) when no fixed size is given. */
  areaClassName?: string
}

/** Several mentors: the same colour, told apart by the dash (and by name in the legend and table). */
const MENTOR_DASHES = ['2 3', '8 3 2 3', '1 2']

interface Series {
  label: string
  kind: 'you' | 'target' | 'current' | 'other'
  /** One value per axis; a missing one (unrated, not expected) is drawn at the centre, as 0. */
  values: number[]
  dash?: string
}

function seriesOf(props: RadarDrawingProps): Series[] {
  const { rows, targetLabel, currentLabel, otherLabels = [], youLabel = 'You' } = props
  return [
    { label: youLabel, kind: 'you', values: rows.map((r) => r.you ?? 0) },
    ...(targetLabel !== null
      ? [{ label: targetLabel, kind: 'target' as const, values: rows.map((r) => r.target ?? 0), dash: '6 4' }]
      : []),
    ...(currentLabel !== null
      ? [{ label: currentLabel, kind: 'current' as const, values: rows.map((r) => r.current ?? 0) }]
      : []),
    ...otherLabels.map((label, i) => ({
      label,
      kind: 'other' as const,
      values: rows.map((r) => r.others[i] ?? 0),
      dash: MENTOR_DASHES[i % MENTOR_DASHES.length],
    })),
  ]
}

/**
 * The radar: grid rings and spokes, the scale, a polygon per series and the axis names (or numbers,
 * their names then in a key below), with the legend under the drawing. With `width` and `height` it
 * draws at that size; otherwise it fills an area of `areaClassName`'s height and redraws on resize.
 */
export function RadarDrawing(props: RadarDrawingProps) {
  const { rows, max, width, height, areaClassName } = props
  const [box, observe] = useObservedBox()
  const fixed = width !== undefined && height !== undefined
  const size = fixed ? { width, height } : box
  const layout =
    size !== null && size.width > 0 && size.height > 0 ? radarLayout(size.width, size.height, rows.length) : null
  const series = seriesOf(props)
  const axes = rows.map((r) => r.axis)
  const svg = layout && size && <RadarSvg {...{ layout, axes, series, max }} width={size.width} height={size.height} />
  return (
    <>
      {fixed ? (
        <div className={`radar-drawing ${area.fixed}`}>
          {svg}
          <Legend series={series} />
        </div>
      ) : (
        <div className={`radar-drawing ${area.area} ${areaClassName ?? ''}`}>
          <div ref={observe} className={area.room}>
            {svg}
          </div>
          <Legend series={series} />
        </div>
      )}
      {layout?.labels === 'numbers' && <AxisKey axes={axes} />}
    </>
  )
}

interface SvgProps {
  layout: RadarLayout
  axes: readonly string[]
  series: readonly Series[]
  max: number
  width: number
  height: number
}

function RadarSvg({ layout, axes, series, max, width, height }: SvgProps) {
  const { centre, radius } = layout
  const n = axes.length
  const numbered = layout.labels === 'numbers'
  const labels = axisLabels(layout, axes, width)
  // Halfway between the first two spokes, so the scale does not sit on a spoke.
  const scaleAngle = axisAngle(0, n) - 180 / Math.max(n, 1)
  const ticks = Array.from({ length: max }, (_, k) => k + 1)
  return (
    <svg
      className={`radar-surface ${area.surface} ${styles.radar}`}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      aria-hidden="true"
    >
      <g className={styles.grid}>
        {ticks.map((value) => (
          <polygon key={value} points={ringPoints(value, n, max, centre, radius)} />
        ))}
        {axes.map((_, i) => {
          const end = polar(centre, radius, axisAngle(i, n))
          return <line key={i} x1={centre.x} y1={centre.y} x2={round(end.x)} y2={round(end.y)} />
        })}
      </g>
      {/* Numbered axes leave the scale unnumbered, so a scale number is never read as an axis (the table has the values). */}
      {!numbered && (
        <g className={styles.scale} fontSize={10}>
          {ticks.map((value) => {
            const at = polar(centre, valueRadius(value, max, radius), scaleAngle)
            // Upright and just off the line: the centre's 0 is left out, it would sit on the polygons.
            return (
              <text key={value} className="radar-scale-label" x={round(at.x + 3)} y={round(at.y)} dy="0.35em">
                {value}
              </text>
            )
          })}
        </g>
      )}
      {series.map((s) => (
        <polygon
          key={`${s.kind}-${s.label}`}
          className={`radar-series ${styles[s.kind]}`}
          points={polygonPoints(s.values, max, centre, radius)}
          strokeDasharray={s.dash}
        />
      ))}
      <g className={styles.dots}>
        {series[0]?.values.map((value, i) => {
          const at = polar(centre, valueRadius(value, max, radius), axisAngle(i, n))
          return <circle key={i} cx={round(at.x)} cy={round(at.y)} r={2.5} />
        })}
      </g>
      <g className={numbered ? styles.axisNumbers : styles.axisNames} fontSize={layout.fontSize}>
        {labels.map((label, i) => (
          <text
            key={i}
            className="radar-axis-label"
            x={round(label.at.x)}
            y={round(label.at.y)}
            textAnchor={label.anchor}
          >
            {label.lines.map((line, j) => (
              <tspan key={j} x={round(label.at.x)} dy={round(j === 0 ? label.dy : layout.lineHeight)}>
                {line}
              </tspan>
            ))}
          </text>
        ))}
      </g>
    </svg>
  )
}

interface AxisLabel {
  at: Point
  anchor: TextAnchor
  /** The first line's baseline below the anchor point, in px. */
  dy: number
  lines: string[]
}

/** Each axis's label: its name wrapped to the label width (measured in the page's font), or its number. */
function axisLabels(layout: RadarLayout, axes: readonly string[], width: number): AxisLabel[] {
  const numbered = layout.labels === 'numbers'
  const measure = textMeasure(layout.fontSize, pageFont(), numbered ? 700 : 400)
  return axes.map((axis, i) => {
    const angle = axisAngle(i, axes.length)
    const at = polar(layout.centre, layout.radius + TICK_GAP, angle)
    const anchor = textAnchor(angle)
    const room = labelRoom(anchor, at.x, width)
    const lines = numbered
      ? [String(i + 1)]
      : wrapLabel(axis, Math.min(layout.labelWidth, room), layout.maxLines, measure, room)
    return {
      at,
      anchor,
      dy: firstBaseline(verticalAnchor(angle), lines.length, layout.lineHeight, layout.fontSize),
      lines,
    }
  })
}

/** How wide a label anchored at `x` can be before it leaves a drawing `width` wide (less the edge's padding). */
function labelRoom(anchor: TextAnchor, x: number, width: number): number {
  if (anchor === 'start') return width - x - EDGE
  if (anchor === 'end') return x - EDGE
  return 2 * (Math.min(x, width - x) - EDGE)
}

/** The series' names under the drawing, each with its swatch: a square for the ratings, a line with its dash for the rest. */
function Legend({ series }: { series: readonly Series[] }) {
  return (
    <ul className={area.legend} aria-hidden="true">
      {series.map((s) => (
        <li key={`${s.kind}-${s.label}`} className="radar-legend-item">
          <svg viewBox="0 0 16 14" className={`${area.swatch} ${styles.swatch} ${styles[s.kind]}`}>
            {s.kind === 'you' ? (
              <rect x="1" y="0" width="14" height="14" />
            ) : (
              <line x1="0" y1="7" x2="16" y2="7" strokeDasharray={s.dash} />
            )}
          </svg>
          {s.label}
        </li>
      ))}
    </ul>
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

function round(value: number): number {
  return Math.round(value * 10) / 10
}
