// `npm run bench`: the speed bars (the project's quality bars), measured in the system's headless Chromium.
// Builds production bundles in this run (as scripts/size.mjs does), serves them on 127.0.0.1, loads each scenario
// page in a fresh browser context several times, and prints medians next to a baseline page that renders one
// trivial Lit element, measured in the same run (interleaved with the other scenarios).
//   node scripts/bench.mjs [--runs N] [--quick] [--json]
//     --runs N   page loads per scenario (default 7); the medians are over these
//     --quick    only the pages with one instance (baseline, each widget, all four together), and one Lighthouse
//                run per page instead of five
//     --json     print the machine, the rows and the goals as JSON instead of the table
//     --no-lighthouse  skip the Lighthouse stage (scripts/lighthouse.mjs: the partner page without the widgets, with
//                      the four widgets rendered in the browser, and pre-rendered by `carepath render`; Lighthouse 12
//                      mobile, medians of 5), which runs last otherwise
// Informational: exits 0 whatever the figures; 1 only when the build, the browser or a page fails.
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { buildBrowserBundle } from './browser-bundle.mjs';
import { browserArgs, findBrowser } from './browser.mjs';
import { lighthouseReport, runLighthouse } from './lighthouse.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const benchDir = fileURLToPath(new URL('./bench/', import.meta.url));

// ── options ────────────────────────────────────────────────────────────────────────────────────────────────
export function parseArgs(argv) {
  const options = { runs: 7, quick: false, json: false, lighthouse: true };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--quick') options.quick = true;
    else if (arg === '--json') options.json = true;
    else if (arg === '--no-lighthouse') options.lighthouse = false;
    else if (arg === '--runs' || arg.startsWith('--runs=')) {
      const value = arg.includes('=') ? arg.slice('--runs='.length) : argv[(i += 1)];
      options.runs = Number(value);
      if (!Number.isInteger(options.runs) || options.runs < 1) usage(`--runs needs a whole number ≥ 1, not ${value}`);
    } else usage(`unknown option ${arg}`);
  }
  return options;
}

function usage(message) {
  console.error(`${message}\nusage: node scripts/bench.mjs [--runs N] [--quick] [--json] [--no-lighthouse]`);
  process.exit(2);
}

/** Progress and build logs go to stderr, so `--json` leaves stdout parseable. */
const log = (message) => process.stderr.write(`${message}\n`);

// ── what is measured ───────────────────────────────────────────────────────────────────────────────────────
/** The speed goals (quality bars). */
const GOALS = { deltaMs: 16, longTaskMs: 50, longTaskUpTo: 10, cls: 0, linearTolerance: 1.5, linearSlackMs: 0.05 };
/** After the first frame, how long the page is watched for late long tasks and shifts. */
const SETTLE_MS = 250;
/** Idle time between page loads, so the closed context's renderer has exited before the next page starts. */
const PAUSE_MS = 250;
/** A page that has not reported after this long has failed. */
const PAGE_TIMEOUT_MS = 60_000;
const WIDGETS = ['quiz', 'levels', 'cost', 'schedule'];
/** Per-load figures, each reported as the median over the runs. */
export const METRICS = [
  'bundleReceivedMs',
  'modulesReceivedMs',
  'compileMs',
  'evalMs',
  'renderMs',
  'frameMs',
  'readyMs',
  'renderedMs',
  'paintedMs',
  'longestTaskMs',
  'longTasks',
  'clsAfterRender',
  'clsTotal',
];

/** Bundles: name → entry (each built alone, every dependency inlined, as a page would load it). */
const BUNDLES = {
  baseline: 'scripts/bench/baseline.js',
  all: 'src/index.ts',
  ...Object.fromEntries(WIDGETS.map((widget) => [widget, `src/components/${widget}/define.ts`])),
};

/** Realistic markup for one instance of each widget (the attributes the demo page uses). */
const MARKUP = {
  baseline: '<bench-baseline></bench-baseline>',
  quiz: '<carepath-quiz cta-href="/contact" secondary-cta-href="/programs"></carepath-quiz>',
  levels: '<carepath-levels cta-href="/contact" cta-label="Talk with our admissions team"></carepath-levels>',
  cost: '<carepath-cost coverage="in-network" deductible="1500" coinsurance="20" oop-max="4000"></carepath-cost>',
  schedule: '<carepath-schedule tracks="morning=09:00 evening=17:30"></carepath-schedule>',
};
const tagOf = (kind) => /^<([a-z-]+)/.exec(MARKUP[kind])[1];

