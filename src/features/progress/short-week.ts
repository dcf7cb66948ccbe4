/** "W48" from "2026-W48". */
export function shortWeek(week: string): string {
  return week.slice(5)
}
