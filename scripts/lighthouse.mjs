// The Lighthouse stage of `npm run bench`, the speed bar as partners and their SEO agencies measure it:
// Lighthouse 12's mobile run (simulated throttling) on a partner-like page, plain and with the four widgets from
// the CDN file (dist/cdn/carepath.js as built now), medians of N runs taken in alternation, printing Total Blocking
// Time, the performance score, CLS and LCP for both and the deltas. Goal: at most +50 ms TBT, at most one point.
//   node scripts/lighthouse.mjs [--runs N] [--against REF] [--reserve]
//     --runs N       runs per page (default 5)
//     --against REF  also build the CDN file from git REF's src/ and run its page in the same alternation
//                    (before/after of a lever, side by side on one machine in one run)
//     --reserve      also the widgets right under the hero, without and with the carepath-*:not(:defined) heights
//                    of docs/performance.md reserved (layout shift)
//     --uncompressed serve the files without gzip (the default gzips them, as jsDelivr, unpkg and common web
//                    servers do; Lighthouse's simulated network then times the bytes a partner's visitor downloads)
// Lighthouse runs as an asynchronous child process (the page server lives in this process), with the system
// Chromium. Informational: exits 0 whatever the figures; 1 only when a build, the browser or a page fails.
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { buildBrowserBundle } from './browser-bundle.mjs';
import { findBrowser } from './browser.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const LIGHTHOUSE = join(root, 'node_modules/lighthouse/cli/index.js');
export const LIGHTHOUSE_GOALS = { tbtMs: 50, points: 1 };
const log = (message) => process.stderr.write(`${message}\n`);

/** The reserved heights documented in docs/performance.md, for the --reserve page. */
export const RESERVE_CSS = `carepath-quiz:not(:defined) { display: block; min-block-size: 42rem; }
carepath-levels:not(:defined) { display: block; min-block-size: 220rem; }
carepath-cost:not(:defined) { display: block; min-block-size: 197rem; }
carepath-schedule:not(:defined) { display: block; min-block-size: 118rem; }
@media (min-width: 48rem) {
  carepath-quiz:not(:defined) { min-block-size: 30rem; }
  carepath-levels:not(:defined) { min-block-size: 147rem; }
  carepath-cost:not(:defined) { min-block-size: 170rem; }
  carepath-schedule:not(:defined) { min-block-size: 60rem; }
}`;

const WIDGETS = `<section><h2>Find your level of care</h2><carepath-quiz cta-href="/contact"></carepath-quiz></section>
<section><h2>Compare programs</h2><carepath-levels cta-href="/contact"></carepath-levels></section>
<section><h2>What it may cost</h2><carepath-cost coverage="in-network" deductible="1500" coinsurance="20" oop-max="4000"></carepath-cost></section>
<section><h2>A week in the program</h2><carepath-schedule tracks="morning=09:00 evening=17:30"></carepath-schedule></section>`;

const PARAGRAPH = '<p>Our team offers care for substance use and mental health, for adults and their families. We take most insurance plans, and we can help you check your coverage before you start. Call us any time with questions.</p>';

