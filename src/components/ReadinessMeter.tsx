import { useId } from 'react'
import styles from './ReadinessMeter.module.css'

interface Props {
  value: number
  targetTitle: string
  meetingBar: number
  total: number
}

/** Readiness as a native meter named "Readiness for <target>", with the bar count beside it. */
export function ReadinessMeter({ value, targetTitle, meetingBar, total }: Props) {
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
      <p className={styles.detail}>
        {meetingBar} of {total} competencies meet the bar
      </p>
    </div>
  )
}
