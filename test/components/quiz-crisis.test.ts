/**
 * Crisis help that cannot be hidden, undone or sold past. Each test here reproduces a leak found in review:
 * a hostile page sheet hiding the crisis help, a call to action on a crisis result, a crisis answer taken back
 * with Back, and stored answers kept after a crisis answer.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/quiz/define.js';
import { QUIZ_STORAGE_PREFIX, type CarepathQuiz } from '../../src/components/quiz/quiz.js';
import type { CarepathQuizCompleteEvent } from '../../src/events/quiz-complete.js';
import { $, $$, back, choose, freshGroup, listen, mount, play, record, screenOf, storageCalls, textOf } from '../helpers/quiz-driver.js';
import { expectLegible } from '../helpers/legible.js';

/** Everything a page can aim at the quiz from outside: parts (old and current), the tag, theme tokens. */
const HOSTILE_SHEET = `
  carepath-quiz::part(crisis-line), carepath-quiz::part(crisis-panel), carepath-quiz::part(disclaimer),
  carepath-quiz::part(resources), carepath-quiz::part(heading), carepath-quiz::part(result) {
    display: none !important; visibility: hidden !important; opacity: 0 !important;
  }
  carepath-quiz::part(base) {
    color: transparent !important; -webkit-text-fill-color: transparent !important; font-size: 2px !important;
    line-height: 0 !important; visibility: hidden !important; letter-spacing: -1em !important;
  }
  carepath-quiz {
    --carepath-color-text: #ffffff; --carepath-color-surface: #ffffff; --carepath-color-surface-alt: #ffffff;
    --carepath-color-accent: #ffffff; --carepath-color-highlight: #ffffff; --carepath-color-muted: #ffffff;
    --carepath-quiz-crisis-background: #ffffff; --carepath-quiz-crisis-border-color: #ffffff; --carepath-font-size: 2px;
    color: transparent; font-size: 2px;
  }
`;


async function mountHostile(markup: string, sheet = HOSTILE_SHEET): Promise<CarepathQuiz> {
  const style = document.createElement('style');
  style.textContent = sheet;
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.append(style);
  wrapper.insertAdjacentHTML('beforeend', markup);
  const el = wrapper.querySelector('carepath-quiz') as CarepathQuiz;
  await el.updateComplete;
  return el;
}

const CTA = 'cta-label="See our prices" cta-href="/pricing" secondary-cta-label="Our programs" secondary-cta-href="/programs"';

