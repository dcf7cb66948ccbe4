import { createFileRoute, type SearchSchemaInput } from '@tanstack/react-router'
import { ProgressPage } from '../features/progress/ProgressPage'
import { TREND_RANGES, type TrendRange } from '../features/progress/trend-range'

// The trend charts' range; none (or a stale one in a bookmark) is the default for the history.
// Plain code, not a schema: the route's file is in the first load, and this is all there is to check.
const validateSearch = (search: { trends?: TrendRange } & SearchSchemaInput): { trends?: TrendRange } => {
  const trends = TREND_RANGES.find((range) => range === search.trends)
  return trends === undefined ? {} : { trends }
}

export const Route = createFileRoute('/progress')({ validateSearch, component: ProgressPage })
