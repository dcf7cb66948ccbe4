#!/usr/bin/env node
// `npm run bench`: every figure of issue 14's table in one table, beside its goal, plus the
// domain benchmarks (vitest bench). Times are reported, never asserted; compare runs on one machine.
//
//   npm run bench                      build, 5 runs of each browser figure, Lighthouse 3 times
//   npm run bench -- --quick           1 run each, no Lighthouse (for development)
//   npm run bench -- --no-build        measure the dist/ already there
//   npm run bench -- --runs 7 --lighthouse-runs 5 --no-domain --json out.json --markdown out.md
//
// How: the production build is served by `vite preview` on a free port; Chromium (CHROMIUM_PATH, or
// /usr/bin/chromium) is driven by playwright-core with 4x CPU slowdown (CDP
// Emulation.setCPUThrottlingRate) and service workers blocked; each run gets a fresh browser context
// whose localStorage is seeded with the heavy profile (scripts/heavy-profile.mjs) from a page that runs
// no app code (/favicon.svg), so seeding costs the measured load nothing. Everything is measured from
// outside the app: an init script wraps Storage.prototype (reads and writes of the key), observes long
// tasks, and times an interaction from its input event's timeStamp to the first frame painted after
// the screen changed (requestAnimationFrame, then a message posted from it, which runs after the
// paint). Lighthouse 12 (mobile default config: simulated slow 4G and 4x CPU) runs in its own
// Chromium, offline but for localhost. Medians of the runs.
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs'
import { heavyProfileStorage } from './heavy-profile.mjs'
import { freePort, startPreview } from './preview-server.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const dist = path.join(root, 'dist')
const host = '127.0.0.1'
const STORAGE_KEY = 'trajectory'
const QUOTA_CHARACTERS = 5_242_880
const CPU_SLOWDOWN = 4
/** A laptop screen, where /gaps shows the radar in the first screen. */
const VIEWPORT = { width: 1280, height: 800 }

// ─── arguments ───────────────────────────────────────────────────────────────────────────────
function parseArgs(argv) {
  const options = {
    only: undefined,
    quick: false,
    build: true,
    runs: 5,
    lighthouseRuns: 3,
    domain: true,
    json: path.join(root, '.cache', 'bench.json'),
    markdown: path.join(root, '.cache', 'bench.md'),
  }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    const value = () => argv[++i] ?? usage(`${arg} needs a value`)
    if (arg === '--quick') options.quick = true
    else if (arg === '--no-build') options.build = false
    else if (arg === '--runs') options.runs = Number(value())
    else if (arg === '--lighthouse-runs') options.lighthouseRuns = Number(value())
    else if (arg === '--no-lighthouse') options.lighthouseRuns = 0
    else if (arg === '--no-domain') options.domain = false
    else if (arg === '--only') options.only = new Set(value().split(','))
    else if (arg === '--json') options.json = path.resolve(value())
    else if (arg === '--markdown') options.markdown = path.resolve(value())
    else if (arg === '-h' || arg === '--help') usage()
    else usage(`unknown option ${arg}`)
  }
  if (options.quick) {
    options.runs = 1
    options.lighthouseRuns = 0
  }
  if (!(options.runs >= 1) || !(options.lighthouseRuns >= 0))
    usage('--runs must be 1 or more, --lighthouse-runs 0 or more')
  return options
}

function usage(message) {
  if (message) console.error(message)
  console.error(
    'usage: node scripts/bench.mjs [--quick] [--no-build] [--runs N] [--lighthouse-runs N | --no-lighthouse] [--no-domain] [--only startup,typing,radar,save,target,dom] [--json file] [--markdown file]',
  )
  process.exit(2)
}

// ─── small helpers ───────────────────────────────────────────────────────────────────────────
const log = (...parts) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...parts)
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))
const median = (values) => {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b)
  if (!sorted.length) return undefined
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}
const percentile = (values, p) => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b)
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : undefined
}
const kib = (bytes) => (!Number.isFinite(bytes) ? 'n/a' : `${(bytes / 1024).toFixed(1)} KiB`)
const ms = (value) => (!Number.isFinite(value) ? 'n/a' : `${Math.round(value)} ms`)
const int = (value) => (!Number.isFinite(value) ? 'n/a' : Math.round(value).toLocaleString('en'))

function run(command, args, { capture = false, env = {} } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: capture ? ['ignore', 'pipe', 'pipe'] : ['ignore', 'inherit', 'inherit'],
    })
    let out = ''
    if (capture) {
      child.stdout.on('data', (chunk) => (out += chunk))
      child.stderr.on('data', (chunk) => (out += chunk))
    }
    child.on('error', (error) => resolve({ code: 127, out: `${out}\n${error.message}` }))
    child.on('exit', (code) => resolve({ code: code ?? 1, out }))
  })
}

const viteBin = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js')