describe('<carepath-quiz> crisis help at the edges', () => {
  beforeEach(() => sessionStorage.clear());

  describe('a hostile page sheet', () => {
    it('cannot hide, shrink or recolour the crisis line on the intro and on a question', async () => {
      const el = await mountHostile(`<carepath-quiz group="${freshGroup()}"></carepath-quiz>`);
      expectLegible($(el, '.crisis-line'), 'intro crisis line');
      await play(el, {}, 'withdrawal');
      expectLegible($(el, '.crisis-line'), 'question crisis line');
    });

    it('cannot hide, shrink or recolour the crisis panel on the crisis screen', async () => {
      const el = await mountHostile(`<carepath-quiz group="${freshGroup()}"></carepath-quiz>`);
      await play(el, { safety: 'yes' }, 'crisis');
      expect(screenOf(el)).to.equal('crisis');
      expectLegible($(el, '.crisis-panel'), 'crisis panel');
    });

    for (const theme of ['light', 'dark']) {
      it(`keeps the crisis panel legible in the ${theme} theme whatever the theme tokens say`, async () => {
        const el = await mountHostile(`<carepath-quiz theme="${theme}" group="${freshGroup()}"></carepath-quiz>`);
        await play(el, { safety: 'yes' }, 'crisis');
        expectLegible($(el, '.crisis-panel'), `${theme} crisis panel`);
      });
    }

    it('cannot hide the crisis panel on a crisis result, even by hiding the result part', async () => {
      const el = await mountHostile(`<carepath-quiz group="${freshGroup()}"></carepath-quiz>`);
      await play(el, { safety: 'yes', withdrawal: 'severe', home: 'unsafe' });
      expect(screenOf(el)).to.equal('result');
      expectLegible($(el, '.crisis-panel'), 'crisis result panel');
    });

    it('cannot hide, shrink or recolour the safety boxes, the SAMHSA line or the disclaimer', async () => {
      // Hiding the whole result part hides the result (as hiding the tag hides the widget); everything else stays.
      const el = await mountHostile(`<carepath-quiz group="${freshGroup()}"></carepath-quiz>`, HOSTILE_SHEET.replace(', carepath-quiz::part(result)', ''));
      await play(el, { safety: 'yes', withdrawal: 'severe', medical: 'stable', home: 'unsafe', history: 'after-inpatient' });
      const boxes = $$(el, '.resource');
      expect(boxes.map((box) => box.dataset.resource)).to.deep.equal(['withdrawal', 'dv', 'overdose', 'naloxone']);
      for (const box of boxes) expectLegible(box, `resource ${box.dataset.resource ?? ''}`);
      expectLegible($(el, '.samhsa'), 'SAMHSA line');
      expectLegible($(el, '.disclaimer'), 'disclaimer');
    });

    it('exposes none of the old crisis-line, crisis-panel, disclaimer and resources parts', async () => {
      const el = await mount(`<carepath-quiz group="${freshGroup()}"></carepath-quiz>`);
      await play(el, { safety: 'yes', withdrawal: 'severe', home: 'unsafe' });
      for (const part of ['crisis-line', 'crisis-panel', 'disclaimer', 'resources']) expect($$(el, `[part~="${part}"]`).length, part).to.equal(0);
      // No part anywhere inside the crisis panel either (a ::part(heading) rule must not reach its heading).
      expect($$(el, '.crisis-panel [part]').length).to.equal(0);
    });
  });

  describe('a crisis result offers help only', () => {
    it('shows no call to action, no "Next steps" and no price or program link, whatever the attributes', async () => {
      const el = await mount(`<carepath-quiz group="${freshGroup()}" ${CTA}></carepath-quiz>`);
      await play(el, { safety: 'yes' });
      expect(screenOf(el)).to.equal('result');
      expect(el.result?.crisis).to.equal(true);
      expect($$(el, '[part~="cta"], [part~="secondary-cta"], .next-steps').length).to.equal(0);
      expect($$(el, 'a[href="/pricing"], a[href="/programs"]').length).to.equal(0);
      const text = textOf(el.shadowRoot);
      expect(text).to.not.contain('Next steps').and.not.contain('See our prices').and.not.contain('Our programs');
    });

    it('still shows the call to action on a result without a crisis', async () => {
      const el = await mount(`<carepath-quiz group="${freshGroup()}" ${CTA}></carepath-quiz>`);
      await play(el, {});
      expect($(el, '[part~="cta"]')?.getAttribute('href')).to.equal('/pricing');
    });
  });

  describe('a crisis answer cannot be taken back', () => {
    it('Back and "No" still ends in crisis: the result, quiz.result, the complete event and the channel', async () => {
      const group = freshGroup();
      const channel = listen(group);
      const el = await mount(`<carepath-quiz group="${group}"></carepath-quiz>`);
      const events = record(el);
      await play(el, { safety: 'yes' }, 'crisis');
      // Published the moment the crisis answer is given, before any result.
      expect(channel.messages.at(-1)).to.deep.include({ group, level: null, crisis: true });
      await back(el);
      expect(screenOf(el)).to.equal('question');
      await choose(el, 'no');
      await play(el, {});
      channel.stop();
      expect(screenOf(el)).to.equal('result');
      expect($(el, '.crisis-panel'), 'the result opens with the crisis panel').to.exist;
      expect(el.result).to.deep.include({ crisis: true, level: 'iop' });
      const complete = events.filter((event) => event.type === 'carepath-quiz-complete');
      expect((complete[0]?.detail as CarepathQuizCompleteEvent['detail']).crisis).to.equal(true);
      expect(channel.messages.every((message) => message.crisis), JSON.stringify(channel.messages.slice(1))).to.equal(true);
      expect(channel.messages.at(-1)).to.deep.include({ crisis: true });
    });

    it('"Start over" ends the crisis and says so on the channel', async () => {
      const group = freshGroup();
      const el = await mount(`<carepath-quiz group="${group}"></carepath-quiz>`);
      await play(el, { safety: 'yes' });
      const channel = listen(group);
      ($(el, '.start-over button') as HTMLButtonElement).click();
      await el.updateComplete;
      channel.stop();
      expect(channel.messages.at(-1)).to.deep.include({ level: null, crisis: false });
      await play(el, {});
      expect(el.result?.crisis).to.equal(false);
    });
  });

  describe('persist="session"', () => {
    it('clears the stored answers at a crisis answer and saves nothing more in that visit', async () => {
      const group = freshGroup();
      const key = `${QUIZ_STORAGE_PREFIX}${group}`;
      const el = await mount(`<carepath-quiz group="${group}" persist="session" instruments="phq-9"></carepath-quiz>`);
      await play(el, { withdrawal: 'none', medical: 'stable' }, 'phq-9/8');
      expect(sessionStorage.getItem(key), 'answers are stored before the crisis answer').to.not.equal(null);
      const calls = await storageCalls(async () => {
        await choose(el, 1); // PHQ-9 item 9 "Several days"
        expect(screenOf(el)).to.equal('crisis');
        expect(sessionStorage.getItem(key), 'cleared at the crisis answer').to.equal(null);
        // Back, take the answer back, and go on: still nothing saved.
        await back(el);
        await choose(el, 0);
        await play(el, {});
      });
      expect(calls.filter((call) => call.startsWith('set')), calls.join(', ')).to.deep.equal([]);
      expect(sessionStorage.getItem(key)).to.equal(null);
    });
  });

  describe('the safety boxes of the result', () => {
    const boxes = (el: CarepathQuiz) => $$(el, '.resource').map((box) => box.dataset.resource);

    it('explains the overdose risk after a hospital or residential stay (also after jail) and gives the naloxone steps', async () => {
      const el = await mount(`<carepath-quiz group="${freshGroup()}" instruments="phq-2"></carepath-quiz>`);
      await play(el, { withdrawal: 'none', medical: 'stable', history: 'after-inpatient' });
      expect(boxes(el)).to.deep.equal(['overdose', 'naloxone']);
      const overdose = textOf($(el, '[data-resource="overdose"]'));
      expect(overdose).to.contain('jail or prison').and.contain('overdose');
      const naloxone = $(el, '[data-resource="naloxone"]');
      expect(textOf(naloxone)).to.contain('Narcan').and.contain('without a prescription').and.contain('will not wake up or is barely breathing');
      expect($$(el, '[data-resource="naloxone"] ol li').map(textOf)).to.deep.equal(['Call 911.', 'Give naloxone.', 'Stay with them.']);
      expect(naloxone?.querySelector('a')?.getAttribute('href')).to.equal('tel:911');
    });

    it('gives the naloxone steps after a positive CAGE-AID, without the overdose box', async () => {
      const el = await mount(`<carepath-quiz group="${freshGroup()}" instruments="cage-aid"></carepath-quiz>`);
      await play(el, { withdrawal: 'none', medical: 'stable', 'cage-aid/0': 1 });
      expect(boxes(el)).to.deep.equal(['naloxone']);
    });

    it('never says "low need" when withdrawal or health was skipped, says which, and keeps the withdrawal caution', async () => {
      const el = await mount(`<carepath-quiz group="${freshGroup()}" instruments="phq-2"></carepath-quiz>`);
      await play(el, {});
      expect(el.result?.reasons).to.deep.equal(['low-need']);
      const text = textOf(el.shadowRoot);
      expect(text).to.not.contain('do not point to a need for more intensive care');
      const skipped = textOf($(el, '[data-resource="skipped"]'));
      expect(skipped).to.contain('You skipped the question about withdrawal.').and.contain('You skipped the question about your health.');
      expect(skipped).to.contain('If you drink or use every day, talk to a doctor before you stop.');
      expect(textOf($(el, '.reasons li'))).to.equal('So this result cannot tell if you need less care.');
    });

    it('shows the domestic-violence hotline after "Not safe" only; "Others there drink or use heavily" is an unsafe environment without it', async () => {
      const el = await mount(`<carepath-quiz group="${freshGroup()}" instruments="phq-2"></carepath-quiz>`);
      await play(el, { withdrawal: 'none', medical: 'stable' }, 'home');
      expect($$(el, 'input[name="answer"]').map((input) => textOf(input.closest('label')))).to.deep.equal([
        'Safe and supportive',
        'Some stress, but OK',
        'Others there drink or use heavily',
        'Not safe',
      ]);
      await play(el, { home: 'others-use' });
      expect(el.result?.reasons).to.include('environment');
      expect(boxes(el)).to.deep.equal([]);
      expect(textOf(el.shadowRoot)).to.not.contain('Domestic Violence');
      ($(el, '.start-over button') as HTMLButtonElement).click();
      await el.updateComplete;
      await play(el, { withdrawal: 'none', medical: 'stable', home: 'unsafe' });
      expect(boxes(el)).to.deep.equal(['dv']);
    });
  });

  describe('accessibility', () => {
    it('has no axe violations on the crisis screen and on the crisis result', async () => {
      const el = await mount(`<carepath-quiz group="${freshGroup()}" ${CTA}></carepath-quiz>`);
      await play(el, { safety: 'yes' }, 'crisis');
      await expect(el).to.be.accessible();
      await play(el, { history: 'after-inpatient', home: 'unsafe', withdrawal: 'mild' });
      expect(screenOf(el)).to.equal('result');
      await expect(el).to.be.accessible();
    });
  });
});
