import { describe, expect, it } from 'vitest'
import { radarLayout } from './radar-layout'

describe('radarLayout', () => {
  it('names the axes of a laptop-sized radar, in 12 px type, within 140 px labels', () => {
    const layout = radarLayout(640, 340, 14)
    expect(layout.labels).toBe('names')
    expect(layout.fontSize).toBe(12)
    expect(layout.labelWidth).toBe(140)
    expect(layout.maxLines).toBe(2)
    expect(layout.centre).toEqual({ x: 320, y: 170 })
    // The names' room comes off the shorter side: two lines, the gap and the edge above and below.
    expect(layout.radius).toBeCloseTo(170 - (2 * 14.4 + 8 + 4))
  })

  it('sizes type and label width with the box: 11 px under 480 px, labels a quarter of the width within 64..140', () => {
    expect(radarLayout(400, 340, 5)).toMatchObject({ fontSize: 11, labelWidth: 96 })
    expect(radarLayout(260, 400, 3)).toMatchObject({ fontSize: 11, labelWidth: 64, labels: 'names' })
    expect(radarLayout(1000, 600, 5)).toMatchObject({ fontSize: 12, labelWidth: 140 })
  })

  it('numbers the axes when names would crowd: many axes on a phone', () => {
    const layout = radarLayout(358, 310, 18)
    expect(layout.labels).toBe('numbers')
    expect(layout.maxLines).toBe(1)
    // Numbers need little room: the polygon grows.
    expect(layout.radius).toBeGreaterThan(radarLayout(358, 310, 5).radius)
  })

  it('keeps names for a few axes on a phone', () => {
    expect(radarLayout(358, 310, 5).labels).toBe('names')
  })

  it('numbers the axes when names would squeeze the shape below 40% of the box', () => {
    // Wide but low: the names above and below leave a tiny polygon.
    expect(radarLayout(800, 90, 3).labels).toBe('numbers')
  })

  it('never draws a polygon of no size', () => {
    expect(radarLayout(40, 40, 3).radius).toBeGreaterThan(0)
  })
})
