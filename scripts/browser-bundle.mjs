// One way to build a file as it ships to a browser — every dependency inlined, Lit's production build, CSS
// literals and JS minified — shared by the CDN build, the size report and the benchmark, so all three measure
// and ship the same thing.
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { minify as terser } from 'terser';
import { spanishCoreText } from './spanish-core-text.mjs';
import { templateMinifier } from './template-minifier.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Builds `entry` to `outDir/fileName`; `version` is injected as the library's version. `sourcemap` (for
 * scripts/size-attribution.mjs) writes a map and skips the terser pass, whose output the map would not describe.
 */
export async function buildBrowserBundle({ entry, outDir, fileName, version, format = 'es', emptyOutDir = true, sourcemap = false }) {
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    define: { __CAREPATH_VERSION__: JSON.stringify(version) },
    resolve: { conditions: ['browser', 'production'] },
    // The same html`…`/css`…` template minifier as the npm build, so pre-rendered markup hydrates in both.
    plugins: [
      // The widgets' Spanish core text goes to the lazy language file; the core entry keeps both languages inline.
      ...(entry.startsWith('src/core/') ? [] : [spanishCoreText(root)]),
      templateMinifier(root),
      ...(format === 'iife' ? [spanishForClassicScript()] : []),
      hydrationFromFile(format),
      withoutFieldDocs(),
      ...(sourcemap ? [] : [terserAfter(format)]),
    ],
    build: {
      outDir,
      emptyOutDir,
      target: 'es2022',
      sourcemap,
      lib: { entry, formats: [format], name: 'carepath', fileName: () => fileName },
      // TOOLCHAIN pitfall 3: `build.minify` alone leaves whitespace in library mode.
      // The Spanish strings are their own chunk, `carepath-es.js` next to the file (the classic-script file
      // loads that same module by name).
      rolldownOptions: { checks: { pluginTimings: false }, output: { minify: true, chunkFileNames: 'carepath-[name].js' } },
    },
  });
}

/** `\uXXXX` for every character above ASCII: valid in strings, template literals, regular expressions and names. */
export function asciiOnly(code) {
  return code.replace(/[^\0-\x7f]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * terser over rolldown's minified output (every chunk): one more compress pass finds what rolldown's minifier left,
 * about 1 KB gzip on all four widgets.
 */
function terserAfter(format) {
  return {
    name: 'carepath:terser-after-rolldown',
    async generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        // ASCII only: every other character as an escape, so the classic script reads right on a page served
        // without `charset=utf-8` (measured: smaller under gzip -9, not larger). terser escapes strings; the
        // template literals it leaves (html`…`, css`…`) get `\uXXXX`, which their cooked strings, all Lit reads, undo.
        const out = await terser(chunk.code, { module: format === 'es', ecma: 2020, compress: { passes: 1 }, mangle: true, format: { ascii_only: true } });
        chunk.code = asciiOnly(out.code ?? chunk.code);
      }
    },
  };
}

/** The classic script cannot have chunks: it loads the Spanish and family-path ES module files by URL (src/internal/spanish-iife.ts, src/components/quiz/family/family-load-iife.ts). */
function spanishForClassicScript() {
  return {
    name: 'carepath:spanish-for-classic-script',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === './spanish.js' && importer?.endsWith('/src/internal/localize.ts')) return `${root}src/internal/spanish-iife.ts`;
      if (source === './family-load.js' && importer?.endsWith('/src/components/quiz/family/family-path.ts')) return `${root}src/components/quiz/family/family-load-iife.ts`;
      return null;
    },
  };
}

/**
 * The browser files load the hydration code as their own file, `carepath-hydrate.js` (src/ssr/hydrate-file.ts):
 * the ES module files from beside themselves (`import.meta.url`), the classic script from beside its `<script>`.
 */
function hydrationFromFile(format) {
  return {
    name: 'carepath:hydration-from-file',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === './hydrator.js' && importer?.endsWith('/src/ssr/client.ts')) return `${root}src/ssr/hydrator-${format === 'iife' ? 'iife' : 'cdn'}.ts`;
      return null;
    },
  };
}

/** The file name of the hydration code beside the browser files. */
export const HYDRATE_FILE = 'carepath-hydrate.js';

/**
 * Builds `carepath-hydrate.js` (src/ssr/hydrate.ts: Lit's `hydrate()`) into `outDir`: an ES module whose default
 * export takes the loading file's own Lit and returns `{ hydrate }` bound to it (src/ssr/hydrate-file.ts). Every
 * import of lit-html's main module becomes a call to that function's argument; the rest (the SSR support table,
 * the directive helpers) is inlined.
 */
export async function buildHydrateFile({ outDir, fileName = HYDRATE_FILE, emptyOutDir = false }) {
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    resolve: { conditions: ['browser', 'production'] },
    plugins: [
      {
        name: 'carepath:lit-from-the-loader',
        enforce: 'pre',
        resolveId(source, importer) {
          if (source === 'lit-html' || (source === './lit-html.js' && /[\\/]node_modules[\\/]lit-html[\\/]/.test(importer ?? ''))) return { id: 'lit-html', external: true };
          return null;
        },
      },
      {
        name: 'carepath:hydrate-factory',
        async generateBundle(_options, bundle) {
          for (const chunk of Object.values(bundle)) {
            if (chunk.type !== 'chunk') continue;
            const wrapped = `export default function(require){var module={exports:{}},exports=module.exports;${chunk.code}\nreturn module.exports}`;
            const out = await terser(wrapped, { module: true, ecma: 2020, compress: { passes: 1 }, mangle: true, format: { ascii_only: true } });
            chunk.code = asciiOnly(out.code ?? wrapped);
          }
        },
      },
    ],
    build: {
      outDir,
      emptyOutDir,
      target: 'es2022',
      lib: { entry: 'src/ssr/hydrate.ts', formats: ['cjs'], fileName: () => fileName },
      rolldownOptions: { checks: { pluginTimings: false }, output: { minify: true } },
    },
  });
}

/** A string literal: '…', "…", or `…` without interpolation. */
const STRING = '(?:\'(?:[^\'\\\\\\n]|\\\\.)*\'|"(?:[^"\\\\\\n]|\\\\.)*"|`(?:[^`\\\\$]|\\\\.)*`)';
const FIELD_DOC = new RegExp(`\\bdoc:\\s*${STRING}(?:\\s*\\+\\s*${STRING})*\\s*,?`, 'g');

/**
 * The field tables' `doc` sentences serve the manifest, the JSON Schema, the reference pages and Storybook, all made
 * in Node from the full tables; a browser never shows them. Each `doc: '…'` entry of a `*.fields.ts` file is dropped
 * from the browser files (about 1 KiB gzip per widget). A `doc` that is not a plain string literal fails the build,
 * so none slips through half-stripped.
 */
export function withoutFieldDocs() {
  return {
    name: 'carepath:without-field-docs',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.fields\.ts$/.test(id)) return null;
      const stripped = code.replace(FIELD_DOC, '');
      if (/\bdoc:/.test(stripped)) throw new Error(`${id}: a field's doc is not a plain string literal, so the browser build cannot drop it`);
      return { code: stripped, map: null };
    },
  };
}
