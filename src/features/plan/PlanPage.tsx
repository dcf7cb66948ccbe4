import { shortTitleOf } from '../../domain/ladder'
import { Link } from '@tanstack/react-router'
import { useId, useState } from 'react'
import { useDocumentTitle } from '../../components/hooks/use-document-title'
import { useAppStore } from '../../store/app-store'
import { useAssessment, useCompetencies, useFramework } from '../../store/selectors'
import { ActionForm } from './ActionForm'
import { ActionList } from './ActionList'
import { FocusPicker } from './FocusPicker'
import { SuggestionList } from './SuggestionList'
import styles from './PlanPage.module.css'

/** /plan: focus on up to three gaps, take suggested actions or write your own, and track them. */
export function PlanPage() {
  useDocumentTitle('Growth plan')
  const id = useId()
  const framework = useFramework()
  const competencies = useCompetencies()
  const assessment = useAssessment()
  const actions = useAppStore((s) => s.actions)
  const focus = useAppStore((s) => s.focus)
  const addAction = useAppStore((s) => s.addAction)
  const [added, setAdded] = useState('')
  const [formKey, setFormKey] = useState(0)

  const gaps = assessment?.gaps ?? []
  const focusGaps = gaps.filter((g) => focus.includes(g.competency.id))
  // Until the user chooses a focus, suggest for the largest gaps.
  const suggestFor = focusGaps.length > 0 ? focusGaps : gaps.slice(0, 3)
  const firstCompetency = suggestFor[0]?.competency.id ?? competencies[0]!.id

  return (
    <>
      <header className="page-header">
        <h1>Growth plan</h1>
        <p>
          Pick up to three gaps to focus on, then turn them into actions for this week. Finished actions show how the
          competency moved between check-ins.
        </p>
      </header>
      {!assessment ? (
        <div className={`card ${styles.section}`}>
          <p>Choose your roles and rate yourself first: the plan starts from your gaps.</p>
          <Link to="/assess" className="button">
            Rate yourself
          </Link>
        </div>
      ) : (
        <div className={styles.layout}>
          <div>
            <FocusPicker gaps={gaps} />
            <SuggestionList
              gaps={suggestFor}
              targetLevelId={assessment.target.id}
              targetShortTitle={shortTitleOf(assessment.target)}
              actions={actions}
              onAdded={(title) => setAdded(`Added “${title}” to your actions.`)}
            />
          </div>
          <div>
            <p role="status" className={styles.statusLine}>
              {added}
            </p>
            <ActionList actions={actions} />
            <section className={`card ${styles.section}`} aria-labelledby={`${id}-own`}>
              <h2 id={`${id}-own`}>Add your own action</h2>
              <ActionForm
                key={formKey}
                competencies={competencies}
                max={framework.scale.max}
                initial={{ title: '', competencyId: firstCompetency, targetWeek: null, expectedEffect: null }}
                submitLabel="Add action"
                onSubmit={(draft) => {
                  addAction(draft)
                  setAdded(`Added “${draft.title}” to your actions.`)
                  setFormKey((k) => k + 1)
                }}
              />
            </section>
          </div>
        </div>
      )}
    </>
  )
}
