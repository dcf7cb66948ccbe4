import type { ReactNode } from 'react'
import { ChartFigure } from './ChartFigure'
import shared from './ChartFigure.module.css'
import type { RadarRow } from '../../domain/radar'
import styles from './RadarFigure.module.css'

export interface RadarFigureProps {
  /** What the chart shows; names the figure. */
  caption: string
  rows: RadarRow[]
  /** Series and column name for the target level's expectations, e.g. "Senior PM". */
  targetLabel: string
  /** Series and column name for the current level; null leaves that series and column out. */
  currentLabel: string | null
  /** Top of the rating scale (the radius axis runs 0..max). */
  max: number
  /** Fixed chart size in px, both or neither: for tests (jsdom has no layout). */
  width?: number
  height?: number
  /** Accessible name (caption) of the numbers table. Default "Ratings and expectations". */
  tableSummary?: string
  /** Series and column name of the ratings; default "You" (a check-in comparison names its date). */
  youLabel?: string
  /** Overrides the chart's accessible name, when the default wording does not fit. */
  chartLabel?: string
  /** Show the numbers table open (the printed report). */
  numbersOpen?: boolean
  /** Offers the drawing as an SVG file of this name. */
  downloadName?: string
  /** Names of further series (mentors), one per entry of each row's `others`. */
  otherLabels?: readonly string[]
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`
}

/** The chart's accessible name: what is drawn against what, over how many axes. */
function describeChart(rows: RadarRow[], targetLabel: string | null, currentLabel: string | null): string {
  const levels = [targetLabel, currentLabel].filter((l) => l !== null).join(' and ')
  const unrated = rows.filter((r) => r.you === null).length
  const unratedNote = unrated === 0 ? '' : `; ${unrated} not rated, drawn as 0`
  const against = levels ? ` against ${levels} expectations` : ''
  return `Radar chart: your ratings${against} across ${plural(rows.length, 'competency', 'competencies')}${unratedNote}`
}

/** The series a radar draws: a level that expects nothing per competency (a points-ruled framework) has none. */
export interface RadarSeriesLabels {
  target: string | null
  current: string | null
}

/**
 * What the full radar and the overview's thumbnail share: a <figure> with its caption, the drawing they
 * are given, and a table of the same numbers (the numbers stay readable without the drawing).
 */
export function RadarFigureFrame({
  caption,
  rows,
  targetLabel,
  currentLabel,
  width,
  height,
  tableSummary = 'Ratings and expectations',
  youLabel = 'You',
  chartLabel,
  numbersOpen,
  downloadName,
  otherLabels = [],
  compact,
  draw,
}: RadarFigureProps & { compact: boolean; draw: (labels: RadarSeriesLabels) => ReactNode }) {
  const fixedSize = width !== undefined && height !== undefined ? { width, height } : undefined
  // A level of a points-ruled framework may expect nothing per competency: then there is no target series.
  const target = rows.some((r) => r.target !== null) ? targetLabel : null
  const current = currentLabel !== null && rows.some((r) => r.current !== null) ? currentLabel : null
  return (
    <ChartFigure
      caption={caption}
      chartLabel={
        chartLabel ??
        `${describeChart(rows, target, current)}${otherLabels.length > 0 ? `, and the ratings of ${otherLabels.join(', ')}` : ''}`
      }
      boxClassName={compact ? styles.smallBox : styles.largeBox}
      fixedSize={fixedSize}
      compact={compact}
      numbersOpen={numbersOpen}
      downloadName={downloadName}
      // Plain SVG, thumbnail or full: no code to fetch, nothing to keep out of the first frame.
      drawAtOnce
      chart={draw({ target, current })}
      table={
        <table className={shared.table}>
          <caption className="visually-hidden">{tableSummary}</caption>
          <thead>
            <tr>
              <th scope="col">Competency</th>
              <th scope="col">{youLabel}</th>
              {target !== null && <th scope="col">{target}</th>}
              {current !== null && <th scope="col">{current}</th>}
              {otherLabels.map((label) => (
                <th key={label} scope="col">
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.competencyId}>
                <th scope="row">{row.name}</th>
                <td className={row.you === null ? shared.empty : undefined}>
                  {row.you === null ? 'Not rated' : row.you}
                </td>
                {target !== null && <td>{row.target ?? 'Not expected'}</td>}
                {current !== null && <td>{row.current ?? 'Not expected'}</td>}
                {otherLabels.map((label, i) => (
                  <td key={label} className={row.others[i] == null ? shared.empty : undefined}>
                    {row.others[i] ?? 'Not rated'}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  )
}
