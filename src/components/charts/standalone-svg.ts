/** Presentation properties the chart takes from CSS (theme variables): written onto the copy as attributes. */
const PAINT = [
  'fill',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'fill-opacity',
  'stroke-opacity',
  'opacity',
  'font-size',
  'font-family',
  'font-weight',
] as const

const SVG_NS = 'http://www.w3.org/2000/svg'
const LEGEND_ROW = 22

/** A series as a chart's HTML legend shows it: its name and the colour of its icon. */
export interface LegendEntry {
  name: string
  color: string
}

/** The legend next to a drawing, drawn as HTML outside the SVG (by recharts, the radar or the plain line drawing). */
export function legendOf(wrapper: Element): LegendEntry[] {
  return [...wrapper.querySelectorAll('.recharts-legend-item, .radar-legend-item, .line-legend-item')].map((item) => {
    const icon = item.querySelector('path, line, rect')
    const style = icon ? getComputedStyle(icon) : null
    const paint = style && style.fill !== 'none' ? style.fill : (style?.stroke ?? '')
    return { name: item.textContent?.trim() ?? '', color: paint }
  })
}

/**
 * A chart's SVG as a file that looks the same outside the page: the drawing's colours come from CSS
 * variables of the app's theme, which an image viewer knows nothing of, so every element's computed
 * paint is copied onto it, on a background of the page's surface colour, with the legend drawn below.
 */
export function standaloneSvg(svg: SVGSVGElement, legend: readonly LegendEntry[] = []): string {
  const copy = svg.cloneNode(true) as SVGSVGElement
  const originals = [svg, ...svg.querySelectorAll('*')]
  const copies = [copy, ...copy.querySelectorAll('*')]
  originals.forEach((element, i) => {
    const style = getComputedStyle(element)
    const target = copies[i]
    if (!target) return
    for (const property of PAINT) {
      const value = style.getPropertyValue(property)
      if (value) target.setAttribute(property, value)
    }
  })
  const width = Math.round(svg.getBoundingClientRect().width)
  const chartHeight = Math.round(svg.getBoundingClientRect().height)
  const height = chartHeight + (legend.length > 0 ? LEGEND_ROW + 8 : 0)
  copy.setAttribute('xmlns', SVG_NS)
  copy.setAttribute('width', String(width))
  copy.setAttribute('height', String(height))
  copy.setAttribute('viewBox', `0 0 ${width} ${height}`)
  const page = getComputedStyle(svg.closest('figure') ?? svg)
  const background = element('rect', {
    width: '100%',
    height: '100%',
    fill: page.getPropertyValue('--surface') || '#ffffff',
  })
  copy.insertBefore(background, copy.firstChild)
  // The legend, one entry after another along a row under the drawing.
  let x = 16
  for (const { name, color } of legend) {
    const y = chartHeight + LEGEND_ROW / 2
    copy.append(element('rect', { x: String(x), y: String(y - 6), width: '12', height: '12', fill: color }))
    const label = element('text', {
      x: String(x + 18),
      y: String(y + 5),
      fill: page.color,
      'font-size': '13',
      'font-family': page.fontFamily,
    })
    label.textContent = name
    copy.append(label)
    x += 18 + name.length * 8 + 24
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}\n`
}

function element(name: string, attributes: Record<string, string>): SVGElement {
  const el = document.createElementNS(SVG_NS, name)
  for (const [key, value] of Object.entries(attributes)) el.setAttribute(key, value)
  return el
}
