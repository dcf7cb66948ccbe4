import { afterAll, describe, expect, it } from 'vitest'
import v3 from '../fixtures/persisted-v3.json'
import { closeBrowser, openPage } from './browser'

const ROUTES = ['/', '/assess', '/gaps', '/progress', '/plan', '/ladder', '/report', '/settings']

afterAll(closeBrowser)

describe('content security policy', () => {
  it('allows the built app to talk only to its own origin, and nothing on any screen breaks it', async () => {
    const { page, context, externalRequests } = await openPage('/', { localStorage: { trajectory: JSON.stringify(v3) } })
    await context.addInitScript(() => {
      const w = window as unknown as { __cspViolations: string[] }
      w.__cspViolations = []
      document.addEventListener('securitypolicyviolation', (e) => w.__cspViolations.push(`${e.violatedDirective}: ${e.blockedURI}`))
    })
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
    expect(policy).toContain("connect-src 'self'")
    expect(policy).toContain("default-src 'none'")

    const violations: string[] = []
    for (const route of ROUTES) {
      await page.goto(route)
      await page.getByRole('heading', { level: 1 }).waitFor()
      // Charts load lazily: wait for them so their scripts and styles are checked too.
      await page.waitForLoadState('networkidle')
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)))
      violations.push(...(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).map((v) => `${route} ${v}`))
    }
    // The policy works: a request to another origin is refused by the browser.
    const blocked = await page.evaluate(() =>
      fetch('https://example.com/').then(
        () => 'sent',
        () => 'blocked',
      ),
    )
    await context.close()
    expect(violations.filter((v) => !v.includes('example.com'))).toEqual([])
    expect(blocked).toBe('blocked')
    expect(externalRequests).toEqual([])
  })
})
