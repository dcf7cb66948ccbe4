import { Suspense, useId, type CSSProperties, type ReactNode } from 'react'
import styles from './ChartFigure.module.css'

interface ChartFigureProps {
  /** What the chart shows; names the figure. */
  caption: string
  /** The chart's accessible name: what a screen reader hears instead of the drawing. */
  chartLabel: string
  /** Sizes the chart box (its height) when no fixed size is given. */
  boxClassName?: string
  /** Fixed chart size in px (tests: jsdom has no layout). */
  fixedSize?: { width: number; height: number }
  /** Smaller caption, for thumbnails. */
  compact?: boolean
  className?: string
  /** The lazily loaded chart; shown inside Suspense, over a placeholder of the same size. */
  chart: ReactNode
  /** The same numbers as a table (UI-CONTRACT: every chart has one). */
  table: ReactNode
  /** Below the table, inside the disclosure. */
  tableNote?: ReactNode
}

/** A chart in a <figure>: caption, a role="img" box named for screen readers, and the numbers. */
export function ChartFigure({ caption, chartLabel, boxClassName, fixedSize, compact, className, chart, table, tableNote }: ChartFigureProps) {
  const captionId = useId()
  // The same box holds the placeholder and the chart, so nothing moves when recharts arrives.
  const boxStyle: CSSProperties | undefined = fixedSize
  const boxClass = `${styles.chart} ${fixedSize ? '' : (boxClassName ?? '')}`.trim()
  const figureClass = [styles.figure, compact ? styles.compact : '', className ?? ''].filter(Boolean).join(' ')
  return (
    // aria-labelledby as well as <figcaption>: not every accessibility tree (jsdom's among them) names a figure from its caption.
    <figure className={figureClass} aria-labelledby={captionId}>
      <figcaption id={captionId} className={styles.caption}>
        {caption}
      </figcaption>
      <div role="img" aria-label={chartLabel} className={boxClass} style={boxStyle}>
        <Suspense fallback={<div className={styles.placeholder} />}>{chart}</Suspense>
      </div>
      <details className={styles.details}>
        <summary>Show the numbers</summary>
        {/* Focusable so keyboard users can scroll a table wider than a phone (axe: scrollable-region-focusable). */}
        <div className={styles.tableScroll} role="region" aria-label={`${caption}: numbers`} tabIndex={0}>
          {table}
        </div>
        {tableNote}
      </details>
    </figure>
  )
}
