import type { PointsStep } from '../../domain/readiness'
import styles from '../ui/GapList.module.css'

/** Under a points rule: the one-step rises worth the most points, with what the next value looks like. */
export function PointsSteps({ steps }: { steps: readonly PointsStep[] }) {
  return (
    <ol className={styles.list} aria-label="Where the next points come from">
      {steps.map(({ competency, from, to, gain }, i) => (
        <li key={competency.id} className={styles.item}>
          <span className={styles.rank} aria-hidden="true">
            {i + 1}
          </span>
          <div className={styles.head}>
            <span className={styles.name}>{competency.name}</span>
            <span className={styles.numbers}>
              {from} → {to} ·{' '}
              <span className={styles.size}>
                +{gain} {gain === 1 ? 'point' : 'points'}
              </span>
            </span>
          </div>
        </li>
      ))}
    </ol>
  )
}
