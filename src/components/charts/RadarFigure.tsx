import { memo } from 'react'
import { RadarDrawing } from './RadarDrawing'
import { RadarFigureFrame, type RadarFigureProps } from './radar-figure-frame'
import styles from './RadarFigure.module.css'

export type { RadarFigureProps } from './radar-figure-frame'

/**
 * A radar chart of the user's ratings against one or two levels' expectations, with its axis names,
 * scale and legend, in a figure with the same numbers as a table. The chart fills the figure's width, so
 * the figure must sit in a container with a width. Memoised: a page that re-renders with the same rows
 * does not draw the radar again.
 */
export const RadarFigure = memo(function RadarFigure(props: RadarFigureProps) {
  const { rows, otherLabels, youLabel, max, width, height } = props
  return (
    <RadarFigureFrame
      {...props}
      compact={false}
      draw={({ target, current }) => (
        <RadarDrawing
          rows={rows}
          targetLabel={target}
          currentLabel={current}
          otherLabels={otherLabels}
          youLabel={youLabel}
          max={max}
          width={width}
          height={height}
          areaClassName={styles.large}
        />
      )}
    />
  )
})
