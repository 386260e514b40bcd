/**
 * The lazily loaded half of hydration: Lit's `hydrate()` (@lit-labs/ssr-client), which turns pre-rendered markup
 * into a live render in place. A widget loads it only when its host carries a carepath stamp that holds
 * (./client.ts), so a page without pre-rendered markup never downloads it.
 * - Module builds (npm): a chunk, loaded with `import()` (./hydrator.ts).
 * - CDN files: `carepath-hydrate.js` beside them, built by scripts/browser-bundle.mjs as a module whose default
 *   export takes the loading copy's own Lit (./hydrate-file.ts), so two carepath files on one page each hydrate with
 *   their own Lit.
 */
export { hydrate } from '@lit-labs/ssr-client';
