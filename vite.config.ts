// The npm build: one ES module per public entry under dist/, with `lit` and `zod` left as dependencies so
// an app resolves them once. (The CDN bundles, which inline everything, get their own config.)
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { templateMinifier } from './scripts/template-minifier.mjs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  define: { __CAREPATH_VERSION__: JSON.stringify(pkg.version) },
  // The CDN bundles' template minifier: carepath/ssr renders these templates, and Lit hydrates only markup whose
  // template strings match the browser's copy, whichever build (npm or CDN) the page loads.
  plugins: [templateMinifier(fileURLToPath(new URL('.', import.meta.url)))],
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    sourcemap: true,
    minify: false,
    lib: {
      entry: {
        index: 'src/index.ts',
        classes: 'src/classes.ts',
        cost: 'src/cost.ts',
        levels: 'src/levels.ts',
        quiz: 'src/quiz.ts',
        schedule: 'src/schedule.ts',
        'core/index': 'src/core/index.ts',
        'ssr/index': 'src/ssr/index.ts',
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external: [/^lit($|\/)/, /^lit-html($|\/)/, /^@lit\//, /^@lit-labs\//, /^zod($|\/)/, /^parse5($|\/)/, /^node:/],
      output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});
