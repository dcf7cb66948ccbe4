import { memo } from 'react'
import { MiniRadar } from './MiniRadar'
import { RadarFigureFrame, type RadarFigureProps } from './radar-figure-frame'

/**
 * The overview's small radar: shapes only (MiniRadar), in the same figure and numbers table as the full
 * radar. Its own module, so the overview fetches none of the full drawing's code.
 */
export const RadarThumbnail = memo(function RadarThumbnail(props: RadarFigureProps) {
  const { rows, youLabel = 'You', max } = props
  return (
    <RadarFigureFrame
      {...props}
      compact
      draw={({ target, current }) => (
        <MiniRadar rows={rows} targetLabel={target} currentLabel={current} youLabel={youLabel} max={max} />
      )}
    />
  )
})
