import { describe, expect, it } from 'vitest'
import {
  axisAngle,
  firstBaseline,
  polar,
  polygonPoints,
  ringPoints,
  startAngle,
  textAnchor,
  valueRadius,
  verticalAnchor,
} from './radar-geometry'

const centre = { x: 100, y: 100 }

describe('radar geometry', () => {
  it('starts an odd number of axes at the top, an even number half a step round', () => {
    expect(startAngle(3)).toBe(90)
    expect(startAngle(5)).toBe(90)
    expect(startAngle(4)).toBe(45)
    expect(startAngle(6)).toBe(60)
    expect(startAngle(18)).toBe(80)
    // No axes draws nothing, but must not divide by zero.
    expect(startAngle(0)).toBe(90)
  })

  it('runs the axes clockwise from the start', () => {
    expect([0, 1, 2].map((i) => axisAngle(i, 3))).toEqual([90, -30, -150])
    expect([0, 1, 2, 3].map((i) => axisAngle(i, 4))).toEqual([45, -45, -135, -225])
  })

  it('puts a point on the screen with y down: up is a smaller y, right a larger x', () => {
    const up = polar(centre, 50, 90)
    expect(up.x).toBeCloseTo(100)
    expect(up.y).toBeCloseTo(50)
    const right = polar(centre, 50, 0)
    expect(right.x).toBeCloseTo(150)
    expect(right.y).toBeCloseTo(100)
  })

  it('maps 0..max onto 0..radius, holding values outside the scale to it', () => {
    expect(valueRadius(2, 4, 80)).toBe(40)
    expect(valueRadius(4, 4, 80)).toBe(80)
    expect(valueRadius(6, 4, 80)).toBe(80)
    expect(valueRadius(-1, 4, 80)).toBe(0)
  })

  it('draws a series as one corner per axis, 0 at the centre', () => {
    // Three axes: top, lower right, lower left.
    expect(polygonPoints([4, 0, 2], 4, centre, 80)).toBe('100.0,20.0 100.0,100.0 65.4,120.0')
  })

  it('draws a grid ring as the polygon of one value on every axis', () => {
    expect(ringPoints(2, 4, 4, centre, 80)).toBe(polygonPoints([2, 2, 2, 2], 4, centre, 80))
    expect(ringPoints(2, 4, 4, centre, 80).split(' ')).toHaveLength(4)
  })

  it('anchors labels away from the polygon: start on the right, end on the left, centred straight up or down', () => {
    expect(textAnchor(0)).toBe('start')
    expect(textAnchor(45)).toBe('start')
    expect(textAnchor(-60)).toBe('start')
    expect(textAnchor(180)).toBe('end')
    expect(textAnchor(-150)).toBe('end')
    expect(textAnchor(90)).toBe('middle')
    expect(textAnchor(-90)).toBe('middle')
    expect(textAnchor(270)).toBe('middle')
  })

  it('stands top labels on their anchor, hangs bottom ones from it, centres side ones on it', () => {
    expect(verticalAnchor(90)).toBe('end')
    expect(verticalAnchor(60)).toBe('end')
    expect(verticalAnchor(-90)).toBe('start')
    expect(verticalAnchor(-120)).toBe('start')
    expect(verticalAnchor(0)).toBe('middle')
    expect(verticalAnchor(180)).toBe('middle')
    expect(verticalAnchor(20)).toBe('middle')
  })

  it('sets the first baseline so the block of lines sits on the anchor as asked', () => {
    // 12 px type, 14.4 px lines: a hanging block's first baseline is a cap height below the anchor.
    expect(firstBaseline('start', 2, 14.4, 12)).toBeCloseTo(8.52)
    // A standing block's last baseline is on the anchor.
    expect(firstBaseline('end', 2, 14.4, 12)).toBeCloseTo(-14.4)
    expect(firstBaseline('end', 1, 14.4, 12)).toBeCloseTo(0)
    // A centred block of two lines: half a line up, plus half a cap height.
    expect(firstBaseline('middle', 2, 14.4, 12)).toBeCloseTo(-7.2 + 4.26)
  })
})
