import { useId } from 'react'
import type { Competency } from '../../domain/framework-schema'
import { withTexts } from '../../domain/framework/texts'
import { DescriptorText } from './DescriptorText'
import styles from './RatingScale.module.css'

export interface ScaleMark {
  value: number
  kind: 'current' | 'target'
  /** e.g. "Target: Senior PM" */
  label: string
}

interface RatingScaleProps {
  competency: Competency
  /** One short label per value, index = value; a framework may have none. */
  labels: readonly string[] | undefined
  value: number | undefined
  onChange: (value: number) => void
  marks: readonly ScaleMark[]
}

/**
 * One competency's rating as native radios in a radiogroup named by the competency:
 * the browser gives arrow keys within the group and Tab between groups. Every option shows what a person at that
 * value does, so people rate from behaviour rather than from a number.
 */
export function RatingScale({ competency: given, labels, value, onChange, marks }: RatingScaleProps) {
  const competency = withTexts(given)
  const id = useId()
  const nameId = `${id}-name`
  const summaryId = `${id}-summary`
  return (
    <div className={styles.scale}>
      <div className={styles.head}>
        <h3 id={nameId} className={styles.name}>
          {competency.name}
        </h3>
        <span className={styles.status} data-rated={value !== undefined}>
          {value === undefined
            ? 'Not rated yet'
            : labels?.[value]
              ? `Rated ${value} · ${labels[value]}`
              : `Rated ${value}`}
        </span>
      </div>
      {competency.summary && (
        <p id={summaryId} className={styles.summary}>
          {competency.summary}
        </p>
      )}
      <div
        role="radiogroup"
        aria-labelledby={nameId}
        aria-describedby={competency.summary ? summaryId : undefined}
        className={styles.options}
      >
        {competency.descriptors.map((descriptor, v) => (
          <label key={v} className={styles.option}>
            <input type="radio" name={`rating-${id}`} value={v} checked={value === v} onChange={() => onChange(v)} />
            <span className={styles.optionHead}>
              <span className={styles.value}>{v}</span>
              {labels?.[v] && <span>{labels[v]}</span>}
            </span>
            {/* An undescribed value 0 is "not yet": say it once, not under a label that already does. */}
            {(descriptor !== null || !labels?.[v]) && (
              <DescriptorText descriptor={descriptor} className={styles.descriptor} />
            )}
            {/* A signal is a hint of what others may do with the work, never part of what the value asks. */}
            {competency.signals?.[v] && (
              <span className={styles.signal}>Signal, not required: {competency.signals[v]}</span>
            )}
            {marks.some((m) => m.value === v) && (
              <span className={styles.marks}>
                {marks
                  .filter((m) => m.value === v)
                  .map((m) => (
                    <span key={m.kind} className={styles.mark} data-kind={m.kind}>
                      {m.label}
                    </span>
                  ))}
              </span>
            )}
          </label>
        ))}
      </div>
    </div>
  )
}
