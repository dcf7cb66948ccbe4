import { useDocumentTitle } from '../../components/hooks/use-document-title'
import { DataSection } from './DataSection'
import { FrameworkChoice } from './FrameworkChoice'
import { FrameworkImport } from './FrameworkImport'
import { ImportedFrameworks } from './ImportedFrameworks'
import { ShareSection } from './ShareSection'
import { StorageStatus } from './StorageStatus'
import { WeeklyReminder } from './WeeklyReminder'

/** /settings: the user's data (export, import, CSV, deletion, storage, reminder) and their frameworks. */
export function SettingsPage() {
  useDocumentTitle('Settings')
  return (
    <>
      <header className="page-header">
        <h1>Settings</h1>
        <p>
          Your data, kept in this browser only: take it with you, bring it back, and choose the framework you rate
          yourself against.
        </p>
      </header>
      <DataSection />
      <ShareSection />
      <FrameworkChoice />
      <FrameworkImport />
      <ImportedFrameworks />
      <WeeklyReminder />
      <StorageStatus />
    </>
  )
}
