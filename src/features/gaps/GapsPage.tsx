import { Link, getRouteApi } from '@tanstack/react-router'
import { useDocumentTitle } from '../../components/hooks/use-document-title'
import { latestPerMentor } from '../../domain/mentor'
import { useAppStore } from '../../store/app-store'
import { useAssessment, useCompetencies, useFramework, useRatings } from '../../store/selectors'
import { RoleSelectors } from '../../components/ui/RoleSelectors'
import { GapsView } from '../../components/gap-view/GapsView'
import { MentorReviews } from './MentorReviews'
import styles from './GapsPage.module.css'

const route = getRouteApi('/gaps')

/** /gaps: the user's own gap picture, from the store, with their mentors' reviews. */
export function GapsPage() {
  useDocumentTitle('Your gaps')
  const framework = useFramework()
  const competencies = useCompetencies()
  const ratings = useRatings()
  const assessment = useAssessment()
  const mentorReviews = useAppStore((s) => s.mentorReviews)
  const { view } = route.useSearch()
  const navigate = route.useNavigate()

  if (!assessment) {
    return (
      <>
        <header className="page-header">
          <h1>Your gaps</h1>
          <p>Choose your current role and the role you aim for, and your gap appears here.</p>
        </header>
        <div className={`card ${styles.empty}`}>
          <RoleSelectors showFacts={false} />
        </div>
      </>
    )
  }

  return (
    <GapsView
      framework={framework}
      competencies={competencies}
      ratings={ratings}
      assessment={assessment}
      view={view}
      onViewChange={(next) => void navigate({ search: { view: next }, replace: true })}
      mentors={latestPerMentor(mentorReviews)}
      mentorsFooter={mentorReviews.length > 0 && <MentorReviews reviews={mentorReviews} />}
      nothingRated={
        <div className={`card ${styles.empty}`}>
          <p>
            Nothing is rated yet, so every competency would count as a gap. Rate what you do today in each competency
            (about ten minutes) and your gaps to {assessment.target.title} appear here, largest first.
          </p>
          <Link to="/assess" className="button">
            Rate yourself
          </Link>
        </div>
      }
      header={
        <header className="page-header">
          <h1>Your gap to {assessment.target.title}</h1>
          <p>
            {assessment.rated === 0 ? (
              <>Nothing rated yet.</>
            ) : assessment.rated < assessment.total ? (
              <>
                {assessment.rated} of {assessment.total} competencies rated: unrated ones count as &ldquo;not
                yet&rdquo;. <Link to="/assess">Finish rating</Link>
              </>
            ) : (
              <>
                All {assessment.total} competencies rated. <Link to="/assess">Change a rating</Link>
              </>
            )}
          </p>
        </header>
      }
    />
  )
}
