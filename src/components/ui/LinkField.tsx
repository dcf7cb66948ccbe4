import { useId, useRef, useState } from 'react'
import styles from './LinkField.module.css'

/** A link to hand over: a read-only field (named by the label it is given), its length, and a Copy button. */
export function LinkField({ label, link }: { label: string; link: string }) {
  const id = useId()
  const input = useRef<HTMLInputElement>(null)
  const [copied, setCopied] = useState<'yes' | 'select' | null>(null)
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link)
      setCopied('yes')
    } catch {
      // Clipboard refused (permissions, an insecure origin): select it for the user to copy.
      input.current?.select()
      setCopied('select')
    }
  }
  return (
    <div className={styles.link}>
      <label htmlFor={id}>{label}</label>
      <input
        ref={input}
        id={id}
        type="text"
        readOnly
        value={link}
        onFocus={(e) => e.target.select()}
        aria-describedby={`${id}-length`}
      />
      <div className={styles.actions}>
        <button type="button" className="button" data-variant="quiet" onClick={() => void copy()}>
          Copy link
        </button>
        <span id={`${id}-length`} className={styles.hint}>
          {link.length.toLocaleString('en')} characters
        </span>
        <span role="status" className={styles.hint}>
          {copied === 'yes' ? 'Copied.' : copied === 'select' ? 'Selected: press Ctrl+C (⌘C) to copy.' : ''}
        </span>
      </div>
    </div>
  )
}
