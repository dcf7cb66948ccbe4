// The lint rules that hold the shape of src/ (eslint.config.js), shown failing: each forbidden
// import below, linted as if it were a file in the tree, must be reported by the rule named, and
// each allowed one must pass. If a rule is switched off or a zone is lost, a test here fails.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { ESLint } from 'eslint'
import { afterAll, describe, expect, it } from 'vitest'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const eslint = new ESLint({ cwd: root })

/** The rule ids ESLint reports for `code` as if it were the file at `file` (relative to the root). */
async function rulesFor(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) })
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message)
}

const LAYERS = 'import-x/no-restricted-paths'
const PACKAGES = '@typescript-eslint/no-restricted-imports'

describe('forbidden imports fail lint', () => {
  it.each([
    [
      'a layer above domain into domain',
      'src/domain/probe.ts',
      "import { useAppStore } from '../store/app-store'",
      LAYERS,
    ],
    [
      'persistence into domain',
      'src/domain/probe.ts',
      "import { STORAGE_KEY } from '../persistence/persisted-constants'",
      LAYERS,
    ],
    ['React into domain', 'src/domain/probe.ts', "import { useState } from 'react'", PACKAGES],
    [
      'the store into persistence',
      'src/persistence/probe.ts',
      "import { useAppStore } from '../store/app-store'",
      LAYERS,
    ],
    ["zustand's runtime into persistence", 'src/persistence/probe.ts', "import { create } from 'zustand'", PACKAGES],
    [
      'a component into the store',
      'src/store/probe.ts',
      "import { RatingScale } from '../components/ui/RatingScale'",
      LAYERS,
    ],
    ['the router setup into the store', 'src/store/probe.ts', "import { createAppRouter } from '../router'", LAYERS],
    [
      'a feature into components',
      'src/components/ui/Probe.tsx',
      "import { GapsPage } from '../../features/gaps/GapsPage'",
      LAYERS,
    ],
    ['a route into components', 'src/components/ui/Probe.tsx', "import { Route } from '../../routes/gaps'", LAYERS],
    ['a route into a feature', 'src/features/plan/Probe.tsx', "import { Route } from '../../routes/plan'", LAYERS],
    ['one feature into another', 'src/features/plan/Probe.tsx', "import { GapsPage } from '../gaps/GapsPage'", LAYERS],
    [
      'a test helper into production code',
      'src/features/plan/Probe.tsx',
      "import { TINY_FRAMEWORK } from '../../domain/testing/tiny-framework'",
      LAYERS,
    ],
    [
      'the store reset for tests into production code',
      'src/components/ui/Probe.tsx',
      "import { resetAppStore } from '../../store/testing/reset-app-store'",
      LAYERS,
    ],
  ])('%s', async (_name, file, code, rule) => {
    expect(await rulesFor(file, `${code}\nexport const probe = [${code.match(/\{ (\w+) \}/)?.[1]}]\n`)).toContain(rule)
  })
})

describe('allowed imports pass lint', () => {
  it.each([
    [
      'a feature uses its own files, components, the store, persistence, domain',
      'src/features/plan/Probe.tsx',
      "import { ActionList } from './ActionList'\nimport { RatingScale } from '../../components/ui/RatingScale'\nimport { useAppStore } from '../../store/app-store'\nimport { STORAGE_KEY } from '../../persistence/persisted-constants'\nimport { addDays } from '../../domain/dates'\nexport const probe = [ActionList, RatingScale, useAppStore, STORAGE_KEY, addDays]\n",
    ],
    [
      "persistence uses zustand's types",
      'src/persistence/probe.ts',
      "import type { StateStorage } from 'zustand/middleware'\nexport type Probe = StateStorage\n",
    ],
    [
      'a route uses a feature',
      'src/routes/probe.tsx',
      "import { PlanPage } from '../features/plan/PlanPage'\nexport const probe = PlanPage\n",
    ],
    [
      'a test uses a test helper',
      'src/domain/probe.test.ts',
      "import { TINY_FRAMEWORK } from './testing/tiny-framework'\nexport const probe = TINY_FRAMEWORK\n",
    ],
  ])('%s', async (_name, file, code) => {
    expect(await rulesFor(file, code)).toEqual([])
  })
})

describe('an import cycle fails lint', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'cycle-probe-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('two modules that import each other', async () => {
    writeFileSync(path.join(dir, 'a.ts'), "import { b } from './b'\nexport const a = () => b\n")
    writeFileSync(path.join(dir, 'b.ts'), "import { a } from './a'\nexport const b = () => a\n")
    const cycleLint = new ESLint({ cwd: dir, overrideConfigFile: path.join(root, 'eslint.config.js') })
    const [result] = await cycleLint.lintFiles([path.join(dir, 'a.ts')])
    expect(result?.messages.map((message) => message.ruleId)).toContain('import-x/no-cycle')
  })
})
