import { useDocumentTitle } from '../../components/use-document-title'
import { FrameworkChoice } from './FrameworkChoice'
import { FrameworkImport } from './FrameworkImport'
import { ImportedFrameworks } from './ImportedFrameworks'

/** /settings: which framework is in use, importing a company's own, and removing one. */
export function SettingsPage() {
  useDocumentTitle('Settings')
  return (
    <>
      <header className="page-header">
        <h1>Settings</h1>
        <p>Choose the framework you rate yourself against, or bring your company&apos;s own. It all stays in this browser.</p>
      </header>
      <FrameworkChoice />
      <FrameworkImport />
      <ImportedFrameworks />
    </>
  )
}
