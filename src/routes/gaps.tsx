import { createFileRoute } from '@tanstack/react-router'
import * as v from 'valibot'
import { GapsPage } from '../features/gaps/GapsPage'

// A bad or stale view in a bookmark falls back to the full radar instead of an error.
const search = v.object({ view: v.fallback(v.optional(v.string(), 'all'), 'all') })

export const Route = createFileRoute('/gaps')({ validateSearch: search, component: GapsPage })
