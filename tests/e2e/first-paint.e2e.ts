// The first screen paints before the chart library is fetched: the radars (the overview's thumbnail, the full
// one of /gaps) and the readiness chart of /progress are plain SVG and need none, and the competency trends of
// /progress fetch it after the first contentful paint, on a throttled CPU where a late paint would race the
// chart's download.
import { afterAll, expect, test } from 'vitest'
import { closeBrowser, openPage, settle } from './browser'
import { twelveWeekStorage } from './twelve-weeks'

afterAll(closeBrowser)

/** recharts' own code names these classes; the app's chart components only name its wrapper. */
const CHART_LIBRARY = /recharts-(?:cartesian-grid|default-legend|polar-grid|active-dot)/

/** A chart further down the page, drawn once scrolled near: the figure named `figure`, its drawing `drawn`. */
interface Below {
  figure: RegExp
  drawn: string
}

/**
 * On a 4× throttled CPU: when the first contentful paint came and when each chunk of the chart library was
 * fetched, once `drawn` is drawn (and then `below`, scrolled to).
 */
async function load(path: string, drawn: string, below?: Below) {
  const { page, context, consoleErrors } = await openPage('about:blank', { localStorage: twelveWeekStorage() })
  try {
    const cdp = await context.newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
    await page.goto(path)
    await settle(page)
    await page.locator(drawn).first().waitFor({ state: 'visible', timeout: 20_000 })
    if (below) {
      const figure = page.getByRole('figure', { name: below.figure })
      await figure.scrollIntoViewIfNeeded()
      await figure.locator(below.drawn).first().waitFor({ state: 'visible', timeout: 20_000 })
    }
    const seen = await page.evaluate(async (pattern) => {
      const scripts = performance
        .getEntriesByType('resource')
        .filter((e) => /\/assets\/[^/?#]+\.js$/.test(new URL(e.name).pathname))
      const chart: number[] = []
      for (const entry of scripts) {
        const text = await (await fetch(entry.name)).text()
        if (new RegExp(pattern).test(text)) chart.push(entry.startTime)
      }
      return { fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime, chart }
    }, CHART_LIBRARY.source)
    expect(consoleErrors).toEqual([])
    return seen
  } finally {
    await context.close()
  }
}

test('the overview draws its small radar without fetching the chart library', async () => {
  const seen = await load('/', 'main figure [role="img"] svg polygon')
  expect(seen.fcp, 'a first contentful paint').toBeTypeOf('number')
  expect(seen.chart).toEqual([])
})

test('/gaps draws its full radar without fetching the chart library', async () => {
  const seen = await load('/gaps', 'main figure svg.radar-surface polygon.radar-series')
  expect(seen.fcp, 'a first contentful paint').toBeTypeOf('number')
  expect(seen.chart).toEqual([])
})

test('/progress paints before the chart library is fetched, then draws its charts', async () => {
  // The readiness chart is plain SVG; the competency trends (recharts) draw once scrolled near.
  const seen = await load('/progress', 'main figure svg.line-surface path.line-series', {
    figure: /^Ratings at each check-in/,
    drawn: '.recharts-surface',
  })
  expect(seen.fcp, 'a first contentful paint').toBeTypeOf('number')
  expect(seen.chart.length, 'the trend charts fetched the chart library').toBeGreaterThan(0)
  for (const start of seen.chart) expect(start).toBeGreaterThanOrEqual(seen.fcp!)
})

/**
 * The frame in whose paint each of `selectors` first showed. A change made in a task is painted in the next
 * frame. One made in a ResizeObserver callback (after the layout, inside a frame's rendering) is painted in
 * that frame: the mutation records it causes are delivered before the microtask that clears the mark.
 */
async function paintedFrames(path: string, selectors: Record<string, string>) {
  const { page, context, consoleErrors } = await openPage('about:blank', { localStorage: twelveWeekStorage() })
  try {
    await page.addInitScript((watch: Record<string, string>) => {
      const state = { frame: 0, inResize: false, painted: {} as Record<string, number> }
      ;(window as unknown as { __painted: typeof state }).__painted = state
      const nextFrame = () =>
        requestAnimationFrame(() => {
          state.frame++
          nextFrame()
        })
      nextFrame()
      const Native = window.ResizeObserver
      window.ResizeObserver = class extends Native {
        constructor(callback: ResizeObserverCallback) {
          super((entries, observer) => {
            state.inResize = true
            try {
              callback(entries, observer)
            } finally {
              queueMicrotask(() => (state.inResize = false))
            }
          })
        }
      }
      new MutationObserver(() => {
        for (const [name, selector] of Object.entries(watch))
          if (!(name in state.painted) && document.querySelector(selector))
            state.painted[name] = state.inResize ? state.frame : state.frame + 1
      }).observe(document, { subtree: true, childList: true })
    }, selectors)
    await page.goto(path)
    await page.waitForFunction(
      (count) =>
        Object.keys((window as unknown as { __painted: { painted: object } }).__painted.painted).length === count,
      Object.keys(selectors).length,
    )
    expect(consoleErrors).toEqual([])
    return page.evaluate(
      () => (window as unknown as { __painted: { painted: Record<string, number> } }).__painted.painted,
    )
  } finally {
    await context.close()
  }
}

test("/gaps shows its radar in the page's first paint, never an empty box first", async () => {
  // The radar is sized by a ResizeObserver, after the browser's own layout, and drawn before that frame paints.
  const gaps = await paintedFrames('/gaps', {
    heading: 'main h1',
    chart: 'main svg.radar-surface polygon.radar-series',
  })
  expect(gaps.chart, JSON.stringify(gaps)).toBe(gaps.heading)
})
