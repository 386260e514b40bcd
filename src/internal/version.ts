// Injected at build time (vite.config.ts `define`, and the test runner's esbuild plugin); '0.0.0-dev' otherwise.
declare const __CAREPATH_VERSION__: string | undefined;

export const VERSION: string = typeof __CAREPATH_VERSION__ === 'string' ? __CAREPATH_VERSION__ : '0.0.0-dev';
