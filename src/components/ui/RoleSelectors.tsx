import { useId, useRef, type KeyboardEvent } from 'react'
import type { Level } from '../../domain/framework-schema'
import { withTexts } from '../../domain/framework/texts'
import { formatPay, formatYears, hasFacts, ladderLevels, levelById } from '../../domain/ladder'
import { useAppStore } from '../../store/app-store'
import { useFramework, useProfile } from '../../store/selectors'
import styles from './RoleSelectors.module.css'

/** Keys that move a closed select's choice one option at a time. */
const BROWSE_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown'])

/** The "Current role" and "Target role" selects (the names tests find them by); the target's facts below. */
export function RoleSelectors({ showFacts = true }: { showFacts?: boolean }) {
  const id = useId()
  const { levels } = useFramework()
  const { currentLevelId, targetLevelId } = useProfile()
  const setCurrentLevel = useAppStore((s) => s.setCurrentLevel)
  const setTargetLevel = useAppStore((s) => s.setTargetLevel)
  const setBackground = useAppStore((s) => s.setBackground)
  const background = useAppStore((s) => s.profile.background ?? null)
  // Someone before the ladder ("Not a PM yet") says where they come from: the ways in differ by background.
  const startingPoint = levels.find((l) => l.id === currentLevelId && l.startingPoint && l.backgrounds?.length)
  const found = targetLevelId === null ? undefined : levelById(levels, targetLevelId)
  const target = found && withTexts(found)
  const currentIndex = levels.findIndex((l) => l.id === currentLevelId)
  const targetIndex = levels.findIndex((l) => l.id === targetLevelId)
  // Arrow keys (and type-ahead) on a closed select change its value at every step: the user is
  // passing options, not choosing one. The target's default waits until the choice is settled
  // (Enter, leaving the field, or a pick with the pointer), so "Associate Product Manager", passed
  // on the way to "Product Manager", never fixes the target (which would then equal the current role).
  const browsing = useRef(false)
  const unsettled = useRef(false)
  const settle = (levelId: string) => {
    if (!unsettled.current) return
    unsettled.current = false
    if (levelId) setCurrentLevel(levelId)
  }
  const onCurrentKey = (e: KeyboardEvent<HTMLSelectElement>) => {
    if (e.type === 'keyup') {
      browsing.current = false
      return
    }
    if (e.key === 'Enter') settle(e.currentTarget.value)
    browsing.current = BROWSE_KEYS.has(e.key) || (e.key.length === 1 && e.key !== ' ')
  }

  return (
    <div>
      <div className={styles.selectors}>
        <div className={styles.field}>
          <label htmlFor={`${id}-current`}>Current role</label>
          <select
            id={`${id}-current`}
            value={currentLevelId ?? ''}
            onKeyDown={onCurrentKey}
            onKeyUp={onCurrentKey}
            onBlur={(e) => settle(e.currentTarget.value)}
            onChange={(e) => {
              if (browsing.current) {
                unsettled.current = true
                setCurrentLevel(e.target.value, { defaultTarget: false })
              } else {
                unsettled.current = false
                setCurrentLevel(e.target.value)
              }
            }}
          >
            <LevelOptions levels={levels} />
          </select>
        </div>
        {startingPoint && (
          <div className={styles.field}>
            <label htmlFor={`${id}-background`}>Background</label>
            <select
              id={`${id}-background`}
              value={background ?? ''}
              onChange={(e) => setBackground(e.target.value === '' ? null : e.target.value)}
            >
              <option value="">Choose your background…</option>
              {startingPoint.backgrounds!.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className={styles.field}>
          <label htmlFor={`${id}-target`}>Target role</label>
          <select
            id={`${id}-target`}
            value={targetLevelId ?? ''}
            onChange={(e) => setTargetLevel(e.target.value)}
            aria-describedby={`${id}-target-hint`}
          >
            {/* A starting point ("Not a PM yet") is where one begins, never a target. */}
            <LevelOptions levels={ladderLevels(levels)} />
          </select>
          <span id={`${id}-target-hint`} className={styles.hint}>
            {targetIndex >= 0 && currentIndex >= 0 && targetIndex < currentIndex
              ? 'This target is below your current role: the gap shows what you would keep.'
              : targetIndex >= 0 && targetIndex === currentIndex
                ? 'Same as your current role: the gap shows how fully you meet its bar.'
                : 'Defaults to the step above your current role.'}
          </span>
        </div>
      </div>
      {showFacts && target && hasFacts(target) && (
        <section className={styles.facts} aria-labelledby={`${id}-facts`}>
          <h3 id={`${id}-facts`}>{target.title}: the role</h3>
          {/* Only the facts the framework gives: an imported ladder may have none of them. */}
          <dl className={styles.factGrid}>
            {target.years && (
              <div>
                <dt>Years of experience</dt>
                <dd>{formatYears(target.years)}</dd>
              </div>
            )}
            {target.pay && (
              <div>
                <dt>Total pay (US)</dt>
                <dd>
                  {formatPay(target.pay)}
                  {target.pay.note ? ` (${target.pay.note})` : ''}
                </dd>
                {target.pay.basis && <dd className={styles.payBasis}>{target.pay.basis}</dd>}
              </div>
            )}
            {target.responsibilities && (
              <div>
                <dt>Core responsibilities</dt>
                <dd>
                  <ul>
                    {target.responsibilities.map((r) => (
                      <li key={r}>{r}</li>
                    ))}
                  </ul>
                </dd>
              </div>
            )}
            {target.focus && (
              <div>
                <dt>Key focus</dt>
                <dd>{target.focus}</dd>
              </div>
            )}
          </dl>
        </section>
      )}
    </div>
  )
}

/** A role select's choices: a placeholder until one is chosen, then the framework's levels, lowest first. */
function LevelOptions({ levels }: { levels: readonly Level[] }) {
  return (
    <>
      <option value="" disabled>
        Choose a role…
      </option>
      {levels.map((level) => (
        <option key={level.id} value={level.id}>
          {level.title}
        </option>
      ))}
    </>
  )
}
