import { createFileRoute } from '@tanstack/react-router'
import { ReportPage } from '../features/report/ReportPage'

export const Route = createFileRoute('/report')({ component: ReportPage })
