import { Suspense, useId, useRef, useState, type CSSProperties, type ReactNode } from 'react'
import { useAfterFirstPaint } from '../hooks/use-after-first-paint'
import { downloadFile } from '../files/download'
import { ChartBoundary } from './ChartBoundary'
import { legendOf, standaloneSvg } from './standalone-svg'
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
  /** The same numbers as a table (every chart has one). */
  table: ReactNode
  /** Below the table, inside the disclosure. */
  tableNote?: ReactNode
  /** Show the numbers open from the start (a printed report has no disclosure to open). */
  numbersOpen?: boolean
  /** File name for "Download … as SVG"; no button without one. */
  downloadName?: string
  /** The drawing's code is loaded already: draw it in the first frame rather than after it. */
  drawAtOnce?: boolean
}

/** A chart in a <figure>: caption, a role="img" box named for screen readers, and the numbers. */
export function ChartFigure({
  caption,
  chartLabel,
  boxClassName,
  fixedSize,
  compact,
  className,
  chart,
  table,
  tableNote,
  numbersOpen,
  downloadName,
  drawAtOnce = false,
}: ChartFigureProps) {
  const captionId = useId()
  const painted = useAfterFirstPaint()
  // Hundreds of rows nobody opened would be thousands of elements on every render of the page.
  const [open, setOpen] = useState(numbersOpen === true)
  const box = useRef<HTMLDivElement>(null)
  const downloadSvg = () => {
    // The drawing itself, not the legend's icons (small SVGs too): a recharts chart's, or a plain SVG (radar, line).
    const wrapper = box.current?.querySelector('.recharts-wrapper, .radar-drawing, .line-drawing')
    const svg = wrapper?.querySelector<SVGSVGElement>(
      ':scope > svg.recharts-surface, svg.radar-surface, svg.line-surface',
    )
    if (wrapper && svg && downloadName)
      downloadFile(downloadName, standaloneSvg(svg, legendOf(wrapper)), 'image/svg+xml')
  }
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
      {/* Outside the role="img" box, so a failure is read out, not hidden inside the image. */}
      <ChartBoundary>
        <div ref={box} role="img" aria-label={chartLabel} className={boxClass} style={boxStyle}>
          {/* The chart library is fetched once the page has painted, so it never delays the first screen. */}
          <Suspense fallback={<div className={styles.placeholder} />}>
            {painted || drawAtOnce ? chart : <div className={styles.placeholder} />}
          </Suspense>
        </div>
        {downloadName && (
          <button type="button" className={`button ${styles.download}`} data-variant="quiet" onClick={downloadSvg}>
            Download chart as SVG
          </button>
        )}
      </ChartBoundary>
      <details
        className={styles.details}
        open={numbersOpen || undefined}
        onToggle={(e) => setOpen(e.currentTarget.open)}
      >
        <summary>Show the numbers</summary>
        {open && (
          // Focusable so keyboard users can scroll a table wider than a phone (axe: scrollable-region-focusable).
          <div className={styles.tableScroll} role="region" aria-label={`${caption}: numbers`} tabIndex={0}>
            {table}
          </div>
        )}
        {tableNote}
      </details>
    </figure>
  )
}
