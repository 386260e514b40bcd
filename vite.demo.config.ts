// `npm start`: serves demo/ with the source modules, reloading on change.
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'demo',
  server: { host: '127.0.0.1', port: 5173, fs: { allow: ['..'] } },
  build: { outDir: '../dist/demo', emptyOutDir: true },
});