// ─── sizes from dist/ ────────────────────────────────────────────────────────────────────────
function distSizes() {
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8')
  const firstLoad = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1])
  const gzip = new Map()
  const chartLibrary = new Set()
  for (const file of readdirSync(path.join(dist, 'assets')).filter((f) => f.endsWith('.js'))) {
    const text = readFileSync(path.join(dist, 'assets', file))
    gzip.set(`assets/${file}`, gzipSync(text).length)
    // recharts' own code (not the app's chart components, which only name its wrapper classes).
    if (/recharts-(?:cartesian-grid|default-legend|polar-grid|active-dot)/.test(text.toString('utf8')))
      chartLibrary.add(`assets/${file}`)
  }
  return { firstLoad, firstLoadGzip: firstLoad.reduce((sum, f) => sum + (gzip.get(f) ?? 0), 0), gzip, chartLibrary }
}

// ─── what runs in the page before the app (no eval: the app's CSP forbids it) ───────────────
function instrument(key) {
  const bench = {
    readStart: null,
    readEnd: null,
    readEndBy: null,
    readLength: null,
    writes: [],
    longTasks: [],
    armed: null,
  }
  Object.defineProperty(window, '__bench', { value: bench })
  const now = () => performance.now()
  const proto = Storage.prototype
  const { getItem, setItem, removeItem } = proto
  let reading = false
  // The app reads the key, parses, migrates and validates it in one synchronous call; the next storage
  // call (today: the look for backups of older versions) or, failing one, the next microtask ends it.
  const endRead = (by) => {
    if (!reading) return
    reading = false
    bench.readEnd = now()
    bench.readEndBy = by
  }
  proto.getItem = function (name) {
    if (this !== window.localStorage) return getItem.call(this, name)
    if (name === key && bench.readStart === null) {
      bench.readStart = now()
      const value = getItem.call(this, name)
      bench.readLength = value === null ? 0 : value.length
      reading = true
      queueMicrotask(() => endRead('the next microtask'))
      return value
    }
    endRead(`getItem(${name})`)
    return getItem.call(this, name)
  }
  proto.setItem = function (name, value) {
    if (this === window.localStorage) {
      endRead(`setItem(${name})`)
      if (name === key) bench.writes.push({ at: now(), length: String(value).length })
    }
    return setItem.call(this, name, value)
  }
  proto.removeItem = function (name) {
    if (this === window.localStorage) endRead(`removeItem(${name})`)
    return removeItem.call(this, name)
  }
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) bench.longTasks.push({ start: entry.startTime, duration: entry.duration })
    }).observe({ type: 'longtask', buffered: true })
  } catch {
    // no long-task timing in this browser
  }

  // Marks the time inside ResizeObserver callbacks, up to the mutation records they cause (delivered in
  // the microtask checkpoint right after the callback, before the microtask that clears the mark).
  bench.inResizeCallback = false
  const NativeResizeObserver = window.ResizeObserver
  if (NativeResizeObserver)
    window.ResizeObserver = class extends NativeResizeObserver {
      constructor(callback) {
        super((entries, observer) => {
          bench.inResizeCallback = true
          try {
            callback(entries, observer)
          } finally {
            queueMicrotask(() => (bench.inResizeCallback = false))
          }
        })
      }
    }

  /** The first frame painted after `done()` is called: rAF runs before the paint, the message after it. */
  const afterNextPaint = (callback) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel()
      channel.port1.onmessage = () => callback(now())
      channel.port2.postMessage(null)
    })

  /**
   * Arms a measurement: it starts at the timeStamp of the next input event of one of `events`, and ends
   * at the first paint after the screen changed in the way `until` says:
   *   { kind: 'input' }                        the input event was handled (typing)
   *   { kind: 'mutation', selector }           anything under `selector` changed (React commits at once)
   *   { kind: 'present', selector }            an element matching `selector` exists
   *   { kind: 'text', selector, includes }     an element matching `selector` has that text
   */
  bench.arm = (events, until) => {
    let start = null
    let ended = false
    let resolve
    const result = new Promise((r) => (resolve = r))
    const finish = () => {
      if (ended) return
      ended = true
      observer?.disconnect()
      const done = (end) => resolve({ start, end, ms: end - start })
      // A change made in a ResizeObserver callback (a chart sized after the layout) is painted in that
      // same frame: the paint comes before the next task. Any other change is painted in the next frame.
      if (bench.inResizeCallback) {
        const channel = new MessageChannel()
        channel.port1.onmessage = () => done(now())
        channel.port2.postMessage(null)
      } else afterNextPaint(done)
    }
    const onEvent = (event) => {
      if (start !== null) return
      start = event.timeStamp
      for (const type of events) window.removeEventListener(type, onEvent, true)
      if (until.kind === 'input') queueMicrotask(finish)
      // Already there (a change made while the event was dispatched is seen by the observer too).
      else if (until.kind !== 'mutation' && reached([])) queueMicrotask(finish)
    }
    for (const type of events) window.addEventListener(type, onEvent, true)
    /** Whether the screen is now as `until` says. */
    const reached = (records) => {
      if (until.kind === 'present') return document.querySelector(until.selector) !== null
      if (until.kind === 'text')
        return [...document.querySelectorAll(until.selector)].some((e) =>
          (e.textContent ?? '').includes(until.includes),
        )
      return records.some((r) => {
        const element = r.target.nodeType === 1 ? r.target : r.target.parentElement
        return element?.closest(until.selector) != null
      })
    }
    let observer
    if (until.kind !== 'input') {
      observer = new MutationObserver((records) => {
        if (start !== null && reached(records)) finish()
      })
      observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true })
    }
    bench.armed = result
    return true
  }
}

