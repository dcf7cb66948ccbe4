import { describe, expect, it } from 'vitest'
import { exportReminderDue } from './backup'

const at = (date: string) => `${date}T09:00:00.000Z`
const base = { lastExportAt: null, reminderDismissedAt: null, today: '2027-01-05' }

describe('exportReminderDue', () => {
  it('stays quiet with nothing to lose', () => {
    expect(exportReminderDue({ ...base, checkInTimes: [] })).toBe(false)
    expect(exportReminderDue({ ...base, checkInTimes: [at('2026-12-01')], lastExportAt: at('2026-12-02') })).toBe(false)
  })

  it('reminds after four check-ins without an export', () => {
    const three = ['2026-12-14', '2026-12-21', '2026-12-28'].map(at)
    expect(exportReminderDue({ ...base, checkInTimes: three })).toBe(false)
    expect(exportReminderDue({ ...base, checkInTimes: [...three, at('2027-01-04')] })).toBe(true)
    // Only check-ins after the last export count.
    expect(
      exportReminderDue({ ...base, checkInTimes: [...three, at('2027-01-04')], lastExportAt: at('2026-12-15') }),
    ).toBe(false)
  })

  it('reminds 30 days after the last export, or after the first check-in when never exported', () => {
    expect(exportReminderDue({ ...base, checkInTimes: [at('2026-12-10')], lastExportAt: at('2026-12-05') })).toBe(true)
    expect(exportReminderDue({ ...base, checkInTimes: [at('2026-12-10')], lastExportAt: at('2026-12-07') })).toBe(false)
    expect(exportReminderDue({ ...base, checkInTimes: [at('2026-12-06')] })).toBe(true)
    expect(exportReminderDue({ ...base, checkInTimes: [at('2026-12-07')] })).toBe(false)
  })

  it('is silenced by "not now" until the next check-in', () => {
    const times = ['2026-12-14', '2026-12-21', '2026-12-28', '2027-01-04'].map(at)
    expect(exportReminderDue({ ...base, checkInTimes: times, reminderDismissedAt: at('2027-01-04') })).toBe(false)
    expect(
      exportReminderDue({ ...base, checkInTimes: [...times, at('2027-01-05')], reminderDismissedAt: at('2027-01-04') }),
    ).toBe(true)
  })
})
