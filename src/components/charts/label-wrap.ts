// Wrapping a chart label into lines of a width: SVG text does not wrap, so the lines are worked out
// from measured word widths.

/** A text's width in px at one font. */
export type Measure = (text: string) => number

const ELLIPSIS = '…'

/**
 * `text` in at most `maxLines` lines no wider than `width`, words kept whole and in order. A word wider
 * than the width gets a line of its own, cut short with "…" only where it would pass `room` (the space
 * there is before the drawing's edge); text that needs more lines ends the last line with "…", shortened
 * until it fits.
 */
export function wrapLabel(text: string, width: number, maxLines: number, measure: Measure, room = Infinity): string[] {
  const lines = wrapWords(text, width, maxLines, measure)
  return lines.map((line) => (measure(line) > room ? shorten(line, room, measure) : line))
}

function wrapWords(text: string, width: number, maxLines: number, measure: Measure): string[] {
  const words = text.split(/\s+/).filter(Boolean)
  const lines: string[] = []
  for (const word of words) {
    const last = lines[lines.length - 1]
    const joined = last === undefined ? word : `${last} ${word}`
    if (last !== undefined && measure(joined) <= width) lines[lines.length - 1] = joined
    else lines.push(word)
  }
  if (lines.length <= maxLines) return lines
  const kept = lines.slice(0, Math.max(maxLines, 1))
  const rest = lines.slice(kept.length - 1).join(' ')
  kept[kept.length - 1] = shorten(rest, width, measure)
  return kept
}

/** `text` cut at a word (or, for one long word, a character) and ended with "…" to fit `width`. */
function shorten(text: string, width: number, measure: Measure): string {
  const words = text.split(' ')
  for (let n = words.length - 1; n >= 1; n--) {
    const candidate = `${words.slice(0, n).join(' ')}${ELLIPSIS}`
    if (measure(candidate) <= width) return candidate
  }
  const first = words[0] ?? ''
  for (let n = first.length - 1; n >= 1; n--) {
    const candidate = `${first.slice(0, n)}${ELLIPSIS}`
    if (measure(candidate) <= width) return candidate
  }
  return `${first.slice(0, 1)}${ELLIPSIS}`
}

/** Width of a character, as a share of the font size, where nothing can measure (no canvas: jsdom). */
const FALLBACK_EM = 0.55

let context: CanvasRenderingContext2D | null | undefined

function canvasContext(): CanvasRenderingContext2D | null {
  if (context !== undefined) return context
  try {
    // jsdom has canvas elements but no 2D context (it logs "not implemented" and returns null).
    context =
      typeof document !== 'undefined' && typeof HTMLCanvasElement !== 'undefined' && !isJsdom()
        ? document.createElement('canvas').getContext('2d')
        : null
  } catch {
    context = null
  }
  return context
}

function isJsdom(): boolean {
  return typeof navigator !== 'undefined' && /jsdom/i.test(navigator.userAgent)
}

/** Measured widths by font, then text: the same names are measured again on every resize. */
const widths = new Map<string, Map<string, number>>()

/**
 * Measures text at `fontSize` px in `fontFamily` (the page's, where the label is drawn) with a canvas;
 * without a canvas, an estimate of 0.55 em per character.
 */
export function textMeasure(fontSize: number, fontFamily: string, fontWeight = 400): Measure {
  const ctx = canvasContext()
  if (!ctx) return (text) => text.length * fontSize * FALLBACK_EM
  const font = `${fontWeight} ${fontSize}px ${fontFamily}`
  let cache = widths.get(font)
  if (!cache) widths.set(font, (cache = new Map()))
  const known = cache
  return (text) => {
    let width = known.get(text)
    if (width === undefined) {
      ctx.font = font
      width = ctx.measureText(text).width
      known.set(text, width)
    }
    return width
  }
}

let bodyFont: string | undefined

/** The font labels are drawn in: the page's, read once (reading computed style on every draw would recalculate styles). */
export function pageFont(): string {
  if (typeof document === 'undefined' || !document.body) return 'sans-serif'
  bodyFont ??= getComputedStyle(document.body).fontFamily
  return bodyFont
}
