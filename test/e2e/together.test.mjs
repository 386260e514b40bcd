// The four widgets working together ("Together"), driven with the keyboard alone in headless
// Chromium: finishing the quiz highlights its level in the table and moves the estimator and the schedule to it;
// a crisis result moves nothing; two groups on one page stay independent; nothing leaves the page.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { deepActive, startHarness, tabTo } from './harness.mjs';

let harness;
before(async () => {
  harness = await startHarness();
});
after(async () => {
  await harness?.stop();
});

/** What each widget of a group shows now, read from the page (reading is not interacting). */
function groupState(page, suffix) {
  return page.evaluate((s) => {
    const levels = document.getElementById(`l${s}`);
    const cost = document.getElementById(`c${s}`);
    const schedule = document.getElementById(`s${s}`);
    // The emphasised level, in whichever view is rendered (a pre-rendered page has both).
    const highlighted = [...new Set([...(levels?.shadowRoot?.querySelectorAll('[part~="highlight"][data-level]') ?? [])].map((node) => node.dataset.level))];
    return {
      highlighted,
      costLevel: cost?.shadowRoot?.querySelector('#field-level')?.value ?? null,
      scheduleIntensity: schedule?.plan?.intensity ?? null,
      scheduleHours: schedule?.plan?.hoursPerWeek ?? null,
    };
  }, suffix);
}

function quizScreen(page, id) {
  return page.evaluate((quizId) => {
    const root = document.getElementById(quizId)?.shadowRoot;
    return {
      key: root?.querySelector('fieldset[data-key]')?.getAttribute('data-key') ?? null,
      heading: root?.querySelector('h2[tabindex="-1"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
      crisisPanel: Boolean(root?.querySelector('.crisis-panel')),
    };
  }, id);
}

const inQuiz = (id) => (active) => active.host === `carepath-quiz#${id}`;

/** Answers the current question with the keyboard: Tab to the radios, Space, ArrowDown to the option, Tab to Continue, Enter. */
async function answer(page, id, index) {
  await tabTo(page, (a) => inQuiz(id)(a) && a.type === 'radio');
  await page.keyboard.press('Space');
  for (let i = 0; i < index; i += 1) await page.keyboard.press('ArrowDown');
  const chosen = await deepActive(page);
  assert.equal(chosen.checked, true, 'the option is checked');
  await tabTo(page, (a) => inQuiz(id)(a) && a.tag === 'button' && a.text === 'Continue');
  await page.keyboard.press('Enter');
}

async function start(page, id) {
  await tabTo(page, (a) => inQuiz(id)(a) && a.tag === 'button' && a.text === 'Start');
  await page.keyboard.press('Enter');
}

describe('four widgets in one group, a second group beside them', () => {
  it('a completed quiz moves table, estimator and schedule of its group only — keyboard alone', async () => {
    const { page, errors, offsite, close } = await harness.open('together.html');
    try {
      const before = await groupState(page, 'a');
      assert.deepEqual(before.highlighted, []);
      assert.equal(before.costLevel, 'iop');
      assert.equal(before.scheduleIntensity, 'iop');

      await start(page, 'qa');
      // Context: safety no, withdrawal none, medical stable, home supportive, functioning struggling, history none,
      // availability yes; then PHQ-9 "nearly every day" on items 1–8 and "not at all" on item 9: 24 → severe.
      const plan = { safety: 0, withdrawal: 0, medical: 0, home: 0, functioning: 1, history: 0, availability: 0 };
      for (let guard = 0; guard < 30; guard += 1) {
        const screen = await quizScreen(page, 'qa');
        if (!screen.key) break;
        const index = screen.key in plan ? plan[screen.key] : screen.key === 'phq-9/8' ? 0 : 3;
        await answer(page, 'qa', index);
      }
      const result = await quizScreen(page, 'qa');
      assert.equal(result.crisisPanel, false);
      assert.match(result.heading, /Your results/);
      assert.equal(await page.evaluate(() => document.getElementById('qa').result?.level), 'php');
      const focused = await deepActive(page);
      assert.equal(focused.tag, 'h2', 'focus moved to the result heading');

      const a = await groupState(page, 'a');
      assert.deepEqual(a.highlighted, ['php'], 'the table highlights the suggestion');
      assert.equal(a.costLevel, 'php', 'the estimator switched');
      assert.equal(a.scheduleIntensity, 'php', 'the schedule switched');
      const b = await groupState(page, 'b');
      assert.deepEqual(b, before, 'group B did not move');
      assert.deepEqual(errors, []);
      assert.deepEqual(offsite, [], 'no request left the page');
    } finally {
      await close();
    }
  });

  it('a crisis answer shows the crisis screen at once, and a crisis result moves nothing', async () => {
    const { page, errors, offsite, close } = await harness.open('together.html');
    try {
      const before = await groupState(page, 'b');
      await start(page, 'qb');
      assert.equal((await quizScreen(page, 'qb')).key, 'safety');
      await answer(page, 'qb', 1); // "Yes"
      const crisis = await quizScreen(page, 'qb');
      assert.equal(crisis.crisisPanel, true);
      assert.match(crisis.heading, /Please talk to someone today/);
      await tabTo(page, (a) => inQuiz('qb')(a) && a.tag === 'button' && a.text === 'Continue the questions');
      await page.keyboard.press('Enter');
      // PHQ-2 "nearly every day" expands to the PHQ-9, whose item 9 answered above "not at all" is a second
      // crisis answer: the crisis screen shows again, and the visitor again chooses to continue.
      let crisisScreens = 0;
      for (let guard = 0; guard < 30; guard += 1) {
        const screen = await quizScreen(page, 'qb');
        if (screen.key) {
          await answer(page, 'qb', screen.key.startsWith('phq') ? 3 : 0);
          continue;
        }
        if (await page.evaluate(() => document.getElementById('qb').result)) break;
        assert.equal(screen.crisisPanel, true, `an unexpected screen: ${screen.heading}`);
        crisisScreens += 1;
        await tabTo(page, (a) => inQuiz('qb')(a) && a.tag === 'button' && a.text === 'Continue the questions');
        await page.keyboard.press('Enter');
      }
      assert.equal(crisisScreens, 1, 'the PHQ-9 item 9 answer showed the crisis screen');
      const result = await page.evaluate(() => document.getElementById('qb').result);
      assert.equal(result.crisis, true);
      const screen = await quizScreen(page, 'qb');
      assert.equal(screen.crisisPanel, true, 'the result opens with the crisis panel');
      assert.deepEqual(await groupState(page, 'b'), before, 'no widget of the group moved');
      assert.deepEqual((await groupState(page, 'a')).highlighted, [], 'nor did group A');
      assert.deepEqual(errors, []);
      assert.deepEqual(offsite, []);
    } finally {
      await close();
    }
  });
});
