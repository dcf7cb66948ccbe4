/**
 * The longest evidence note, in characters (UTF-16 code units, as a text box's maxLength counts):
 * one limit for typing and pasting. A long paragraph of evidence; every note of a 30-competency
 * framework at the limit is 60,000 characters, about 1% of the 5,242,880 Chromium allows a site.
 */
export const NOTE_MAX_LENGTH = 2_000

/** What happens to `pasted` put into a note of `length` characters over a selection of `selected`: how many characters do not fit. */
export function charactersCut(length: number, selected: number, pasted: string, limit = NOTE_MAX_LENGTH): number {
  // A text box counts a line break as one character, whatever the clipboard holds.
  const text = pasted.replace(/\r\n?/g, '\n')
  return Math.max(0, text.length - Math.max(0, limit - (length - selected)))
}
