// `npm test`: builds what the Node tests import, runs the Node tests (plain Node, no DOM) and the page tests in
// Chromium, then, engine after engine (Chromium, Firefox, WebKit), the browser tests (@web/test-runner; coverage and
// its threshold in Chromium only) and the visitor flows (test/e2e/engines). Each engine's browsers are found or
// installed from Debian's packages first; WebKit's Xvfb and WebKitWebDriver are started here and stopped by PID.
// Prints, per engine, its counts, its minutes and its listed exclusions (test/engine-exclusions.mjs), and one
// closing line. CAREPATH_ENGINES=webkit (or a comma list) runs fewer engines; arguments go to @web/test-runner.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findBrowser } from './browser.mjs';
import { ENGINE_NAMES, findEngine, startWebKitDriver } from './engines.mjs';
import { exclusionsFor } from './wtr-engines.mjs';
import { EXCLUSIONS } from '../test/engine-exclusions.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const extraArgs = process.argv.slice(2);
const coverageDir = fileURLToPath(new URL('../coverage/', import.meta.url));
const nodeTapFile = `${coverageDir}node-tests.tap`;
const engines = (process.env.CAREPATH_ENGINES ?? ENGINE_NAMES.join(',')).split(',').map((name) => name.trim()).filter(Boolean);
for (const engine of engines) {
  if (!ENGINE_NAMES.includes(engine)) {
    console.error(`CAREPATH_ENGINES names "${engine}"; the engines are ${ENGINE_NAMES.join(', ')}.`);
    process.exit(1);
  }
}
// Only the component and internal suites run in every engine; the pure core's suites run in Chromium (with coverage).
const EVERY_ENGINE_FILES = ['test/components/**/*.test.ts', 'test/internal/**/*.test.ts'];

/** Runs a child process asynchronously (so this process can still stop helpers on a signal); resolves its status. */
function run(label, command, args, env = {}) {
  console.log(`\n── ${label}`);
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.on('error', (error) => {
      console.error(error.message);
      resolve(1);
    });
  });
}

const tapCounts = (file) => {
  const tap = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(tap)?.[1] ?? 0);
  return { passed: count('pass'), failed: count('fail'), skipped: count('skip') + count('todo') };
};

const chrome = findBrowser();
console.log(`Chromium: ${chrome}`);

let status = await run('build', process.execPath, ['scripts/build.mjs']);
if (status !== 0) process.exit(status);

// test/node: plain Node against the build; test/e2e: whole pages in the system Chromium (playwright-core).
const nodeTests = ['node', 'e2e'].flatMap((dir) =>
  readdirSync(new URL(`../test/${dir}`, import.meta.url))
    .filter((file) => file.endsWith('.test.mjs'))
    .map((file) => `test/${dir}/${file}`),
);
mkdirSync(dirname(nodeTapFile), { recursive: true });
rmSync(nodeTapFile, { force: true });
const nodeStatus = await run('node tests (plain Node, no DOM) and page tests (e2e, Chromium)', process.execPath, [
  '--test',
  '--test-reporter=spec',
  '--test-reporter-destination=stdout',
  '--test-reporter=tap',
  `--test-reporter-destination=${nodeTapFile}`,
  ...nodeTests,
]);
const nodeCounts = tapCounts(nodeTapFile);
if (nodeStatus !== 0 && nodeCounts.failed === 0) nodeCounts.failed = 1;

const wtr = fileURLToPath(new URL('../node_modules/@web/test-runner/dist/bin.js', import.meta.url));
const flowTests = readdirSync(new URL('../test/e2e/engines', import.meta.url))
  .filter((file) => file.endsWith('.test.mjs'))
  .map((file) => `test/e2e/engines/${file}`);
const results = [];
let coreCoverageStatus = 0;