/**
 * Scenario: which bundle the page loads and which instances it holds. A page with one widget loads that widget's
 * own bundle (what `carepath-<widget>.js` will be); "all four" loads the all-widgets bundle.
 */
export function scenarios({ quick }) {
  const list = [{ id: 'baseline', label: 'baseline (1 Lit element)', group: 'baseline', bundle: 'baseline', kinds: ['baseline'] }];
  for (const widget of WIDGETS) {
    for (const n of quick ? [1] : [1, 10, 100]) {
      list.push({ id: `${widget}-${n}`, label: `<carepath-${widget}>`, group: widget, bundle: widget, kinds: Array(n).fill(widget) });
    }
  }
  list.push({ id: 'all-4', label: 'all four, one of each', group: 'all', bundle: 'all', kinds: WIDGETS });
  return list;
}

// ── build and serve ────────────────────────────────────────────────────────────────────────────────────────
async function buildBundles(outDir) {
  for (const [name, entry] of Object.entries(BUNDLES)) {
    if (!existsSync(join(root, entry))) throw new Error(`bench: ${entry} does not exist`);
    await buildBrowserBundle({ entry, outDir: join(outDir, 'bundles', name), fileName: `${name}.js`, version: 'bench' });
    // start.js, the bundle and end.js are evaluated in this order, in one task: see scripts/bench/end.js.
    writeFileSync(join(outDir, `entry-${name}.js`), `import './start.js';\nimport './bundles/${name}/${name}.js';\nimport './end.js';\n`);
  }
  for (const file of ['start.js', 'end.js']) copyFileSync(join(benchDir, file), join(outDir, file));
}

