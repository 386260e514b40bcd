/** The CDN's ES module files load `carepath-hydrate.js` from beside themselves (./hydrate-file.ts). */
import { loadHydrateFile, type Hydrate } from './hydrate-file.js';

export function loadHydrate(): Promise<Hydrate> {
  return loadHydrateFile(import.meta.url);
}
