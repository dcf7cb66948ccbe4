import { describe, expect, it } from 'vitest'
import {
  LAZY_ONLY,
  firstLoadModules,
  lazyOnlyInFirstLoad,
  type GuardedBundle,
} from '../../scripts/first-load-guard.mjs'

const chunk = (fileName: string, moduleIds: string[], imports: string[] = [], isEntry = false) => ({
  type: 'chunk' as const,
  fileName,
  isEntry,
  imports,
  moduleIds,
})

const root = '/repo/src/domain/framework'
const bundle: GuardedBundle = {
  'index.js': chunk('index.js', ['/repo/src/main.tsx', `${root}/index.ts`], ['react.js'], true),
  'react.js': chunk('react.js', ['/repo/node_modules/react-dom/index.js']),
  // Reached only through a dynamic import (a route), so not in the first load.
  'ladder.js': chunk('ladder.js', ['/repo/src/features/ladder/LadderPage.tsx', `${root}/texts.ts`], ['react.js']),
  'index.css': { type: 'asset' },
}

describe('the first-load guard of the build', () => {
  it('counts the entry chunk and what it imports statically, not what a screen loads later', () => {
    expect(firstLoadModules(bundle)).toEqual([
      '/repo/src/main.tsx',
      `${root}/index.ts`,
      '/repo/node_modules/react-dom/index.js',
    ])
    expect(lazyOnlyInFirstLoad(bundle)).toEqual([])
  })

  it('finds the framework texts or the charts once the entry imports them', () => {
    const broken: GuardedBundle = {
      ...bundle,
      'react.js': chunk('react.js', [
        '/repo/node_modules/react-dom/index.js',
        '/repo/node_modules/recharts/es6/index.js',
        `${root}/competency-texts.ts`,
        '/repo/src/components/charts/RadarDrawing.tsx',
        '/repo/src/components/charts/MiniRadar.tsx',
      ]),
    }
    expect(lazyOnlyInFirstLoad(broken)).toEqual([
      '/repo/node_modules/recharts/es6/index.js',
      `${root}/competency-texts.ts`,
      '/repo/src/components/charts/RadarDrawing.tsx',
    ])
  })

  it('names every texts module of the built-in framework, and not its structure', () => {
    const lazy = (file: string) => LAZY_ONLY.some((pattern) => pattern.test(`${root}/${file}`))
    for (const file of ['texts.ts', 'full.ts', 'citations.ts', 'competency-texts.ts', 'level-texts.ts', 'sources.ts'])
      expect(lazy(file), file).toBe(true)
    for (const file of ['index.ts', 'competencies.ts', 'ai-track.ts', 'levels.ts', 'areas.ts'])
      expect(lazy(file), file).toBe(false)
  })

  it('names the full check of stored data (valibot, the schemas, the migrations), and not the plain check', () => {
    const lazy = (path: string) => LAZY_ONLY.some((pattern) => pattern.test(`/repo/${path}`))
    for (const path of [
      'node_modules/valibot/dist/index.js',
      'src/persistence/persisted-state.ts',
      'src/persistence/migrations.ts',
      'src/domain/framework-schema.ts',
      'src/domain/validation-issues.ts',
    ])
      expect(lazy(path), path).toBe(true)
    for (const path of [
      'src/persistence/well-formed-state.ts',
      'src/persistence/stored-check.ts',
      'src/persistence/persisted-constants.ts',
      'src/persistence/safe-storage.ts',
    ])
      expect(lazy(path), path).toBe(false)
  })
})
