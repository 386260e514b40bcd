// `npm run bench` cannot rot silently: runs it in its quick mode (one run, one-instance pages, --json) and checks
// the rows, that every figure is a sane number, and the printed report built from them. Timings are never asserted:
// the speed goals belong in the bench's own output (the quality bars).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { METRICS, parseArgs, report, scenarios } from '../../scripts/bench.mjs';

const script = fileURLToPath(new URL('../../scripts/bench.mjs', import.meta.url));
const QUICK_ROWS = ['baseline', 'quiz-1', 'levels-1', 'cost-1', 'schedule-1', 'all-4'];
/** Figures that are durations, counts or shift scores: finite and never negative. */
const NON_NEGATIVE = [...METRICS, 'ratio'];

describe('bench options and scenarios', () => {
  it('defaults to 7 runs of every page and reads --runs, --quick and --json', () => {
    assert.deepEqual(parseArgs([]), { runs: 7, quick: false, json: false, lighthouse: true });
    assert.deepEqual(parseArgs(['--runs', '3', '--quick', '--json', '--no-lighthouse']), { runs: 3, quick: true, json: true, lighthouse: false });
    assert.equal(parseArgs(['--runs=2']).runs, 2);
  });

  it('measures each widget at 1, 10 and 100 instances, all four together and the baseline', () => {
    const full = scenarios({ quick: false });
    assert.deepEqual(
      full.map((s) => `${s.id}:${s.kinds.length}`),
      ['baseline:1', ...['quiz', 'levels', 'cost', 'schedule'].flatMap((w) => [`${w}-1:1`, `${w}-10:10`, `${w}-100:100`]), 'all-4:4'],
    );
    assert.deepEqual(
      scenarios({ quick: true }).map((s) => s.id),
      QUICK_ROWS,
    );
  });
});

describe('npm run bench -- --runs 1 --quick --json', () => {
  let result;
  before(async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [script, '--runs', '1', '--quick', '--json'], {
      maxBuffer: 16 * 1024 * 1024,
      timeout: 180_000,
    });
    result = JSON.parse(stdout);
  });

  it('names the machine', () => {
    assert.match(result.machine.chromium, /^\d+\.\d+\.\d+\.\d+$/);
    assert.ok(result.machine.cpus >= 1);
    assert.equal(result.machine.node, process.version);
    assert.equal(result.machine.runs, 1);
  });

  it('has one row per one-instance page, each with one sample of sane numbers', () => {
    assert.deepEqual(
      result.rows.map((row) => row.id),
      QUICK_ROWS,
    );
    for (const row of result.rows) {
      assert.equal(row.runs, 1, row.id);
      assert.equal(row.samples.length, 1, row.id);
      for (const key of NON_NEGATIVE) {
        assert.ok(Number.isFinite(row[key]) && row[key] >= 0, `${row.id} ${key} = ${row[key]}`);
      }
      assert.ok(Number.isFinite(row.deltaMs) && Number.isFinite(row.deltaFromNavigationMs), row.id);
      assert.ok(row.readyMs <= row.renderedMs, `${row.id}: ready is part of the time from navigation`);
      assert.equal(row.perInstanceMs, null, row.id);
      assert.equal(row.linear, null, row.id);
    }
    const baseline = result.rows[0];
    assert.equal(baseline.deltaMs, 0);
    assert.equal(baseline.ratio, 1);
  });

  it('judges the four speed goals; growth is not measured in quick mode', () => {
    assert.equal(result.verdicts.length, 4);
    for (const verdict of result.verdicts.slice(0, 3)) assert.equal(typeof verdict.pass, 'boolean', verdict.goal);
    assert.equal(result.verdicts[3].pass, null);
  });

  it('prints the machine, a row per page, PASS/MISS per goal and the legend', () => {
    const text = report(result);
    assert.match(text, new RegExp(`^carepath bench — Chromium ${result.machine.chromium.replaceAll('.', '\\.')} \\(headless\\), \\d+ × `));
    const lines = text.split('\n');
    const header = lines.find((line) => line.startsWith('scenario'));
    for (const column of ['eval', 'render', 'frame', 'ready', 'from nav', 'Δ base', '× base', 'long max', 'long #', 'CLS after', 'CLS all', 'ms/inst', 'linear']) {
      assert.ok(header.includes(column), `column ${column}`);
    }
    for (const label of ['baseline (1 Lit element)', '<carepath-quiz>', '<carepath-levels>', '<carepath-cost>', '<carepath-schedule>', 'all four, one of each']) {
      assert.equal(lines.filter((line) => line.startsWith(`${label} `)).length, 1, label);
    }
    assert.equal(lines.filter((line) => /^ {2}(PASS|MISS|n\/a ) {2}/.test(line)).length, 4);
    assert.match(text, /^ready {6}/m);
  });
});
