import { useMemo } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { assess } from '../domain/assessment'
import { frameworkById, type StoredFramework } from '../domain/framework-library'
import type { Framework } from '../domain/framework-schema'
import { competenciesInPlay, competenciesOnTracks } from '../domain/ratings'
import { useAppStore } from './app-store'

/** The framework in use, with the competency history of its earlier versions. */
export function useStoredFramework(): StoredFramework {
  const frameworks = useAppStore((s) => s.frameworks)
  const activeId = useAppStore((s) => s.activeFrameworkId)
  return useMemo(() => frameworkById(frameworks, activeId), [frameworks, activeId])
}

/** The framework in use: the built-in one or an imported one, as the user chose. */
export function useFramework(): Framework {
  return useStoredFramework().framework
}

/** Every competency on a switched-on track, "not relevant" ones included: what /assess lists. */
export function useCompetenciesOnTracks() {
  const framework = useFramework()
  const tracks = useAppStore((s) => s.profile.tracks)
  return useMemo(() => competenciesOnTracks(framework, tracks), [framework, tracks])
}

/** The competencies the figures count: on a switched-on track, and not marked "not relevant to me". */
export function useCompetencies() {
  const framework = useFramework()
  const tracks = useAppStore((s) => s.profile.tracks)
  const notRelevant = useAppStore((s) => s.notRelevant)
  return useMemo(() => competenciesInPlay(framework, { tracks, notRelevant }), [framework, tracks, notRelevant])
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
