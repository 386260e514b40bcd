// Storybook's stories as tests, in the system Chromium: every story renders its widget with no page error and
// no console error, and the stories driven by play functions reach the screen they are named for.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { browserArgs, findBrowser } from '../../scripts/browser.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };

/** What a play-function story must show once its play has run. */
const EXPECT = {
  'widgets-quiz--crisis-screen': (root) => Boolean(root.querySelector('.crisis-panel')) && !root.querySelector('fieldset[data-key]'),
  'widgets-quiz--crisis-result': (root) => root.querySelector('.result .crisis-panel, .crisis-panel') !== null && /Your results/.test(root.textContent),
  'widgets-quiz--context-question': (root) => root.querySelector('fieldset[data-key="withdrawal"]') !== null,
  'widgets-quiz--question-not-answered': (root) => root.querySelector('fieldset[data-key="safety"]') !== null && root.querySelector('.error-summary') !== null,
  'widgets-quiz--alcohol-question-with-standard-drink-note': (root) => root.querySelector('fieldset[data-key="audit-c/1"]') !== null && /standard drink|one drink/i.test(root.textContent),
  'widgets-quiz--result-intensive-outpatient': (root) => /with a clinician: Intensive outpatient \(IOP\)\./.test(root.textContent),
  'widgets-quiz--result-severe-withdrawal': (root) => /First, get medical help to stop safely/.test(root.textContent),
  'widgets-quiz--result-unsafe-home': (root) => /1-800-799-7233/.test(root.textContent),
  'widgets-quiz--result-low-need': (root) => /with a clinician: Outpatient\./.test(root.textContent),
  'widgets-schedule--conflict-shown': (root) => /overlaps your hours/.test(root.textContent),
};

let out;
let server;
let origin;
let browser;
let stories;

before(async () => {
  out = mkdtempSync(join(tmpdir(), 'carepath-storybook-'));
  execFileSync(process.execPath, [join(root, 'node_modules/storybook/dist/bin/dispatcher.js'), 'build', '--quiet', '-o', out], { cwd: root, stdio: 'ignore' });
  stories = Object.values(JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')).entries).filter((entry) => entry.type === 'story');
  server = createServer(async (request, response) => {
    const path = new URL(request.url, 'http://x').pathname;
    try {
      const body = await readFile(join(out, path === '/' ? 'index.html' : path));
      response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({ executablePath: findBrowser(), args: browserArgs() });
});

after(async () => {
  await browser?.close();
  server?.close();
  if (out) rmSync(out, { recursive: true, force: true });
});

describe('Storybook stories', () => {
  it('every story renders its widgets without errors, and play stories reach their screen', async () => {
    assert.ok(stories.length >= 30, `found ${stories.length} stories`);
    const failures = [];
    for (const story of stories) {
      const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
      const problems = [];
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        // Failed loads are judged by URL below (the browser's own favicon request is not ours).
        if (message.type() === 'error' && !/^Failed to load resource/.test(message.text())) problems.push(`console: ${message.text()}`);
      });
      page.on('response', (response) => {
        if (response.status() >= 400 && !/\/favicon\.ico$/.test(response.url())) problems.push(`${response.status()} ${response.url()}`);
      });
      await page.goto(`${origin}/iframe.html?id=${story.id}&viewMode=story`);
      try {
        await page.waitForFunction(
          () => {
            const widgets = [...document.querySelectorAll('#storybook-root *')].filter((el) => el.tagName.startsWith('CAREPATH-'));
            return widgets.length > 0 && widgets.every((el) => (el.shadowRoot?.textContent?.trim().length ?? 0) > 0);
          },
          null,
          { timeout: 10000 },
        );
        const check = EXPECT[story.id];
        if (check) {
          await page.waitForFunction(
            (source) => {
              const el = document.querySelector('#storybook-root carepath-quiz, #storybook-root carepath-schedule');
              return el?.shadowRoot ? new Function('root', `return (${source})(root)`)(el.shadowRoot) : false;
            },
            check.toString(),
            { timeout: 10000 },
          );
        }
      } catch (error) {
        problems.push(`never reached its state: ${error.message.split('\n')[0]}`);
      }
      if (problems.length) failures.push(`${story.id}: ${problems.join('; ')}`);
      await page.close();
    }
    assert.deepEqual(failures, []);
    assert.ok(Object.keys(EXPECT).every((id) => stories.some((story) => story.id === id)), 'every play story checked exists');
  });

  it('shows every state on its Docs page too (rendered, not only played)', async () => {
    const failures = [];
    for (const [docs, tag] of [['widgets-quiz--docs', 'carepath-quiz'], ['widgets-schedule--docs', 'carepath-schedule']]) {
      const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
      await page.goto(`${origin}/iframe.html?id=${docs}&viewMode=docs`);
      const prefix = docs.replace(/--docs$/, '--');
      for (const [id, check] of Object.entries(EXPECT).filter(([id]) => id.startsWith(prefix))) {
        try {
          await page.waitForFunction(
            ([source, t]) => [...document.querySelectorAll(t)].some((el) => el.shadowRoot && new Function('root', `return (${source})(root)`)(el.shadowRoot)),
            [check.toString(), tag],
            { timeout: 10000 },
          );
        } catch {
          failures.push(`${docs}: no ${tag} on the page shows the state of ${id}`);
        }
      }
      await page.close();
    }
    assert.deepEqual(failures, []);
  });
});