/** A partner-like page: header, hero text, sections of prose; with a `script`, the four widgets after "About us". */
export function partnerPage({ script, reserve = false, top = false } = {}) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Riverside Recovery Center</title>
<meta name="description" content="Treatment for addiction and mental health.">
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/site.css">
${reserve ? '<link rel="stylesheet" href="/reserve.css">' : ''}
${script ? `<script type="module" src="${script}"></script>` : ''}
</head>
<body>
<header><p class="brand">Riverside Recovery Center</p><nav><a href="/">Home</a> <a href="/programs">Programs</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Care that fits your life</h1>
${PARAGRAPH}
${script && top ? WIDGETS : ''}
<section><h2>About us</h2>${PARAGRAPH.repeat(4)}</section>
${script && !top ? WIDGETS : ''}
<section><h2>Visit</h2>${PARAGRAPH.repeat(3)}</section>
</main>
<footer><p>Riverside Recovery Center · 100 River Road</p></footer>
</body>
</html>
`;
}

const SITE_CSS = `body { margin: 0; font: 16px/1.5 system-ui, sans-serif; color: #1b1b1b; background: #fff; }
header, footer { padding: 1rem 1.5rem; background: #f3f5f8; }
main { max-width: 46rem; margin: 0 auto; padding: 1.5rem; }
section { margin-block: 2rem; }
`;

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

function serve(dir, compress) {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://127.0.0.1').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(dir, path);
    if (extname(file) === '') file = join(file, 'index.html');
    try {
      if (!file.startsWith(dir) || !TYPES[extname(file)]) throw new Error('not served');
      const gzip = compress && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
      const headers = { 'content-type': TYPES[extname(file)], 'cache-control': 'no-store', ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}) };
      response.writeHead(200, headers).end(gzip ? gzipSync(readFileSync(file), { level: 9 }) : readFileSync(file));
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const run = promisify(execFile);

/** One Lighthouse mobile run (simulated throttling) of `url`; returns the four figures. */
async function lighthouse(url, outFile) {
  await run(
    process.execPath,
    [
      LIGHTHOUSE,
      url,
      '--quiet',
      '--only-categories=performance',
      '--output=json',
      `--output-path=${outFile}`,
      `--chrome-path=${findBrowser()}`,
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage',
    ],
    { maxBuffer: 64 * 1024 * 1024, timeout: 180_000 },
  );
  const report = JSON.parse(readFileSync(outFile, 'utf8'));
  if (report.runtimeError) throw new Error(`lighthouse: ${report.runtimeError.message}`);
  const audit = (id) => report.audits[id]?.numericValue ?? Number.NaN;
  return {
    tbt: audit('total-blocking-time'),
    score: Math.round((report.categories.performance.score ?? Number.NaN) * 100),
    cls: audit('cumulative-layout-shift'),
    lcp: audit('largest-contentful-paint'),
  };
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Builds the CDN file (and its lazy chunk) from `srcRoot`'s src/ into `outDir`. */
async function buildCdn(outDir, entry) {
  await buildBrowserBundle({ entry, outDir, fileName: 'carepath.js', version: 'bench', emptyOutDir: false });
}

export async function runLighthouse({ runs = 5, against, reserve = false, compress = true } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'carepath-lighthouse-'));
  const refDir = against ? join(root, '.bench-ref') : undefined;
  let server;
  try {
    log('lighthouse: building the CDN file…');
    mkdirSync(join(dir, 'now'), { recursive: true });
    await buildCdn(join(dir, 'now'), 'src/index.ts');
    const pages = [
      { id: 'plain', label: 'plain partner page', script: undefined },
      { id: 'widgets', label: 'with the four widgets (CDN file)', script: '/now/carepath.js' },
    ];
    if (against) {
      rmSync(refDir, { recursive: true, force: true });
      mkdirSync(refDir, { recursive: true });
      execFileSync('sh', ['-c', `git archive ${against} src tsconfig.json | tar -x -C .bench-ref`], { cwd: root });
      mkdirSync(join(dir, 'ref'), { recursive: true });
      await buildCdn(join(dir, 'ref'), '.bench-ref/src/index.ts');
      pages.push({ id: 'ref', label: `with the four widgets as of ${against}`, script: '/ref/carepath.js' });
    }
    if (reserve) {
      // The widgets right under the hero, where their first render moves what the visitor sees.
      pages.push({ id: 'top', label: 'widgets under the hero', script: '/now/carepath.js', top: true });
      pages.push({ id: 'top-reserved', label: 'widgets under the hero, heights reserved', script: '/now/carepath.js', top: true, reserve: true });
    }
    writeFileSync(join(dir, 'site.css'), SITE_CSS);
    writeFileSync(join(dir, 'reserve.css'), `${RESERVE_CSS}\n`);
    for (const page of pages) writeFileSync(join(dir, `${page.id}.html`), partnerPage(page));
    server = await serve(dir, compress);
    const origin = `http://127.0.0.1:${server.address().port}`;
    const samples = Object.fromEntries(pages.map((page) => [page.id, []]));
    for (let i = 0; i < runs; i += 1) {
      for (const page of pages) {
        log(`lighthouse: run ${i + 1}/${runs}, ${page.label}`);
        samples[page.id].push(await lighthouse(`${origin}/${page.id}.html`, join(dir, `${page.id}-${i}.json`)));
      }
    }
    const medians = Object.fromEntries(
      pages.map((page) => [page.id, Object.fromEntries(['tbt', 'score', 'cls', 'lcp'].map((key) => [key, median(samples[page.id].map((s) => s[key]))]))]),
    );
    return { pages, medians, samples, runs, compress, lighthouse: JSON.parse(readFileSync(join(root, 'node_modules/lighthouse/package.json'), 'utf8')).version };
  } finally {
    server?.close();
    rmSync(dir, { recursive: true, force: true });
    if (refDir) rmSync(refDir, { recursive: true, force: true });
  }
}

