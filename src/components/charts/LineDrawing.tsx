// A line chart drawn as plain SVG, behind LineFigure's drawing="svg": recharts' first draw of a line chart cost
// 0.6–0.9 s of a throttled phone's main thread whatever the number of points, where a few paths cost nothing.
// line-layout.ts works out where everything goes; this only draws it, and reads out the point under the pointer.
import { memo, useMemo, useState, type PointerEvent } from 'react'
import { pageFont, textMeasure, type Measure } from './label-wrap'
import { seriesLooks, type LineRow, type LineViewProps, type SeriesLook } from './line-data'
import {
  FONT_SIZE,
  LEGEND_MARKER_AREA,
  lineLayout,
  markerPath,
  nearestRow,
  round,
  TICK_GAP,
  TICK_SIZE,
  type LineLayout,
} from './line-layout'
import { useObservedBox } from './use-measured-box'
import area from './DrawingArea.module.css'
import styles from './LineDrawing.module.css'

/**
 * The line chart: y axis and grid, x axis with the date labels that fit, a line per series (markers while the
 * points are few), the goal line, and a legend below when there is more than one series. With `width` and
 * `height` it draws at that size; otherwise it fills its parent (which must have a height) and redraws on resize.
 */
export function LineDrawing(props: LineViewProps) {
  const { rows, series, width, height } = props
  const [box, observe] = useObservedBox()
  const fixed = width !== undefined && height !== undefined
  const size = fixed ? { width, height } : box
  const looks = useMemo(() => seriesLooks(rows, series), [rows, series])
  const legend = series.length > 1 && <Legend looks={looks} />
  const svg = size !== null && size.width > 0 && size.height > 0 && (
    <LineSvg {...props} width={size.width} height={size.height} />
  )
  return fixed ? (
    <div className={`line-drawing ${area.fixed}`}>
      {svg}
      {legend}
    </div>
  ) : (
    <div className={`line-drawing ${area.area} ${styles.fill}`}>
      <div ref={observe} className={area.room}>
        {svg}
      </div>
      {legend}
    </div>
  )
}

type SvgProps = LineViewProps & { width: number; height: number }

function LineSvg({ rows, series, yMax, yTicks, format, goal, width, height }: SvgProps) {
  const measure = useMemo(() => textMeasure(FONT_SIZE, pageFont()), [])
  const layout = useMemo(
    () => lineLayout({ width, height, rows, series, yMax, yTicks, format, goal, measure }),
    [width, height, rows, series, yMax, yTicks, format, goal, measure],
  )
  const [active, setActive] = useState<number | null>(null)
  const point = (e: PointerEvent<SVGSVGElement>) => {
    const left = e.currentTarget.getBoundingClientRect().left
    setActive(nearestRow(layout.rowX, e.clientX - left))
  }
  return (
    <svg
      className={`line-surface ${area.surface} ${styles.surface}`}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      aria-hidden="true"
      onPointerMove={point}
      onPointerDown={point}
      onPointerLeave={() => setActive(null)}
    >
      <Plot layout={layout} />
      {active !== null && (
        <Readout layout={layout} row={rows[active]} index={active} format={format} measure={measure} />
      )}
    </svg>
  )
}

