// ESLint flat config (ESLint 10, typescript-eslint 8, react-hooks 7).
// Besides the recommended rule sets it enforces the layering of src/:
//   src/domain       pure logic: no React, no state library, no charts, no app layers
//   src/persistence  storage: may import src/domain only (no UI, no store, no routes;
//                    type-only imports from zustand, whose PersistStorage it implements)
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import { defineConfig, globalIgnores } from 'eslint/config'

/** Packages a layer must not import (the bare name and any subpath). */
const uiPackages = ['react', 'react-dom', 'recharts', '@tanstack/react-router', 'zustand']

/**
 * Matches an import of an app layer however it is spelled: relative
 * (`../store/x`, `../../features`), through an alias (`@/store`, `~/store`)
 * or from the root (`src/store`, `/src/store`).
 */
function layerImport(layers) {
  return `^(?:(?:\\.\\./)+|@/|~/|/?src/)(?:${layers.join('|')})(?:/|$)`
}

/**
 * typescript-eslint's version of no-restricted-imports (it understands
 * `import type`). `typeOnly` lists packages whose *types* may be imported.
 */
function restrictedImports(layers, message, typeOnly = []) {
  const packageRule = (name) => ({
    message: typeOnly.includes(name) ? `${message} (type-only imports of ${name} are allowed)` : message,
    allowTypeImports: typeOnly.includes(name),
  })
  return {
    'no-restricted-imports': 'off',
    '@typescript-eslint/no-restricted-imports': [
      'error',
      {
        paths: uiPackages.map((name) => ({ name, ...packageRule(name) })),
        patterns: [
          ...uiPackages.map((name) => ({ group: [`${name}/*`], ...packageRule(name) })),
          { regex: layerImport(layers), message },
        ],
      },
    ],
  }
}

export default defineConfig(
  globalIgnores([
    'dist/',
    'node_modules/',
    '.cache/',
    'coverage/',
    'screenshots/',
    'test-results/',
    'src/routeTree.gen.ts',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  reactHooks.configs.flat['recommended-latest'],
  {
    languageOptions: {
      ecmaVersion: 'latest',
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  {
    files: ['src/domain/**/*.{ts,tsx,js,jsx}'],
    rules: restrictedImports(
      ['store', 'persistence', 'features', 'components', 'routes'],
      'src/domain is pure logic: it must not import React, zustand, recharts, the router, or src/store, src/persistence, src/features, src/components, src/routes.',
    ),
  },
  {
    files: ['src/persistence/**/*.{ts,tsx,js,jsx}'],
    rules: restrictedImports(
      ['store', 'features', 'components', 'routes'],
      'src/persistence may import only src/domain: not React, zustand, recharts, the router, src/store, src/features, src/components or src/routes.',
      // It implements zustand's PersistStorage interface: the types only, no runtime coupling.
      ['zustand'],
    ),
  },
)
