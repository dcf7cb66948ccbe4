import { createFileRoute } from '@tanstack/react-router'
import { z } from 'zod'
import { GapsPage } from '../features/gaps/GapsPage'

// A bad or stale view in a bookmark falls back to the full radar instead of an error.
const search = z.object({ view: z.string().catch('all').default('all') })

export const Route = createFileRoute('/gaps')({ validateSearch: search, component: GapsPage })
