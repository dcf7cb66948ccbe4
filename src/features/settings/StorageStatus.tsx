import { useEffect, useId, useState } from 'react'
import { QUOTA_CHARACTERS } from '../../persistence/safe-storage'
import { storedCharacters, useAppStore } from '../../store/app-store'
import styles from './SettingsPage.module.css'

const kilobytes = (n: number) => `${Math.max(1, Math.round(n / 1024)).toLocaleString('en')} KB`

/** Whether the browser promised to keep the data, and how much room it takes. */
export function StorageStatus() {
  const id = useId()
  const [persisted, setPersisted] = useState<boolean | null>(null)
  const [estimate, setEstimate] = useState<StorageEstimate | null>(null)
  // Subscribed to the whole state so the figures follow every change of the data.
  useAppStore((s) => s)
  const characters = storedCharacters()

  useEffect(() => {
    let live = true
    void navigator.storage?.persisted?.().then((p) => live && setPersisted(p))
    void navigator.storage?.estimate?.().then((e) => live && setEstimate(e))
    return () => {
      live = false
    }
  }, [characters])

  return (
    <section className={`card ${styles.section}`} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Storage</h2>
      <dl className={styles.facts}>
        <div>
          <dt>Kept by the browser</dt>
          <dd>
            {persisted === null
              ? 'This browser does not say.'
              : persisted
                ? 'Yes: the browser granted persistent storage and will not clear it to make room.'
                : 'Not guaranteed: the browser may clear it when space runs low, and Safari after seven days without a visit. Trajectory asks for persistent storage once you save a check-in.'}
          </dd>
        </div>
        <div>
          <dt>Your data</dt>
          <dd>
            {characters.toLocaleString('en')} characters, {((characters * 100) / QUOTA_CHARACTERS).toFixed(1)}% of the{' '}
            {QUOTA_CHARACTERS.toLocaleString('en')} this browser allows a site
          </dd>
        </div>
        {estimate?.usage !== undefined && estimate.quota !== undefined && (
          <div>
            <dt>All of this site&apos;s storage</dt>
            <dd>
              {kilobytes(estimate.usage)} used of {kilobytes(estimate.quota)} available
            </dd>
          </div>
        )}
      </dl>
    </section>
  )
}
