// `npm test`: finds (or installs) the system Chromium, builds what the Node tests import, runs the Node
// tests (plain Node, no DOM) and the browser tests (@web/test-runner in headless Chromium, with the
// coverage threshold), then prints one closing line with the counts.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findBrowser } from './browser.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const extraArgs = process.argv.slice(2);
const countsFile = fileURLToPath(new URL('../coverage/browser-counts.json', import.meta.url));
const nodeTapFile = fileURLToPath(new URL('../coverage/node-tests.tap', import.meta.url));

function run(label, command, args, env = {}) {
  console.log(`\n── ${label}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

const chrome = findBrowser();
console.log(`Browser: ${chrome}`);

let status = run('build', process.execPath, ['scripts/build.mjs']);
if (status !== 0) process.exit(status);

// test/node: plain Node against the build; test/e2e: whole pages in the system Chromium (playwright-core).
const nodeTests = ['node', 'e2e'].flatMap((dir) =>
  readdirSync(new URL(`../test/${dir}`, import.meta.url))
    .filter((file) => file.endsWith('.test.mjs'))
    .map((file) => `test/${dir}/${file}`),
);
mkdirSync(dirname(nodeTapFile), { recursive: true });
const nodeStatus = run('node tests (plain Node, no DOM) and page tests (e2e)', process.execPath, [
  '--test',
  '--test-reporter=spec',
  '--test-reporter-destination=stdout',
  '--test-reporter=tap',
  `--test-reporter-destination=${nodeTapFile}`,
  ...nodeTests,
]);
const tap = existsSync(nodeTapFile) ? readFileSync(nodeTapFile, 'utf8') : '';
const tapCount = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(tap)?.[1] ?? 0);
const nodeCounts = { passed: tapCount('pass'), failed: tapCount('fail') + (nodeStatus !== 0 && tapCount('fail') === 0 ? 1 : 0) };

rmSync(countsFile, { force: true });
const wtr = fileURLToPath(new URL('../node_modules/@web/test-runner/dist/bin.js', import.meta.url));
const browserStatus = run('browser tests (headless Chromium)', process.execPath, [wtr, '--config', 'web-test-runner.config.mjs', '--coverage', ...extraArgs], {
  CHROME_PATH: chrome,
  CAREPATH_TEST_COUNTS: countsFile,
});

// The core's own bar: at least 95% of its lines covered by the browser tests.
const CORE_LINE_FLOOR = 95;
let coreCoverageStatus = 0;
const lcovPath = fileURLToPath(new URL('../coverage/lcov.info', import.meta.url));
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

// A browser run that wrote no counts (it could not start) is a failure, never "0 failed".
const counts = existsSync(countsFile) ? JSON.parse(readFileSync(countsFile, 'utf8')) : { passed: 0, failed: 1 };
if (browserStatus !== 0 && counts.failed === 0) counts.failed = 1;
status = nodeStatus || browserStatus || coreCoverageStatus;
console.log(`\nNode: ${nodeCounts.passed} passed, ${nodeCounts.failed} failed. Browser: ${counts.passed} passed, ${counts.failed} failed.`);
console.log(`tests: ${nodeCounts.passed + counts.passed} passed, ${nodeCounts.failed + counts.failed} failed`);
process.exit(status);
