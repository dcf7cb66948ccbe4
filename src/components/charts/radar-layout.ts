// How the full radar fits its box: type size, whether the axes show names or numbers, and the polygon's
// centre and radius once the labels have their room. Pure, so the choice is tested without a layout engine.
import type { Point } from './radar-geometry'

export interface RadarLayout {
  fontSize: number
  lineHeight: number
  /** What an axis shows: its name (wrapped), or its number (the names in a key below the drawing). */
  labels: 'names' | 'numbers'
  /** Width an axis name wraps to. */
  labelWidth: number
  maxLines: number
  centre: Point
  /** The outer ring's radius. */
  radius: number
}

/** Gap between the outer ring and a label's anchor. */
export const TICK_GAP = 8
/** Padding kept free at the drawing's edges. */
export const EDGE = 4
/** Names need this much ring between neighbouring axes (in line heights) to stand apart; else the axes are numbered. */
const SPACING_LINES = 2.6
/** A shape narrower than this share of the box leaves the names too little room: numbered axes instead. */
const MIN_RADIUS_SHARE = 0.4
/** The polygon never shrinks below this radius, however small the box. */
const MIN_RADIUS = 16

/**
 * The layout of a `width` × `height` drawing (the legend is below it, outside this box) of `axes` axes.
 * Names wrap within a label width that grows with the box; the polygon takes what the margins leave.
 * When names would crowd (many axes on a phone) or squeeze the shape, the axes are numbered.
 */
export function radarLayout(width: number, height: number, axes: number): RadarLayout {
  const fontSize = width < 480 ? 11 : 12
  const lineHeight = fontSize * 1.2
  const maxLines = 2
  const labelWidth = Math.round(Math.min(140, Math.max(64, width * 0.24)))
  const centre = { x: width / 2, y: height / 2 }
  const side = labelWidth + TICK_GAP + EDGE
  const ends = maxLines * lineHeight + TICK_GAP + EDGE
  const largest = Math.min(width, height) / 2
  const radius = Math.min(width / 2 - side, height / 2 - ends)
  const roomy =
    radius >= MIN_RADIUS_SHARE * largest && (2 * Math.PI * radius) / Math.max(axes, 1) >= SPACING_LINES * lineHeight
  if (roomy) return { fontSize, lineHeight, labels: 'names', labelWidth, maxLines, centre, radius }
  const numbered = fontSize + TICK_GAP + EDGE * 2
  return {
    fontSize,
    lineHeight,
    labels: 'numbers',
    labelWidth: 2 * fontSize,
    maxLines: 1,
    centre,
    radius: Math.max(MIN_RADIUS, Math.min(width / 2 - numbered * 1.5, height / 2 - numbered)),
  }
}
