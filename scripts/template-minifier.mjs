// The one html`…`/css`…` template minifier (the Lit team's @lit-labs/rollup-plugin-minify-html-literals: html-minifier-next
// for `html`, lightningcss for `css`), shared by the npm build (vite.config.ts, which carepath/ssr renders from) and
// the browser bundles (browser-bundle.mjs). Both must hold the same template strings: Lit's hydrate() checks a
// digest of each template's strings, so markup pre-rendered from unminified templates never hydrates in a bundle
// whose templates were minified (every widget would be rendered again, with a warning).
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';

/** The minifier as a Vite plugin for the TypeScript under `root`/src, run before TypeScript is stripped. */
export function templateMinifier(root) {
  // A template it cannot parse would be left as written (and differ between builds): the build fails on it instead.
  return { ...minifyHtmlLiterals({ filter: (id) => id.startsWith(root) && !id.includes('/node_modules/') && /\/src\/.*\.ts$/.test(id), failOnError: true }), enforce: 'pre' };
}