function pageHtml(scenario) {
  const tags = [...new Set(scenario.kinds.map(tagOf))];
  const sections = scenario.kinds
    .map((kind, i) => `<section><h2>Section ${i + 1}</h2><p>A paragraph of the partner's own text before the widget.</p>${MARKUP[kind]}</section>`)
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="bench-tags" content="${tags.join(' ')}">
<meta name="bench-settle-ms" content="${SETTLE_MS}">
<title>bench: ${scenario.id}</title>
<link rel="icon" href="data:,">
<style>
body { margin: 0; font: 16px/1.5 system-ui, sans-serif; color: #1b1b1b; background: #fff; }
main { max-width: 46rem; margin: 0 auto; padding: 1.5rem; }
section { margin-block: 2rem; }
</style>
</head>
<body>
<main>
<h1>A treatment center's page</h1>
<p>Some introductory text, as a partner's page would have above the widgets.</p>
${sections}
<p>Text below the widgets: it moves if a widget changes height after its first render.</p>
</main>
<script type="module" src="/entry-${scenario.bundle}.js"></script>
</body>
</html>
`;
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };

/** A static server for the temp dir, on 127.0.0.1 only. */
function serve(dir) {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://127.0.0.1').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, path);
    if (!file.startsWith(dir) || !existsSync(file) || !TYPES[extname(file)]) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)], 'cache-control': 'no-store' }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

// ── one page load ──────────────────────────────────────────────────────────────────────────────────────────
async function measurePage(browser, origin, scenario) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => ['error', 'warning'].includes(message.type()) && problems.push(`console ${message.type()}: ${message.text()}`));
    page.on('request', (request) => !request.url().startsWith(origin) && !request.url().startsWith('data:') && problems.push(`request off localhost: ${request.url()}`));
    await page.addInitScript({ path: join(benchDir, 'observe.js') });
    await page.goto(`${origin}/${scenario.id}.html`, { waitUntil: 'load' });
    const raw = await Promise.race([
      page.evaluate(() => window.__bench.done),
      new Promise((_, reject) => setTimeout(() => reject(new Error(`${scenario.id}: no result after ${PAGE_TIMEOUT_MS / 1000} s`)), PAGE_TIMEOUT_MS).unref()),
    ]);
    if (raw.error) throw new Error(`${scenario.id}: ${raw.error}`);
    if (raw.undefinedTags.length) throw new Error(`${scenario.id}: not defined: ${raw.undefinedTags.join(', ')}`);
    if (raw.instances !== scenario.kinds.length || raw.renderedCount !== raw.instances) {
      throw new Error(`${scenario.id}: ${raw.renderedCount} of ${raw.instances} instances rendered (expected ${scenario.kinds.length})`);
    }
    if (raw.zeroHeight) throw new Error(`${scenario.id}: ${raw.zeroHeight} instances rendered with no height`);
    if (problems.length) throw new Error(`${scenario.id}: ${[...new Set(problems)].join('; ')}`);
    const counted = raw.shifts.filter((shift) => !shift.hadRecentInput);
    const sum = (shifts) => shifts.reduce((total, shift) => total + shift.value, 0);
    // Rendered: the last instance's first render plus the browser's work on the frame that shows it, without
    // the idle wait for that frame to begin (up to one frame interval, pure noise here).
    const renderedMs = raw.updated + raw.frameWork;
    return {
      bundleReceivedMs: raw.bundleReceived,
      modulesReceivedMs: raw.modulesReceived,
      compileMs: raw.evalStart - raw.modulesReceived,
      evalMs: raw.evalEnd - raw.evalStart,
      renderMs: raw.updated - raw.evalEnd,
      frameMs: raw.frameWork,
      readyMs: renderedMs - raw.modulesReceived,
      renderedMs,
      paintedMs: raw.frameEnd,
      longestTaskMs: Math.max(0, ...raw.longTasks.map((task) => task.duration)),
      longTasks: raw.longTasks.length,
      // Shifts reported up to the first frame after render belong to the widgets appearing (when the page had
      // painted before the scripts ran); the goal is about shifts after that first render.
      clsAfterRender: sum(counted.filter((shift) => shift.start > raw.frameEnd)),
      clsTotal: sum(counted),
    };
  } finally {
    await context.close();
    await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
  }
}

// ── statistics ─────────────────────────────────────────────────────────────────────────────────────────────
function median(values) {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** A small seeded PRNG, so each run's scenario order is shuffled the same way every time. */
function shuffled(list, seed) {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

function summarize(list, samples) {
  const baseline = samples.get('baseline');
  const baseReady = median(baseline.map((run) => run.readyMs));
  const baseRendered = median(baseline.map((run) => run.renderedMs));
  const rows = list.map((scenario) => {
    const runs = samples.get(scenario.id);
    const pick = (key) => median(runs.map((run) => run[key]));
    const worst = (key) => Math.max(...runs.map((run) => run[key]));
    const row = {
      id: scenario.id,
      scenario: scenario.label,
      group: scenario.group,
      bundle: scenario.bundle,
      instances: scenario.kinds.length,
      runs: runs.length,
      ...Object.fromEntries(METRICS.map((key) => [key, pick(key)])),
      worst: { longestTaskMs: worst('longestTaskMs'), clsAfterRender: worst('clsAfterRender') },
      perInstanceMs: null,
      linear: null,
      samples: runs,
    };
    row.deltaMs = row.readyMs - baseReady;
    row.ratio = row.readyMs / baseReady;
    row.deltaFromNavigationMs = row.renderedMs - baseRendered;
    return row;
  });
  // Growth: the marginal time of each further instance of the same widget, (ready(n) − ready(1)) / (n − 1).
  for (const row of rows) {
    const one = rows.find((other) => other.group === row.group && other.instances === 1);
    if (one && row.instances > 1 && row.group !== 'all') row.perInstanceMs = (row.readyMs - one.readyMs) / (row.instances - 1);
  }
  for (const row of rows.filter((r) => r.instances === 100)) {
    const ten = rows.find((other) => other.group === row.group && other.instances === 10);
    if (ten?.perInstanceMs != null) row.linear = row.perInstanceMs <= Math.max(ten.perInstanceMs, 0) * GOALS.linearTolerance + GOALS.linearSlackMs;
  }
  return rows;
}

function judge(rows) {
  const widgetRows = rows.filter((row) => row.group !== 'baseline');
  const singles = widgetRows.filter((row) => row.instances === 1 || row.group === 'all');
  const upToTen = widgetRows.filter((row) => row.instances <= GOALS.longTaskUpTo);
  const name = (row) => (row.group === 'all' ? 'all four' : `${row.group} ×${row.instances}`);
  const over = upToTen.filter((row) => row.longestTaskMs > GOALS.longTaskMs);
  const growth = rows.filter((row) => row.linear !== null);
  const worstTaskAnyRun = Math.max(...upToTen.map((row) => row.worst.longestTaskMs));
  const worstCls = Math.max(...widgetRows.map((row) => row.clsAfterRender));
  const worstClsAnyRun = Math.max(...widgetRows.map((row) => row.worst.clsAfterRender));
  return [
    {
      goal: `one of each widget rendered within ${GOALS.deltaMs} ms of the baseline`,
      pass: singles.every((row) => row.deltaMs <= GOALS.deltaMs),
      detail: `Δ ${singles.map((row) => `${row.group === 'all' ? 'all four' : row.group} ${fmt(row.deltaMs)}`).join(', ')} ms`,
    },
    {
      goal: `no long task over ${GOALS.longTaskMs} ms with up to ${GOALS.longTaskUpTo} instances`,
      pass: over.length === 0,
      detail:
        (over.length ? `over on ${over.map((row) => `${name(row)} (${fmt(row.longestTaskMs, 0)})`).join(', ')}` : 'none in the medians') +
        `; longest in any run ${fmt(worstTaskAnyRun, 0)} ms`,
    },
    {
      goal: 'layout shift 0 after first render',
      pass: worstCls <= GOALS.cls,
      detail: `largest (median) ${fmt(worstCls, 4)}; largest in any run ${fmt(worstClsAnyRun, 4)}`,
    },
    {
      goal: 'time growing no worse than linearly to 100 instances',
      pass: growth.length ? growth.every((row) => row.linear) : null,
      detail: growth.length
        ? growth
            .map((row) => {
              const ten = rows.find((other) => other.group === row.group && other.instances === 10);
              return `${row.group} ${fmt(ten.perInstanceMs, 2)} → ${fmt(row.perInstanceMs, 2)} ms/inst (${row.linear ? 'yes' : 'no'})`;
            })
            .join(', ')
        : 'not measured (--quick has no 10- or 100-instance pages)',
    },
  ];
}

// ── output ─────────────────────────────────────────────────────────────────────────────────────────────────
function fmt(value, digits = 1) {
  if (value === null || value === undefined) return '–';
  return Number.isFinite(value) ? value.toFixed(digits) : String(value);
}

function table(rows) {
  const isBase = (r) => r.group === 'baseline';
  const columns = [
    ['scenario', (r) => r.scenario, 'l'],
    ['n', (r) => String(r.instances)],
    ['eval', (r) => fmt(r.evalMs)],
    ['render', (r) => fmt(r.renderMs)],
    ['frame', (r) => fmt(r.frameMs)],
    ['ready', (r) => fmt(r.readyMs)],
    ['from nav', (r) => fmt(r.renderedMs)],
    ['Δ base', (r) => (isBase(r) ? '–' : `${r.deltaMs >= 0 ? '+' : ''}${fmt(r.deltaMs)}`)],
    ['× base', (r) => fmt(r.ratio, 2)],
    ['long max', (r) => fmt(r.longestTaskMs)],
    ['long #', (r) => fmt(r.longTasks, Number.isInteger(r.longTasks) ? 0 : 1)],
    ['CLS after', (r) => fmt(r.clsAfterRender, 4)],
    ['CLS all', (r) => fmt(r.clsTotal, 4)],
    ['ms/inst', (r) => fmt(r.perInstanceMs, 2)],
    ['linear', (r) => (r.linear === null ? '' : r.linear ? 'yes' : 'no')],
  ];
  const cells = rows.map((row) => columns.map(([, get]) => get(row)));
  const widths = columns.map(([title], i) => Math.max(title.length, ...cells.map((line) => line[i].length)));
  const line = (values) =>
    values
      .map((value, i) => (columns[i][2] === 'l' ? value.padEnd(widths[i]) : value.padStart(widths[i])))
      .join('  ')
      .trimEnd();
  const separator = widths.map((w) => '─'.repeat(w)).join('  ');
  const body = [];
  const groupSize = (group) => rows.filter((row) => row.group === group).length;
  rows.forEach((row, i) => {
    const previous = rows[i - 1];
    if (previous && row.group !== previous.group && (groupSize(row.group) > 1 || groupSize(previous.group) > 1)) body.push('');
    body.push(line(cells[i]));
  });
  return [line(columns.map(([title]) => title)), separator, ...body].join('\n');
}

const LEGEND = `All times in ms; each figure is the median over the runs.
eval       the bundle's top-level evaluation: from a mark in a module evaluated just before it to a mark in one
           evaluated just after it, in the same task. Runs the library's top level, defines the elements and
           upgrades (constructs) the instances already in the HTML. Not in it: V8's parse and compile of the
           bundle before evaluation (in "ready"), and the first render (Lit renders in microtasks afterwards).
render     after eval until every instance's updateComplete has resolved: the first render, all script.
frame      the browser's work on the frame that first shows the widgets (style, layout, paint): from its
           requestAnimationFrame callback to a task queued there, which runs once that frame is done.
ready      from the arrival of the page's last module (the bundle or one of the tiny modules around it; Resource
           Timing responseEnd) until rendered (= render done + frame): compile and link, eval, first render,
           style and layout. The library's cost on the main thread, without the page's load.
from nav   rendered, counted from navigation start; adds loading the page and the bundle from 127.0.0.1,
           which is the same for every page and varies by tens of ms from load to load on a small machine.
Δ, ×       ready minus (and divided by) the baseline's ready. The baseline bundles Lit and one trivial element
           with the same build settings, so Lit's own cost is in both. (Δ of "from nav" is in --json.)
long       long tasks (Long Tasks API: tasks over 50 ms) from navigation start until ${SETTLE_MS} ms and two frames
           after the first frame that shows the widgets: the longest (0 = none) and how many.
CLS        layout-shift values without recent input, summed. "after": shifts after the first frame that shows
           the widgets (the goal). "all": also that frame, where the text below moves down if the page had
           painted before the widgets existed (no widget reserves space before its first render).
ms/inst    marginal cost of each further instance: (ready(n) − ready(1)) / (n − 1), same widget.
linear     ms/inst at 100 ≤ ${GOALS.linearTolerance} × ms/inst at 10 (+${GOALS.linearSlackMs} ms for noise).
Each load uses a fresh browser context (cold caches); the scenarios are shuffled within each run, so the
baseline and the widgets share the machine's state; one warm-up load of each one-instance page is discarded.
One-widget pages load that widget's own bundle (src/components/<widget>/define.ts); "all four" loads
src/index.ts. Page: a 46rem column, a heading and a paragraph above each instance, text below; 1280×800.`;

/** The printed report: the machine, the table, the goals with PASS/MISS, the legend. */
export function report({ machine, rows, verdicts }) {
  const { runs, quick } = machine;
  return [
    `carepath bench — Chromium ${machine.chromium} (headless), ${machine.cpus} × ${machine.cpuModel}, Node ${machine.node}, ${machine.platform}`,
    `medians over ${runs} run${runs === 1 ? '' : 's'} per scenario${quick ? ' (--quick: one-instance pages only)' : ''}`,
    '',
    table(rows),
    '',
    'Goals (quality bars, speed; informational):',
    ...verdicts.map((goal) => `  ${goal.pass === null ? 'n/a ' : goal.pass ? 'PASS' : 'MISS'}  ${goal.goal}: ${goal.detail}`),
    '',
    LEGEND,
  ].join('\n');
}

// ── main ───────────────────────────────────────────────────────────────────────────────────────────────────
async function main(options) {
  const outDir = mkdtempSync(join(tmpdir(), 'carepath-bench-'));
  let server;
  let browser;
  try {
    log('bench: building production bundles…');
    await buildBundles(outDir);
    const list = scenarios(options);
    for (const scenario of list) writeFileSync(join(outDir, `${scenario.id}.html`), pageHtml(scenario));
    server = await serve(outDir);
    const origin = `http://127.0.0.1:${server.address().port}`;
    browser = await chromium.launch({ executablePath: findBrowser(), args: browserArgs() });
    const machine = {
      chromium: browser.version(),
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model?.trim() ?? 'unknown',
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
      runs: options.runs,
      quick: options.quick,
    };

    // Warm-up: one discarded load of each one-instance page (the browser's first pages are slower).
    for (const scenario of list.filter((s) => s.kinds.length === 1)) await measurePage(browser, origin, scenario);

    const samples = new Map(list.map((scenario) => [scenario.id, []]));
    for (let run = 0; run < options.runs; run += 1) {
      log(`bench: run ${run + 1}/${options.runs} (${list.length} pages)`);
      for (const scenario of shuffled(list, 0xca7e + run)) samples.get(scenario.id).push(await measurePage(browser, origin, scenario));
    }

    const rows = summarize(list, samples);
    const result = { machine, goals: GOALS, settleMs: SETTLE_MS, pauseMs: PAUSE_MS, rows, verdicts: judge(rows) };
    await browser.close();
    browser = undefined;
    if (options.lighthouse) {
      // --quick: one Lighthouse run per page (a smoke run), not medians.
      const lighthouse = await runLighthouse({ runs: options.quick ? 1 : 5 });
      if (options.json) result.lighthouse = { runs: lighthouse.runs, version: lighthouse.lighthouse, medians: lighthouse.medians };
      else result.lighthouseText = lighthouseReport(lighthouse);
    }
    console.log(options.json ? JSON.stringify(result, null, 2) : `${report(result)}${result.lighthouseText ? `\n\n${result.lighthouseText}` : ''}`);
  } catch (error) {
    console.error(`bench failed: ${error.stack ?? error}`);
    process.exitCode = 1;
  } finally {
    await browser?.close();
    server?.close();
    rmSync(outDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main(parseArgs(process.argv.slice(2)));
