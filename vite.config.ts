// The npm build: one ES module per public entry under dist/, with `lit` and `zod` left as dependencies so
// an app resolves them once. (The CDN bundles, which inline everything, get their own config.)
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  define: { __CAREPATH_VERSION__: JSON.stringify(pkg.version) },
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