// ─── the browser runs ────────────────────────────────────────────────────────────────────────
async function newThrottledPage(browser, baseURL, storage) {
  const context = await browser.newContext({
    baseURL,
    viewport: VIEWPORT,
    serviceWorkers: 'block',
    reducedMotion: 'no-preference',
  })
  await context.addInitScript(instrument, STORAGE_KEY)
  const page = await context.newPage()
  const errors = []
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()))
  // A document of the origin that runs no app code: seed the storage there, not in the measured load.
  await page.goto('/favicon.svg')
  if (storage)
    await page.evaluate((entries) => Object.entries(entries).forEach(([k, v]) => localStorage.setItem(k, v)), storage)
  const cdp = await context.newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN })
  return { context, page, cdp, errors }
}

/** Waits until the network has been quiet and no long task has run for a while. */
async function settle(page, quietMs = 600) {
  await page.waitForLoadState('networkidle').catch(() => {})
  const deadline = Date.now() + 15_000
  while (Date.now() < deadline) {
    const quiet = await page.evaluate((q) => {
      const last = window.__bench.longTasks.at(-1)
      return !last || performance.now() - (last.start + last.duration) > q
    }, quietMs)
    if (quiet) return
    await sleep(200)
  }
}

async function storageProblem(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('[role="alert"]')]
      .map((e) => e.textContent ?? '')
      .find((t) => /could not be read|not available|is full/i.test(t)),
  )
}

/** How much slower a fixed loop runs in the throttled page than in an unthrottled one (expect about 4). */
async function throttlingCheck(browser, baseURL) {
  const loop = () => {
    const t = performance.now()
    let x = 0
    for (let i = 0; i < 4e7; i++) x += Math.sqrt(i)
    return [performance.now() - t, x]
  }
  // Long enough (about 0.2 s unthrottled) for the throttler's time slices to show; interleaved, so a
  // busy machine slows both sides alike; after one warm-up run.
  const { context, page, cdp } = await newThrottledPage(browser, baseURL)
  const ratios = []
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 })
  await page.evaluate(loop)
  for (let i = 0; i < 4; i++) {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 })
    const [free] = await page.evaluate(loop)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN })
    const [throttled] = await page.evaluate(loop)
    ratios.push(throttled / free)
  }
  await context.close()
  return median(ratios)
}

