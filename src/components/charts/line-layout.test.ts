import { describe, expect, it } from 'vitest'
import { MAX_MARKED_POINTS, PROJECTION_DASH, seriesLooks, type LineRow, type LineSeries } from './line-data'
import {
  LABEL_GAP,
  lineLayout,
  linearScale,
  markerPath,
  nearestRow,
  thinXLabels,
  xDomain,
  X_AXIS_HEIGHT,
  type LineLayoutInput,
} from './line-layout'

/** 6 px a character: a stand-in for measured text. */
const measure = (text: string) => text.length * 6
const format = (v: number) => `${v}%`
const readiness: LineSeries = { key: 'readiness', name: 'Readiness' }
const projection: LineSeries = { key: 'projection', name: 'At this pace', dashed: true, color: 'var(--line-1)' }

function weekly(count: number, value = (i: number) => 10 + i): LineRow[] {
  return Array.from({ length: count }, (_, i) => ({
    label: `Week ${i + 1} of the year`,
    axisLabel: `W${i + 1}`,
    x: 7 * i,
    values: { readiness: value(i) },
  }))
}

function layoutOf(overrides: Partial<LineLayoutInput> = {}) {
  return lineLayout({
    width: 600,
    height: 300,
    rows: weekly(4),
    series: [readiness],
    yMax: 100,
    yTicks: [0, 25, 50, 75, 100],
    format,
    measure,
    ...overrides,
  })
}

/** The x of each point of the first series. */
const pointXs = (layout: ReturnType<typeof layoutOf>) => layout.series[0]!.points.map((p) => p.x)

describe('linearScale and xDomain', () => {
  it('maps a domain onto a range, a domain of no width to the middle', () => {
    const y = linearScale(0, 100, 270, 8)
    expect(y(0)).toBe(270)
    expect(y(100)).toBe(8)
    expect(y(50)).toBe(139)
    expect(linearScale(5, 5, 0, 100)(5)).toBe(50)
  })

  it('runs from the first x to the last; one x alone gets a unit either side', () => {
    expect(xDomain(weekly(3))).toEqual([0, 14])
    expect(xDomain(weekly(1))).toEqual([-1, 1])
    expect(
      xDomain([
        { label: 'a', values: {} },
        { label: 'b', values: {} },
      ]),
    ).toEqual([0, 1])
  })
})

describe('lineLayout scales', () => {
  it('leaves room for the widest y label on the left, the x axis below, the goal label above', () => {
    const plain = layoutOf()
    // "100%" is 24 px: the tick gap, the tick and the edge add 9.
    expect(plain.plot).toEqual({ left: 33, top: 8, right: 580, bottom: 300 - X_AXIS_HEIGHT })
    expect(layoutOf({ goal: { value: 100, label: 'Ready' } }).plot.top).toBe(18)
    expect(layoutOf({ yTicks: [0, 5], format: String }).plot.left).toBe(15)
  })

  it('runs y from 0 at the bottom to yMax at the top, with the ticks formatted', () => {
    const layout = layoutOf()
    expect(layout.yLabels.map((l) => l.text)).toEqual(['0%', '25%', '50%', '75%', '100%'])
    expect(layout.yLabels[0]!.y).toBe(layout.plot.bottom)
    expect(layout.yLabels[4]!.y).toBe(layout.plot.top)
    expect(layout.yLabels[2]!.y).toBe((layout.plot.top + layout.plot.bottom) / 2)
  })

  it('stretches the axis for a value or a goal above yMax rather than cutting it', () => {
    const high = layoutOf({ rows: weekly(2, (i) => 100 + 20 * i) })
    expect(high.yTop).toBe(120)
    expect(high.series[0]!.points[1]!.y).toBe(high.plot.top)
    expect(layoutOf({ goal: { value: 150, label: 'Stretch' } }).yTop).toBe(150)
  })

  it('places the points by date, 10 px inside the plot: a skipped week leaves a gap twice as wide', () => {
    const rows = weekly(4).filter((_, i) => i !== 2) // days 0, 7, 21
    const xs = pointXs(layoutOf({ rows }))
    expect(xs[0]).toBe(43)
    expect(xs[2]).toBe(570)
    expect((xs[2]! - xs[1]!) / (xs[1]! - xs[0]!)).toBeCloseTo(2)
  })

  it('spaces rows without an x evenly, by index', () => {
    const rows = weekly(3).map((row) => ({ label: row.label, values: row.values }))
    const xs = pointXs(layoutOf({ rows }))
    expect(xs[1]! - xs[0]!).toBeCloseTo(xs[2]! - xs[1]!)
  })

  it('puts a single point in the middle of the plot', () => {
    const layout = layoutOf({ rows: weekly(1) })
    expect(pointXs(layout)).toEqual([(layout.plot.left + layout.plot.right) / 2])
  })

  it('draws the goal line at its value, with its label', () => {
    const layout = layoutOf({ goal: { value: 50, label: 'Halfway' } })
    expect(layout.goal).toEqual({ y: (layout.plot.top + layout.plot.bottom) / 2, label: 'Halfway' })
    expect(layoutOf().goal).toBeNull()
  })
})

