#!/usr/bin/env node
// Build report: gzip size of every chunk in dist/, and of what the first screen loads
// (the entry script, its preloaded imports and the stylesheet named in index.html).
// Fails when the first load passes its budget, so size is measured on every run,
// never guessed from a timed test. Usage: node scripts/size-report.mjs [--budget KiB]
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const dist = path.join(root, 'dist')
const budgetArg = process.argv.indexOf('--budget')
// React, the router, zustand, valibot and the framework's structure; recharts loads later, with the charts, and the
// framework's texts with the screens that show them (first-load-guard.mjs fails the build if they do not).
const budgetKiB = budgetArg > 0 ? Number(process.argv[budgetArg + 1]) : 160

const gz = (file) => gzipSync(readFileSync(path.join(dist, file))).length
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`

const html = readFileSync(path.join(dist, 'index.html'), 'utf8')
const firstLoad = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1])

const assets = readdirSync(path.join(dist, 'assets'))
  .filter((f) => /\.(js|css)$/.test(f))
  .map((f) => ({ file: `assets/${f}`, gzip: gz(`assets/${f}`) }))
  .sort((a, b) => b.gzip - a.gzip)

console.log('chunk'.padEnd(48), 'gzip')
for (const a of assets) console.log(`${firstLoad.includes(a.file) ? '*' : ' '} ${a.file.padEnd(46)} ${kib(a.gzip)}`)
const firstJs = firstLoad.filter((f) => f.endsWith('.js')).reduce((sum, f) => sum + gz(f), 0)
const firstCss = firstLoad.filter((f) => f.endsWith('.css')).reduce((sum, f) => sum + gz(f), 0)
console.log(
  `\n* first load: ${kib(firstJs)} JavaScript + ${kib(firstCss)} CSS (budget for JavaScript: ${budgetKiB} KiB)`,
)
if (firstJs > budgetKiB * 1024) {
  console.error(`First-load JavaScript is over budget by ${kib(firstJs - budgetKiB * 1024)}.`)
  process.exit(1)
}