/** Cold start of `/` for a returning user: the store read, the JS fetched, when the chart library came. */
async function startUp(browser, baseURL, storage, sizes) {
  const { context, page, errors } = await newThrottledPage(browser, baseURL, storage)
  try {
    await page.goto('/')
    await settle(page)
    const seen = await page.evaluate(() => ({
      read: {
        start: window.__bench.readStart,
        end: window.__bench.readEnd,
        by: window.__bench.readEndBy,
        length: window.__bench.readLength,
      },
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      scripts: performance
        .getEntriesByType('resource')
        .filter((e) => /\/assets\/[^/?#]+\.js(?:$|[?#])/.test(e.name))
        .map((e) => ({ file: new URL(e.name).pathname.slice(1), start: e.startTime })),
    }))
    const js = seen.scripts.reduce((sum, s) => sum + (sizes.gzip.get(s.file) ?? 0), 0)
    const chart = seen.scripts.filter((s) => sizes.chartLibrary.has(s.file))
    return {
      readMs: seen.read.start !== null && seen.read.end !== null ? seen.read.end - seen.read.start : undefined,
      readEndBy: seen.read.by,
      readLength: seen.read.length,
      jsGzip: js,
      scripts: seen.scripts.length,
      fcp: seen.fcp ?? undefined,
      chartStart: chart.length ? Math.min(...chart.map((s) => s.start)) : undefined,
      problem: await storageProblem(page),
      errors,
    }
  } finally {
    await context.close()
  }
}

/** Types 100 characters into an evidence note on /assess, one every 120 ms or as soon as the last one painted. */
async function typing(browser, baseURL, storage, otherTabPath) {
  const { context, page, cdp, errors } = await newThrottledPage(browser, baseURL, storage)
  let other
  try {
    if (otherTabPath) {
      other = await context.newPage()
      const otherCdp = await context.newCDPSession(other)
      await otherCdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN })
      await other.goto(otherTabPath)
      await settle(other)
    }
    // The tab typed in is the one in front, as a user's is; the other tab is then behind it.
    await page.bringToFront()
    await page.goto('/assess')
    const note = page.locator('main textarea').first()
    await note.waitFor({ state: 'visible', timeout: 20_000 })
    await settle(page)
    await note.click()
    await page.keyboard.press('End')
    await sleep(1500) // let the settle timer of the click (if any) pass
    const writesBefore = await page.evaluate(() => window.__bench.writes.length)
    const otherLongTasksBefore = other ? await other.evaluate(() => window.__bench.longTasks.length) : 0
    const text = 'Led the pricing experiment with data science and shared the result with sales, support and the execs.'
      .slice(0, 100)
      .padEnd(100, '.')
    const perKey = []
    for (const char of text) {
      const started = Date.now()
      await page.evaluate(() => window.__bench.arm(['keydown'], { kind: 'input' }))
      await page.keyboard.type(char)
      perKey.push((await armedResult(page)).ms)
      const left = 120 - (Date.now() - started)
      if (left > 0) await sleep(left)
    }
    await page.keyboard.press('Tab') // leaving the box saves what is left
    await sleep(2000)
    const writes = await page.evaluate((from) => window.__bench.writes.slice(from), writesBefore)
    const otherLongTasks = other
      ? await other.evaluate((from) => window.__bench.longTasks.slice(from), otherLongTasksBefore)
      : []
    const stored = await page.evaluate((key) => localStorage.getItem(key)?.length ?? 0, STORAGE_KEY)
    const otherTabVisibility = other ? await other.evaluate(() => document.visibilityState) : undefined
    void cdp
    return {
      writes: writes.length,
      charactersWritten: writes.reduce((sum, w) => sum + w.length, 0),
      keyMedian: median(perKey),
      keyP90: percentile(perKey, 90),
      otherTabLongTasksMs: otherLongTasks.reduce((sum, t) => sum + t.duration, 0),
      otherTabVisibility,
      storedAfter: stored,
      problem: await storageProblem(page),
      errors,
    }
  } finally {
    await context.close()
  }
}

/** On /assess, changes a rating, then goes to /gaps by the menu: from the click to the radar painted; twice. */
async function ratingToRadar(browser, baseURL, storage) {
  const { context, page, errors } = await newThrottledPage(browser, baseURL, storage)
  try {
    const times = []
    await page.goto('/assess')
    await page.locator('main [role="radiogroup"]').first().waitFor({ timeout: 20_000 })
    await settle(page)
    for (const round of [0, 1]) {
      if (round > 0) {
        await page.locator('nav a[href="/assess"]').first().click()
        await page.locator('main [role="radiogroup"]').first().waitFor({ timeout: 20_000 })
        await settle(page)
      }
      // A different value in the round-th competency.
      const group = page.locator('main [role="radiogroup"]').nth(round)
      const checkedInput = group.locator('input:checked')
      const checked = (await checkedInput.count()) ? Number(await checkedInput.getAttribute('value')) : 0
      await group.locator(`input[value="${checked >= 3 ? checked - 1 : checked + 1}"]`).check()
      await sleep(300)
      await page.evaluate(() =>
        window.__bench.arm(['pointerdown', 'mousedown', 'click'], {
          kind: 'present',
          selector: 'main svg.radar-surface polygon.radar-series',
        }),
      )
      await page.locator('nav a[href="/gaps"]').first().click()
      times.push((await armedResult(page)).ms)
      await settle(page)
    }
    return { first: times[0], next: times[1], problem: await storageProblem(page), errors }
  } finally {
    await context.close()
  }
}

/** "Save check-in" on /progress: from the click to the first paint of the change. */
async function saveCheckIn(browser, baseURL, storage) {
  const { context, page, errors } = await newThrottledPage(browser, baseURL, storage)
  try {
    await page.goto('/progress')
    const button = page.getByRole('button', { name: 'Save check-in', exact: true })
    await button.waitFor({ timeout: 20_000 })
    await settle(page)
    const rowsBefore = await historyRows(page)
    const longBefore = await page.evaluate(() => window.__bench.longTasks.length)
    await page.evaluate(() =>
      window.__bench.arm(['pointerdown', 'mousedown', 'click'], {
        kind: 'text',
        selector: 'main button',
        includes: 'update this week',
      }),
    )
    await button.click()
    const measured = await armedResult(page)
    await settle(page)
    const longest = await page.evaluate(
      ({ from, start }) =>
        Math.max(
          0,
          ...window.__bench.longTasks
            .slice(from)
            .filter((t) => t.start + t.duration >= start)
            .map((t) => t.duration),
        ),
      { from: longBefore, start: measured.start },
    )
    const updated = await page.getByRole('button', { name: /update this week/ }).count()
    return {
      ms: measured.ms,
      longestTask: longest,
      rowsBefore,
      rowsAfter: await historyRows(page),
      updated: updated > 0,
      problem: await storageProblem(page),
      errors,
    }
  } finally {
    await context.close()
  }
}

