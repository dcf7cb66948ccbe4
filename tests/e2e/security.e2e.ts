import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { afterAll, describe, expect, it } from 'vitest'
import v3 from '../fixtures/persisted-v3.json'
import { closeBrowser, openPage } from './browser'

const ROUTES = ['/', '/assess', '/gaps', '/progress', '/plan', '/ladder', '/report', '/settings', '/shared']

afterAll(closeBrowser)

type Recorded = { __cspViolations: string[] }

/** Every CSP and Trusted Types violation the page reports, from every document load after this call. */
async function recordViolations(page: Page) {
  await page.context().addInitScript(() => {
    const w = window as unknown as Recorded
    w.__cspViolations = []
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__cspViolations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`.trim()),
    )
  })
  return () => page.evaluate(() => (window as unknown as Recorded).__cspViolations)
}

async function settle(page: Page) {
  await page.getByRole('heading', { level: 1 }).first().waitFor()
  // Charts load lazily: wait for them so their scripts and styles are checked too.
  await page.waitForLoadState('networkidle')
}

describe('content security policy and Trusted Types', () => {
  it('allow the built app to talk only to its own origin, and nothing on any screen, import or export breaks them', async () => {
    const { page, context, externalRequests, consoleErrors } = await openPage('/', {
      localStorage: { trajectory: JSON.stringify(v3) },
    })
    const violationsNow = await recordViolations(page)
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
    expect(policy).toContain("connect-src 'self'")
    expect(policy).toContain("default-src 'none'")
    expect(policy).toContain("require-trusted-types-for 'script'")
    expect(policy).toContain('trusted-types default')

    const violations: string[] = []
    const collect = async (where: string) => violations.push(...(await violationsNow()).map((v) => `${where} ${v}`))
    for (const route of ROUTES) {
      await page.goto(route)
      await settle(page)
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)))
      await collect(route)
    }

    // A framework import: the example CSV, read, shown, added and put in use.
    await page.goto('/settings')
    await settle(page)
    await page.getByRole('button', { name: /^Engineering ladder/ }).click()
    await page.getByRole('heading', { level: 3, name: 'Engineering ladder' }).waitFor()
    await page.getByRole('button', { name: 'Add framework' }).click()
    await page.getByRole('combobox', { name: 'Framework', exact: true }).selectOption({ label: 'Engineering ladder' })
    await page.goto('/gaps')
    await settle(page)
    await collect('framework import')

    // The data leaves as a file and comes back through "Import data" and "Replace".
    await page.goto('/settings')
    await settle(page)
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export data' }).click(),
    ])
    const file = await download.path()
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ type: 'trajectory-export' })
    await page.getByLabel(/^Import data/).setInputFiles(file)
    await page.getByRole('button', { name: /^Replace/ }).click()
    await page.getByText('Your data was replaced with the file’s.').waitFor()
    await page.goto('/progress')
    await settle(page)
    await collect('data export and import')

    // The service worker was registered through the one policy.
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r !== undefined))).toBe(true)
    const errors = [...consoleErrors]

    // The policies work: a request to another origin is refused, and so is a string at an HTML or
    // script sink, any script URL but the worker's, and any other policy.
    const blocked = await page.evaluate(() =>
      fetch('https://example.com/').then(
        () => 'sent',
        () => 'blocked',
      ),
    )
    const sinks = await page.evaluate(() => {
      const attempt = (f: () => void) => {
        try {
          f()
          return 'allowed'
        } catch (error) {
          return (error as Error).name
        }
      }
      const tt = (window as unknown as { trustedTypes: { createPolicy: (name: string, rules: object) => unknown } })
        .trustedTypes
      return {
        html: attempt(() => void (document.createElement('div').innerHTML = '<img src=x>')),
        scriptUrl: attempt(() => void (document.createElement('script').src = '/assets/other.js')),
        policy: attempt(() => void tt.createPolicy('permissive', { createHTML: (s: string) => s })),
      }
    })
    await context.close()
    expect(violations).toEqual([])
    expect(errors).toEqual([])
    expect(blocked).toBe('blocked')
    expect(sinks).toEqual({ html: 'TypeError', scriptUrl: 'TypeError', policy: 'TypeError' })
    expect(externalRequests).toEqual([])
  })
})
