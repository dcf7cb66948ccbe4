#!/usr/bin/env node
// Full-page screenshots of the production build, for reviews and docs.
//
//   npm run build
//   node scripts/screenshots.mjs [--seed state.json] [--out dir] [paths...]
//
// paths default to / and /ladder. Each path is shot at 1280x800 and 390x844,
// light and dark, into screenshots/<name>-<width>-<scheme>.png, where <name>
// is the path without slashes ('home' for /). --seed takes a JSON file
// {"<localStorage key>": "<value string>"} written before the app loads, so
// screens can be shot with data. Non-string values are JSON-stringified.
import { mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { launchChromium } from './chromium.mjs'
import { startPreview } from './preview-server.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]
const SCHEMES = ['light', 'dark']

function usage(message) {
  if (message) console.error(message)
  console.error('usage: node scripts/screenshots.mjs [--seed state.json] [--out dir] [paths...]')
  process.exit(2)
}

function parseArgs(argv) {
  const paths = []
  let seedFile
  let outDir = path.join(root, 'screenshots')
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]
    if (arg === '--seed') seedFile = argv[++i] ?? usage('--seed needs a file')
    else if (arg.startsWith('--seed=')) seedFile = arg.slice('--seed='.length)
    else if (arg === '--out') outDir = path.resolve(argv[++i] ?? usage('--out needs a directory'))
    else if (arg.startsWith('--out=')) outDir = path.resolve(arg.slice('--out='.length))
    else if (arg === '-h' || arg === '--help') usage()
    else if (arg.startsWith('-')) usage(`unknown option ${arg}`)
    else paths.push(arg.startsWith('/') ? arg : `/${arg}`)
  }
  return { paths: paths.length ? paths : ['/', '/ladder'], seedFile, outDir }
}

function readSeed(file) {
  if (!file) return undefined
  const data = JSON.parse(readFileSync(path.resolve(file), 'utf8'))
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    throw new Error(`${file}: expected a JSON object {"key": "value string"}`)
  }
  return Object.fromEntries(
    Object.entries(data).map(([key, value]) => [key, typeof value === 'string' ? value : JSON.stringify(value)]),
  )
}

function shotName(urlPath) {
  const name = urlPath
    .replace(/[?#].*$/, '')
    .replace(/^\/+|\/+$/g, '')
    .replace(/[^a-zA-Z0-9._-]+/g, '-')
  return name || 'home'
}

const { paths, seedFile, outDir } = parseArgs(process.argv.slice(2))
const seed = readSeed(seedFile)
mkdirSync(outDir, { recursive: true })

const server = await startPreview(4173)
const browser = await launchChromium()
const written = []
let failures = 0
try {
  for (const urlPath of paths) {
    for (const viewport of VIEWPORTS) {
      for (const colorScheme of SCHEMES) {
        const context = await browser.newContext({
          baseURL: server.url,
          viewport,
          colorScheme,
          reducedMotion: 'reduce',
        })
        if (seed) {
          await context.addInitScript((entries) => {
            try {
              for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value)
            } catch {
              // opaque origins (about:blank) have no storage
            }
          }, seed)
        }
        const page = await context.newPage()
        const errors = []
        page.on('pageerror', (error) => errors.push(error.message))
        page.on('console', (message) => message.type() === 'error' && errors.push(message.text()))
        try {
          await page.goto(urlPath, { waitUntil: 'networkidle' })
          await page
            .locator('main')
            .first()
            .waitFor({ state: 'visible', timeout: 10_000 })
            .catch(() => {})
          await page.evaluate(() => document.fonts?.ready)
          const file = path.join(outDir, `${shotName(urlPath)}-${viewport.width}-${colorScheme}.png`)
          await page.screenshot({ path: file, fullPage: true, animations: 'disabled' })
          written.push(path.relative(process.cwd(), file))
          console.log(`wrote ${path.relative(process.cwd(), file)}`)
          for (const error of errors) console.warn(`  console error on ${urlPath}: ${error}`)
        } catch (error) {
          failures += 1
          console.error(`failed ${urlPath} ${viewport.width} ${colorScheme}: ${error.message}`)
        } finally {
          await context.close()
        }
      }
    }
  }
} finally {
  await browser.close()
  await server.stop()
}
console.log(`${written.length} screenshot(s) written to ${path.relative(process.cwd(), outDir) || '.'}`)
if (failures) process.exitCode = 1
