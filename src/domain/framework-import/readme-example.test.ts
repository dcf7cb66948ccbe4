import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { readFrameworkFile } from './read-framework-file'

// The README documents the format with a complete example: it must stay one the app accepts.
// Through a variable: Vite rewrites a literal `new URL(…, import.meta.url)` into an asset URL.
const here = import.meta.url
const readmeUrl = new URL('../../../README.md', here)

describe("the README's framework example", () => {
  it('imports, with its null expectations, list descriptor and track as written', () => {
    const readme = readFileSync(fileURLToPath(readmeUrl), 'utf8')
    const example = /## Bring your own framework[\s\S]*?```json\n([\s\S]*?)```/.exec(readme)?.[1]
    expect(example, 'a ```json block under "Bring your own framework"').toBeDefined()
    const result = readFrameworkFile('example.json', example!)
    expect(result).toMatchObject({ ok: true, ignored: [] })
    if (!result.ok) return
    expect(result.framework.competencies.map((c) => c.expectations.agent ?? null)).toEqual([1, null, null])
    expect(result.framework.competencies[0]!.descriptors[2]).toEqual([
      'Closes escalations alone.',
      'Writes the replies others reuse.',
    ])
    expect(result.framework.competencies[2]!.track).toBe('tooling')
  })
})
