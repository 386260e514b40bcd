/**
 * Where the Spanish UI strings come from. They load only when a widget on the page is in Spanish, so an English
 * page downloads nothing more.
 * - Module builds (npm, and the CDN's ES module files): a dynamic `import()` of the strings module, which the
 *   bundler emits as its own chunk next to the file that imports it.
 * - The classic-script CDN file (`carepath.iife.js`): the same ES module file (`carepath-es.js`), loaded with
 *   `import()` from the URL of the script that defined the widgets. Not an injected `<script>`: that needs a
 *   Trusted Types policy, `import()` does not, and it keeps to `script-src 'self'` when the files are self-hosted.
 *   From a CDN on another origin the file needs CORS, which jsDelivr and unpkg send.
 * The crisis text is not in this file: it ships in both languages inside every main file.
 */
import type { Dictionary } from '../translations/en.js';

// Injected by the CDN build for the classic-script file only.
declare const __CAREPATH_IIFE__: boolean | undefined;

/** The file name of the Spanish strings next to the CDN files. */
export const SPANISH_FILE = 'carepath-es.js';

// Read while the defining script runs: `document.currentScript` is null afterwards (and always in a module).
const scriptUrl = typeof document !== 'undefined' && document.currentScript instanceof HTMLScriptElement ? document.currentScript.src : '';

/** Every Spanish dictionary, merged into one keyed by string id. */
export async function importSpanish(): Promise<Dictionary> {
  const module: Readonly<Record<string, Dictionary>> =
    typeof __CAREPATH_IIFE__ === 'boolean' && __CAREPATH_IIFE__
      ? await import(/* @vite-ignore */ new URL(SPANISH_FILE, scriptUrl || document.baseURI).href)
      : await import('../translations/es.js');
  return Object.assign({}, ...Object.values(module)) as Dictionary;
}
