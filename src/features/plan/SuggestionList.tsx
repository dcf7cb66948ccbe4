import { useId, useRef } from 'react'
import { useFocusAfterRender } from '../../components/hooks/use-focus-after-render'
import type { Gap } from '../../domain/gaps'
import type { Action } from '../../domain/plan'
import { suggestionsForGaps } from '../../domain/plan-suggestions'
import { useAppStore } from '../../store/app-store'
import { useFramework } from '../../store/selectors'
import styles from './PlanPage.module.css'
import { useSuggestions } from './use-suggestions'
import { citeSource } from '../../domain/framework/sources'
import { shortTitleOf } from '../../domain/ladder'

/** A second Enter this soon on the suggestion that took the added one's place repeats the add (a held or doubled key). */
const REPEAT_MS = 600

interface Props {
  /** The gaps to suggest for: the focus, or the largest gaps while no focus is chosen. */
  gaps: readonly Gap[]
  targetLevelId: string
  targetShortTitle: string
  actions: readonly Action[]
  onAdded: (title: string) => void
}

/** Suggested actions from the framework's advice for the target level; one click adds one. */
export function SuggestionList({ gaps, targetLevelId, targetShortTitle, actions, onAdded }: Props) {
  const id = useId()
  const framework = useFramework()
  const suggestions = useSuggestions(framework)
  const addSuggestion = useAppStore((s) => s.addSuggestion)
  const currentLevelId = useAppStore((s) => s.profile.currentLevelId)
  const background = useAppStore((s) => s.profile.background ?? null)
  // An added suggestion leaves the list: focus moves to the one that took its place, or the heading.
  const list = useRef<HTMLUListElement>(null)
  const heading = useRef<HTMLHeadingElement>(null)
  const focusAfterRender = useFocusAfterRender()
  const lastKeyAdd = useRef({ at: -Infinity, index: -1 })
  const levelNames = (ids: readonly string[]) =>
    ids.length === framework.levels.length
      ? 'every level'
      : ids.length === 1 && framework.levels.find((level) => level.id === ids[0])?.startingPoint
        ? `a way in for ${framework.levels.find((level) => level.id === ids[0])!.title}`
        : ids
            .map((l) => framework.levels.find((level) => level.id === l))
            .filter((level) => level !== undefined)
            .map(shortTitleOf)
            .join(', ')
  const startingPoints = {
    ids: framework.levels.filter((l) => l.startingPoint).map((l) => l.id),
    current:
      currentLevelId !== null && framework.levels.some((l) => l.id === currentLevelId && l.startingPoint)
        ? currentLevelId
        : null,
    background,
  }
  const groups = suggestionsForGaps(suggestions ?? [], gaps, targetLevelId, actions, 3, startingPoints).filter(
    (g) => g.suggestions.length > 0,
  )

  return (
    <section className={`card ${styles.section}`} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        Suggestions
      </h2>
      <p className="muted">
        For each competency, the next step from your own rating comes first, then what people aiming at{' '}
        {targetShortTitle} do. Adding one sets its expected effect, which you can change.
      </p>
      {suggestions === null ? (
        <p role="status">Loading suggestions…</p>
      ) : groups.length === 0 ? (
        <p>No suggestions left for these gaps: every one is in your plan. Add your own below.</p>
      ) : (
        <ul className={styles.suggestions} aria-labelledby={`${id}-title`} ref={list}>
          {groups.flatMap(({ gap, suggestions }) =>
            suggestions.map((s) => (
              <li key={s.id} className={styles.suggestion}>
                <div>
                  <span className={styles.competencyTag}>{gap.competency.name}</span>
                  <strong className={styles.suggestionTitle}>{s.title}</strong>
                  {s.detail && <p>{s.detail}</p>}
                  {(s.step || s.levelIds) && (
                    <p className={styles.source}>
                      {s.step &&
                        `${s.step.from === gap.rating ? 'Your next step: ' : 'Builds '}${gap.competency.shortName ?? gap.competency.name} ${s.step.from} → ${s.step.to}. `}
                      {s.levelIds && `Fits: ${levelNames(s.levelIds)}.`}
                    </p>
                  )}
                  {s.source && <p className={styles.source}>Source: {citeSource(s.source)}</p>}
                </div>
                <button
                  type="button"
                  className="button"
                  data-variant="quiet"
                  aria-label={`Add: ${s.title}`}
                  onClick={(e) => {
                    const shown = [...(list.current?.querySelectorAll('button') ?? [])]
                    const index = shown.indexOf(e.currentTarget)
                    // The added suggestion leaves the list and the next one takes its place, under the pointer
                    // and focus (D4): neither the second click of a double-click (detail 2) nor Enter again at
                    // once on it (a keyboard click has detail 0) is a choice of that one.
                    if (e.detail > 1) return
                    if (e.detail === 0) {
                      const last = lastKeyAdd.current
                      if (e.timeStamp - last.at < REPEAT_MS && index === Math.min(last.index, shown.length - 1)) return
                      lastKeyAdd.current = { at: e.timeStamp, index }
                    }
                    focusAfterRender(() => {
                      const buttons = list.current?.querySelectorAll<HTMLButtonElement>('button') ?? []
                      return buttons[Math.min(index, buttons.length - 1)] ?? heading.current
                    })
                    addSuggestion(s)
                    onAdded(s.title)
                  }}
                >
                  Add
                </button>
              </li>
            )),
          )}
        </ul>
      )}
    </section>
  )
}
