/**
 * Loads the hydration code (./hydrate.ts) in module builds: the bundler emits it as a chunk beside the file that
 * imports this one. The CDN files put ./hydrator-cdn.ts (ES modules) or ./hydrator-iife.ts (the classic script) in
 * this file's place (scripts/browser-bundle.mjs).
 */
import type { Hydrate } from './hydrate-file.js';

export async function loadHydrate(): Promise<Hydrate> {
  return (await import('./hydrate.js')).hydrate as Hydrate;
}
