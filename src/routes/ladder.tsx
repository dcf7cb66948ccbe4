import { createFileRoute } from '@tanstack/react-router'
import { LadderPage } from '../features/ladder/LadderPage'

export const Route = createFileRoute('/ladder')({ component: LadderPage })
