import type { CSSProperties } from 'react'
import { useDocumentTitle } from '../../components/use-document-title'
import { PRODUCT_VS_PROJECT } from '../../domain/framework'
import { useFramework } from '../../store/selectors'
import { expectationRises, formatPay, formatYears } from '../../domain/ladder'
import { competenciesInPlay } from '../../domain/ratings'
import type { Competency, Level } from '../../domain/framework-schema'
import styles from './LadderPage.module.css'

/** /ladder: every level's facts, and what each level expects beyond the one below it. */
export function LadderPage() {
  useDocumentTitle('Career ladder')
  const framework = useFramework()
  const competencies = competenciesInPlay(framework, { aiTrack: false })
  return (
    <>
      <header className="page-header">
        <h1>The product-management career ladder</h1>
        <p>
          Seven steps, from feature-level execution to the company&apos;s product vision. Scope widens at every step,
          and the work shifts from doing things right to choosing the right things, then to building the organisation
          that chooses well.
        </p>
      </header>

      <nav aria-label="Ladder steps">
        <ol className={styles.glance}>
          {framework.levels.map((level, i) => (
            <li key={level.id}>
              <a href={`#level-${level.id}`} style={{ '--step': i } as CSSProperties}>
                <span className={styles.glanceStep}>Step {i + 1}</span>
                <span className={styles.glanceTitle}>{level.shortTitle}</span>
                <span className={styles.glanceYears}>{formatYears(level.years)}</span>
              </a>
            </li>
          ))}
        </ol>
      </nav>

      <div className={styles.levels}>
        {framework.levels.map((level, i) => (
          <LevelSection
            key={level.id}
            level={level}
            step={i + 1}
            below={framework.levels[i - 1] ?? null}
            competencies={competencies}
          />
        ))}
      </div>

      <section className={styles.compare} aria-labelledby="compare-title">
        <h2 id="compare-title">Product manager or project manager?</h2>
        <p className="muted">Two roles often confused. The ladder above is the product manager&apos;s.</p>
        <div className={styles.compareGrid}>
          {PRODUCT_VS_PROJECT.roles.map((role, i) => (
            <article key={role.role} className="card" aria-labelledby={`compare-role-${i}`}>
              <h3 id={`compare-role-${i}`}>{role.role}</h3>
              <dl>
                <dt>Owns</dt>
                <dd>{role.owns}</dd>
                <dt>Focus</dt>
                <dd>{role.focus}</dd>
                <dt>Accountable for</dt>
                <dd>{role.accountableFor}</dd>
                <dt>For example</dt>
                <dd>{role.example}</dd>
              </dl>
            </article>
          ))}
        </div>
        <p className={styles.source}>Source: {PRODUCT_VS_PROJECT.source}</p>
      </section>
    </>
  )
}

function LevelSection({
  level,
  step,
  below,
  competencies,
}: {
  level: Level
  step: number
  below: Level | null
  competencies: Competency[]
}) {
  const titleId = `level-${level.id}-title`
  const rises = expectationRises(competencies, below?.id ?? null, level.id)
  return (
    <section id={`level-${level.id}`} className={`card ${styles.level}`} aria-labelledby={titleId}>
      <div className={styles.levelHeader}>
        <h2 id={titleId}>
          <span className={styles.levelNumber} aria-hidden="true">
            {step}.
          </span>
          {level.title}
        </h2>
        <dl className={styles.facts}>
          <div>
            <dt>Experience</dt>
            <dd>{formatYears(level.years)}</dd>
          </div>
          <div>
            <dt>Total pay</dt>
            <dd>
              {formatPay(level.pay)}
              {level.pay.note ? ` (${level.pay.note})` : ''}
            </dd>
          </div>
        </dl>
      </div>
      <div className={styles.columns}>
        <div>
          <h3>Core responsibilities</h3>
          <ul className={styles.responsibilities}>
            {level.responsibilities.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
          <h3>Key focus</h3>
          <p className={styles.focus}>{level.focus}</p>
        </div>
        <div>
          <h3>{below ? `Expects beyond ${below.shortTitle}` : 'Expects from the start'}</h3>
          {rises.length === 0 ? (
            <p className="muted">The same bar as the level below, held across a wider scope.</p>
          ) : (
            <ul className={styles.rises}>
              {rises.map((rise) => (
                <li key={rise.competency.id}>
                  <span className={styles.riseHead}>
                    <span className={styles.riseName}>{rise.competency.name}</span>
                    <span className={styles.riseStep}>
                      <span className="visually-hidden">rating </span>
                      {rise.from} → {rise.to}
                    </span>
                  </span>
                  <span className={styles.riseText}>{rise.descriptor}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
      <p className={styles.source}>Source: {level.source}</p>
    </section>
  )
}
