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
        const out = await terser(chunk.code, { module: format === 'es', ecma: 2020, compress: { passes: 1 }, mangle: true });
        chunk.code = out.code ?? chunk.code;
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
