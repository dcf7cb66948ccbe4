// ESLint flat config (ESLint 10, typescript-eslint 8, react-hooks 7, import-x 4).
// Besides the recommended rule sets it holds the shape of src/ (docs/architecture.md):
//   routes → features → components → store → persistence → domain
// a layer imports only the layers to its right; a feature never imports another feature;
// no import cycle anywhere; production code imports no test helper; src/domain imports no UI or
// state package, src/persistence only zustand's types. tests/lint/layers.test.ts shows each rule
// failing on a forbidden import.
import { readdirSync } from 'node:fs'
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import { importX, createNodeResolver } from 'eslint-plugin-import-x'
import globals from 'globals'
import { defineConfig, globalIgnores } from 'eslint/config'

/** The layers of src/, highest first: each may import only the ones after it. */
export const LAYERS = ['routes', 'features', 'components', 'store', 'persistence', 'domain']

/** Every folder in src/features: one per screen, none importing another. */
const FEATURES = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)

/** The app's entry files at the top of src/: only routes may reach them (the route tree). */
const ENTRY_FILES = ['./src/main.tsx', './src/router.ts', './src/routeTree.gen.ts']

/** import-x zones: for each layer, everything above it (and the entry files) is out of bounds. */
function layerZones() {
  const zones = LAYERS.slice(1).flatMap((layer, index) => [
    {
      target: `./src/${layer}`,
      from: LAYERS.slice(0, index + 1).map((above) => `./src/${above}`),
      message: `src/${layer} may import only ${
        LAYERS.slice(index + 2)
          .map((below) => `src/${below}`)
          .join(', ') || 'packages'
      } (layers: ${LAYERS.join(' → ')}).`,
    },
    { target: `./src/${layer}`, from: ENTRY_FILES, message: `src/${layer} must not import the app's entry files.` },
  ])
  const features = FEATURES.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'A feature must not import another feature: move what both use down to src/components (or a lower layer).',
  }))
  return [...zones, ...features]
}

/** Test helpers inside src/: only tests (and benchmarks, and other helpers) may import them. */
const TEST_HELPERS = ['./src/domain/testing', './src/store/testing', './src/components/charts/test-helpers.ts']
const TEST_FILES = [
  'src/**/*.test.{ts,tsx}',
  'src/**/*.bench.ts',
  'src/**/testing/**',
  'src/components/charts/test-helpers.ts',
]

/** Packages a layer must not import (the bare name and any subpath). */
const uiPackages = ['react', 'react-dom', 'recharts', '@tanstack/react-router', 'zustand']

/**
 * typescript-eslint's version of no-restricted-imports (it understands
 * `import type`). `typeOnly` lists packages whose *types* may be imported.
 */
function restrictedPackages(message, typeOnly = []) {
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
        patterns: uiPackages.map((name) => ({ group: [`${name}/*`], ...packageRule(name) })),
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
    plugins: { 'import-x': importX },
    settings: {
      // Without these, import-x reads only .js files when it follows imports (no-cycle saw nothing).
      'import-x/extensions': ['.ts', '.tsx', '.mjs', '.js', '.jsx'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.mjs', '.js', '.jsx', '.json'] })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: layerZones() }],
      // Type-only imports are erased, so they make no cycle at run time; import-x skips them.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    // Production code: the layer zones, and no test helper (it would ship in the build).
    files: ['src/**/*.{ts,tsx}'],
    ignores: TEST_FILES,
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...layerZones(),
            {
              target: './src',
              from: TEST_HELPERS,
              message: 'Test helpers are for tests: production code must not import them.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/domain/**/*.{ts,tsx,js,jsx}'],
    rules: restrictedPackages('src/domain is pure logic: it must not import React, zustand, recharts or the router.'),
  },
  {
    files: ['src/persistence/**/*.{ts,tsx,js,jsx}'],
    rules: restrictedPackages(
      'src/persistence is storage without UI: it must not import React, zustand, recharts or the router.',
      // It implements zustand's PersistStorage interface: the types only, no runtime coupling.
      ['zustand'],
    ),
  },
)