describe('lineLayout series', () => {
  it('draws a line through the values, bridging a missing one', () => {
    const rows = weekly(3)
    rows[1] = { ...rows[1]!, values: { readiness: null } }
    const [line] = layoutOf({ rows }).series
    expect(line!.points.map((p) => p.row)).toEqual([0, 2])
    expect(line!.path).toMatch(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+$/)
    expect(layoutOf({ rows: [] }).series[0]!.path).toBe('')
  })

  it('dashes the projection in its own colour, without markers; the measured line is solid with markers', () => {
    const rows = weekly(3)
    rows[2] = { ...rows[2]!, values: { readiness: 12, projection: 12 } }
    rows.push({ label: 'later', x: 60, values: { projection: 40 } })
    const [measured, projected] = layoutOf({ rows, series: [readiness, projection] }).series
    expect(measured).toMatchObject({ color: 'var(--line-1)', dash: undefined, marker: 'circle', swatch: 'circle' })
    expect(projected).toMatchObject({ color: 'var(--line-1)', dash: PROJECTION_DASH, marker: null, swatch: 'line' })
    expect(projected!.points.map((p) => p.value)).toEqual([12, 40])
  })

  it(`marks the points up to ${MAX_MARKED_POINTS} rows; past that the lines are told apart by dashes`, () => {
    const two: LineSeries[] = [readiness, { key: 'other', name: 'Other' }]
    const few = seriesLooks(weekly(MAX_MARKED_POINTS), two)
    expect(few.map((s) => s.marker)).toEqual(['circle', 'square'])
    expect(few.map((s) => s.dash)).toEqual([undefined, undefined])
    const many = seriesLooks(weekly(MAX_MARKED_POINTS + 1), two)
    expect(many.map((s) => s.marker)).toEqual([null, null])
    expect(many.map((s) => s.dash)).toEqual([undefined, '8 3'])
  })

  it('keeps the marker of a series with a single value among many rows, or it would not show', () => {
    const rows = weekly(40).map((row, i) => ({ ...row, values: { ...row.values, lone: i === 5 ? 3 : null } }))
    const looks = seriesLooks(rows, [readiness, { key: 'lone', name: 'Lone' }])
    expect(looks.map((s) => s.marker)).toEqual([null, 'square'])
  })

  it('draws solid series that share values apart, by drawOffsets, keeping the values themselves', () => {
    const rows = weekly(3).map((row) => ({ ...row, values: { a: 50, b: 50 } }))
    const layout = layoutOf({
      rows,
      series: [
        { key: 'a', name: 'A' },
        { key: 'b', name: 'B' },
      ],
    })
    const [a, b] = layout.series
    expect(a!.points[0]!.y).toBeLessThan(b!.points[0]!.y)
    expect(a!.path).not.toBe(b!.path)
    expect(a!.points[0]!.value).toBe(50)
  })

  it('colours series from the palette in order unless they have a colour', () => {
    const looks = seriesLooks(weekly(2), [readiness, { key: 'b', name: 'B' }, { key: 'c', name: 'C', color: 'red' }])
    expect(looks.map((s) => s.color)).toEqual(['var(--line-1)', 'var(--line-2)', 'red'])
  })
})

