// A Vite plugin that fails the build when a module only later screens need reaches the first load: the
// entry chunk and every chunk it imports statically, which the browser fetches before the first screen
// shows. size-report.mjs measures the first load; this says what may never be in it, by module.

/**
 * What only later screens need, by module path: the built-in framework's texts and suggestions, the
 * charts (recharts, and the full radar, which the first screen's thumbnail does not need), and the full
 * check of stored data (valibot, the schemas, the migrations), which loads on demand (stored-check.ts).
 */
export const LAZY_ONLY = [
  /\/src\/domain\/framework\/(texts|full|citations|competency-texts|ai-track-texts|level-texts|product-vs-project|sources|suggestions)\.ts$/,
  /\/node_modules\/recharts\//,
  /\/src\/components\/charts\/(RadarDrawing\.tsx|radar-layout\.ts|label-wrap\.ts)$/,
  /\/node_modules\/valibot\//,
  /\/src\/(persistence\/(persisted-state|migrations)|domain\/(framework-schema|validation-issues))\.ts$/,
]

/** The modules of the first load: the entry chunks' own, and those of every chunk they import statically. */
export function firstLoadModules(bundle) {
  const chunks = new Map(
    Object.values(bundle)
      .filter((output) => output.type === 'chunk')
      .map((chunk) => [chunk.fileName, chunk]),
  )
  const seen = new Set()
  const visit = (fileName) => {
    if (seen.has(fileName)) return
    seen.add(fileName)
    for (const imported of chunks.get(fileName)?.imports ?? []) visit(imported)
  }
  for (const chunk of chunks.values()) if (chunk.isEntry) visit(chunk.fileName)
  return [...seen].flatMap((fileName) => chunks.get(fileName)?.moduleIds ?? [])
}

/** The first-load modules that match a pattern. */
export function lazyOnlyInFirstLoad(bundle, patterns = LAZY_ONLY) {
  return firstLoadModules(bundle).filter((id) => patterns.some((pattern) => pattern.test(id)))
}

export function firstLoadGuard(patterns = LAZY_ONLY) {
  return {
    name: 'trajectory-first-load-guard',
    apply: 'build',
    generateBundle(_options, bundle) {
      const found = lazyOnlyInFirstLoad(bundle, patterns)
      if (found.length > 0)
        this.error(
          `In the first load, but only later screens need it (import it from a lazily loaded screen, not from the shell, store or persistence):\n${found.join('\n')}`,
        )
    },
  }
}
