/**
 * Where the Spanish UI strings come from. They load only when a widget on the page is in Spanish, so an English
 * page downloads nothing more.
 * - Module builds (npm, and the CDN's ES module files): this file, a dynamic `import()` of the strings module,
 *   which the bundler emits as its own chunk next to the file that imports it.
 * - The classic-script CDN file (`carepath.iife.js`): ./spanish-iife.ts takes this file's place in that build.
 * The crisis text is not in the lazy file: it ships in both languages inside every main file.
 */
import type { Dictionary } from '../translations/en.js';
import { installCoreSpanish } from './core-spanish.js';

/** Every Spanish dictionary, merged into one keyed by string id (and, in a browser bundle, the core's Spanish text). */
export async function importSpanish(): Promise<Dictionary> {
  const module = (await import('../translations/es.js')) as Readonly<Record<string, unknown>>;
  installCoreSpanish(module);
  return Object.assign({}, ...Object.entries(module).flatMap(([name, value]) => (name === 'CORE_TEXT_ES' ? [] : [value]))) as Dictionary;
}
