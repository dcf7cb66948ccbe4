import type { CheckIn } from './check-in'

/**
 * How check-ins keep their notes in storage. In memory every check-in holds every note (a snapshot);
 * stored, a check-in holds only the notes that changed since the check-in before it, "" for a note
 * that was cleared. Notes are long and change rarely, so copying each into every weekly check-in
 * filled a third of the browser's quota in five years; the changes alone take a few percent.
 * Both functions take check-ins oldest first, the order they are kept in.
 */

type Notes = Readonly<Record<string, string>>

/** Full notes → only what changed since the previous check-in. */
export function notesAsChanges<T extends Pick<CheckIn, 'notes'>>(checkIns: readonly T[]): T[] {
  let previous: Notes = {}
  return checkIns.map((checkIn) => {
    const changes: Record<string, string> = {}
    for (const [id, note] of Object.entries(checkIn.notes)) if (previous[id] !== note) changes[id] = note
    for (const id of Object.keys(previous)) if (!(id in checkIn.notes)) changes[id] = ''
    previous = checkIn.notes
    return { ...checkIn, notes: changes }
  })
}

/** Only what changed → full notes, as they stood at each check-in. */
export function notesInFull<T extends Pick<CheckIn, 'notes'>>(checkIns: readonly T[]): T[] {
  let current: Record<string, string> = {}
  return checkIns.map((checkIn) => {
    current = { ...current }
    for (const [id, note] of Object.entries(checkIn.notes)) {
      if (note === '') delete current[id]
      else current[id] = note
    }
    return { ...checkIn, notes: current }
  })
}

/** A note as it stood from a check-in on: the evidence a PM brings to a promotion conversation. */
export interface EvidenceEntry {
  date: string
  note: string
}

/**
 * A competency's evidence history: each note saved at a check-in, dated by the first check-in that
 * held it, newest first (a note unchanged over ten check-ins is one entry, not ten).
 */
export function evidenceHistory(
  checkIns: readonly Pick<CheckIn, 'date' | 'notes'>[],
  competencyId: string,
): EvidenceEntry[] {
  const entries: EvidenceEntry[] = []
  let previous: string | undefined
  for (const checkIn of checkIns) {
    const note = checkIn.notes[competencyId]
    if (note !== undefined && note.trim() !== '' && note !== previous) entries.push({ date: checkIn.date, note })
    previous = note
  }
  return entries.reverse()
}
