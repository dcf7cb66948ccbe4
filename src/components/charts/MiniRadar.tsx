import type { RadarRow } from '../../domain/radar'
import styles from './MiniRadar.module.css'

export interface MiniRadarProps {
  rows: readonly RadarRow[]
  /** Series names; null leaves the series out. */
  targetLabel: string | null
  currentLabel: string | null
  youLabel: string
  /** Top of the rating scale: the outer ring. */
  max: number
}

const SIZE = 200
const CENTRE = SIZE / 2
const RADIUS = SIZE / 2 - 4

/**
 * The overview's thumbnail radar, drawn as plain SVG: shapes only, no axis names (the table and the gap
 * list name them), so it needs no chart library and the first screen fetches none. Axes run clockwise
 * from the top, as on the full radar of /gaps, so the two shapes look alike.
 */
export function MiniRadar({ rows, targetLabel, currentLabel, youLabel, max }: MiniRadarProps) {
  const n = Math.max(rows.length, 1)
  // The full radar's rule: with an even number of axes, start half a step round.
  const start = n % 2 === 0 ? 90 - 180 / n : 90
  const xy = (i: number, value: number): [number, number] => {
    const angle = ((start - (i * 360) / n) * Math.PI) / 180
    const r = (Math.min(Math.max(value, 0), max) / Math.max(max, 1)) * RADIUS
    return [CENTRE + r * Math.cos(angle), CENTRE - r * Math.sin(angle)]
  }
  const point = (i: number, value: number) =>
    xy(i, value)
      .map((c) => c.toFixed(1))
      .join(',')
  const shape = (value: (row: RadarRow) => number) => rows.map((row, i) => point(i, value(row))).join(' ')
  const rings = Array.from({ length: max }, (_, k) => rows.map((_, i) => point(i, k + 1)).join(' '))
  const series = [
    { label: youLabel, className: styles.you },
    ...(targetLabel !== null ? [{ label: targetLabel, className: styles.target }] : []),
    ...(currentLabel !== null ? [{ label: currentLabel, className: styles.current }] : []),
  ]
  return (
    <div className={styles.mini}>
      <svg viewBox={`0 0 ${SIZE} ${SIZE}`} className={styles.drawing} aria-hidden="true">
        <g className={styles.grid}>
          {rings.map((ring, k) => (
            <polygon key={k} points={ring} />
          ))}
          {rows.map((row, i) => (
            <line key={row.competencyId} x1={CENTRE} y1={CENTRE} x2={xy(i, max)[0]} y2={xy(i, max)[1]} />
          ))}
        </g>
        <polygon className={styles.you} points={shape((r) => r.you ?? 0)} />
        {targetLabel !== null && <polygon className={styles.target} points={shape((r) => r.target ?? 0)} />}
        {currentLabel !== null && <polygon className={styles.current} points={shape((r) => r.current ?? 0)} />}
      </svg>
      <ul className={styles.legend} aria-hidden="true">
        {series.map((s) => (
          <li key={s.label}>
            <svg viewBox="0 0 16 10" className={`${styles.swatch} ${s.className}`}>
              {s.className === styles.you ? (
                <rect x="2" y="0" width="10" height="10" />
              ) : (
                <line x1="0" y1="5" x2="16" y2="5" />
              )}
            </svg>
            {s.label}
          </li>
        ))}
      </ul>
    </div>
  )
}
