import { useId, useState, type TextareaHTMLAttributes } from 'react'
import { charactersCut } from '../../domain/notes'
import { groupThousands } from '../../domain/numbers'
import styles from './LimitedTextarea.module.css'

type Props = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange' | 'maxLength'> & {
  value: string
  onChange: (value: string) => void
  limit: number
}

const n = groupThousands

/**
 * A text box that holds at most `limit` characters and says so: a count beside it, and a polite
 * message when a paste did not fit (the browser cuts it to maxLength without a word). A text saved
 * before the limit, and longer, is kept whole: it can be shortened, not added to.
 */
export function LimitedTextarea({ value, onChange, limit, onBlur, ...props }: Props) {
  const countId = useId()
  const [cutMessage, setCutMessage] = useState('')
  const over = value.length - limit
  return (
    <>
      <textarea
        {...props}
        value={value}
        maxLength={limit}
        aria-describedby={countId}
        onChange={(e) => onChange(e.target.value)}
        onPaste={(e) => {
          const box = e.currentTarget
          const pasted = e.clipboardData.getData('text/plain')
          const cut = charactersCut(box.value.length, box.selectionEnd - box.selectionStart, pasted, limit)
          setCutMessage(
            cut === 0
              ? ''
              : cut >= pasted.length
                ? `Nothing was pasted: the note is at its ${n(limit)}-character limit.`
                : `The pasted text was cut to fit the ${n(limit)}-character limit: its last ${n(cut)} characters were left out.`,
          )
        }}
        onBlur={(e) => {
          setCutMessage('')
          onBlur?.(e)
        }}
      />
      <p className={styles.foot}>
        <span role="status">{cutMessage}</span>
        <span id={countId} className={`${styles.count} ${over >= 0 ? styles.full : ''}`.trim()}>
          {n(value.length)} / {n(limit)}
          {over > 0 ? `: ${n(over)} over the limit, shorten it to add more` : over === 0 ? ': full' : ''}
        </span>
      </p>
    </>
  )
}