/** Changing the target role on / (the overview: readiness, readiness since, gaps and the small radar). */
async function changeTarget(browser, baseURL, storage) {
  const { context, page, errors } = await newThrottledPage(browser, baseURL, storage)
  try {
    await page.goto('/')
    const select = page.getByLabel('Target role').first()
    await select.waitFor({ timeout: 20_000 })
    await settle(page)
    await page.evaluate(() =>
      window.__bench.arm(['input', 'change'], {
        kind: 'text',
        selector: 'main [aria-label="Readiness"]',
        includes: 'Group PM',
      }),
    )
    await select.selectOption('gpm')
    const measured = await armedResult(page)
    return { ms: measured.ms, problem: await storageProblem(page), errors }
  } finally {
    await context.close()
  }
}

/** The armed measurement's result; NaN (and a problem reported) when the screen never changed as expected. */
async function armedResult(page, timeoutMs = 30_000) {
  const result = await page.evaluate(
    (ms) =>
      Promise.race([
        window.__bench.armed,
        new Promise((resolve) => setTimeout(() => resolve({ ms: NaN, timedOut: true }), ms)),
      ]),
    timeoutMs,
  )
  if (result.timedOut)
    timeouts.push(`${new URL(page.url()).pathname}: the expected change did not come within ${timeoutMs / 1000} s`)
  return result
}
const timeouts = []

async function historyRows(page) {
  return page.locator('[aria-label="Check-in history table"] tbody tr').count()
}

/** DOM elements on /progress once it has settled (charts drawn), and the rows of the history. */
async function progressDom(browser, baseURL, storage) {
  const { context, page, errors } = await newThrottledPage(browser, baseURL, storage)
  try {
    await page.goto('/progress')
    await page.locator('main h1').first().waitFor({ timeout: 20_000 })
    await settle(page, 1000)
    return {
      elements: await page.evaluate(() => document.querySelectorAll('*').length),
      rows: await historyRows(page),
      problem: await storageProblem(page),
      errors,
    }
  } finally {
    await context.close()
  }
}

// ─── Lighthouse ──────────────────────────────────────────────────────────────────────────────
async function startDebuggableChromium() {
  const port = await freePort(0)
  const profile = mkdtempSync(path.join(tmpdir(), 'trajectory-bench-'))
  const child = spawn(
    findChromium(),
    [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, 'about:blank'],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  )
  let output = ''
  child.stderr.on('data', (chunk) => (output = (output + chunk).slice(-4000)))
  const deadline = Date.now() + 30_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Chromium exited with code ${child.exitCode}:\n${output}`)
    try {
      if ((await fetch(`http://${host}:${port}/json/version`, { signal: AbortSignal.timeout(1000) })).ok) break
    } catch {
      // not up yet
    }
    await sleep(200)
  }
  const stop = () =>
    new Promise((resolve) => {
      const done = () => {
        rmSync(profile, { recursive: true, force: true })
        resolve()
      }
      if (child.exitCode !== null || child.signalCode !== null) return done()
      const kill = setTimeout(() => child.kill('SIGKILL'), 5000)
      child.once('exit', () => {
        clearTimeout(kill)
        done()
      })
      child.kill('SIGTERM')
    })
  return { port, stop }
}

