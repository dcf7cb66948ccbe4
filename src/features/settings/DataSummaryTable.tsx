import type { DataSummary } from '../../persistence/data-file'
import styles from './SettingsPage.module.css'

const checkInsText = (s: DataSummary) =>
  s.checkIns === 0 ? 'none' : `${s.checkIns}, ${s.firstCheckIn} to ${s.lastCheckIn}`

/** What a file holds next to what is in the browser now, before the user replaces one with the other. */
export function DataSummaryTable({ file, here }: { file: DataSummary; here: DataSummary }) {
  const rows: [string, (s: DataSummary) => string][] = [
    ['Frameworks', (s) => (s.frameworks.length === 0 ? 'none' : s.frameworks.join(', '))],
    ['Ratings', (s) => String(s.ratings)],
    ['Check-ins', checkInsText],
    ['Actions', (s) => String(s.actions)],
  ]
  return (
    <table className={styles.compare}>
      <caption className="visually-hidden">The file against the data in this browser</caption>
      <thead>
        <tr>
          <td />
          <th scope="col">In the file</th>
          <th scope="col">In this browser now</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([label, text]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td>{text(file)}</td>
            <td>{text(here)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
