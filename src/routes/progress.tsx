import { createFileRoute } from '@tanstack/react-router'
import * as v from 'valibot'
import { ProgressPage } from '../features/progress/ProgressPage'
import { TREND_RANGES } from '../features/progress/trend-range'

// The trend charts' range; none (or a stale one in a bookmark) is the default for the history.
const search = v.object({ trends: v.fallback(v.optional(v.picklist(TREND_RANGES)), undefined) })

export const Route = createFileRoute('/progress')({ validateSearch: search, component: ProgressPage })
