// Where a radar's axes, rings, points and labels go: pure geometry, shared by the full radar's drawing
// and its tests. Angles are in degrees, counter-clockwise from the right (3 o'clock), as in maths; SVG's
// y runs down, so a point is at (cx + r·cos, cy − r·sin).

export interface Point {
  x: number
  y: number
}

export type TextAnchor = 'start' | 'middle' | 'end'
/** Which end of a label's block of lines sits at its anchor point: its top, its middle or its bottom. */
export type VerticalAnchor = 'start' | 'middle' | 'end'

/**
 * The angle of the first axis. Axes run clockwise from the top; with an even number of them one would
 * point straight down, its centred name between two neighbours that hang the same way: half a step
 * round, every name leans away from its neighbours (and the first axis sits just right of the top).
 */
export function startAngle(axes: number): number {
  const n = Math.max(axes, 1)
  return n % 2 === 0 ? 90 - 180 / n : 90
}

/** The angle of axis `index` of `axes`, clockwise from the start. */
export function axisAngle(index: number, axes: number): number {
  return startAngle(axes) - (index * 360) / Math.max(axes, 1)
}

/** The point at `radius` from the centre along `angle`. */
export function polar(centre: Point, radius: number, angle: number): Point {
  const rad = (angle * Math.PI) / 180
  return { x: centre.x + radius * Math.cos(rad), y: centre.y - radius * Math.sin(rad) }
}

/** A value's distance from the centre: 0..max maps onto 0..radius, anything outside is held to the scale. */
export function valueRadius(value: number, max: number, radius: number): number {
  return (Math.min(Math.max(value, 0), max) / Math.max(max, 1)) * radius
}

/** One series' corners, one per axis, as an SVG points list. */
export function polygonPoints(values: readonly number[], max: number, centre: Point, radius: number): string {
  return values
    .map((value, i) => polar(centre, valueRadius(value, max, radius), axisAngle(i, values.length)))
    .map(format)
    .join(' ')
}

/** The grid ring of `value` (1..max) over `axes` axes, as an SVG points list. */
export function ringPoints(value: number, axes: number, max: number, centre: Point, radius: number): string {
  return polygonPoints(
    Array.from({ length: axes }, () => value),
    max,
    centre,
    radius,
  )
}

/** Below this |cos| an axis counts as vertical (a name centred on it). */
const VERTICAL = 1e-5
const COS_45 = Math.SQRT1_2

/** A label right of the centre starts at its anchor, one left of it ends there, one straight up or down is centred. */
export function textAnchor(angle: number): TextAnchor {
  const cos = Math.cos((angle * Math.PI) / 180)
  if (cos > VERTICAL) return 'start'
  if (cos < -VERTICAL) return 'end'
  return 'middle'
}

/**
 * Labels in the top quarter (within 45° of straight up) stand on their anchor, those in the bottom
 * quarter hang from it, those at the sides are centred on it: each grows away from the polygon.
 */
export function verticalAnchor(angle: number): VerticalAnchor {
  const rad = (angle * Math.PI) / 180
  if (Math.abs(Math.cos(rad)) <= COS_45) return Math.sin(rad) > 0 ? 'end' : 'start'
  return 'middle'
}

/** Cap height as a share of the font size: a first line's baseline this far below the top of its block. */
const CAP_HEIGHT = 0.71

/** The offset of a label's first baseline from its anchor, in px, for `lines` lines of `lineHeight`. */
export function firstBaseline(anchor: VerticalAnchor, lines: number, lineHeight: number, fontSize: number): number {
  const cap = CAP_HEIGHT * fontSize
  if (anchor === 'start') return cap
  if (anchor === 'middle') return -((lines - 1) / 2) * lineHeight + cap / 2
  return -(lines - 1) * lineHeight
}

function format(p: Point): string {
  return `${p.x.toFixed(1)},${p.y.toFixed(1)}`
}
