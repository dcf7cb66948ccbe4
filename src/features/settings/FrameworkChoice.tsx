import { useId } from 'react'
import { PM_FRAMEWORK } from '../../domain/framework'
import { useAppStore } from '../../store/app-store'
import { useFramework } from '../../store/selectors'
import { FrameworkFacts } from './FrameworkFacts'
import styles from './SettingsPage.module.css'

/** The "Framework" select: the built-in framework first, then each imported one. */
export function FrameworkChoice() {
  const id = useId()
  const frameworks = useAppStore((s) => s.frameworks)
  const activeId = useAppStore((s) => s.activeFrameworkId)
  const selectFramework = useAppStore((s) => s.selectFramework)
  const framework = useFramework()
  return (
    <section className={`card ${styles.section}`} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Framework in use</h2>
      <div className={styles.field}>
        <label htmlFor={`${id}-select`}>Framework</label>
        <select
          id={`${id}-select`}
          value={activeId}
          onChange={(e) => selectFramework(e.target.value)}
          aria-describedby={`${id}-hint`}
        >
          <option value={PM_FRAMEWORK.id}>{PM_FRAMEWORK.name} (built in)</option>
          {frameworks.map(({ framework: f }) => (
            <option key={f.id} value={f.id}>
              {f.name}
            </option>
          ))}
        </select>
        <p id={`${id}-hint`} className={styles.hint}>
          Every screen uses the framework chosen here. Each framework keeps its own ratings, check-ins and plan, so
          switching back loses nothing.
        </p>
      </div>
      <FrameworkFacts framework={framework} />
    </section>
  )
}
