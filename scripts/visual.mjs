// Visual regression of the key Storybook stories, shared by the test (test/e2e/visual.test.mjs) and
// `npm run test:visual:update` (scripts/visual-update.mjs): which stories, at which widths and themes, how
// Storybook is built and served, how a page is made still before its screenshot, and how two PNGs compare.
//
// Stable screenshots: Storybook is built statically into a temporary folder (never a stale dist/site copy) and
// served on 127.0.0.1; the screenshot page alone gets the Atkinson Hyperlegible font from @fontsource (a dev
// dependency, never shipped) through the `--carepath-font-family` token; the clock is fixed, motion is reduced,
// animations and the caret are disabled, scrollbars are hidden, and every widget has finished updating and every
// font has loaded before the shot.
//
// Geometry: the viewport is the shot's width (320 or 1200 px) and so is the story's decorator (Storybook's own
// padding is removed), which is what is captured, whole, however tall; the widget sits in its 1rem padding.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import pixelmatch from 'pixelmatch';
import { chromium } from 'playwright-core';
import { PNG } from 'pngjs';
import { browserArgs, findBrowser } from './browser.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

export const BASELINE_DIR = join(root, 'test/visual/baselines');
/** Where a failing run writes the actual screenshot and the diff (gitignored). */
export const OUTPUT_DIR = join(root, 'test/visual/output');
export const META_FILE = join(BASELINE_DIR, 'meta.json');
export const UPDATE_COMMAND = 'npm run test:visual:update';

/** pixelmatch's per-pixel colour tolerance (0–1, YIQ distance; anti-aliased pixels are not counted). */
export const PIXEL_TOLERANCE = 0.1;
/** The share of differing pixels a screenshot may have and still pass. */
export const MAX_DIFF_RATIO = 0.005;

export const WIDTHS = [320, 1200];
export const THEMES = ['light', 'dark'];

const FONT_PACKAGE = '@fontsource/atkinson-hyperlegible';
const FONT_FAMILY = 'Atkinson Hyperlegible';
/** A fixed "now": the schedule's calendar download names next Monday, and nothing should depend on the day. */
const FIXED_NOW = new Date('2026-11-23T10:00:00Z');

/**
 * The stories under watch. `ready` runs in the page against the story's first widget's shadow root and says
 * when a play function has reached the screen the story is named for.
 */
export const STORIES = [
  { name: 'levels-table', id: 'widgets-levels--table', ready: (r) => r.querySelector('table caption') !== null },
  { name: 'quiz-intro', id: 'widgets-quiz--intro', ready: (r) => r.querySelector('.intro') !== null },
  {
    name: 'quiz-crisis-screen',
    id: 'widgets-quiz--crisis-screen',
    ready: (r) => r.querySelector('.crisis-panel') !== null && r.querySelector('fieldset[data-key]') === null,
  },
  {
    name: 'quiz-result',
    id: 'widgets-quiz--result-intensive-outpatient',
    ready: (r) => /with a clinician: Intensive outpatient \(IOP\)\./.test(r.textContent ?? ''),
  },
  { name: 'cost-oop-max-reached', id: 'widgets-cost--out-of-pocket-maximum-reached', ready: (r) => r.querySelector('output') !== null },
  { name: 'schedule-conflict', id: 'widgets-schedule--conflict-shown', ready: (r) => /overlaps your hours/.test(r.textContent ?? '') },
];

/** Every screenshot: each story at each width in each theme. */
export const SHOTS = STORIES.flatMap((story) =>
  WIDTHS.flatMap((width) => THEMES.map((theme) => ({ ...story, width, theme, file: `${story.name}--${width}-${theme}.png` }))),
);

/**
 * Added to the served iframe.html only (the screenshot pages): the font through the library's own token, no
 * Storybook padding (the story's decorator is the container), no scrollbars and no caret.
 */
const SCREENSHOT_HEAD = `
  <link rel="preload" as="font" type="font/woff2" crossorigin href="/__visual/font/files/atkinson-hyperlegible-latin-400-normal.woff2">
  <link rel="preload" as="font" type="font/woff2" crossorigin href="/__visual/font/files/atkinson-hyperlegible-latin-700-normal.woff2">
  <link rel="stylesheet" href="/__visual/font/400.css">
  <link rel="stylesheet" href="/__visual/font/700.css">
  <style>
    :root { --carepath-font-family: '${FONT_FAMILY}', sans-serif; scrollbar-width: none; }
    #storybook-root { font-family: '${FONT_FAMILY}', sans-serif; }
    body.sb-main-padded { padding: 0 !important; }
    *, *::before, *::after { caret-color: transparent !important; }
  </style>
`;

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

/**
 * Builds Storybook into a temporary folder (after the library build if its manifest is missing: the preview
 * imports it) and serves it, with the screenshot font under /__visual/font/, on 127.0.0.1.
 */
