// @web/test-runner: every test file runs in the system's headless Chromium (see scripts/browser.mjs).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { browserArgs, findBrowser } from './scripts/browser.mjs';
import { countReporter } from './scripts/wtr-count-reporter.mjs';

const coverage = process.argv.includes('--coverage');
const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  // Pitfall 2 in TOOLCHAIN.md: without the tsconfig, decorators fail to parse in the browser.
  plugins: [
    esbuildPlugin({
      ts: true,
      target: 'auto',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
      define: { __CAREPATH_VERSION__: JSON.stringify(`${pkg.version}-test`) },
    }),
  ],
  browsers: [chromeLauncher({ launchOptions: { executablePath: findBrowser(), headless: true, args: browserArgs() } })],
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
