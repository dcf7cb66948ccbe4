// The production build served by `vite preview` on a free port, for scripts that drive a browser
// against it (screenshots, bench). The browser tests have their own (tests/e2e/global-setup.ts).
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createServer } from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const host = '127.0.0.1'

/** `port` if it can be bound (0: any), else a free port the system picks. */
export function freePort(port = 0) {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.once('error', (error) => (port !== 0 && error.code === 'EADDRINUSE' ? resolve(freePort(0)) : reject(error)))
    server.listen(port, host, () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : port))
    })
  })
}

/** Starts `vite preview` of dist/ (preferably on `port`) and resolves once it answers: { url, stop }. */
export async function startPreview(port = 0) {
  if (!existsSync(path.join(root, 'dist', 'index.html')))
    throw new Error('No production build (dist/index.html is missing): run `npm run build` first')
  const chosen = await freePort(port)
  const url = `http://${host}:${chosen}`
  let log = ''
  const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js')
  const child = spawn(process.execPath, [vite, 'preview', '--host', host, '--port', String(chosen), '--strictPort'], {
    cwd: root,
    env: { ...process.env, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const collect = (chunk) => (log = (log + chunk).slice(-4000))
  child.stdout.on('data', collect)
  child.stderr.on('data', collect)
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve()
      const kill = setTimeout(() => child.kill('SIGKILL'), 5000)
      child.once('exit', () => {
        clearTimeout(kill)
        resolve()
      })
      child.kill('SIGTERM')
    })
  const deadline = Date.now() + 30_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with code ${child.exitCode}:\n${log}`)
    try {
      if ((await fetch(`${url}/`, { signal: AbortSignal.timeout(2000) })).ok) return { url, stop }
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  await stop()
  throw new Error(`vite preview did not answer at ${url}:\n${log}`)
}
