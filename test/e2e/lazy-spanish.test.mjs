// The Spanish UI strings load lazily (dist/cdn/carepath-es.js): a page in Spanish renders Spanish from
// self-hosted files under the strict policy (script-src 'self'; style-src 'self'; Trusted Types) with no
// violation, from the ES module file and from the classic script alike (the core's level texts included); a page
// in English requests no language file (nor the family path's text); and when the file fails, the widgets show
// English with one warning while the crisis line stays Spanish.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { CDN_SCRIPTS, STRICT_POLICY, startHarness } from './harness.mjs';

let harness;
before(async () => {
  assert.ok(existsSync(new URL('../../dist/cdn/carepath-es.js', import.meta.url)), 'npm test builds dist/cdn first');
  harness = await startHarness();
});
after(async () => {
  await harness?.stop();
});

const POLICY = STRICT_POLICY;
const SCRIPTS = CDN_SCRIPTS;
const TAGS = ['carepath-quiz', 'carepath-levels', 'carepath-cost', 'carepath-schedule'];

/** Serves a partner-like page in `lang` with the strict policy; returns what it rendered and requested. */
async function openPage(lang, script, { failSpanish = false, noCharset = false } = {}) {
  const context = await harness.browser.newContext();
  const page = await context.newPage();
  const errors = [];
  const requests = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  const path = `/test/e2e/pages/lazy-${lang}.html`;
  await page.route(`**${path}`, (route) =>
    route.fulfill({
      status: 200,
      headers: { 'content-type': noCharset ? 'text/html' : 'text/html; charset=utf-8', 'content-security-policy': POLICY },
      body: `<!doctype html><html lang="${lang}"><head>${noCharset ? '' : '<meta charset="utf-8">'}<title>lazy language</title>
<script src="/test/e2e/pages/record-violations.js"></script>${script}</head><body>
<carepath-quiz></carepath-quiz><carepath-levels cta-href="/contact"></carepath-levels>
<carepath-cost coverage="in-network" deductible="1500" coinsurance="20"></carepath-cost>
<carepath-schedule tracks="morning=09:00 evening=17:30"></carepath-schedule></body></html>`,
    }),
  );
  if (failSpanish) await page.route('**/carepath-es.js', (route) => route.abort());
  // A host that sends scripts with no charset: the classic script is then read in the page's encoding.
  if (noCharset) await page.route('**/dist/cdn/*.js', async (route) => route.fulfill({ response: await route.fetch(), headers: { 'content-type': 'text/javascript' } }));
  await page.goto(`${harness.origin}${path}`, { waitUntil: 'networkidle' });
  await page.waitForFunction((tags) => tags.every((tag) => (document.querySelector(tag)?.shadowRoot?.textContent?.trim().length ?? 0) > 0), TAGS);
  const state = await page.evaluate(() => ({
    violations: window.__violations,
    warnings: window.__warnings,
    levels: document.querySelector('carepath-levels').shadowRoot.querySelector('h2, h3')?.textContent?.trim(),
    helpLine: document.querySelector('carepath-levels').shadowRoot.querySelector('.help-line')?.textContent?.replace(/\s+/g, ' ').trim(),
    levelsText: document.querySelector('carepath-levels').shadowRoot.textContent,
    quiz: document.querySelector('carepath-quiz').shadowRoot.textContent,
  }));
  await context.close();
  return { ...state, errors, requests };
}

