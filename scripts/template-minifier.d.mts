import type { Plugin } from 'vite';
/** The html`…`/css`…` template minifier shared by the npm build and the browser bundles. */
export function templateMinifier(root: string): Plugin;
