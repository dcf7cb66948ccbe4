import { useMemo } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { PM_FRAMEWORK } from '../domain/framework'
import type { Framework } from '../domain/framework-schema'
import { competenciesInPlay } from '../domain/ratings'
import { assess } from '../domain/assessment'
import { useAppStore } from './app-store'

/** The framework in use. Custom frameworks (settings) will be chosen here. */
export function useFramework(): Framework {
  return PM_FRAMEWORK
}

/** The competencies the user is rated on: the core set, plus the AI track when switched on. */
export function useCompetencies() {
  const framework = useFramework()
  const aiTrack = useAppStore((s) => s.profile.aiTrack)
  return useMemo(() => competenciesInPlay(framework, { aiTrack }), [framework, aiTrack])
}

export function useProfile() {
  return useAppStore(useShallow((s) => s.profile))
}

export function useRatings() {
  return useAppStore((s) => s.ratings)
}

/** The derived gap picture for the chosen roles: recomputed from ratings, never stored. */
export function useAssessment() {
  const framework = useFramework()
  const competencies = useCompetencies()
  const ratings = useRatings()
  const { currentLevelId, targetLevelId } = useProfile()
  return useMemo(
    () => assess(framework, competencies, ratings, currentLevelId, targetLevelId),
    [framework, competencies, ratings, currentLevelId, targetLevelId],
  )
}