/** Everything but the readout: drawn again only when the layout changes, not as the pointer moves. */
const Plot = memo(function Plot({ layout }: { layout: LineLayout }) {
  const { plot } = layout
  const labelY = plot.bottom + TICK_SIZE + TICK_GAP
  return (
    <>
      <g className={styles.grid}>
        {layout.yLabels.map(({ y, value }) => (
          <line key={value} x1={plot.left} x2={plot.right} y1={round(y)} y2={round(y)} />
        ))}
      </g>
      <g className={styles.tickLabel} fontSize={FONT_SIZE} textAnchor="end">
        {layout.yLabels.map(({ y, value, text }) => (
          <text key={value} className="line-y-label" x={plot.left - TICK_SIZE - TICK_GAP} y={round(y)} dy="0.355em">
            {text}
          </text>
        ))}
      </g>
      <g className={styles.axis}>
        <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} />
        {layout.xLabels.map(({ tick }) => (
          <line key={tick} x1={round(tick)} x2={round(tick)} y1={plot.bottom} y2={plot.bottom + TICK_SIZE} />
        ))}
      </g>
      <g className={styles.tickLabel} fontSize={FONT_SIZE} textAnchor="middle">
        {layout.xLabels.map(({ x, tick, text }) => (
          <text key={tick} className="line-x-label" x={round(x)} y={labelY} dy="0.71em">
            {text}
          </text>
        ))}
      </g>
      {layout.goal && (
        <g className="line-goal">
          <line
            className={styles.goal}
            x1={plot.left}
            x2={plot.right}
            y1={round(layout.goal.y)}
            y2={round(layout.goal.y)}
          />
          <text className={styles.tickLabel} fontSize={FONT_SIZE} x={plot.left + 4} y={round(layout.goal.y) - 4}>
            {layout.goal.label}
          </text>
        </g>
      )}
      {layout.series.map((s) => (
        <g key={s.key}>
          <path className={`line-series ${styles.line}`} d={s.path} stroke={s.color} strokeDasharray={s.dash} />
          {s.marker && (
            <g className="line-markers" fill={s.color}>
              {s.points.map((p) => (
                <path
                  key={p.row}
                  className="line-marker"
                  transform={`translate(${round(p.x)},${round(p.y)})`}
                  d={markerPath(s.marker!)}
                />
              ))}
            </g>
          )}
        </g>
      ))}
    </>
  )
})

interface ReadoutProps {
  layout: LineLayout
  row: LineRow | undefined
  index: number
  format: (value: number) => string
  measure: Measure
}

const PAD = 8
const LINE = 16

/** The row under the pointer: a cursor line, its points ringed, and a box with its date and values. */
function Readout({ layout, row, index, format, measure }: ReadoutProps) {
  if (!row) return null
  const { plot, width } = layout
  const x = layout.rowX[index]!
  const shown = layout.series.flatMap((s) => {
    const p = s.points.find((q) => q.row === index)
    return p ? [{ s, p }] : []
  })
  const lines = shown.map(({ s, p }) => `${s.name}: ${format(p.value)}`)
  const boxWidth = Math.ceil(Math.max(measure(row.label) * 1.1, ...lines.map(measure))) + 2 * PAD
  const boxHeight = (lines.length + 1) * LINE + PAD
  const right = x + 12 + boxWidth <= width
  const left = right ? x + 12 : Math.max(0, x - 12 - boxWidth)
  const top = plot.top + 4
  return (
    <g className="line-readout" pointerEvents="none">
      <line className={styles.cursor} x1={round(x)} x2={round(x)} y1={plot.top} y2={plot.bottom} />
      {shown.map(({ s, p }) => (
        <circle key={s.key} className={styles.activeDot} cx={round(p.x)} cy={round(p.y)} r={4} fill={s.color} />
      ))}
      <rect className={styles.readoutBox} x={round(left)} y={top} width={boxWidth} height={boxHeight} rx={6} />
      <text className={styles.readoutText} fontSize={FONT_SIZE} x={round(left + PAD)} y={top + PAD / 2}>
        <tspan className={styles.readoutTitle} x={round(left + PAD)} dy={LINE - 3}>
          {row.label}
        </tspan>
        {lines.map((line, k) => (
          <tspan key={k} x={round(left + PAD)} dy={LINE}>
            {line}
          </tspan>
        ))}
      </text>
    </g>
  )
}

/** The series' names under the drawing, each with its swatch: its marker, or a line with its dash. */
function Legend({ looks }: { looks: readonly SeriesLook[] }) {
  return (
    <ul className={area.legend} aria-hidden="true">
      {looks.map((look) => (
        <li key={look.key} className="line-legend-item">
          <svg viewBox="0 0 16 14" className={`${area.swatch} ${styles.swatch}`}>
            {look.swatch === 'line' ? (
              <line x1="0" y1="7" x2="16" y2="7" fill="none" stroke={look.color} strokeDasharray={look.dash} />
            ) : (
              <path transform="translate(8,7)" d={markerPath(look.swatch, LEGEND_MARKER_AREA)} fill={look.color} />
            )}
          </svg>
          {look.name}
        </li>
      ))}
    </ul>
  )
}
