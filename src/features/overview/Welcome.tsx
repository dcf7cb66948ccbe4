import type { ReactNode } from 'react'
import { ladderLevels } from '../../domain/ladder'
import { Link } from '@tanstack/react-router'
import { BUILT_IN_FRAMEWORK_ID } from '../../domain/framework'
import { useFramework } from '../../store/selectors'
import styles from './Welcome.module.css'

const steps = (range: string) => [
  { title: 'Rate yourself', text: 'Each competency, from what you actually do, in about ten minutes.' },
  { title: 'Pick a target role', text: `${range}.` },
  { title: 'See the gap', text: 'Radar charts, ranked gaps and a readiness figure.' },
  { title: 'Close it week by week', text: 'Check in weekly and watch the trend.' },
]

/** The first screen a new user sees: what the app does, and the way in (the children). */
export function Welcome({ children }: { children: ReactNode }) {
  const framework = useFramework()
  const builtIn = framework.id === BUILT_IN_FRAMEWORK_ID
  const ladder = ladderLevels(framework.levels)
  const range = `From ${ladder[0]!.title} to ${ladder.at(-1)!.title}`
  return (
    <>
      <section className={styles.hero} aria-labelledby="welcome-title">
        <div>
          {builtIn ? (
            <>
              <h1 id="welcome-title">Know where you stand on the PM ladder, and what closes the gap.</h1>
              <p className={styles.lead}>
                Trajectory lets you rate your product-management skills against what each level of the career ladder
                expects, from Associate PM to Chief Product Officer, or against the entry-level skills if you are not a
                PM yet. It shows the gap to the role you are aiming for and helps you close it with a weekly check-in.
              </p>
            </>
          ) : (
            <>
              <h1 id="welcome-title">Know where you stand on {framework.name}, and what closes the gap.</h1>
              <p className={styles.lead}>
                Rate yourself against what each of its {ladder.length} levels expects. Trajectory shows the gap to the
                level you are aiming for and helps you close it with a weekly check-in.{' '}
                <Link to="/settings">Change framework</Link>
              </p>
            </>
          )}
          <div className={styles.start}>{children}</div>
        </div>
        <div className="card">
          <h2>How it works</h2>
          <ol className={styles.steps}>
            {steps(builtIn ? 'From Associate PM to Chief Product Officer' : range).map((step, i) => (
              <li key={step.title}>
                <span className={styles.stepNumber} aria-hidden="true">
                  {i + 1}
                </span>
                <div>
                  <strong>{step.title}</strong>
                  <span>{step.text}</span>
                </div>
              </li>
            ))}
          </ol>
        </div>
      </section>
      <p className={styles.privacy}>
        No account, no server: your ratings and notes never leave this browser unless you export them. Curious first?{' '}
        <Link to="/ladder">Explore the career ladder</Link>.
      </p>
    </>
  )
}
