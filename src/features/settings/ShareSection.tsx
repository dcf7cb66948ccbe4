import { useId, useState } from 'react'
import { LinkField } from '../../components/ui/LinkField'
import { encodeLink } from '../../persistence/share-link'
import { useAppStore } from '../../store/app-store'
import { useFramework } from '../../store/selectors'
import styles from './SettingsPage.module.css'

/** "Create share link": the gap for a mentor, in a link whose data never reaches a server. */
export function ShareSection() {
  const id = useId()
  const framework = useFramework()
  const hasTarget = useAppStore((s) => s.profile.targetLevelId !== null)
  const createShareSnapshot = useAppStore((s) => s.createShareSnapshot)
  const [includeNotesAndPlan, setIncludeNotesAndPlan] = useState(false)
  const [link, setLink] = useState<string | null>(null)

  const create = async () => {
    const fragment = await encodeLink(createShareSnapshot({ includeNotesAndPlan }))
    setLink(new URL(`/shared#${fragment}`, window.location.origin).href)
  }

  return (
    <section className={`card ${styles.section}`} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Share with a mentor</h2>
      <p>
        A link that shows your gap read-only, to {framework.name}: your roles and ratings. The data travels inside the
        link after the “#”, which browsers never send to any server. Your mentor can rate you and send a reply link
        back.
      </p>
      <label className={styles.check}>
        <input
          type="checkbox"
          checked={includeNotesAndPlan}
          onChange={(e) => setIncludeNotesAndPlan(e.target.checked)}
        />
        Include my evidence notes and my plan
      </label>
      <div className={styles.actions}>
        <button type="button" className="button" disabled={!hasTarget} onClick={() => void create()}>
          Create share link
        </button>
        {!hasTarget && <span className={styles.hint}>Choose a target role first (on Assess).</span>}
      </div>
      {link && <LinkField label="Share link" link={link} />}
    </section>
  )
}