async function lighthouseScores(baseURL, storage, paths, runs) {
  const { default: lighthouse } = await import('lighthouse')
  const chrome = await startDebuggableChromium()
  const control = await chromium.connectOverCDP(`http://${host}:${chrome.port}`)
  const results = Object.fromEntries(paths.map((p) => [p, []]))
  try {
    for (let i = 0; i < runs; i++) {
      for (const urlPath of paths) {
        // Every run starts alike: no service worker, no caches, nothing but the profile in localStorage.
        const seeder = await control.contexts()[0].newPage()
        await seeder.goto(`${baseURL}/favicon.svg`)
        const cdp = await seeder.context().newCDPSession(seeder)
        await cdp.send('Storage.clearDataForOrigin', { origin: baseURL, storageTypes: 'all' })
        await cdp.send('Network.clearBrowserCache')
        if (storage)
          await seeder.evaluate(
            (entries) => Object.entries(entries).forEach(([k, v]) => localStorage.setItem(k, v)),
            storage,
          )
        await seeder.close()
        const result = await lighthouse(`${baseURL}${urlPath}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance'],
          disableStorageReset: true,
        })
        const lhr = result?.lhr
        if (!lhr || lhr.runtimeError)
          throw new Error(`Lighthouse failed on ${urlPath}: ${lhr?.runtimeError?.message ?? 'no result'}`)
        results[urlPath].push({
          score: lhr.categories.performance.score === null ? undefined : lhr.categories.performance.score * 100,
          tbt: lhr.audits['total-blocking-time']?.numericValue,
          lcp: lhr.audits['largest-contentful-paint']?.numericValue,
          fcp: lhr.audits['first-contentful-paint']?.numericValue,
          dom: lhr.audits['dom-size']?.numericValue,
          warnings: lhr.runWarnings ?? [],
        })
        const run = results[urlPath].at(-1)
        log(
          `lighthouse ${storage ? 'heavy' : 'empty'} ${urlPath}: ${run.score} (FCP ${Math.round(run.fcp)} ms, LCP ${Math.round(run.lcp)} ms, TBT ${Math.round(run.tbt)} ms)`,
        )
      }
    }
  } finally {
    await control.close().catch(() => {})
    await chrome.stop()
  }
  return Object.fromEntries(
    paths.map((p) => [
      p,
      {
        score: median(results[p].map((r) => r.score)),
        tbt: median(results[p].map((r) => r.tbt)),
        lcp: median(results[p].map((r) => r.lcp)),
        fcp: median(results[p].map((r) => r.fcp)),
        dom: median(results[p].map((r) => r.dom)),
        warnings: [...new Set(results[p].flatMap((r) => r.warnings))],
      },
    ]),
  )
}

// ─── domain benchmarks (vitest bench) ────────────────────────────────────────────────────────
async function domainBenchmarks() {
  // Through node_modules/.bin, whose `node` is the Node 22 that Vitest 5 needs (see the README).
  const binDir = path.join(root, 'node_modules', '.bin')
  const { code, out } = await run(path.join(binDir, 'vitest'), ['bench', '--run'], {
    capture: true,
    env: { NO_COLOR: '1', FORCE_COLOR: '0', PATH: `${binDir}${path.delimiter}${process.env.PATH ?? ''}` },
  })
  const rows = []
  let columns
  for (const line of out.split('\n')) {
    const cells = line.trim().split(/\s{2,}/)
    if (cells[0] === 'name' && cells.includes('mean')) {
      columns = cells
      continue
    }
    if (!columns || cells.length < columns.length - 1) {
      if (line.trim() === '') columns = undefined
      continue
    }
    const at = (name) => cells[columns.indexOf(name)]
    rows.push({ name: cells[0], hz: at('hz'), mean: at('mean'), p99: at('p99'), rme: at('rme') })
  }
  // Sizes the benchmarks print, e.g. "built-in framework, 17 ratings, no notes: 537 characters".
  const sizes = [...out.matchAll(/^([^\n:|]{8,100}): ([\d,]+) characters\b.*$/gm)].map((m) => ({
    name: m[1].trim(),
    characters: m[2],
  }))
  return { code, rows, sizes, out }
}

// ─── main ────────────────────────────────────────────────────────────────────────────────────
const options = parseArgs(process.argv.slice(2))
const started = Date.now()
if (options.build) {
  log('building (vite build)')
  const { code, out } = await run(process.execPath, [viteBin, 'build'], { capture: true })
  if (code !== 0) {
    console.error(out)
    throw new Error('vite build failed')
  }
}
const sizes = distSizes()
const now = new Date()
const heavy = heavyProfileStorage({ now })
const heavy520 = heavyProfileStorage({ now, weeks: 520 })
const notes = []
const problems = []
const check = (what, result) => {
  if (result?.problem) problems.push(`${what}: the app showed "${result.problem.slice(0, 120)}"`)
  for (const error of result?.errors ?? []) problems.push(`${what}: console error: ${error.slice(0, 200)}`)
  return result
}

const server = await startPreview()
// Stop the server however the run ends (an error, Ctrl-C).
process.once('SIGINT', () => void server.stop().then(() => process.exit(130)))
process.once('SIGTERM', () => void server.stop().then(() => process.exit(143)))
log(
  `serving dist/ at ${server.url}; ${options.runs} run(s) of each browser figure, Lighthouse ${options.lighthouseRuns} run(s)`,
)
const r = {}
let browser
try {
  browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true })
  r.throttling = await throttlingCheck(browser, server.url)
  log(
    `CPU slowdown check: a fixed loop runs ${r.throttling.toFixed(1)}x slower in the throttled page (asked: ${CPU_SLOWDOWN}x)`,
  )
  const want = (group) => !options.only || options.only.has(group)
  const repeat = async (group, name, fn) => {
    const list = []
    for (let i = 0; want(group) && i < options.runs; i++) {
      list.push(check(name, await fn()))
      log(`${name} ${i + 1}/${options.runs}`)
    }
    return list
  }
  r.startHeavy = await repeat('startup', 'start-up, heavy', () => startUp(browser, server.url, heavy, sizes))
  r.startEmpty = await repeat('startup', 'start-up, empty', () => startUp(browser, server.url, undefined, sizes))
  r.typing = await repeat('typing', 'typing a note', () => typing(browser, server.url, heavy))
  r.typingTwoTabs = await repeat('typing', 'typing a note, /progress open in another tab', () =>
    typing(browser, server.url, heavy, '/progress'),
  )
  r.radar = await repeat('radar', 'rating → radar', () => ratingToRadar(browser, server.url, heavy))
  r.save = await repeat('save', 'save check-in', () => saveCheckIn(browser, server.url, heavy))
  r.target = await repeat('target', 'change target', () => changeTarget(browser, server.url, heavy))
  r.dom260 = want('dom') ? check('/progress, 260 check-ins', await progressDom(browser, server.url, heavy)) : {}
  r.dom520 = want('dom') ? check('/progress, 520 check-ins', await progressDom(browser, server.url, heavy520)) : {}
} catch (error) {
  await browser?.close()
  await server.stop()
  throw error
} finally {
  await browser?.close().catch(() => {})
}
try {
  if (options.lighthouseRuns > 0 && (!options.only || options.only.has('lighthouse'))) {
    log('Lighthouse, heavy profile')
    r.lhHeavy = await lighthouseScores(server.url, heavy, ['/', '/gaps', '/progress'], options.lighthouseRuns)
    log('Lighthouse, empty profile')
    r.lhEmpty = await lighthouseScores(server.url, undefined, ['/', '/gaps', '/progress'], options.lighthouseRuns)
  }
} finally {
  await server.stop()
}
if (options.domain && (!options.only || options.only.has('domain'))) {
  log('domain benchmarks (vitest bench)')
  r.domain = await domainBenchmarks()
  if (r.domain.code !== 0 || !r.domain.rows.length)
    problems.push(`vitest bench exited with code ${r.domain.code}:\n${r.domain.out.slice(-2000)}`)
}

// ─── the table ───────────────────────────────────────────────────────────────────────────────
const pick = (list, key) => median(list.map((x) => x[key]))
const storedHeavy = heavy[STORAGE_KEY].length
const storedByApp = pick(r.typing, 'storedAfter')
const readBy = [...new Set(r.startHeavy.map((s) => s.readEndBy))].join(', ')
const fcp = pick(r.startHeavy, 'fcp')
const chartStarts = r.startHeavy.map((s) => s.chartStart)
const chartAfterPaint = r.startHeavy.every(
  (s) => s.chartStart === undefined || (s.fcp !== undefined && s.chartStart >= s.fcp),
)
const lh = (set) => (set ? ['/', '/gaps', '/progress'].map((p) => int(set[p].score)).join(', ') : 'not run (--quick)')
const lhDetail = (set) => (set ? ` (TBT ${['/', '/gaps', '/progress'].map((p) => ms(set[p].tbt)).join(', ')})` : '')
const rows = [
  ['first-load JS of `/`, gzip', kib(sizes.firstLoadGzip), '≤ 110 KiB'],
  [
    'all JS the first load of `/` fetches, returning user (heavy)',
    `${kib(pick(r.startHeavy, 'jsGzip'))} (a new user: ${kib(pick(r.startEmpty, 'jsGzip'))}); chart library ${chartStarts.every((s) => s === undefined) ? 'not fetched' : `fetched at ${ms(median(chartStarts))}, first paint at ${ms(fcp)}`}`,
    '≤ 150 KiB; the chart library after first paint',
  ],
  [
    'stored size, heavy profile',
    `${int(storedHeavy)} characters, ${((storedHeavy / QUOTA_CHARACTERS) * 100).toFixed(1)} % of the quota${storedByApp ? ` (${int(storedByApp)} once the app has saved)` : ''}`,
    '≤ 5 %',
  ],
  ['store read at start-up (read, parse, migrate, validate), heavy', ms(pick(r.startHeavy, 'readMs')), '≤ 30 ms'],
  [
    'writes while typing a 100-character note on /assess, heavy',
    r.typing.length === 0
      ? 'not run'
      : `${int(pick(r.typing, 'writes'))} writes of the whole state, ${((pick(r.typing, 'charactersWritten') ?? NaN) / 1e6).toFixed(2)} M characters written; ${ms(pick(r.typing, 'keyMedian'))} per keystroke (p90 ${ms(pick(r.typing, 'keyP90'))}); with /progress open in a second tab (${[...new Set(r.typingTwoTabs.map((t) => t.otherTabVisibility))].join(', ') || 'n/a'} behind this one): ${int(pick(r.typingTwoTabs, 'writes'))} writes, ${ms(pick(r.typingTwoTabs, 'keyMedian'))} per keystroke, the other tab ${ms(pick(r.typingTwoTabs, 'otherTabLongTasksMs') / 100)} of long tasks per keystroke (${ms(median(r.typingTwoTabs.map((t) => t.otherTabLongTasksMs / Math.max(1, t.writes))))} per write)`,
    'one write per settled edit; a keystroke ≤ 16 ms; the other tab re-renders only what changed',
  ],
  [
    'rating change → radar painted on `/gaps`, heavy',
    `${ms(pick(r.radar, 'first'))} first, ${ms(pick(r.radar, 'next'))} next`,
    '≤ 100 ms',
  ],
  [
    '"Save check-in" → painted on `/progress`, heavy',
    `${ms(pick(r.save, 'ms'))} (longest task ${ms(pick(r.save, 'longestTask'))})`,
    '≤ 100 ms',
  ],
  ['changing the target (on `/`), heavy', ms(pick(r.target, 'ms')), '≤ 100 ms'],
  [
    'DOM elements on `/progress`, 260 and 520 check-ins',
    `${int(r.dom260.elements)}, ${int(r.dom520.elements)}`,
    '≤ ~1,500 at 520',
  ],
  [
    'Lighthouse mobile, heavy profile: `/`, `/gaps`, `/progress`',
    `${lh(r.lhHeavy)}${lhDetail(r.lhHeavy)}`,
    '≥ 95 each',
  ],
  [
    'Lighthouse mobile, empty profile: `/`, `/gaps`, `/progress`',
    `${lh(r.lhEmpty)}${lhDetail(r.lhEmpty)}`,
    '≥ 98 each',
  ],
]
for (const d of r.domain?.rows ?? [])
  rows.push([`domain bench: ${d.name}`, `${d.mean} ms mean (p99 ${d.p99} ms, ${d.rme})`, 'reported only'])
for (const d of r.domain?.sizes ?? [])
  rows.push([
    `share link: ${d.name}`,
    `${d.characters} characters`,
    /built-in/.test(d.name) ? '< 2,000' : 'reported only',
  ])

const escape = (cell) => String(cell).replaceAll('|', '\\|')
const table = [
  '| figure | measured | goal |',
  '| --- | --- | --- |',
  ...rows.map((row) => `| ${row.map(escape).join(' | ')} |`),
].join('\n')

notes.push(
  `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, Chromium at ${CPU_SLOWDOWN}x CPU slowdown (checked: a fixed loop ran ${r.throttling.toFixed(1)}x slower throttled), ` +
    `${options.runs === 1 ? '1 run' : `medians of ${options.runs} runs`}, Lighthouse ${options.lighthouseRuns ? `medians of ${options.lighthouseRuns}` : 'not run'}; ` +
    `${Math.round((Date.now() - started) / 1000)} s in all.`,
)
if (r.domain)
  notes.push(
    'Domain bench rows: `vitest bench` of src/**/*.bench.ts in Node, without CPU slowdown; the share-link sizes are printed by src/persistence/share-link.bench.ts.',
  )
notes.push(
  `Store read ends at: ${readBy || 'n/a'}. Heavy profile: ${int(storedHeavy)} characters; /progress showed ${r.dom260.rows ?? 'n/a'} history rows (260 check-ins) and ${r.dom520.rows ?? 'n/a'} (520).`,
)
if (!chartAfterPaint) notes.push('The chart library was fetched before the first contentful paint in at least one run.')
for (const timeout of timeouts) problems.push(timeout)
if (r.save.some((s) => !s.updated))
  notes.push('"Save check-in" did not turn into "update this week\'s" in every run: check the measurement.')
if (r.lhHeavy && r.lhEmpty)
  notes.push(
    `Lighthouse's DOM size, heavy profile: ${['/', '/gaps', '/progress'].map((p) => `${p} ${int(r.lhHeavy[p].dom)}`).join(', ')} elements (FCP ${['/', '/gaps', '/progress'].map((p) => ms(r.lhHeavy[p].fcp)).join(', ')}; LCP ${['/', '/gaps', '/progress'].map((p) => ms(r.lhHeavy[p].lcp)).join(', ')}); empty profile: FCP ${['/', '/gaps', '/progress'].map((p) => ms(r.lhEmpty[p].fcp)).join(', ')}; LCP ${['/', '/gaps', '/progress'].map((p) => ms(r.lhEmpty[p].lcp)).join(', ')}.`,
  )
for (const set of [r.lhHeavy, r.lhEmpty])
  for (const [p, v] of Object.entries(set ?? {})) for (const w of v.warnings) notes.push(`Lighthouse ${p}: ${w}`)

if (!problems.length) notes.push('Every run: no storage alert, no console error, every expected change came.')
console.log(`\n${table}\n`)
for (const note of notes) console.log(`- ${note}`)
if (problems.length) {
  console.log('\nProblems (the figures above may not mean what they say):')
  for (const problem of [...new Set(problems)]) console.log(`- ${problem}`)
  process.exitCode = 1
}
if (options.json) {
  mkdirSync(path.dirname(options.json), { recursive: true })
  writeFileSync(
    options.json,
    JSON.stringify(
      {
        options,
        sizes: { firstLoadGzip: sizes.firstLoadGzip },
        results: { ...r, domain: r.domain?.rows },
        notes,
        problems,
      },
      null,
      2,
    ),
  )
}
if (options.markdown) {
  mkdirSync(path.dirname(options.markdown), { recursive: true })
  writeFileSync(options.markdown, `${table}\n\n${notes.map((n) => `- ${n}`).join('\n')}\n`)
}
log(`wrote ${path.relative(root, options.markdown)} and ${path.relative(root, options.json)}`)
