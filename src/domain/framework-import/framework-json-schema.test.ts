import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { isDeepStrictEqual } from 'node:util'
import { describe, expect, it } from 'vitest'
import { caseInsensitiveSource, frameworkJsonSchema } from './framework-json-schema'

/** The published copy, served beside the app; `npm run framework-schema` rewrites it (UPDATE_FRAMEWORK_SCHEMA=1). */
const ON_DISK = resolve(dirname(fileURLToPath(import.meta.url)), '../../../public/framework.schema.json')
const OUT_OF_DATE = 'public/framework.schema.json is out of date: run npm run framework-schema'

describe('frameworkJsonSchema', () => {
  const schema = frameworkJsonSchema()

  it('matches public/framework.schema.json', () => {
    if (process.env.UPDATE_FRAMEWORK_SCHEMA === '1') writeFileSync(ON_DISK, `${JSON.stringify(schema, null, 2)}\n`)
    // Compared as data, not text: reformatting the file is not a change.
    const onDisk: unknown = existsSync(ON_DISK) ? safeJson(readFileSync(ON_DISK, 'utf8')) : undefined
    expect(isDeepStrictEqual(onDisk, schema), OUT_OF_DATE).toBe(true)
  })

  it('requires exactly id, name, scale, levels and competencies at the top level', () => {
    expect([...(schema.required as string[])].sort()).toEqual(['competencies', 'id', 'levels', 'name', 'scale'])
  })

  it('names itself and the draft it follows', () => {
    expect(schema).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: 'framework.schema.json',
      title: 'Trajectory competency framework',
    })
  })

  it('accepts the same ids as the app, upper case included', () => {
    const properties = schema.properties as { id: { pattern: string } }
    const pattern = new RegExp(properties.id.pattern)
    for (const id of ['acme-product', 'Acme-Product', 'pm.ladder_2']) expect(pattern.test(id), id).toBe(true)
    for (const id of ['-acme', 'acme product', '']) expect(pattern.test(id), id).toBe(false)
  })
})

describe('caseInsensitiveSource', () => {
  it.each([
    ['^[a-z0-9][a-z0-9._-]*$', '^[a-zA-Z0-9][a-zA-Z0-9._-]*$'],
    ['^pm-\\d+$', '^[pP][mM]-\\d+$'],
    ['[^a-f]x', '[^a-fA-F][xX]'],
    ['\\p{L}+', '\\p{L}+'],
  ])('%s → %s', (source, widened) => {
    expect(caseInsensitiveSource(source)).toBe(widened)
  })
})

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}
