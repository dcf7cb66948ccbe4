import { within } from '@testing-library/react'

/** Cell texts of each body row of a chart's numbers table, header cell first (for tests). */
export function bodyRows(table: HTMLElement): string[][] {
  const [, body] = within(table).getAllByRole('rowgroup')
  return within(body as HTMLElement)
    .getAllByRole('row')
    .map((row) => Array.from(row.children, (cell) => cell.textContent ?? ''))
}
