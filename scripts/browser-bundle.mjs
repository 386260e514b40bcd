// One way to build a file as it ships to a browser — every dependency inlined, Lit's production build, CSS
// literals and JS minified — shared by the CDN build, the size report and the benchmark, so all three measure
// and ship the same thing.
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { minifyCssLiterals } from './minify-css-literals.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Builds `entry` to `outDir/fileName`; `version` is injected as the library's version. */
export async function buildBrowserBundle({ entry, outDir, fileName, version, format = 'es', emptyOutDir = true }) {
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    define: { __CAREPATH_VERSION__: JSON.stringify(version) },
    resolve: { conditions: ['browser', 'production'] },
    plugins: [minifyCssLiterals()],
    build: {
      outDir,
      emptyOutDir,
      target: 'es2022',
      sourcemap: false,
      lib: { entry, formats: [format], name: 'carepath', fileName: () => fileName },
      // TOOLCHAIN pitfall 3: `build.minify` alone leaves whitespace in library mode.
      rolldownOptions: { output: { minify: true } },
    },
  });
}
