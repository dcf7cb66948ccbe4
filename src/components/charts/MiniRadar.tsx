import type { RadarRow } from '../../domain/radar'
import { axisAngle, polar, polygonPoints, ringPoints } from './radar-geometry'
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
const CENTRE = { x: SIZE / 2, y: SIZE / 2 }
const RADIUS = SIZE / 2 - 4

/**
 * The overview's thumbnail radar, drawn as plain SVG: shapes only, no axis names (the table and the gap
 * list name them), so it needs no chart library and the first screen fetches none. The full radar's
 * geometry (radar-geometry.ts), so the two shapes look alike.
 */
export function MiniRadar({ rows, targetLabel, currentLabel, youLabel, max }: MiniRadarProps) {
  const n = rows.length
  const shape = (value: (row: RadarRow) => number) => polygonPoints(rows.map(value), max, CENTRE, RADIUS)
  const rings = Array.from({ length: max }, (_, k) => ringPoints(k + 1, n, max, CENTRE, RADIUS))
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
          {rows.map((row, i) => {
            const end = polar(CENTRE, RADIUS, axisAngle(i, n))
            return <line key={row.competencyId} x1={CENTRE.x} y1={CENTRE.y} x2={end.x} y2={end.y} />
          })}
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
