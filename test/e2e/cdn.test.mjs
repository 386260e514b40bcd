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

describe('the CDN files on a plain page', () => {
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
