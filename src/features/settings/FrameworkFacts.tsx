import type { Framework } from '../../domain/framework-schema'
import { tracksOf } from '../../domain/ratings'
import styles from './SettingsPage.module.css'

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

/** What a framework holds, in a few lines: shown for the one in use and before an import is added. */
export function FrameworkFacts({ framework }: { framework: Framework }) {
  const { levels, competencies, areas, scale, levelRule, suggestions } = framework
  const tracks = tracksOf(framework)
  return (
    <dl className={styles.facts}>
      <div>
        <dt>Levels</dt>
        <dd>
          {count(levels.length, 'level', 'levels')}: {levels.map((l) => l.title).join(', ')}
        </dd>
      </div>
      <div>
        <dt>Competencies</dt>
        <dd>
          {count(competencies.length, 'competency', 'competencies')}
          {areas.length > 0 ? ` in ${count(areas.length, 'area', 'areas')}` : ''}
          {tracks.length > 0 ? `; optional: ${tracks.map((t) => t.name).join(', ')}` : ''}
        </dd>
      </div>
      <div>
        <dt>Rating scale</dt>
        <dd>
          0 to {scale.max}
          {scale.labels ? ` (${scale.labels[0]} … ${scale.labels[scale.max]})` : ''}
        </dd>
      </div>
      <div>
        <dt>A level is reached</dt>
        <dd>
          {levelRule.kind === 'points'
            ? `by points: each rating value is worth ${levelRule.pointsPerValue.join(', ')}, summed over every competency`
            : 'when every competency it expects meets its bar'}
        </dd>
      </div>
      <div>
        <dt>Version</dt>
        <dd>
          {framework.version}
          {framework.language ? ` · language: ${framework.language}` : ''}
          {suggestions.length > 0 ? ` · ${count(suggestions.length, 'suggested action', 'suggested actions')}` : ''}
        </dd>
      </div>
    </dl>
  )
}
