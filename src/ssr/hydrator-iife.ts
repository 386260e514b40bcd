/** The classic-script CDN file loads `carepath-hydrate.js` from beside its own `<script>` (./hydrate-file.ts). */
import { loadHydrateFile, type Hydrate } from './hydrate-file.js';

// Read while the defining script runs: `document.currentScript` is null afterwards.
const scriptUrl = typeof document !== 'undefined' && document.currentScript instanceof HTMLScriptElement ? document.currentScript.src : '';

export function loadHydrate(): Promise<Hydrate> {
  return loadHydrateFile(scriptUrl || document.baseURI);
}