describe('the lazily loaded Spanish file', () => {
  it('when it arrives, the Spanish widgets still render one per task, not all in the task that received it', async () => {
    const context = await harness.browser.newContext();
    const page = await context.newPage();
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    try {
      await page.route('**/carepath-es.js', async (route) => { await held; await route.continue(); });
      await page.route('**/test/e2e/pages/lazy-turns.html', (route) =>
        route.fulfill({
          status: 200,
          headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': POLICY },
          body: `<!doctype html><html lang="es"><head><meta charset="utf-8"><title>turns</title>${SCRIPTS['the ES module file']}</head><body>
<carepath-quiz></carepath-quiz><carepath-levels></carepath-levels><carepath-cost></carepath-cost><carepath-schedule></carepath-schedule></body></html>`,
        }),
      );
      await page.goto(`${harness.origin}/test/e2e/pages/lazy-turns.html`, { waitUntil: 'domcontentloaded' });
      await page.waitForFunction((tags) => tags.every((tag) => customElements.get(tag)), TAGS);
      await page.waitForTimeout(300);
      // Count tasks with a message loop; note the task of each widget's first render (its shadow root fills).
      await page.evaluate((tags) => {
        window.__tick = 0;
        window.__renderedAt = [];
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          window.__tick++;
          if (window.__renderedAt.length < tags.length) channel.port2.postMessage(null);
        };
        channel.port2.postMessage(null);
        for (const tag of tags) {
          const observer = new MutationObserver(() => {
            window.__renderedAt.push(window.__tick);
            observer.disconnect();
          });
          observer.observe(document.querySelector(tag).shadowRoot, { childList: true });
        }
      }, TAGS);
      assert.deepEqual(await page.evaluate(() => window.__renderedAt), [], 'nothing rendered before the file');
      release();
      await page.waitForFunction(() => window.__renderedAt.length === 4);
      const ticks = await page.evaluate(() => window.__renderedAt);
      assert.equal(new Set(ticks).size, 4, `one first render per task: ${ticks.join(', ')}`);
    } finally {
      release();
      await context.close();
    }
  });

  for (const [name, script] of Object.entries(SCRIPTS)) {
    it(`a Spanish page renders Spanish from ${name} under the strict policy, with no violation`, async () => {
      const state = await openPage('es', script);
      assert.deepEqual(state.violations, []);
      assert.deepEqual(state.errors, []);
      assert.deepEqual(state.warnings, []);
      assert.equal(state.levels, 'Compare los niveles de atención');
      // The core's Spanish (level texts) ships in the same lazy file in the widget bundles, keyed by id.
      assert.match(state.levelsText, /Se queda en un hospital o unidad médica, día y noche/);
      assert.doesNotMatch(state.levelsText, /Stay at a hospital or medical unit/);
      assert.equal(state.requests.filter((path) => path.endsWith('/carepath-es.js')).length, 1);
      // Only the language file: the family path's long-form text waits for a visitor's choice.
      assert.deepEqual(state.requests.filter((path) => path.includes('carepath-family-content')), []);
    });

    it(`an English page requests no language file, and a page without pre-rendered markup no hydration file (${name})`, async () => {
      const state = await openPage('en', script);
      assert.deepEqual(state.violations, []);
      assert.deepEqual(state.errors, []);
      assert.equal(state.levels, 'Compare levels of care');
      assert.deepEqual(state.requests.filter((path) => path.includes('carepath-es') || path.includes('carepath-family-content') || path.includes('carepath-hydrate') || path.includes('carepath-contrast')), []);
    });

    it(`a Spanish page served with no charset at all reads its accents right (${name})`, async () => {
      const state = await openPage('es', script, { noCharset: true });
      assert.deepEqual(state.errors, []);
      assert.equal(state.levels, 'Compare los niveles de atención');
      assert.match(state.helpLine, /^¿Necesita ayuda ahora\? .*envíe AYUDA al 988/);
    });

    it(`a Spanish page whose file fails shows English with one warning, the crisis line still in Spanish (${name})`, async () => {
      const state = await openPage('es', script, { failSpanish: true });
      assert.deepEqual(state.violations, []);
      assert.deepEqual(state.errors, []);
      assert.equal(state.levels, 'Compare levels of care');
      assert.match(state.levelsText, /Stay at a hospital or medical unit, day and night/);
      assert.equal(state.warnings.filter((text) => text.includes('Spanish')).length, 1, state.warnings.join('\n'));
      assert.match(state.quiz, /988/);
    });
  }
});
