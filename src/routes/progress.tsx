import { createFileRoute } from '@tanstack/react-router'
import { ProgressPage } from '../features/progress/ProgressPage'

export const Route = createFileRoute('/progress')({ component: ProgressPage })
