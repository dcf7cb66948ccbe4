import { createFileRoute } from '@tanstack/react-router'
import { AssessPage } from '../features/assess/AssessPage'

export const Route = createFileRoute('/assess')({ component: AssessPage })
