// "Load and crowding": two copies of the library, two groups and 50 widgets on one page all render;
// finishing the quiz of one group moves every widget of that group and none of the other; one warning in all.
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

/** What every widget of a group shows: the table's highlighted levels, the estimator's level, the schedule's. */
function groupState(page, group) {
  return page.evaluate((g) => {
    const inGroup = (tag) => [...document.querySelectorAll(`#${g} ${tag}`)];
    return {
      rendered: inGroup('*').filter((el) => el.localName.startsWith('carepath-') && (el.shadowRoot?.textContent?.trim().length ?? 0) > 0).length,
      highlighted: inGroup('carepath-levels').map((el) => [...new Set([...el.shadowRoot.querySelectorAll('[part~="highlight"][data-level]')].map((node) => node.dataset.level))].join(' ')),
      costLevels: inGroup('carepath-cost').map((el) => el.shadowRoot.querySelector('#field-level')?.value ?? null),
      scheduleHours: inGroup('carepath-schedule').map((el) => el.plan?.hoursPerWeek ?? null),
    };
  }, group);
}

describe('a crowded page', () => {
  it('two copies, two groups and 50 widgets all work, and a quiz moves only its own group', async () => {
    const { page, errors, offsite, close } = await harness.open('crowd.html', { width: 1280, height: 900 });
    try {
      await page.waitForFunction(() => {
        const widgets = [...document.querySelectorAll('section > *')];
        return widgets.length === 50 && widgets.every((el) => (el.shadowRoot?.textContent?.trim().length ?? 0) > 0);
      });
      const beforeA = await groupState(page, 'a');
      const beforeB = await groupState(page, 'b');
      assert.equal(beforeA.rendered + beforeB.rendered, 50);

      // Group A's visitor answers the first option everywhere ("No", "Not at all", …): outpatient, which differs
      // from every widget's starting level, so each one has to move.
      const quiz = page.locator('#quiz-a');
      await quiz.locator('button', { hasText: 'Start' }).click();
      for (let guard = 0; guard < 40; guard += 1) {
        if (await page.evaluate(() => document.getElementById('quiz-a').result)) break;
        const key = await quiz.locator('fieldset[data-key]').getAttribute('data-key');
        await quiz.locator('fieldset[data-key] input[type="radio"]').first().check();
        await quiz.locator('button', { hasText: 'Continue' }).click();
        await page.waitForFunction((previous) => {
          const root = document.getElementById('quiz-a').shadowRoot;
          return document.getElementById('quiz-a').result || root.querySelector('fieldset[data-key]')?.getAttribute('data-key') !== previous;
        }, key);
      }
      const result = await page.evaluate(() => document.getElementById('quiz-a').result);
      assert.equal(result?.level, 'outpatient');
      assert.equal(result.crisis, false);

      const afterA = await groupState(page, 'a');
      assert.notDeepEqual(beforeA.costLevels, afterA.costLevels);
      assert.notDeepEqual(beforeA.scheduleHours, afterA.scheduleHours);
      assert.deepEqual(afterA.highlighted, Array(8).fill('outpatient'), 'every table of group A highlights outpatient');
      assert.deepEqual(afterA.costLevels, Array(8).fill('outpatient'), 'every estimator of group A is on outpatient');
      assert.ok(afterA.scheduleHours.every((hours) => hours > 0 && hours < 9), `every schedule of group A shows an outpatient week: ${afterA.scheduleHours}`);
      assert.deepEqual(await groupState(page, 'b'), beforeB, 'group B did not move');

      const state = await page.evaluate(() => ({ warnings: window.__warnings, violations: window.__violations }));
      assert.equal(state.warnings.length, 1, state.warnings.join('\n'));
      assert.deepEqual(errors, []);
      assert.deepEqual(offsite, []);
    } finally {
      await close();
    }
  });
});
