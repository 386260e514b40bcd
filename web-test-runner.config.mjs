// @web/test-runner: every test file runs in one engine, chosen by CAREPATH_ENGINE: `chromium` (the default; the
// system's headless Chromium, see scripts/browser.mjs), `firefox` (firefox-esr over WebDriver BiDi) or `webkit`
// (MiniBrowser through WebKitWebDriver under Xvfb); see scripts/wtr-engines.mjs. `npm test` runs all three.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { ENGINE_NAMES } from './scripts/engines.mjs';
import {
  chromiumBrowserLauncher,
  exclusionsPlugin,
  firefoxBrowserLauncher,
  webdriverCommandsPlugin,
  webkitBrowserLauncher,
} from './scripts/wtr-engines.mjs';
import { countReporter } from './scripts/wtr-count-reporter.mjs';

const engine = process.env.CAREPATH_ENGINE ?? 'chromium';
if (!ENGINE_NAMES.includes(engine)) throw new Error(`CAREPATH_ENGINE=${engine}: the engines are ${ENGINE_NAMES.join(', ')}.`);
const launchers = { chromium: chromiumBrowserLauncher, firefox: firefoxBrowserLauncher, webkit: webkitBrowserLauncher };
// Coverage comes from Chromium's V8 only; elsewhere WTR would report "Unknown%" and still pass.
const coverage = process.argv.includes('--coverage') && engine === 'chromium';
const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  // Pitfall 2 in TOOLCHAIN.md: without the tsconfig, decorators fail to parse in the browser.
  plugins: [
    webdriverCommandsPlugin(),
    exclusionsPlugin(engine),
    esbuildPlugin({
      ts: true,
      target: 'auto',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
      define: { __CAREPATH_VERSION__: JSON.stringify(`${pkg.version}-test`) },
    }),
  ],
  browsers: [launchers[engine]()],
  concurrency: 1,
  reporters: [defaultReporter(), countReporter()],
  testFramework: { config: { timeout: 10000 } },
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  coverageConfig: coverage
    ? {
        include: ['src/core/**/*.ts', 'src/internal/**/*.ts'],
        report: true,
        reportDir: 'coverage',
        reporters: ['lcovonly', 'text-summary'],
        // Whole-tree floor; scripts/test.mjs also holds src/core to 95% of lines on its own.
        threshold: { statements: 90, branches: 85, functions: 85, lines: 90 },
      }
    : undefined,
};
