/**
 * The family path's lazily loaded part for the classic-script CDN file (`carepath.iife.js`; the CDN build puts this
 * file in place of ./family-load.ts): the ES module file `carepath-family-content.js` that the module files load as
 * their chunk, loaded with `import()` from the URL of the script that defined the widgets. Not an injected
 * `<script>`: that needs a Trusted Types policy, `import()` does not, and it keeps to `script-src 'self'` when the
 * files are self-hosted. From a CDN on another origin the file needs CORS, which jsDelivr and unpkg send.
 */
import type { FamilyContent } from './family-load.js';

export type { FamilyContent } from './family-load.js';

/** The file name of the family path's lazy part next to the CDN files. */
export const FAMILY_CONTENT_FILE = 'carepath-family-content.js';

// Read while the defining script runs: `document.currentScript` is null afterwards.
const scriptUrl = typeof document !== 'undefined' && document.currentScript instanceof HTMLScriptElement ? document.currentScript.src : '';

export function importFamilyContent(): Promise<FamilyContent> {
  return import(/* @vite-ignore */ new URL(FAMILY_CONTENT_FILE, scriptUrl || document.baseURI).href) as Promise<FamilyContent>;
}
