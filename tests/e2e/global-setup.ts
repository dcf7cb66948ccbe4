// Global setup of the browser tests: serve the production build with
// `vite preview` on a free port, hand its URL to the tests, stop it afterwards.
// It builds nothing: run `npm run build` (or `npm test`) first.
//
// Set E2E_BASE_URL to test a server that is already running instead.
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createServer } from 'node:net'
import { fileURLToPath } from 'node:url'
import path from 'node:path'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the app under test, e.g. http://127.0.0.1:4173 (no trailing slash). */
    baseURL: string
  }
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const host = '127.0.0.1'
const preferredPort = 4173

/** Resolves with `port` if it can be bound on `host`, else with a free port the OS picks. */
function freePort(port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (port !== 0 && error.code === 'EADDRINUSE') resolve(freePort(0))
      else reject(error)
    })
    server.listen(port, host, () => {
      const address = server.address()
      const chosen = typeof address === 'object' && address ? address.port : port
      server.close(() => resolve(chosen))
    })
  })
}

async function waitUntilServing(url: string, child: ChildProcess, output: () => string, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`vite preview exited (${child.exitCode ?? child.signalCode}) before serving ${url}:\n${output()}`)
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) })
      if (response.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`vite preview did not answer at ${url} within ${timeoutMs / 1000}s:\n${output()}`)
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 5_000)
    child.once('exit', () => {
      clearTimeout(kill)
      resolve()
    })
    child.kill('SIGTERM')
  })
}

export default async function setup(project: TestProject) {
  const external = process.env.E2E_BASE_URL
  if (external) {
    project.provide('baseURL', external.replace(/\/+$/, ''))
    return
  }

  const indexHtml = path.join(root, 'dist', 'index.html')
  if (!existsSync(indexHtml)) {
    throw new Error(
      `No production build: ${path.relative(process.cwd(), indexHtml) || indexHtml} is missing. Run \`npm run build\` first (npm test does it for you).`,
    )
  }

  const viteBin = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js')
  const port = await freePort(preferredPort)
  const baseURL = `http://${host}:${port}`
  let log = ''
  // process.execPath: the same Node (22) that runs vitest.
  const child = spawn(process.execPath, [viteBin, 'preview', '--host', host, '--port', String(port), '--strictPort'], {
    cwd: root,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const collect = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-4_000)
  }
  child.stdout?.on('data', collect)
  child.stderr?.on('data', collect)

  try {
    await waitUntilServing(`${baseURL}/`, child, () => log)
  } catch (error) {
    await stop(child)
    throw error
  }

  project.provide('baseURL', baseURL)

  return async () => {
    await stop(child)
  }
}
