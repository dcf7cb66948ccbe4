import { useId } from 'react'
import styles from './ReadinessMeter.module.css'

interface Props {
  value: number
  targetTitle: string
  /** What the figure stands on, e.g. "9 of 13 competencies meet the bar". */
  detail: string
}

/** Readiness as a native meter named "Readiness for <target>", with what it stands on beside it. */
export function ReadinessMeter({ value, targetTitle, detail }: Props) {
  const id = useId()
  return (
    <div className={styles.readiness}>
      <label htmlFor={id} className={styles.label}>
        Readiness for {targetTitle}
      </label>
      <span className={styles.figure} aria-hidden="true">
        {value}%
      </span>
      <meter id={id} className={styles.meter} min={0} max={100} value={value} aria-valuetext={`${value}%`} />
      <p className={styles.detail}>{detail}</p>
    </div>
  )
}
