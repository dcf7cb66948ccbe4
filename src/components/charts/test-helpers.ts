import { fireEvent, waitFor, within } from '@testing-library/react'
import { expect } from 'vitest'

/** Cell texts of each body row of a chart's numbers table, header cell first (for tests). */
export function bodyRows(table: HTMLElement): string[][] {
  const [, body] = within(table).getAllByRole('rowgroup')
  return within(body as HTMLElement)
    .getAllByRole('row')
    .map((row) => Array.from(row.children, (cell) => cell.textContent ?? ''))
}

/**
 * Opens every closed "Show the numbers" disclosure in `container`, as a user would, and waits for the
 * tables: a closed disclosure leaves its table out of the page (for tests).
 */
export async function openTheNumbers(container: HTMLElement = document.body): Promise<void> {
  const summaries = within(container)
    .queryAllByText('Show the numbers')
    .filter((summary) => summary.tagName === 'SUMMARY' && !(summary.parentElement as HTMLDetailsElement).open)
  for (const summary of summaries) fireEvent.click(summary)
  if (summaries.length > 0)
    await waitFor(() => expect(within(container).getAllByRole('table').length).toBeGreaterThanOrEqual(summaries.length))
}
