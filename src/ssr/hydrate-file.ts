/**
 * The CDN files' hydration code, `carepath-hydrate.js`, loaded with `import()` from beside the carepath file that
 * needs it. Not an injected `<script>`: that needs a Trusted Types policy, `import()` does not, and it keeps to
 * `script-src 'self'` when the files are self-hosted. From a CDN on another origin the file needs CORS, which
 * jsDelivr and unpkg send.
 *
 * Every CDN file inlines its own copy of Lit, and hydration must build its parts with that very copy. So the file
 * holds no Lit: its default export takes the loading copy's Lit internals and returns `hydrate` bound to them.
 */
import { _$LH, noChange, type RenderOptions } from 'lit';

/** Lit's `hydrate()`, as the widgets call it. */
export type Hydrate = (value: unknown, root: HTMLElement | DocumentFragment, options?: RenderOptions) => void;

/** The file name of the hydration code next to the CDN files. */
export const HYDRATE_FILE = 'carepath-hydrate.js';

type Factory = (lit: (id: string) => unknown) => { hydrate: Hydrate };

/** Loads `carepath-hydrate.js` from beside `base` (the URL of the carepath file) and binds it to this copy's Lit. */
export async function loadHydrateFile(base: string): Promise<Hydrate> {
  const module = (await import(/* @vite-ignore */ new URL(HYDRATE_FILE, base).href)) as { default: Factory };
  const lit = { _$LH, noChange };
  return module.default(() => lit).hydrate;
}
