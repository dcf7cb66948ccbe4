import type { CSSProperties } from 'react'
import { useDocumentTitle } from '../../components/hooks/use-document-title'
import { DescriptorText } from '../../components/ui/DescriptorText'
import { BUILT_IN_FRAMEWORK_ID } from '../../domain/framework'
import { PRODUCT_VS_PROJECT } from '../../domain/framework/product-vs-project'
import { SOURCE_ARTICLES, citeSource } from '../../domain/framework/sources'
import { withBuiltInTexts } from '../../domain/framework/full'
import { useFramework } from '../../store/selectors'
import {
  expectationRises,
  formatBand,
  formatPay,
  formatYears,
  hasFacts,
  ladderLevels,
  shortTitleOf,
} from '../../domain/ladder'
import { competenciesInPlay } from '../../domain/ratings'
import type { Competency, Level } from '../../domain/framework-schema'
import { bandOf, type PointsBand } from '../../domain/readiness'
import styles from './LadderPage.module.css'

/** /ladder: every level's facts, and what each level expects beyond the one below it. */
export function LadderPage() {
  useDocumentTitle('Career ladder')
  const framework = withBuiltInTexts(useFramework())
  // The ladder shows what every level expects of everyone: the core competencies, without optional tracks.
  const competencies = competenciesInPlay(framework, { tracks: {}, notRelevant: [] }).filter((c) => c.track === 'core')
  const builtIn = framework.id === BUILT_IN_FRAMEWORK_ID
  // Starting points come before the ladder and take no step number.
  const starts = framework.levels.filter((l) => l.startingPoint).length
  return (
    <>
      <header className="page-header">
        {builtIn ? (
          <>
            <h1>The product-management career ladder</h1>
            <p>
              Seven steps, from feature-level execution to the company&apos;s product vision, and a starting point
              before them for people who are not product managers yet. Scope widens at every step, and the work shifts
              from doing things right to choosing the right things, then to building the organisation that chooses well.
            </p>
          </>
        ) : (
          <>
            <h1>{framework.name}</h1>
            <p>
              {framework.summary ??
                `${ladderLevels(framework.levels).length} levels, ${framework.competencies.length} competencies.`}
            </p>
          </>
        )}
      </header>

      <nav aria-label="Ladder steps">
        <ol className={styles.glance}>
          {framework.levels.map((level, i) => (
            <li key={level.id}>
              <a href={`#level-${level.id}`} style={{ '--step': i } as CSSProperties}>
                <span className={styles.glanceStep}>
                  {level.startingPoint ? 'Before the ladder' : `Step ${i + 1 - starts}`}
                </span>
                <span className={styles.glanceTitle}>{shortTitleOf(level)}</span>
                {level.years && <span className={styles.glanceYears}>{formatYears(level.years)}</span>}
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
            step={level.startingPoint ? null : i + 1 - starts}
            below={framework.levels[i - 1] ?? null}
            competencies={competencies}
            band={framework.levelRule.kind === 'points' ? bandOf(framework.levelRule, level.id) : undefined}
          />
        ))}
      </div>

      {builtIn && <ProductVsProject />}
      {builtIn && <Sources />}
    </>
  )
}

/** The two articles every "Source:" line names, with what each covers. */
function Sources() {
  return (
    <section className={styles.compare} aria-labelledby="sources-title">
      <h2 id="sources-title">Sources</h2>
      <p className="muted">
        The levels, years, pay ranges and skills on this page come from two public articles on the product-management
        career path. Each &ldquo;Source&rdquo; line names the article and the section it draws on.
      </p>
      <ul className={styles.sources}>
        {SOURCE_ARTICLES.map((article) => (
          <li key={article.id}>
            <cite>&ldquo;{article.title}&rdquo;</cite>: {article.about}.
          </li>
        ))}
      </ul>
    </section>
  )
}

function ProductVsProject() {
  return (
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
      <p className={styles.source}>Source: {citeSource(PRODUCT_VS_PROJECT.source)}</p>
    </section>
  )
}

function LevelSection({
  level,
  step,
  below,
  competencies,
  band,
}: {
  level: Level
  /** Its step on the ladder; null before the ladder (a starting point). */
  step: number | null
  below: Level | null
  competencies: Competency[]
  /** Under a points rule: the band of points that reaches the level, instead of per-competency bars. */
  band?: PointsBand
}) {
  const titleId = `level-${level.id}-title`
  const rises = expectationRises(competencies, below?.id ?? null, level.id)
  return (
    <section id={`level-${level.id}`} className={`card ${styles.level}`} aria-labelledby={titleId}>
      <div className={styles.levelHeader}>
        <h2 id={titleId}>
          {step !== null && (
            <span className={styles.levelNumber} aria-hidden="true">
              {step}.
            </span>
          )}
          {level.title}
        </h2>
        {(level.years || level.pay) && (
          <dl className={styles.facts}>
            {level.years && (
              <div>
                <dt>Experience</dt>
                <dd>{formatYears(level.years)}</dd>
              </div>
            )}
            {level.pay && (
              <div>
                <dt>Total pay</dt>
                <dd>
                  {formatPay(level.pay)}
                  {level.pay.note ? ` (${level.pay.note})` : ''}
                </dd>
              </div>
            )}
          </dl>
        )}
        {level.pay?.basis && <p className={styles.payBasis}>Pay: {level.pay.basis}</p>}
      </div>
      <div className={hasFacts(level) ? styles.columns : undefined}>
        {(level.responsibilities || level.focus) && (
          <div>
            {level.responsibilities && (
              <>
                <h3>Core responsibilities</h3>
                <ul className={styles.responsibilities}>
                  {level.responsibilities.map((r) => (
                    <li key={r}>{r}</li>
                  ))}
                </ul>
              </>
            )}
            {level.focus && (
              <>
                <h3>Key focus</h3>
                <p className={styles.focus}>{level.focus}</p>
              </>
            )}
          </div>
        )}
        {band ? (
          <div>
            <h3>Reached with</h3>
            <p className={styles.focus}>{formatBand(band)}, summed over every competency.</p>
          </div>
        ) : (
          <div>
            <h3>{below ? `Expects beyond ${shortTitleOf(below)}` : 'Expects from the start'}</h3>
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
                    <DescriptorText descriptor={rise.competency.descriptors[rise.to]} className={styles.riseText} />
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
      {level.source && <p className={styles.source}>Source: {citeSource(level.source)}</p>}
    </section>
  )
}
