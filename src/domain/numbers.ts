/**
 * 12345.6 → "12,346": a whole number with its thousands grouped, as `Intl.NumberFormat('en')` writes
 * it without decimals. Written by hand because building a formatter costs tens of milliseconds of a
 * throttled phone's CPU the first time, and the app only ever needs this one English notation.
 */
export function groupThousands(value: number): string {
  const digits = String(Math.abs(Math.round(value)))
  const grouped = digits.replace(/\B(?=(\d{3})+$)/g, ',')
  return Math.round(value) < 0 ? `-${grouped}` : grouped
}
