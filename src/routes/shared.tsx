import { createFileRoute } from '@tanstack/react-router'
import { SharedPage } from '../features/shared/SharedPage'

export const Route = createFileRoute('/shared')({ component: SharedPage })
