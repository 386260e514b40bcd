// The Lighthouse stage of `npm run bench`, the speed bar as partners and their SEO agencies measure it:
// Lighthouse 12's mobile run (simulated throttling) on a partner-like page, plain, with the four widgets from the
// CDN file (dist/cdn/carepath.js as built now, rendered in the browser), and the same page passed through the render
// CLI (`carepath render`: pre-rendered, then hydrated by the same CDN file), medians of N runs taken in
// alternation, printing Total Blocking Time, the performance score, CLS and LCP for each and the deltas.
// Goals: at most +50 ms TBT and at most one point against the plain page; the pre-rendered page shifts nothing
// (CLS 0) and blocks no longer than the client-rendered one.
//   node scripts/lighthouse.mjs [--runs N] [--against REF] [--reserve] [--save DIR]
//     --runs N       runs per page (default 5)
//     --against REF  also build the CDN file from git REF's src/ and run its page in the same alternation
//                    (before/after of a lever, side by side on one machine in one run)
//     --reserve      also the widgets right under the hero, without and with the carepath-*:not(:state(rendered)) heights
//                    of docs/performance.md reserved, and pre-rendered (layout shift)
//     --save DIR     keep the pages and every Lighthouse report (JSON) in DIR, to look into
// The pre-rendered pages need dist/ (the CLI runs dist/ssr): it is built first when older than src/.
//     --uncompressed serve the files without gzip (the default gzips them, as jsDelivr, unpkg and common web
//                    servers do; Lighthouse's simulated network then times the bytes a partner's visitor downloads)
// Lighthouse runs as an asynchronous child process (the page server lives in this process), with the system
// Chromium. Informational: exits 0 whatever the figures; 1 only when a build, the browser or a page fails.
import { execFile, execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { buildBrowserBundle, buildHydrateFile } from './browser-bundle.mjs';
import { browserArgs, findBrowser } from './browser.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const LIGHTHOUSE = join(root, 'node_modules/lighthouse/cli/index.js');
export const LIGHTHOUSE_GOALS = { tbtMs: 50, points: 1 };
/** The package's version: the CDN file and the render CLI must agree on it, or the widgets render again. */
const VERSION = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
const log = (message) => process.stderr.write(`${message}\n`);

/**
 * The reserved heights for the --reserve page: the CSS block of docs/performance.md's "Reserving the widgets'
 * heights", read from there so the bench measures exactly what partners are told to write.
 */
export const RESERVE_CSS = reservedHeightsCss();

function reservedHeightsCss() {
  const doc = readFileSync(join(root, 'docs/performance.md'), 'utf8');
  const heading = doc.indexOf("## Reserving the widgets' heights");
  const css = heading === -1 ? undefined : /```css\n([\s\S]*?)```/.exec(doc.slice(heading))?.[1];
  if (!css?.includes(':state(rendered)')) throw new Error("docs/performance.md: no CSS block with :state(rendered) under \"## Reserving the widgets' heights\"");
  return css.trim();
}

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

export const SITE_CSS = `body { margin: 0; font: 16px/1.5 system-ui, sans-serif; color: #1b1b1b; background: #fff; }
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
      // As a partner's host and the CDN serve them: compressed, and the files cacheable (a page that links
      // carepath.css in <head> and in each shadow root fetches it once). Lighthouse empties the cache before each run.
      const body = readFileSync(file);
      const gzip = compress && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
      response
        .writeHead(200, {
          'content-type': TYPES[extname(file)],
          'cache-control': extname(file) === '.html' ? 'no-cache' : 'max-age=3600',
          vary: 'accept-encoding',
          ...(gzip ? { 'content-encoding': 'gzip' } : {}),
        })
        .end(gzip ? gzipSync(body) : body);
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

/**
 * Before measuring: each pre-rendered page hydrates in place, with no warning (a widget rendered again — another
 * version, stale dist/ — would measure the client-rendered path under the pre-rendered label).
 */
async function checkHydration(origin, pages) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: findBrowser(), args: browserArgs() });
  try {
    for (const page of pages.filter((p) => p.prerendered)) {
      const tab = await browser.newPage();
      const warnings = [];
      tab.on('console', (message) => {
        if (message.type() === 'warning' || message.type() === 'error') warnings.push(message.text());
      });
      await tab.goto(`${origin}/${page.id}.html`);
      await tab.waitForFunction(
        () => ['carepath-quiz', 'carepath-levels', 'carepath-cost', 'carepath-schedule'].every((tag) => customElements.get(tag)) && !document.querySelector('[data-carepath-ssr]'),
        undefined,
        { timeout: 30_000 },
      );
      await tab.close();
      if (warnings.length > 0) throw new Error(`${page.id}.html did not hydrate cleanly:\n  ${warnings.join('\n  ')}`);
    }
  } finally {
    await browser.close();
  }
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Builds the CDN file (and its lazy chunk) from `srcRoot`'s src/ into `outDir`. */
async function buildCdn(outDir, entry) {
  // The package's own version: pre-rendered markup names the version that wrote it, and hydrates only under it.
  await buildBrowserBundle({ entry, outDir, fileName: 'carepath.js', version: VERSION, emptyOutDir: false });
  await buildHydrateFile({ outDir }); // carepath-hydrate.js, which pre-rendered pages load beside carepath.js
}

/** The newest modification time of the files under `dir`. */
function newest(dir) {
  let time = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    time = Math.max(time, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return time;
}

/** dist/ssr (the render CLI's renderer) and dist/cdn/carepath.css as of src/ now: built when missing or older. */
function ensureDist() {
  const ssr = join(root, 'dist/ssr/index.js');
  const css = join(root, 'dist/cdn/carepath.css');
  if (existsSync(ssr) && existsSync(css) && Math.min(statSync(ssr).mtimeMs, statSync(css).mtimeMs) >= newest(join(root, 'src'))) return;
  log('lighthouse: dist/ is older than src/; building it for the render CLI…');
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}

/** `page` passed through the render CLI, as a partner would: `carepath render in.html -o out.html --stylesheet …`. */
function prerender(dir, page, html) {
  const input = join(dir, `${page.id}.source.html`);
  writeFileSync(input, html);
  execFileSync(process.execPath, [join(root, 'bin/carepath.mjs'), 'render', input, '-o', join(dir, `${page.id}.html`), '--stylesheet', '/now/carepath.css'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
}

export async function runLighthouse({ runs = 5, against, reserve = false, save, compress = true } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'carepath-lighthouse-'));
  const refDir = against ? join(root, '.bench-ref') : undefined;
  let server;
  try {
    log('lighthouse: building the CDN file…');
    mkdirSync(join(dir, 'now'), { recursive: true });
    await buildCdn(join(dir, 'now'), 'src/index.ts');
    ensureDist();
    copyFileSync(join(root, 'dist/cdn/carepath.css'), join(dir, 'now/carepath.css'));
    const pages = [
      { id: 'plain', label: 'plain partner page', script: undefined },
      { id: 'widgets', label: 'with the four widgets (CDN file)', script: '/now/carepath.js' },
      { id: 'prerendered', label: 'the same, pre-rendered (carepath render)', script: '/now/carepath.js', prerendered: true },
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
      pages.push({ id: 'top-prerendered', label: 'widgets under the hero, pre-rendered', script: '/now/carepath.js', top: true, prerendered: true });
    }
    writeFileSync(join(dir, 'site.css'), SITE_CSS);
    writeFileSync(join(dir, 'reserve.css'), `${RESERVE_CSS}\n`);
    for (const page of pages) {
      if (page.prerendered) prerender(dir, page, partnerPage(page));
      else writeFileSync(join(dir, `${page.id}.html`), partnerPage(page));
    }
    server = await serve(dir, compress);
    const origin = `http://127.0.0.1:${server.address().port}`;
    await checkHydration(origin, pages);
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
    if (save) cpSync(dir, save, { recursive: true });
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
  const prerendered = medians.prerendered;
  const verdict = (ok) => (ok ? 'PASS' : 'MISS');
  const sign = (value, digits = 0) => `${value >= 0 ? '+' : ''}${value.toFixed(digits)}`;
  return [
    `Lighthouse ${version}, mobile, simulated throttling; medians of ${runs} (pages alternated); files served ${compress ? 'gzipped' : 'uncompressed'}; ${cpus().length} cores (${cpus()[0]?.model?.trim() ?? 'unknown'}), ${new Date().toISOString().slice(0, 10)}`,
    ...pages.map(row),
    `  ${verdict(tbtOk)}  at most +${LIGHTHOUSE_GOALS.tbtMs} ms Total Blocking Time`,
    `  ${verdict(scoreOk)}  at most ${LIGHTHOUSE_GOALS.points} performance point lost`,
    ...(prerendered
      ? [
          `  pre-rendered against client-rendered: Δ TBT ${sign(prerendered.tbt - widgets.tbt)} ms, Δ score ${sign(prerendered.score - widgets.score)}, Δ CLS ${sign(prerendered.cls - widgets.cls, 3)}, Δ LCP ${sign(prerendered.lcp - widgets.lcp)} ms`,
          `  ${verdict(prerendered.cls === 0)}  the pre-rendered page shifts nothing (CLS 0)`,
          `  ${verdict(prerendered.tbt <= widgets.tbt)}  the pre-rendered page blocks no longer than the client-rendered one`,
        ]
      : []),
  ].join('\n');
}

function parse(argv) {
  const options = { runs: 5, against: undefined, reserve: false, save: undefined, compress: true };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--runs') options.runs = Number(argv[(i += 1)]);
    else if (arg === '--against') options.against = argv[(i += 1)];
    else if (arg === '--reserve') options.reserve = true;
    else if (arg === '--uncompressed') options.compress = false;
    else if (arg === '--save') options.save = argv[(i += 1)];
    else {
      console.error(`unknown option ${arg}\nusage: node scripts/lighthouse.mjs [--runs N] [--against REF] [--reserve] [--uncompressed] [--save DIR]`);
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
