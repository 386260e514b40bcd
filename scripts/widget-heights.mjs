// `node scripts/widget-heights.mjs [--cls]`: each widget's first-screen height (its default content, the default
// theme, a 16 px root font) in page columns 320, 800 and 1200 px wide, from the built CDN file (dist/cdn/carepath.js),
// in the system Chromium: the figures behind the `carepath-*:not(:defined)` heights in docs/performance.md. With
// `--cls`, also the layout shift (a PerformanceObserver's sum of `layout-shift` entries without recent input) of a
// page with the four widgets right under its hero, without and with those heights reserved (by the `rendered` custom
// state, and by the older `:not(:defined)`), at each width.
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { browserArgs, findBrowser } from './browser.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const ORIGIN = 'http://carepath.test';
const WIDTHS = [320, 800, 1200];
/** Loads per page and width for the layout shift: the median, and the range, since it depends on when frames fall. */
const RUNS = 5;
const WIDGETS = {
  'carepath-quiz': '<carepath-quiz cta-href="/contact"></carepath-quiz>',
  'carepath-levels': '<carepath-levels cta-href="/contact"></carepath-levels>',
  'carepath-cost': '<carepath-cost coverage="in-network" deductible="1500" coinsurance="20" oop-max="4000"></carepath-cost>',
  'carepath-schedule': '<carepath-schedule tracks="morning=09:00 evening=17:30"></carepath-schedule>',
};
const TYPES = { '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

/** A page whose column is `width` px wide: a hero, then `body`, then prose. */
function page(width, body, css = '') {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<style>body { margin: 0; font: 16px/1.5 system-ui, sans-serif; } main { inline-size: ${width}px; } ${css}</style>
<script>window.__shift = 0; new PerformanceObserver((list) => { for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value; }).observe({ type: 'layout-shift', buffered: true });</script>
<script type="module" src="/dist/cdn/carepath.js"></script></head>
<body><main><h1>Care that fits your life</h1><p>Our team offers care for substance use and mental health.</p>${body}<p>After the widgets.</p></main></body></html>`;
}

async function open(browser, width, html) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const tab = await context.newPage();
  await tab.route(`${ORIGIN}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/') return route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' });
    try {
      return route.fulfill({ body: readFileSync(join(root, path)), contentType: TYPES[extname(path)] ?? 'application/octet-stream' });
    } catch {
      return route.fulfill({ status: 404 });
    }
  });
  await tab.goto(`${ORIGIN}/`);
  await tab.waitForFunction((tags) => tags.every((tag) => document.querySelector(tag)?.shadowRoot?.querySelector('.help-line')), [...html.matchAll(/<(carepath-[a-z]+)/g)].map((m) => m[1]));
  await tab.evaluate(() => new Promise((resolve) => setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(resolve)), 300)));
  return { tab, close: () => context.close() };
}

/**
 * The reserved heights (rem) as CSS: the 320 px figure below 48rem of viewport, the 800 px one above. With
 * `selector: 'defined'` the older `:not(:defined)` rules, which stop holding when the script defines the tags, before
 * the widgets' first renders (each in a task of its own).
 */
export function reserveCss(heights, { selector = 'state' } = {}) {
  const pending = selector === 'state' ? ':not(:state(rendered))' : ':not(:defined)';
  const rule = (tag, rem) => `${tag}${pending} { display: block; min-block-size: ${rem}rem; }`;
  const narrow = Object.entries(heights).map(([tag, byWidth]) => rule(tag, byWidth[320])).join('\n');
  const wide = Object.entries(heights).map(([tag, byWidth]) => `  ${rule(tag, byWidth[800])}`).join('\n');
  return `${narrow}\n@media (min-width: 48rem) {\n${wide}\n}`;
}

export async function measure({ cls = false } = {}) {
  const browser = await chromium.launch({ executablePath: findBrowser(), args: browserArgs() });
  try {
    const heights = {};
    for (const [tag, markup] of Object.entries(WIDGETS)) {
      heights[tag] = {};
      for (const width of WIDTHS) {
        const { tab, close } = await open(browser, width, page(width, markup));
        heights[tag][width] = Math.ceil((await tab.evaluate((t) => document.querySelector(t).getBoundingClientRect().height, tag)) / 16 * 10) / 10;
        await close();
      }
    }
    const shifts = {};
    if (cls) {
      for (const width of WIDTHS) {
        shifts[width] = {};
        for (const [name, extra] of [['none', ''], ['defined', reserveCss(heights, { selector: 'defined' })], ['reserved', reserveCss(heights)]]) {
          const values = [];
          for (let run = 0; run < RUNS; run++) {
            const { tab, close } = await open(browser, width, page(width, Object.values(WIDGETS).join('\n'), extra));
            values.push(await tab.evaluate(() => window.__shift));
            await close();
          }
          values.sort((a, b) => a - b);
          shifts[width][name] = `${values[(RUNS - 1) >> 1].toFixed(3)} (${values[0].toFixed(3)}–${values[RUNS - 1].toFixed(3)})`;
        }
      }
    }
    return { heights, shifts };
  } finally {
    await browser.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { heights, shifts } = await measure({ cls: process.argv.includes('--cls') });
  console.log(`| widget | ${WIDTHS.map((width) => `${width} px column`).join(' | ')} |\n|---|${WIDTHS.map(() => '---:').join('|')}|`);
  for (const [tag, byWidth] of Object.entries(heights)) console.log(`| ${tag} | ${WIDTHS.map((width) => `${byWidth[width]} rem`).join(' | ')} |`);
  console.log(`\n\`\`\`css\n${reserveCss(heights)}\n\`\`\``);
  if (Object.keys(shifts).length > 0) {
    console.log(`\nLayout shift, median of ${RUNS} loads (range):\n`);
    console.log('| column | nothing reserved | reserved with `:not(:defined)` | reserved with `:not(:state(rendered))` |\n|---|---:|---:|---:|');
    for (const [width, row] of Object.entries(shifts)) console.log(`| ${width} px | ${row.none} | ${row.defined} | ${row.reserved} |`);
  }
}
