// A @web/test-runner reporter that writes the browser tests' pass/fail counts, and the full title of every skipped
// test with its file, to $CAREPATH_TEST_COUNTS, so `npm test` can check the skips against the listed per-engine
// exclusions and print one closing line for the whole run.
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, relative } from 'node:path';

function tally(suite, counts, file, path) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) {
      counts.skipped += 1;
      counts.skippedTests.push({ file, test: [...path, test.name].join(' ') });
    } else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite.suites ?? []) tally(child, counts, file, [...path, child.name]);
}

export function countReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const file = process.env.CAREPATH_TEST_COUNTS;
      if (!file) return;
      const counts = { passed: 0, failed: 0, skipped: 0, files: sessions.length, skippedTests: [] };
      for (const session of sessions) {
        const testFile = relative(process.cwd(), session.testFile).split('\\').join('/');
        if (session.testResults) tally(session.testResults, counts, testFile, []);
        // A file that failed to load has no results: count it as a failure so it cannot pass silently.
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length) counts.failed += 1;
      }
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(counts));
    },
  };
}
