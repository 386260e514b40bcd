// The CDN files as a partner uses them: a plain HTML page, one <script> tag — here three copies of the library
// at once (the classic script twice and the ES module). One warning, everything works, no global variable added.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { startHarness } from './harness.mjs';

let harness;
before(async () => {
  assert.ok(existsSync(new URL('../../dist/cdn/carepath.iife.js', import.meta.url)), 'npm test builds dist/cdn first');
  harness = await startHarness();
});
after(async () => {
  await harness?.stop();
});

// The strict policy exactly, and the same with Lit's Trusted Types policy named as the README advises.
const STRICT_POLICIES = {
  'the strict policy': "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'",
  'the strict policy naming lit-html': "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'",
};
const STRICT_PAGES = { 'one copy': ['cdn-strict-one.html', 0], 'two copies': ['cdn-strict.html', 1] };

/** Uses each widget once, so rendering after the visitor's input runs under the policy too. */
async function driveAllFour(page) {
  await page.locator('carepath-quiz button', { hasText: 'Start' }).click();
  await page.locator('carepath-quiz fieldset[data-key="safety"]').waitFor();
  await page.locator('carepath-quiz fieldset[data-key="safety"] input[type="radio"]').first().check();
  await page.locator('carepath-quiz button', { hasText: 'Continue' }).click();
  await page.waitForFunction(() => !document.querySelector('carepath-quiz').shadowRoot.querySelector('fieldset[data-key="safety"]'));
  // IOP, the estimator's and the schedule's own level: a level chosen in the table moves the whole group.
  await page.locator('carepath-levels [data-level="iop"] button.select:visible').first().click();
  await page.locator('carepath-levels button.select[aria-pressed="true"]:visible').waitFor();
  const deductible = page.locator('carepath-cost input[data-field="deductible"]');
  await deductible.fill('2000');
  await deductible.press('Tab');
  await page.locator('carepath-schedule input[type="radio"][value="evening"]').check();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('carepath-schedule .download button').click()]);
  return download.suggestedFilename();
}

describe('the CDN files on a plain page', () => {
  for (const [policyName, policy] of Object.entries(STRICT_POLICIES)) {
    for (const [copies, [file, expectedWarnings]] of Object.entries(STRICT_PAGES)) {
      it(`run all four under ${policyName} with Trusted Types, ${copies}, with no violation`, async () => {
        const context = await harness.browser.newContext({ acceptDownloads: true });
        const page = await context.newPage();
        const errors = [];
        page.on('pageerror', (error) => errors.push(error.message));
        // Serve the page as a partner would: with the policy header, and without the dev server's own client script.
        await page.route(`**/${file}`, async (route) => {
          const response = await route.fetch();
          const body = (await response.text()).replace(/<script type="module" src="\/@vite\/client"><\/script>/, '');
          await route.fulfill({ response, body, headers: { ...response.headers(), 'content-security-policy': policy } });
        });
        try {
          await page.goto(`${harness.origin}/test/e2e/pages/${file}`, { waitUntil: 'networkidle' });
          await page.waitForFunction(() =>
            ['carepath-quiz', 'carepath-levels', 'carepath-cost', 'carepath-schedule'].every(
              (tag) => (document.querySelector(tag)?.shadowRoot?.textContent?.trim().length ?? 0) > 0,
            ),
          );
          const filename = await driveAllFour(page);
          assert.match(filename, /\.ics$/);
          const state = await page.evaluate(() => ({
            violations: window.__violations,
            warnings: window.__warnings,
            estimate: document.querySelector('carepath-cost').estimate,
          }));
          assert.deepEqual(state.violations, []);
          assert.equal(state.warnings.length, expectedWarnings, state.warnings.join('\n'));
          assert.ok(state.estimate, 'the estimator recomputed after the edit');
          assert.deepEqual(errors, []);
        } finally {
          await context.close();
        }
      });
    }
  }

  it('render all four widgets with three copies loaded, warn once, and add no global of their own', async () => {
    const { page, errors, offsite, close } = await harness.open('cdn.html');
    try {
      await page.waitForFunction(() =>
        ['carepath-quiz', 'carepath-levels', 'carepath-cost', 'carepath-schedule'].every(
          (tag) => (document.querySelector(tag)?.shadowRoot?.textContent?.trim().length ?? 0) > 0,
        ),
      );
      const state = await page.evaluate(() => ({
        warnings: window.__warnings,
        added: Object.keys(window).filter((name) => !window.__globalsBefore.includes(name)),
      }));
      assert.equal(state.warnings.length, 1, state.warnings.join('\n'));
      assert.match(state.warnings[0], /already defined by carepath 0\.\d+\.\d+; this copy \(carepath 0\.\d+\.\d+\) keeps that definition/);
      // Our dependencies keep a few page-wide records of their own: Lit its versions and decorator metadata, zod its
      // config. carepath itself adds nothing (the channel is a non-enumerable Symbol.for key, made on first use).
      const dependencies = /^(litHtmlVersions|litElementVersions|reactiveElementVersions|litPropertyMetadata|__zod_globalConfig)$/;
      const ours = state.added.filter((name) => !dependencies.test(name) && !name.startsWith('__globalsBefore') && name !== '__warnings');
      assert.deepEqual(ours, []);
      assert.deepEqual(errors, []);
      assert.deepEqual(offsite, []);
    } finally {
      await close();
    }
  });
});
