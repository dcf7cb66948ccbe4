import { test } from 'vitest'
import type { CheckIn } from './check-in'
import { checkInAt, changesBetween } from './check-ins'
import { PM_FRAMEWORK } from './framework'
import { competencyForecast, readinessForecast } from './forecast'
import { competencyDirections, readinessSeries } from './trends'

/**
 * What /progress computes on every rating change, for a heavy profile: five years of weekly
 * check-ins over every competency (AI track on). Run with `npm run bench`; compare runs on the
 * same machine, not against a fixed number.
 */
const competencies = PM_FRAMEWORK.competencies
const ids = competencies.map((c) => c.id)
const checkIns: CheckIn[] = Array.from({ length: 260 }, (_, week) =>
  checkInAt(new Date(2021, 0, 4 + week * 7, 9), {
    ratings: Object.fromEntries(ids.map((id, i) => [id, Math.min(5, Math.floor((week + i * 13) / 52))])),
    notes: {},
    currentLevelId: 'pm',
    targetLevelId: 'spm',
    frameworkId: PM_FRAMEWORK.id,
    frameworkVersion: PM_FRAMEWORK.version,
  }),
)

// Vitest 5: `bench` is a test-context fixture; compare() prints one table for the four.
test('progress screen, 5 years × 17 competencies', async ({ bench }) => {
  await bench.compare(
    bench('readiness series', () => {
      readinessSeries(PM_FRAMEWORK, checkIns, competencies, 'spm')
    }),
    bench('directions of every competency', () => {
      competencyDirections(checkIns, ids)
    }),
    bench('readiness and competency forecasts', () => {
      readinessForecast(checkIns, competencies, 'spm')
      for (const c of competencies) competencyForecast(checkIns, c, 'spm')
    }),
    bench('history: what changed, every row', () => {
      for (let i = 1; i < checkIns.length; i++) changesBetween(checkIns[i - 1]!, checkIns[i]!, ids)
    }),
  )
})