for (const engine of engines) {
  const started = Date.now();
  const result = { engine, browser: { passed: 0, failed: 0, skipped: 0 }, flows: { passed: 0, failed: 0, skipped: 0 }, problems: [] };
  results.push(result);
  let webkit;
  try {
    // Find (or install) the engine first, so a missing browser fails here with its own message.
    if (engine !== 'chromium') findEngine(engine);
    // One Xvfb and one WebKitWebDriver serve both the browser tests and the flows.
    if (engine === 'webkit') webkit = await startWebKitDriver();
  } catch (error) {
    result.problems.push(`${engine} could not start: ${error.message}`);
    result.minutes = (Date.now() - started) / 60000;
    console.error(`\n── ${engine}: could not start.\n${error.message}`);
    continue;
  }
  const env = { CAREPATH_ENGINE: engine, CHROME_PATH: chrome, ...(webkit ? { WEBKIT_WEBDRIVER_URL: webkit.url } : {}) };
  try {
    const countsFile = `${coverageDir}browser-counts-${engine}.json`;
    rmSync(countsFile, { force: true });
    const files = extraArgs.includes('--files') ? [] : engine === 'chromium' ? [] : ['--files', ...EVERY_ENGINE_FILES];
    const coverage = engine === 'chromium' ? ['--coverage'] : [];
    const browserStatus = await run(`browser tests (${engine})`, process.execPath, [wtr, '--config', 'web-test-runner.config.mjs', ...files, ...coverage, ...extraArgs], {
      ...env,
      CAREPATH_TEST_COUNTS: countsFile,
    });
    // A browser run that wrote no counts (it could not start) is a failure, never "0 failed".
    const counts = existsSync(countsFile) ? JSON.parse(readFileSync(countsFile, 'utf8')) : { passed: 0, failed: 1, skipped: 0, skippedTests: [] };
    if (browserStatus !== 0 && counts.failed === 0) {
      counts.failed = 1;
      result.problems.push(`the browser tests in ${engine} exited with status ${browserStatus}`);
    }
    result.browser = counts;

    // Every skip must be a listed exclusion of this engine, and every listed exclusion must still skip a test.
    const listed = exclusionsFor(engine);
    const key = ({ file, test }) => `${file} :: ${test}`;
    const listedKeys = new Set(listed.map(key));
    const skippedKeys = new Set((counts.skippedTests ?? []).map(key));
    for (const skipped of counts.skippedTests ?? []) {
      if (!listedKeys.has(key(skipped))) result.problems.push(`skipped but not listed in test/engine-exclusions.mjs: ${key(skipped)}`);
    }
    const partial = extraArgs.length > 0;
    if (!partial && browserStatus === 0) {
      for (const entry of listed) if (!skippedKeys.has(key(entry))) result.problems.push(`listed in test/engine-exclusions.mjs but no such test ran: ${key(entry)}`);
    }
    result.exclusions = listed.filter((entry) => skippedKeys.has(key(entry)));

    if (engine === 'chromium') {
      // The core's own bar: at least 95% of its lines covered by the browser tests.
      const CORE_LINE_FLOOR = 95;
      const lcovPath = `${coverageDir}lcov.info`;
      if (browserStatus === 0 && existsSync(lcovPath)) {
        let found = 0;
        let hit = 0;
        for (const record of readFileSync(lcovPath, 'utf8').split('end_of_record')) {
          if (!/^SF:.*src[\\/]core[\\/]/m.test(record)) continue;
          found += Number(/^LF:(\d+)/m.exec(record)?.[1] ?? 0);
          hit += Number(/^LH:(\d+)/m.exec(record)?.[1] ?? 0);
        }
        const percent = found === 0 ? 0 : (100 * hit) / found;
        console.log(`src/core line coverage: ${percent.toFixed(2)}% (${hit}/${found}; floor ${CORE_LINE_FLOOR}%)`);
        if (percent < CORE_LINE_FLOOR) coreCoverageStatus = 1;
      }
    }

    if (!partial) {
      const tapFile = `${coverageDir}flows-${engine}.tap`;
      rmSync(tapFile, { force: true });
      const flowStatus = await run(`visitor flows (${engine})`, process.execPath, [
        '--test',
        '--test-concurrency=1',
        '--test-reporter=spec',
        '--test-reporter-destination=stdout',
        '--test-reporter=tap',
        `--test-reporter-destination=${tapFile}`,
        ...flowTests,
      ], env);
      result.flows = tapCounts(tapFile);
      if (flowStatus !== 0 && result.flows.failed === 0) {
        result.flows.failed = 1;
        result.problems.push(`the visitor flows in ${engine} exited with status ${flowStatus}`);
      }
    }
  } finally {
    await webkit?.stop();
    result.minutes = (Date.now() - started) / 60000;
  }
}

// The summary: per engine its counts, minutes and exclusions; then the closing line.
console.log('\n── results per engine');
let browserPassed = 0;
let browserFailed = 0;
for (const { engine, browser, flows, minutes, exclusions = [], problems } of results) {
  browserPassed += browser.passed + flows.passed;
  browserFailed += browser.failed + flows.failed + problems.length;
  console.log(
    `${engine.padEnd(8)} browser tests ${browser.passed} passed, ${browser.failed} failed, ${exclusions.length} excluded; ` +
      `visitor flows ${flows.passed} passed, ${flows.failed} failed; ${minutes.toFixed(2)} min`,
  );
  for (const entry of exclusions) console.log(`  excluded: ${entry.file} › ${entry.test}\n            (${entry.reason})`);
  for (const problem of problems) console.log(`  PROBLEM: ${problem}`);
}
const listedTotal = EXCLUSIONS.reduce((sum, entry) => sum + entry.engines.filter((engine) => engines.includes(engine)).length, 0);
console.log(`exclusions listed for the engines run: ${listedTotal}`);
const anyFailure = results.some(({ browser, flows, problems }) => browser.failed > 0 || flows.failed > 0 || problems.length > 0);
status = nodeStatus || (anyFailure ? 1 : 0) || coreCoverageStatus;
console.log(`\nNode: ${nodeCounts.passed} passed, ${nodeCounts.failed} failed. Browser: ${browserPassed} passed, ${browserFailed} failed (${results.map((r) => r.engine).join(', ')}).`);
console.log(`tests: ${nodeCounts.passed + browserPassed} passed, ${nodeCounts.failed + browserFailed} failed`);
process.exit(status);
