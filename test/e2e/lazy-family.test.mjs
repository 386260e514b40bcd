// The path for family and friends loads its long-form screens lazily (dist/cdn/carepath-family-content.js), from
// the ES module file (as its chunk) and from the classic script (by URL, with import()), under the strict policy
// (script-src 'self'; style-src 'self'; Trusted Types) with no violation. Its safety screens — the safety question
// and the crisis screen — are in the main file: when the lazy file fails they still show, and the screen after them
// says so once in the console, keeps the crisis line and offers Back and "Try again".
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { CDN_SCRIPTS, STRICT_POLICY, startHarness } from './harness.mjs';

let harness;
before(async () => {
  assert.ok(existsSync(new URL('../../dist/cdn/carepath-family-content.js', import.meta.url)), 'npm test builds dist/cdn first');
  harness = await startHarness();
});
after(async () => {
  await harness?.stop();
});

const POLICY = STRICT_POLICY;
const SCRIPTS = CDN_SCRIPTS;

/** Walks the path to the first checklist in `lang`, answering the safety question with `safety`. */
async function walk(script, { lang = 'en', safety = 'no', failLazy = false, retry = false } = {}) {
  const context = await harness.browser.newContext();
  const page = await context.newPage();
  const errors = [];
  const requests = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  const path = `/test/e2e/pages/lazy-family-${lang}.html`;
  await page.route(`**${path}`, (route) =>
    route.fulfill({
      status: 200,
      headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': POLICY },
      body: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>lazy family path</title>
<script src="/test/e2e/pages/record-violations.js"></script>${script}</head><body>
<carepath-quiz answering-for="someone-else"></carepath-quiz></body></html>`,
    }),
  );
  let failing = failLazy;
  await page.route('**/carepath-family-content.js', (route) => (failing ? route.abort() : route.continue()));
  await page.goto(`${harness.origin}${path}`, { waitUntil: 'networkidle' });
  const quiz = page.locator('carepath-quiz');
  const text = () => quiz.evaluate((el) => el.shadowRoot.textContent.replace(/\s+/g, ' '));
  await quiz.locator('.family-intro button[part="continue"]').click();
  await quiz.locator('fieldset[data-key="safety"]').waitFor();
  const safetyText = await text();
  await quiz.locator(`input[value="${safety}"]`).check();
  await quiz.locator('button[type="submit"]').click();
  let crisisText = '';
  if (safety !== 'no') {
    await quiz.locator('.family-crisis-screen').waitFor();
    crisisText = await text();
    await quiz.locator('.family-crisis-screen .actions .button').click();
  }
  await quiz.locator(failLazy ? '.family-loading .back' : '.family-check').waitFor();
  if (failLazy) await page.waitForFunction(() => document.querySelector('carepath-quiz').shadowRoot.querySelector('.family-loading button[part="continue"]'));
  const last = await text();
  let retried = '';
  if (retry) {
    // The connection is back: "Try again" loads the file and shows the checklist.
    failing = false;
    await quiz.locator('.family-loading button[part="continue"]').click();
    await quiz.locator('.family-check').waitFor();
    retried = await text();
  }
  const state = await page.evaluate(() => ({ violations: window.__violations, warnings: window.__warnings }));
  await context.close();
  return { ...state, errors, requests, safetyText, crisisText, last, retried };
}

describe('the lazily loaded part of the family path', () => {
  for (const [name, script] of Object.entries(SCRIPTS)) {
    it(`loads from ${name} under the strict policy, with no violation, once the visitor enters the path`, async () => {
      const state = await walk(script);
      assert.deepEqual(state.violations, []);
      assert.deepEqual(state.errors, []);
      assert.deepEqual(state.warnings, []);
      assert.equal(state.requests.filter((path) => path.endsWith('/carepath-family-content.js')).length, 1);
      assert.match(state.last, /What have you seen about their drinking or drug use\?/);
    });

    it(`when it fails (${name}), the safety question and the crisis screen still show, then one warning and a screen with the crisis line, Back and Try again, which loads it once it can`, async () => {
      const state = await walk(script, { safety: 'unsure', failLazy: true, retry: true });
      assert.deepEqual(state.violations, []);
      assert.deepEqual(state.errors, []);
      assert.match(state.safetyText, /Could they hurt themselves or someone else right now\?/);
      assert.match(state.crisisText, /Call or text 988 to talk it through/);
      assert.equal(state.warnings.filter((text) => text.includes('carepath-family-content.js')).length, 1, state.warnings.join('\n'));
      assert.match(state.last, /The next part did not load\./);
      assert.match(state.last, /call or text 988/);
      assert.match(state.last, /Try again/);
      assert.match(state.retried, /What have you seen about their drinking or drug use\?/, 'Try again, once the file loads');
    });

    it(`in Spanish, the safety question and the crisis screen show from ${name} even when the lazy part fails`, async () => {
      const state = await walk(script, { lang: 'es', safety: 'yes', failLazy: true });
      assert.deepEqual(state.violations, []);
      assert.deepEqual(state.errors, []);
      assert.match(state.safetyText, /¿Podría esa persona hacerse daño o hacerle daño a alguien en este momento\?/);
      assert.match(state.crisisText, /Llame al 911 ahora/);
      assert.match(state.last, /La siguiente parte no se cargó\./);
    });
  }
});