/** Checks that labels are left to right, LABEL_GAP apart and within [0, width]. */
function expectApart(labels: { x: number; text: string }[], width: number) {
  const boxes = labels.map((l) => ({ left: l.x - measure(l.text) / 2, right: l.x + measure(l.text) / 2 }))
  for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.left - boxes[i - 1]!.right).toBeGreaterThanOrEqual(LABEL_GAP)
  for (const box of boxes) {
    expect(box.left).toBeGreaterThanOrEqual(0)
    expect(box.right).toBeLessThanOrEqual(width)
  }
}

describe('x labels', () => {
  const candidates = (count: number, spacing: number, text = (i: number) => `Jan ${i + 1}`) =>
    Array.from({ length: count }, (_, i) => ({ tick: 20 + i * spacing, text: text(i) }))

  it('shows every label that fits', () => {
    const labels = thinXLabels(candidates(5, 100), 600, measure)
    expect(labels.map((l) => l.text)).toEqual(['Jan 1', 'Jan 2', 'Jan 3', 'Jan 4', 'Jan 5'])
  })

  it.each([
    [260, 390],
    [260, 1280],
    [53, 358],
    [12, 300],
    [27, 390],
    [3, 60],
  ])('thins %i labels on a %i px drawing so that none overlaps, keeping the first and the last', (count, width) => {
    const spacing = (width - 40) / Math.max(count - 1, 1)
    const labels = thinXLabels(
      candidates(count, spacing, (i) => `Week ${i + 1}`),
      width,
      measure,
    )
    expect(labels.length).toBeGreaterThanOrEqual(1)
    expectApart(labels, width)
    expect(labels[0]!.text).toBe('Week 1')
    if (labels.length > 1) expect(labels.at(-1)!.text).toBe(`Week ${count}`)
  })

  it('thins evenly: every n-th label from the first', () => {
    const labels = thinXLabels(
      candidates(100, 5, (i) => `W${i}`),
      600,
      measure,
    )
    const picked = labels.slice(0, -1).map((l) => Number(l.text.slice(1)))
    const step = picked[1]! - picked[0]!
    expect(step).toBeGreaterThan(1)
    picked.forEach((n, i) => expect(n).toBe(i * step))
  })

  it('moves a label in where it would pass the edge, and keeps the first over the last when only one fits', () => {
    const [first] = thinXLabels([{ tick: 2, text: 'Monday' }], 300, measure)
    expect(first).toEqual({ x: 18, tick: 2, text: 'Monday' })
    const one = thinXLabels(
      [
        { tick: 10, text: 'Monday' },
        { tick: 30, text: 'Sunday' },
      ],
      50,
      measure,
    )
    expect(one.map((l) => l.text)).toEqual(['Monday'])
  })

  it('takes two points on one day as one label', () => {
    const labels = thinXLabels(
      [
        { tick: 50, text: 'Jan 4' },
        { tick: 50, text: 'Jan 4' },
        { tick: 250, text: 'Jan 11' },
      ],
      400,
      measure,
    )
    expect(labels.map((l) => l.text)).toEqual(['Jan 4', 'Jan 11'])
  })

  it('thins the layout’s labels of five years of weeks on a phone', () => {
    const layout = layoutOf({ rows: weekly(260), width: 358, height: 260 })
    expect(layout.xLabels.length).toBeGreaterThanOrEqual(2)
    expect(layout.xLabels.length).toBeLessThan(10)
    expectApart(layout.xLabels, 358)
    expect(layout.xLabels[0]!.text).toBe('W1')
    expect(layout.xLabels.at(-1)!.text).toBe('W260')
  })
})

describe('the readout and the markers', () => {
  it('finds the row nearest to the pointer', () => {
    expect(nearestRow([10, 50, 200], 0)).toBe(0)
    expect(nearestRow([10, 50, 200], 120)).toBe(1)
    expect(nearestRow([10, 50, 200], 130)).toBe(2)
    expect(nearestRow([], 10)).toBeNull()
  })

  it('draws six distinct closed marker shapes', () => {
    const shapes = (['circle', 'square', 'triangle', 'diamond', 'cross', 'star'] as const).map((s) => markerPath(s))
    expect(new Set(shapes).size).toBe(6)
    for (const d of shapes) expect(d).toMatch(/^M.*Z$/)
  })
})
