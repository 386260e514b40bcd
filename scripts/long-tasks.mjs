// `node scripts/long-tasks.mjs [--runs N] [--page widgets|prerendered]`: what the long tasks of the Lighthouse
// stage's partner page are made of. Loads the page with the four widgets (dist/cdn/carepath.js as built; or the
// same page pre-rendered, from `/tmp` pages a `--save`d Lighthouse run left, with --html FILE) in the system Chromium
// at 4x CPU slowdown (what Lighthouse's simulation multiplies by) and a 412 px viewport, records a Chromium trace, and
// prints each main-thread task over 50 ms with its script, style and layout time, and the scripts' functions that
// took longest. Medians are not taken: the figures move with the machine's load, so read them as proportions.
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { browserArgs, findBrowser } from './browser.mjs';
import { SITE_CSS, partnerPage } from './lighthouse.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const runs = Number(option('--runs', '3'));
const htmlFile = option('--html', undefined);
const ORIGIN = 'http://carepath.test';
const TYPES = { '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

const SCRIPT = new Set(['EvaluateScript', 'FunctionCall', 'v8.evaluateModule', 'v8.compileModule', 'v8.compile', 'RunMicrotasks', 'TimerFire', 'EventDispatch', 'FireAnimationFrame', 'V8.GCCompactor', 'MajorGC', 'MinorGC']);
const STYLE = new Set(['UpdateLayoutTree', 'ParseAuthorStyleSheet', 'RecalculateStyles']);
const LAYOUT = new Set(['Layout']);
const PAINT = new Set(['Paint', 'PrePaint', 'Layerize', 'UpdateLayer', 'CompositeLayers', 'Commit']);

async function traceOnce(browser) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const html = htmlFile ? readFileSync(htmlFile, 'utf8') : partnerPage({ script: '/now/carepath.js' });
  await page.route(`${ORIGIN}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/') return route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' });
    if (path === '/site.css') return route.fulfill({ body: SITE_CSS, contentType: TYPES['.css'] });
    const file = path.startsWith('/now/') ? join(root, 'dist/cdn', path.slice(5)) : join(root, path);
    try {
      return route.fulfill({ body: readFileSync(file), contentType: TYPES[extname(file)] ?? 'application/octet-stream' });
    } catch {
      return route.fulfill({ status: 404 });
    }
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8.execute'] });
  await page.goto(`${ORIGIN}/`);
  await page.waitForFunction(() => ['carepath-quiz', 'carepath-levels', 'carepath-cost', 'carepath-schedule'].every((tag) => document.querySelector(tag)?.matches(':state(rendered)')), null, { timeout: 60_000 });
  await page.waitForTimeout(1500);
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
  await context.close();
  return trace.traceEvents ?? trace;
}

function longTasks(events) {
  const main = events.find((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain' && events.some((e) => e.pid === event.pid && e.name === 'ParseHTML'));
  const onMain = events.filter((event) => event.pid === main.pid && event.tid === main.tid && event.ph === 'X');
  const tasks = onMain.filter((event) => event.name === 'RunTask' && event.dur > 50_000);
  return tasks.map((task) => {
    const inside = onMain.filter((event) => event !== task && event.ts >= task.ts && event.ts + event.dur <= task.ts + task.dur);
    const sum = (names) => inside.filter((event) => names.has(event.name) && !inside.some((outer) => outer !== event && names.has(outer.name) && outer.ts <= event.ts && outer.ts + outer.dur >= event.ts + event.dur && outer.dur > event.dur)).reduce((total, event) => total + event.dur, 0) / 1000;
    const style = sum(STYLE);
    const layout = sum(LAYOUT);
    const script = Math.max(0, sum(SCRIPT) - style - layout);
    const paint = sum(PAINT);
    const functions = inside
      .filter((event) => event.name === 'FunctionCall' || event.name === 'EvaluateScript' || event.name === 'v8.evaluateModule')
      .map((event) => ({ what: `${event.name} ${event.args?.data?.functionName || ''} ${(event.args?.data?.url || '').split('/').pop()}`.trim(), ms: event.dur / 1000 }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 2);
    return { ms: task.dur / 1000, script, style, layout, paint, functions };
  });
}

const browser = await chromium.launch({ executablePath: findBrowser(), args: browserArgs() });
try {
  for (let run = 0; run < runs; run++) {
    const tasks = longTasks(await traceOnce(browser));
    const blocking = tasks.reduce((total, task) => total + Math.max(0, task.ms - 50), 0);
    console.log(`run ${run + 1}: ${tasks.length} tasks over 50 ms, blocking ${Math.round(blocking)} ms (4x CPU slowdown, observed)`);
    for (const task of tasks) {
      console.log(`  ${task.ms.toFixed(0).padStart(5)} ms  script ${task.script.toFixed(0).padStart(4)}  style ${task.style.toFixed(0).padStart(4)}  layout ${task.layout.toFixed(0).padStart(4)}  paint ${task.paint.toFixed(0).padStart(3)}  ${task.functions.map((f) => `${f.what} ${f.ms.toFixed(0)}`).join('; ')}`);
    }
  }
} finally {
  await browser.close();
}