export function lighthouseReport({ pages, medians, runs, compress = true, lighthouse: version }) {
  const plain = medians.plain;
  const row = (page) => {
    const m = medians[page.id];
    const delta = page.id === 'plain' ? '' : `   Δ TBT ${m.tbt - plain.tbt >= 0 ? '+' : ''}${Math.round(m.tbt - plain.tbt)} ms, Δ score ${m.score - plain.score}, Δ CLS ${(m.cls - plain.cls).toFixed(3)}, Δ LCP ${Math.round(m.lcp - plain.lcp)} ms`;
    return `  ${page.label.padEnd(44)} TBT ${String(Math.round(m.tbt)).padStart(5)} ms  score ${String(m.score).padStart(3)}  CLS ${m.cls.toFixed(3)}  LCP ${String(Math.round(m.lcp)).padStart(5)} ms${delta}`;
  };
  const widgets = medians.widgets;
  const tbtOk = widgets.tbt - plain.tbt <= LIGHTHOUSE_GOALS.tbtMs;
  const scoreOk = plain.score - widgets.score <= LIGHTHOUSE_GOALS.points;
  return [
    `Lighthouse ${version}, mobile, simulated throttling; medians of ${runs} (pages alternated); files served ${compress ? 'gzipped' : 'uncompressed'}; ${cpus().length} cores (${cpus()[0]?.model?.trim() ?? 'unknown'}), ${new Date().toISOString().slice(0, 10)}`,
    ...pages.map(row),
    `  ${tbtOk ? 'PASS' : 'MISS'}  at most +${LIGHTHOUSE_GOALS.tbtMs} ms Total Blocking Time`,
    `  ${scoreOk ? 'PASS' : 'MISS'}  at most ${LIGHTHOUSE_GOALS.points} performance point lost`,
  ].join('\n');
}

function parse(argv) {
  const options = { runs: 5, against: undefined, reserve: false, compress: true };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--runs') options.runs = Number(argv[(i += 1)]);
    else if (arg === '--against') options.against = argv[(i += 1)];
    else if (arg === '--reserve') options.reserve = true;
    else if (arg === '--uncompressed') options.compress = false;
    else {
      console.error(`unknown option ${arg}\nusage: node scripts/lighthouse.mjs [--runs N] [--against REF] [--reserve] [--uncompressed]`);
      process.exit(2);
    }
  }
  if (!Number.isInteger(options.runs) || options.runs < 1) {
    console.error('--runs needs a whole number ≥ 1');
    process.exit(2);
  }
  return options;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    console.log(lighthouseReport(await runLighthouse(parse(process.argv.slice(2)))));
  } catch (error) {
    console.error(`lighthouse stage failed: ${error.stack ?? error}`);
    process.exitCode = 1;
  }
}
