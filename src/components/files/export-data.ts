import { localDateString } from '../../domain/dates'
import { exportEnvelope, exportFileName } from '../../persistence/export-envelope'
import { persistedSnapshot, useAppStore } from '../../store/app-store'
import { downloadFile } from './download'

/** Downloads everything the user has as one export file and remembers when; returns the file name. */
export function exportAllData(now = new Date()): string {
  const fileName = exportFileName(localDateString(now))
  const envelope = exportEnvelope(persistedSnapshot(), now, __APP_VERSION__)
  downloadFile(fileName, `${JSON.stringify(envelope, null, 2)}\n`, 'application/json')
  useAppStore.getState().recordExport(now)
  return fileName
}
