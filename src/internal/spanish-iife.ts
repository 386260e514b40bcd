/**
 * The Spanish UI strings for the classic-script CDN file (`carepath.iife.js`; the CDN build puts this file in place
 * of ./spanish.ts): the ES module file `carepath-es.js` that the module files load as their chunk, loaded with
 * `import()` from the URL of the script that defined the widgets. Not an injected `<script>`: that needs a Trusted
 * Types policy, `import()` does not, and it keeps to `script-src 'self'` when the files are self-hosted. From a CDN
 * on another origin the file needs CORS, which jsDelivr and unpkg send.
 */
import type { Dictionary } from '../translations/en.js';
import { installCoreSpanish } from './core-spanish.js';

/** The file name of the Spanish strings next to the CDN files. */
export const SPANISH_FILE = 'carepath-es.js';

// Read while the defining script runs: `document.currentScript` is null afterwards.
const scriptUrl = typeof document !== 'undefined' && document.currentScript instanceof HTMLScriptElement ? document.currentScript.src : '';

/** Every Spanish dictionary, merged into one keyed by string id. */
export async function importSpanish(): Promise<Dictionary> {
  const module = (await import(/* @vite-ignore */ new URL(SPANISH_FILE, scriptUrl || document.baseURI).href)) as Readonly<Record<string, unknown>>;
  installCoreSpanish(module);
  return Object.assign({}, ...Object.entries(module).flatMap(([name, value]) => (name === 'CORE_TEXT_ES' ? [] : [value]))) as Dictionary;
}
