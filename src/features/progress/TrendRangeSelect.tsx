import { useId } from 'react'
import { TREND_RANGE_LABELS, type TrendRange } from './trend-range'
import styles from './ProgressPage.module.css'

interface Props {
  value: TrendRange
  options: readonly TrendRange[]
  /** Check-ins the chosen range shows, and in all. */
  shown: number
  total: number
  onChange: (range: TrendRange) => void
}

/** How far back the readiness and competency trend charts (and their numbers) reach. */
export function TrendRangeSelect({ value, options, shown, total, onChange }: Props) {
  const id = useId()
  return (
    <div className={styles.range}>
      <label htmlFor={id}>Trends over</label>
      <select
        id={id}
        value={value}
        aria-describedby={`${id}-count`}
        onChange={(e) => onChange(options.find((r) => r === e.target.value) ?? value)}
      >
        {options.map((r) => (
          <option key={r} value={r}>
            {TREND_RANGE_LABELS[r]}
          </option>
        ))}
      </select>
      <span id={`${id}-count`} className="muted">
        {shown === total ? `all ${total} check-ins` : `${shown} of ${total} check-ins`}
      </span>
    </div>
  )
}
