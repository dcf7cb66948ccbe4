import type { CheckIn } from './check-in'

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
