import type { Plugin } from 'vite'

/** What only later screens need, by module path: the built-in framework's texts and suggestions, and the charts. */
export const LAZY_ONLY: readonly RegExp[]

/** A bundle's chunks, as far as the guard reads them. */
export type GuardedBundle = Record<
  string,
  { type: 'asset' } | { type: 'chunk'; fileName: string; isEntry: boolean; imports: string[]; moduleIds: string[] }
>

/** The modules of the first load: the entry chunks' own, and those of every chunk they import statically. */
export function firstLoadModules(bundle: GuardedBundle): string[]

/** The first-load modules that match a pattern. */
export function lazyOnlyInFirstLoad(bundle: GuardedBundle, patterns?: readonly RegExp[]): string[]

/** Fails the build when a module matching a pattern (LAZY_ONLY by default) is in the first load. */
export function firstLoadGuard(patterns?: readonly RegExp[]): Plugin
