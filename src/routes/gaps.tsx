import { createFileRoute, type SearchSchemaInput } from '@tanstack/react-router'
import { GapsPage } from '../features/gaps/GapsPage'

// A bad or stale view in a bookmark falls back to the full radar instead of an error.
// Plain code, not a schema: the route's file is in the first load, and this is all there is to check.
const validateSearch = (search: { view?: string } & SearchSchemaInput): { view: string } => ({
  view: typeof search.view === 'string' ? search.view : 'all',
})

export const Route = createFileRoute('/gaps')({ validateSearch, component: GapsPage })
