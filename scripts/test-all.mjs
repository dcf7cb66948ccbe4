#!/usr/bin/env node
// The one test command (`npm test`): typecheck, format, lint, dead code, unit/component tests,
// production build, browser tests. Every step runs even if an earlier one
// failed (except the browser tests, which need the build), so one run reports
// everything. The last line is always `N passed, N failed`, counting every
// vitest test (unit, time zones, e2e) plus one per check step (typecheck, format, lint, dead code, build, size).
// Exit code 0 only if nothing failed.
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const binDir = path.join(root, 'node_modules', '.bin')
const cacheDir = path.join(root, '.cache')
mkdirSync(cacheDir, { recursive: true })

// The local binaries (and the local Node 22 from the `node` devDependency) come first.
const env = { ...process.env, PATH: `${binDir}${path.delimiter}${process.env.PATH ?? ''}` }

const bin = (name) => path.join(binDir, name)

function run(command, args, extraEnv = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env: { ...env, ...extraEnv }, stdio: 'inherit' })
    child.on('error', (error) => {
      console.error(`could not start ${command}: ${error.message}`)
      resolve(127)
    })
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)))
  })
}

function readVitestJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'))
  } catch {
    return undefined
  }
}

const results = [] // { name, outcome: 'passed'|'failed'|'skipped', detail, passed, failed, seconds }

async function checkStep(name, command, args) {
  banner(name, [command, ...args])
  const started = Date.now()
  const code = await run(bin(command), args)
  const ok = code === 0
  results.push({
    name,
    outcome: ok ? 'passed' : 'failed',
    detail: ok ? 'ok' : `exit code ${code}`,
    passed: ok ? 1 : 0,
    failed: ok ? 0 : 1,
    seconds: (Date.now() - started) / 1000,
  })
  return ok
}

async function vitestStep(name, extraArgs, jsonName, extraEnv = {}) {
  const jsonFile = path.join(cacheDir, jsonName)
  rmSync(jsonFile, { force: true })
  const args = [
    'run',
    ...extraArgs,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${path.relative(root, jsonFile)}`,
  ]
  banner(name, ['vitest', ...args])
  const started = Date.now()
  const code = await run(bin('vitest'), args, extraEnv)
  const report = existsSync(jsonFile) ? readVitestJson(jsonFile) : undefined
  let passed = report?.numPassedTests ?? 0
  let failed = report?.numFailedTests ?? 0
  let detail = `${passed} passed, ${failed} failed`
  if (report && (report.numPendingTests || report.numTodoTests)) {
    detail += `, ${(report.numPendingTests ?? 0) + (report.numTodoTests ?? 0)} skipped/todo`
  }
  if (!report) {
    failed += 1
    detail = `no JSON report (exit code ${code}): counted as 1 failure`
  } else if (code !== 0 && failed === 0) {
    // e.g. no test files, a file that fails to import, an error in global setup, unhandled errors
    failed += 1
    detail += `; vitest exited with code ${code} (suite or setup error): counted as 1 failure`
  }
  results.push({
    name,
    outcome: code === 0 && failed === 0 ? 'passed' : 'failed',
    detail: `${detail} (report: ${path.relative(root, jsonFile)})`,
    failures: failuresIn(report),
    passed,
    failed,
    seconds: (Date.now() - started) / 1000,
  })
}

/** Each failed test as one line (file, name, first line of the error), for the summary: CI may keep only the tail. */
function failuresIn(report) {
  const lines = []
  for (const file of report?.testResults ?? []) {
    for (const test of file.assertionResults ?? []) {
      if (test.status !== 'failed') continue
      const message = (test.failureMessages?.[0] ?? '').split('\n')[0].slice(0, 200)
      lines.push(`${path.relative(root, file.name)} › ${test.fullName ?? test.title}: ${message}`)
    }
    if (file.status === 'failed' && !(file.assertionResults ?? []).length)
      lines.push(`${path.relative(root, file.name)}: ${file.message ?? 'failed'}`)
  }
  return lines
}

function banner(name, argv) {
  console.log(`\n━━━ ${name}: ${argv.join(' ')}\n`)
}

await checkStep('typecheck', 'tsc', ['--noEmit', '-p', '.'])
// Every file as Prettier writes it (.prettierrc.json; `npm run format` rewrites them).
await checkStep('format', 'prettier', ['--check', '.'])
await checkStep('lint', 'eslint', ['--max-warnings', '0', '.'])
// Unused files, exports and dependencies (knip.jsonc says what it reads).
await checkStep('dead code', 'knip', [])
await vitestStep('unit tests', [], 'vitest-unit.json')
// Dates must hold in every time zone: run the date, week and check-in tests (a stored check-in's week
// is worked out from its date) again in zones that
// sit far from this machine's (UTC+14, a DST zone south of the equator, a half-hour DST zone).
for (const zone of ['Pacific/Kiritimati', 'America/Santiago', 'Australia/Lord_Howe']) {
  await vitestStep(
    `time zone ${zone}`,
    [
      'src/domain/dates.test.ts',
      'src/domain/check-ins.test.ts',
      'src/domain/check-in-changes.test.ts',
      'src/domain/forecast.test.ts',
      'tests/routes/progress.test.tsx',
    ],
    `vitest-tz-${zone.replace('/', '-')}.json`,
    { TZ: zone },
  )
}
const built = await checkStep('build', 'vite', ['build'])
if (built) {
  await checkStep('size budget', 'node', ['scripts/size-report.mjs', '--budget', '110'])
  await vitestStep('browser tests', ['-c', 'vitest.e2e.config.ts'], 'vitest-e2e.json')
} else {
  results.push({
    name: 'browser tests',
    outcome: 'skipped',
    detail: 'skipped: the build failed',
    passed: 0,
    failed: 0,
    seconds: 0,
  })
}

const totalPassed = results.reduce((sum, step) => sum + step.passed, 0)
const totalFailed = results.reduce((sum, step) => sum + step.failed, 0)
const width = Math.max(...results.map((step) => step.name.length))

console.log('\n━━━ summary\n')
for (const step of results) {
  const mark = step.outcome === 'passed' ? 'PASS' : step.outcome === 'failed' ? 'FAIL' : 'SKIP'
  const time = step.outcome === 'skipped' ? '' : ` (${step.seconds.toFixed(1)}s)`
  console.log(`${mark}  ${step.name.padEnd(width)}  ${step.detail}${time}`)
  for (const failure of step.failures ?? []) console.log(`      ✗ ${failure}`)
}
console.log('')
console.log(`${totalPassed} passed, ${totalFailed} failed`)
process.exitCode = totalFailed > 0 || results.some((step) => step.outcome !== 'passed') ? 1 : 0