export async function startStorybook() {
  if (!existsSync(join(root, 'dist/custom-elements.json'))) {
    execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'ignore' });
  }
  const out = mkdtempSync(join(tmpdir(), 'carepath-visual-'));
  try {
    execFileSync(process.execPath, [join(root, 'node_modules/storybook/dist/bin/dispatcher.js'), 'build', '--test', '--quiet', '-o', out], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
  } catch (error) {
    rmSync(out, { recursive: true, force: true });
    throw new Error(`Storybook did not build: ${error.stderr?.toString() ?? error.message}`, { cause: error });
  }
  const fontDir = join(root, 'node_modules', FONT_PACKAGE);
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
    const file = path.startsWith('/__visual/font/') ? join(fontDir, path.slice('/__visual/font/'.length)) : join(out, path === '/' ? 'index.html' : path);
    try {
      let body = await readFile(file);
      if (path === '/iframe.html') body = body.toString('utf8').replace('</head>', `${SCREENSHOT_HEAD}</head>`);
      // Cacheable, so the session's page fetches Storybook's bundle once for all the shots.
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'max-age=3600' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    stop: async () => {
      await new Promise((resolve) => server.close(resolve));
      rmSync(out, { recursive: true, force: true });
    },
  };
}

/**
 * One browser page for every shot: each shot is a fresh navigation (a new document, so nothing a story leaves
 * behind, like a quiz's channel message, reaches the next one), and Storybook's bundle comes from the cache.
 */
export async function openSession() {
  const browser = await chromium.launch({ executablePath: findBrowser(), args: browserArgs() });
  const context = await browser.newContext({ deviceScaleFactor: 1, reducedMotion: 'reduce', locale: 'en-US', timezoneId: 'UTC' });
  await context.clock.setFixedTime(FIXED_NOW);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, errors, version: browser.version(), close: () => browser.close() };
}

/** The screenshot of one shot, as a PNG buffer: the story's decorator (its themed background) and all inside it. */
export async function capture({ page, errors }, origin, shot) {
  errors.length = 0;
  await page.setViewportSize({ width: shot.width, height: 900 });
  await page.emulateMedia({ colorScheme: shot.theme, reducedMotion: 'reduce' });
  const globals = `theme:${shot.theme};width:${shot.width}`;
  await page.goto(`${origin}/iframe.html?id=${shot.id}&viewMode=story&globals=${encodeURIComponent(globals)}`, { waitUntil: 'domcontentloaded' });
  try {
    await page.waitForFunction(
      ({ source, theme, width }) => {
        const wrapper = document.querySelector('#storybook-root div[data-theme]');
        const widgets = [...document.querySelectorAll('#storybook-root *')].filter((el) => el.tagName.startsWith('CAREPATH-'));
        if (!wrapper || wrapper.getAttribute('data-theme') !== theme || wrapper.style.maxWidth !== `${width}px`) return false;
        if (widgets.length === 0 || !widgets.every((el) => el.getAttribute('theme') === theme && (el.shadowRoot?.textContent?.trim().length ?? 0) > 0)) return false;
        return new Function('root', `return (${source})(root)`)(widgets[0].shadowRoot);
      },
      { source: shot.ready.toString(), theme: shot.theme, width: shot.width },
      { timeout: 15000 },
    );
  } catch (error) {
    throw new Error(`${shot.file}: the story never reached its screen (${error.message.split('\n')[0]})${errors.length ? `; page errors: ${errors.join('; ')}` : ''}`, { cause: error });
  }
  const fonts = await page.evaluate(async (family) => {
    const widgets = [...document.querySelectorAll('#storybook-root *')].filter((el) => el.tagName.startsWith('CAREPATH-'));
    await Promise.all(widgets.map((el) => el.updateComplete));
    await document.fonts.ready;
    // Text laid out before the font arrived can keep the fallback's metrics (a native <select> does): switching
    // the font token away and back, with a forced layout between and no frame painted, lays it all out again.
    const root = document.documentElement;
    root.style.setProperty('--carepath-font-family', 'monospace');
    void document.querySelector('#storybook-root')?.getBoundingClientRect();
    root.style.removeProperty('--carepath-font-family');
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await document.fonts.ready;
    return [...document.fonts].filter((face) => face.family.replace(/["']/g, '') === family && face.status === 'loaded').length;
  }, FONT_FAMILY);
  if (fonts === 0) throw new Error(`${shot.file}: the ${FONT_FAMILY} font did not load from ${FONT_PACKAGE}`);
  if (errors.length) throw new Error(`${shot.file}: page errors: ${errors.join('; ')}`);
  return page.locator('#storybook-root div[data-theme]').screenshot({ animations: 'disabled', caret: 'hide', scale: 'css' });
}

/**
 * Compares two PNG buffers. Different sizes never pass (a widget that grew or shrank changed); otherwise it
 * counts pixels beyond the tolerance and returns the diff image.
 */
export function compare(expectedPng, actualPng) {
  const expected = PNG.sync.read(expectedPng);
  const actual = PNG.sync.read(actualPng);
  if (expected.width !== actual.width || expected.height !== actual.height) {
    return { sameSize: false, expected: `${expected.width}×${expected.height}`, actual: `${actual.width}×${actual.height}`, ratio: 1, diffPng: null };
  }
  const { width, height } = expected;
  const diff = new PNG({ width, height });
  const differing = pixelmatch(expected.data, actual.data, diff.data, width, height, { threshold: PIXEL_TOLERANCE });
  return { sameSize: true, differing, total: width * height, ratio: differing / (width * height), diffPng: PNG.sync.write(diff) };
}

export function readMeta() {
  return existsSync(META_FILE) ? JSON.parse(readFileSync(META_FILE, 'utf8')) : null;
}

export const majorOf = (version) => Number(String(version).split('.')[0]);
