import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/quiz/define.js';
import { familyContentLoader } from '../../src/components/quiz/family/family-path.js';
import { QUIZ_STORAGE_PREFIX, type CarepathQuiz } from '../../src/components/quiz/quiz.js';
import { CARE_LEVEL_IDS } from '../../src/core/levels.js';
import { FAMILY_CHECKLIST } from '../../src/core/family-content.js';
import {
  $,
  $$,
  active,
  back,
  choose,
  expectFocus,
  expectNone,
  freshGroup,
  keyOf,
  listen,
  mount,
  mountQuietly,
  pressContinue,
  record,
  settle,
  start,
  term,
  textOf,
} from '../helpers/quiz-driver.js';
import { captureWarnings } from '../helpers/console.js';

/** Start on the intro, stopping at "Who is this for?" (the driver's `start` answers it with "Me"). */
async function pressStart(el: CarepathQuiz): Promise<void> {
  ($(el, '.intro [part~="continue"]') as HTMLButtonElement).click();
  await settle(el);
}

/** Anything that would read as a score, a band or a suggested level. */
const SCORED_WORDS = /\b(score|puntuación|puntaje)\s*:?\s*\d|out of \d|\bband\b|suggested|sugerid[oa]|cut-off|punto de corte|worth a full assessment|may be worth(while| talking)|podría valer la pena/i;

/** The path's long-form text loads lazily: wait until the screen after `settle` is drawn. */
async function settled(el: CarepathQuiz): Promise<void> {
  await settle(el);
  for (let i = 0; i < 40 && $(el, '.family-loading'); i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    await settle(el);
  }
}

const screenClass = (el: CarepathQuiz) => $(el, '.screen')?.className ?? '';

async function next(el: CarepathQuiz): Promise<void> {
  const button = $<HTMLButtonElement>(el, '.screen button[part="continue"], .screen button[type="submit"], .crisis-screen .actions .button');
  expect(button, `a button to go on from ${screenClass(el)}`).to.exist;
  button?.click();
  await settled(el);
}

/** Checks the boxes whose ids are given on the checklist screen shown. */
async function check(el: CarepathQuiz, ids: readonly string[]): Promise<void> {
  for (const id of ids) {
    const box = $<HTMLInputElement>(el, `input[type="checkbox"][name="${id}"]`);
    expect(box, `checkbox ${id}`).to.exist;
    box?.click();
  }
  await settle(el);
}

/** Everything the visitor could read, or a script could pick up, in the shadow root. */
const domText = (el: CarepathQuiz) => `${textOf(el.shadowRoot)} ${[...(el.shadowRoot?.querySelectorAll('*') ?? [])].map((node) => [...node.attributes].map((a) => `${a.name}=${a.value}`).join(' ')).join(' ')}`;

function expectNothingScored(el: CarepathQuiz, where: string): void {
  const text = domText(el);
  expect(SCORED_WORDS.test(text), `${where}: ${text.match(SCORED_WORDS)?.[0]}`).to.equal(false);
  expectNone($(el, '[part="level"], .band, .score, .reasons, [data-instrument]'), `${where}: a result part`);
}

describe('<carepath-quiz>: who is answering', () => {
  it('asks "Who is this for?" after Start by default, and says what to do when nothing is chosen', async () => {
    const el = await mount('<carepath-quiz></carepath-quiz>');
    const events = record(el);
    await pressStart(el);
    expect(keyOf(el)).to.equal('who');
    expect(textOf($(el, 'legend h2'))).to.equal('Who is this for?');
    expect($$(el, 'input[type="radio"]').map((input) => textOf(input.closest('label')))).to.deep.equal(['Me', 'Someone I care about']);
    expectFocus(el, $(el, '#family-heading'), 'focus on the question');
    await expect(el).to.be.accessible();
    await pressContinue(el);
    expect(textOf($(el, '.error-summary'))).to.contain('Choose who this is for.');
    expectFocus(el, $(el, '.error-summary'), 'focus on the error summary');
    expect($(el, '.error-summary')?.getAttribute('role')).to.equal('alert');
    expect(textOf($(el, '#family-error-summary-title'))).to.equal('There is a problem');
    await expect(el).to.be.accessible();
    // The summary's link moves focus to the first answer (a fragment link would not reach into the shadow root).
    ($(el, '.error-summary a') as HTMLAnchorElement).click();
    await settle(el);
    expectFocus(el, $(el, '#family-answer-0'), 'the link goes to the answers');
    expect(location.hash, 'no change to the page URL').to.equal('');
    expect(events.map((event) => event.type)).to.deep.equal(['carepath-quiz-start']);
  });

  it('"Me" starts the self-assessment, whose complete event says answeringFor: "self"; Back returns to the question', async () => {
    const el = await mount('<carepath-quiz instruments="phq-2"></carepath-quiz>');
    const events = record(el);
    await pressStart(el);
    expect(keyOf(el)).to.equal('who');
    await choose(el, 'self');
    expect(keyOf(el)).to.equal('safety');
    await back(el);
    expect(keyOf(el)).to.equal('who');
    expect($<HTMLInputElement>(el, 'input[value="self"]')?.checked, 'the answer is kept').to.equal(true);
    await pressContinue(el);
    expect(keyOf(el)).to.equal('safety');
    for (let guard = 0; guard < 20 && keyOf(el); guard += 1) {
      if ($(el, '.skip')) ($(el, '.skip') as HTMLButtonElement).click();
      else await choose(el, keyOf(el) === 'safety' ? 'no' : 0);
      await settle(el);
    }
    const complete = events.find((event) => event.type === 'carepath-quiz-complete');
    expect(complete?.detail).to.deep.include({ answeringFor: 'self', level: 'outpatient', crisis: false });
  });

  it('answering-for="self" is the self-assessment alone', async () => {
    const el = await mount('<carepath-quiz answering-for="self"></carepath-quiz>');
    await start(el);
    expect(keyOf(el)).to.equal('safety');
    await back(el);
    expect($(el, '.intro')).to.exist;
  });

  it('answering-for="someone-else" skips the question: its intro is the path\'s, and Start asks about safety first', async () => {
    const el = await mount('<carepath-quiz answering-for="someone-else"></carepath-quiz>');
    const events = record(el);
    expect(textOf($(el, '.intro h2'))).to.equal('Worried about someone?');
    expect(textOf($(el, '.intro'))).to.contain("so we won't score them for someone else");
    expect($(el, '.crisis-line'), 'the crisis line').to.exist;
    await expect(el).to.be.accessible();
    await next(el);
    expect(keyOf(el)).to.equal('safety');
    expect(textOf($(el, 'legend h2'))).to.equal('Question 1 of 6 Could they hurt themselves or someone else right now?');
    expect(events.map((event) => event.type)).to.deep.equal(['carepath-quiz-start', 'carepath-quiz-step']);
    expect(events[1]?.detail).to.deep.equal({ index: 1, total: 6 });
  });

  it('falls back to asking, with one warning and an issue, when answering-for is not one of its values', async () => {
    const { el, warnings } = await mountQuietly('<carepath-quiz answering-for="family"></carepath-quiz>');
    expect(warnings.filter((warning) => warning.includes('answering-for'))).to.have.length(1);
    expect(el.configIssues.map((issue) => issue.field)).to.include('answering-for');
    await pressStart(el);
    expect(keyOf(el)).to.equal('who');
  });

  it('a change of answering-for part-way through the self-assessment starts again at the new mode\'s intro', async () => {
    const group = freshGroup();
    const channel = listen(group);
    const el = await mount(`<carepath-quiz instruments="phq-2" group="${group}"></carepath-quiz>`);
    await start(el);
    await choose(el, 'no');
    expect(keyOf(el)).to.equal('withdrawal');
    el.setAttribute('answering-for', 'someone-else');
    await settled(el);
    expect(keyOf(el), 'no question of the old mode').to.equal(null);
    expect(textOf($(el, '.intro h2'))).to.equal('Worried about someone?');
    el.answeringFor = 'self';
    await settled(el);
    expect(textOf($(el, '.intro h2')), "the self-assessment's own intro").to.equal(term('carepath.quiz.heading'));
    await start(el);
    expect(keyOf(el), 'nothing answered carries over').to.equal('safety');
    expect($$<HTMLInputElement>(el, 'input[type="radio"]').some((input) => input.checked)).to.equal(false);
    expect(channel.messages, 'nothing to withdraw: no level was published').to.deep.equal([]);
    channel.stop();
  });

  it('a change of answering-for part-way through the path for family and friends starts again at the new mode\'s intro', async () => {
    const el = await mount('<carepath-quiz answering-for="someone-else"></carepath-quiz>');
    await next(el);
    expect(keyOf(el)).to.equal('safety');
    el.answeringFor = 'self';
    await settled(el);
    expect(keyOf(el)).to.equal(null);
    expect(textOf($(el, '.intro h2'))).to.equal(term('carepath.quiz.heading'));
    await start(el);
    expect(keyOf(el), 'the self-assessment, from its first question').to.equal('safety');
    expect(textOf($(el, 'legend h2'))).to.not.contain('Could they hurt');
    el.setAttribute('answering-for', 'ask');
    await settled(el);
    await pressStart(el);
    expect(keyOf(el), '"Who is this for?" again, unanswered').to.equal('who');
    expect($$<HTMLInputElement>(el, 'input[type="radio"]').some((input) => input.checked)).to.equal(false);
  });

  it('a change of answering-for after a result withdraws its level from the channel, as Start over does', async () => {
    const group = freshGroup();
    const channel = listen(group);
    const el = await mount(`<carepath-quiz answering-for="self" instruments="phq-2" group="${group}"></carepath-quiz>`);
    await start(el);
    for (let guard = 0; guard < 20 && keyOf(el); guard += 1) {
      if ($(el, '.skip')) ($(el, '.skip') as HTMLButtonElement).click();
      else await choose(el, keyOf(el) === 'safety' ? 'no' : 0);
      await settle(el);
    }
    expect(el.result?.level).to.equal('outpatient');
    el.answeringFor = 'someone-else';
    await settled(el);
    expect(el.result).to.equal(null);
    expect(channel.messages.map(({ level, crisis }) => ({ level, crisis }))).to.deep.equal([
      { level: 'outpatient', crisis: false },
      { level: null, crisis: false },
    ]);
    channel.stop();
  });

  it('a change of answering-for after a crisis answer keeps the crisis until Start over', async () => {
    const el = await mount('<carepath-quiz answering-for="self" instruments="phq-2"></carepath-quiz>');
    await start(el);
    await choose(el, 'yes');
    expect($(el, '.crisis-screen')).to.exist;
    el.answeringFor = 'someone-else';
    await settled(el);
    el.answeringFor = 'self';
    await settled(el);
    expect($(el, '.intro')).to.exist;
    await start(el);
    for (let guard = 0; guard < 20 && keyOf(el); guard += 1) {
      if ($(el, '.skip')) ($(el, '.skip') as HTMLButtonElement).click();
      else await choose(el, keyOf(el) === 'safety' ? 'no' : 0);
      await settle(el);
    }
    expect(el.result?.crisis, 'still a crisis result').to.equal(true);
  });

  it('a partner\'s heading and intro show on the path\'s own intro', async () => {
    const el = await mount('<carepath-quiz answering-for="someone-else" heading="For families" intro="We can help."></carepath-quiz>');
    expect(textOf($(el, '.intro h2'))).to.equal('For families');
    expect(textOf($(el, '.intro .lead'))).to.equal('We can help.');
  });
});

describe('<carepath-quiz>: the path for family and friends', () => {
  for (const lang of ['en', 'es'] as const) {
    it(`walks every screen in ${lang === 'en' ? 'English' : 'Spanish'}: nothing scored in the DOM, the events or the channel; axe passes on each`, async () => {
      const group = freshGroup();
      const channel = listen(group);
      const el = await mount(`<carepath-quiz lang="${lang}" group="${group}" cta-href="/contact" secondary-cta-href="/programs"></carepath-quiz>`, 390);
      const events = record(el);
      await pressStart(el);
      expect(keyOf(el)).to.equal('who');
      await choose(el, 'someone-else');
      await settled(el);
      const seen: string[] = [];
      const visit = async () => {
        seen.push(screenClass(el).replace(/^screen\s+/, ''));
        expectNothingScored(el, screenClass(el));
        expectFocus(el, $(el, '[data-focus]'), `focus on the heading of ${screenClass(el)}`);
        await expect(el).to.be.accessible();
      };
      await visit(); // the path's intro
      await next(el);
      await visit(); // safety
      await choose(el, 'no');
      await settled(el);
      for (const checklist of FAMILY_CHECKLIST) {
        expect($(el, '.family-check')?.getAttribute('data-group')).to.equal(checklist.id);
        await visit();
        await check(el, checklist.items.slice(0, 2).map((item) => item.id));
        await next(el);
        if (checklist.id === 'overdose') {
          expect($(el, '.family-overdose'), 'overdose signs lead straight to the overdose steps').to.exist;
          await visit();
          await next(el);
        }
      }
      while (!$(el, '.family-levels')) {
        await visit();
        await next(el);
      }
      await visit();
      expect(seen).to.deep.equal([
        'intro family-intro',
        'question-screen family-safety',
        'question-screen family-check',
        'question-screen family-check',
        'question-screen family-check',
        'question-screen family-check',
        'family-overdose',
        'question-screen family-check',
        'family-seen',
        'family-help',
        'family-talk',
        'family-support',
        'family-teen',
        'family-levels',
      ]);
      // The levels to read about: all five, none singled out; the partner's calls to action (no crisis).
      expect($$(el, '[data-level-id]').map((node) => node.getAttribute('data-level-id'))).to.deep.equal([...CARE_LEVEL_IDS]);
      // Named as the table of levels, the schedule and the self-assessment's result name them.
      expect($$(el, '[data-level-id] h3').map(textOf)).to.deep.equal(
        lang === 'en'
          ? ['Inpatient (hospital)', 'Residential', 'Partial hospitalization (PHP)', 'Intensive outpatient (IOP)', 'Outpatient']
          : ['Hospitalización', 'Residencial', 'Hospitalización parcial (PHP)', 'Tratamiento ambulatorio intensivo (IOP)', 'Tratamiento ambulatorio'],
      );
      expect($(el, '[part="cta"]')?.getAttribute('href')).to.equal('/contact');
      expect($(el, '[part="secondary-cta"]')?.getAttribute('href')).to.equal('/programs');
      expect(el.result).to.equal(null);
      // Events: start, the six question screens, complete — with no level and no instruments.
      expect(events.map((event) => event.type)).to.deep.equal([
        'carepath-quiz-start',
        ...Array.from({ length: 6 }, () => 'carepath-quiz-step'),
        'carepath-quiz-complete',
      ]);
      expect(events.filter((event) => event.type === 'carepath-quiz-step').map((event) => event.detail)).to.deep.equal(
        [1, 2, 3, 4, 5, 6].map((index) => ({ index, total: 6 })),
      );
      expect(events.at(-1)?.detail).to.deep.equal({ answeringFor: 'someone-else', level: null, crisis: false, instruments: [] });
      expect(JSON.stringify(events)).to.not.match(/score|band|total"?:\s*\d+\D*positive/i);
      // The channel: nothing at all without a crisis.
      expect(channel.messages).to.deep.equal([]);
      channel.stop();
    });
  }

  it('"Yes" shows 911 and 988 at once, publishes a crisis at once, and the crisis sticks until Start over', async () => {
    const group = freshGroup();
    const channel = listen(group);
    const el = await mount(`<carepath-quiz answering-for="someone-else" group="${group}" cta-href="/contact"></carepath-quiz>`, 390);
    const events = record(el);
    await next(el);
    await choose(el, 'yes');
    await settled(el);
    expect($(el, '.crisis-screen'), 'the crisis screen').to.exist;
    const hrefs = $$(el, '.crisis-panel a').map((link) => link.getAttribute('href'));
    expect(hrefs[0]).to.equal('tel:911');
    expect(hrefs).to.include.members(['tel:911', 'tel:988', 'sms:988', 'https://988lifeline.org']);
    expect(textOf($(el, '.crisis-panel'))).to.contain('No one at this center sees these answers');
    expectFocus(el, $(el, '#family-crisis-heading'), 'focus on the crisis heading');
    await expect(el).to.be.accessible();
    expect(channel.messages).to.deep.equal([{ v: 1, group, level: null, crisis: true, source: 'quiz' }]);
    // Taken back: the help stays.
    await back(el);
    expect(keyOf(el)).to.equal('safety');
    await choose(el, 'no');
    await settled(el);
    while (!$(el, '.family-levels')) await next(el);
    expect($(el, '.family-levels .crisis-panel'), 'the crisis panel leads the last screen').to.exist;
    expect($$(el, '.family-levels .crisis-panel a').map((link) => link.getAttribute('href'))).to.include.members(['tel:911', 'tel:988']);
    expectNone($(el, '[part="cta"]'), 'a call to action in a crisis');
    expectNone($(el, '.next-steps'), 'next steps in a crisis');
    expectNothingScored(el, 'the last screen in a crisis');
    await expect(el).to.be.accessible();
    expect(events.at(-1)?.detail).to.deep.equal({ answeringFor: 'someone-else', level: null, crisis: true, instruments: [] });
    expect(channel.messages).to.deep.equal([{ v: 1, group, level: null, crisis: true, source: 'quiz' }]);
    // Start over: the intro again, and the channel is told the crisis is over.
    ($$(el, '.start-over button')[0] as HTMLButtonElement).click();
    await settled(el);
    expect($(el, '.intro')).to.exist;
    expect(channel.messages.at(-1)).to.deep.equal({ v: 1, group, level: null, crisis: false, source: 'quiz' });
    await next(el);
    await choose(el, 'no');
    await settled(el);
    expect(keyOf(el)).to.equal('check-use');
    channel.stop();
  });

  it('"I\'m not sure" leads with 988, says it helps people worried about someone, lists the #BeThe1To steps, and is a crisis too', async () => {
    const group = freshGroup();
    const channel = listen(group);
    const el = await mount(`<carepath-quiz answering-for="someone-else" group="${group}"></carepath-quiz>`);
    await next(el);
    await choose(el, 'unsure');
    await settled(el);
    expect($$(el, '.crisis-panel a')[0]?.getAttribute('href')).to.equal('tel:988');
    expect($$(el, '.crisis-panel a').map((link) => link.getAttribute('href'))).to.include('tel:911');
    expect(textOf($(el, '.crisis-panel'))).to.contain('They help people who are worried about someone, too.');
    expect($$(el, '.family-steps li strong').map(textOf)).to.deep.equal(['Ask.', 'Be there.', 'Keep them safe.', 'Help them connect.', 'Follow up.']);
    await expect(el).to.be.accessible();
    expect(channel.messages).to.deep.equal([{ v: 1, group, level: null, crisis: true, source: 'quiz' }]);
    channel.stop();
  });

  it('speaks Spanish on the crisis screen: call 988 and press 2', async () => {
    const el = await mount('<carepath-quiz answering-for="someone-else" lang="es"></carepath-quiz>');
    expect(textOf($(el, '.intro h2'))).to.equal('¿Le preocupa alguien?');
    await next(el);
    await choose(el, 'yes');
    await settled(el);
    expect(textOf($(el, '.crisis-panel h2'))).to.equal('Llame al 911 ahora');
    expect(textOf($(el, '.crisis-panel'))).to.contain('Llame al 988 y marque 2');
  });

  it('with persist="session" never stores the checklist (nor anything else of the path)', async () => {
    sessionStorage.clear();
    const group = freshGroup();
    const el = await mount(`<carepath-quiz answering-for="someone-else" persist="session" group="${group}"></carepath-quiz>`);
    await next(el);
    await choose(el, 'no');
    await settled(el);
    await check(el, ['use.more', 'use.hiding']);
    await next(el);
    await check(el, ['mood.sad']);
    expect(Object.keys(sessionStorage).filter((key) => key.startsWith(QUIZ_STORAGE_PREFIX))).to.deep.equal([]);
    expect(JSON.stringify({ ...sessionStorage })).to.not.match(/use\.more|mood\.sad/);
  });

  it('shows what goes with what was checked: 988 for talk of dying, the hotline for violence, naloxone after time away', async () => {
    const el = await mount('<carepath-quiz answering-for="someone-else"></carepath-quiz>');
    await next(el);
    await choose(el, 'no');
    await settled(el);
    await next(el);
    await check(el, ['mood.suicide']);
    await next(el);
    await next(el);
    await next(el);
    await check(el, ['risk.time-away', 'risk.violence']);
    await next(el);
    expect($(el, '.family-seen')).to.exist;
    const text = textOf($(el, '.family-seen'));
    expect(text).to.contain('Talk of wanting to die').and.contain('1-800-799-7233').and.contain("the body can't handle the old amount");
    expect($$(el, '.family-seen a').map((link) => link.getAttribute('href'))).to.include.members(['tel:988', 'tel:911', 'tel:18007997233']);
    expectNothingScored(el, 'what you checked');
  });

  it('lists the support lines with their verified contacts, and no Al-Anon phone number', async () => {
    const el = await mount('<carepath-quiz answering-for="someone-else"></carepath-quiz>');
    await next(el);
    await choose(el, 'no');
    await settled(el);
    while (!$(el, '.family-support')) await next(el);
    const hrefs = $$(el, '.family-support a').map((link) => link.getAttribute('href'));
    expect(hrefs).to.deep.equal(['https://al-anon.org', 'https://nar-anon.org', 'https://smartrecovery.org', 'tel:18009506264', 'sms:62640', 'tel:18006624357']);
    await next(el);
    expect(textOf($(el, '.family-teen'))).to.contain('Ask their doctor for a private check-up.');
  });

  it('keeps the crisis panel shown whatever a page aims at the parts, and puts no part inside it', async () => {
    const style = document.createElement('style');
    style.textContent = `carepath-quiz::part(heading), carepath-quiz::part(result), carepath-quiz::part(crisis-panel), carepath-quiz::part(resources) {
      display: none !important; visibility: hidden !important; }`;
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.append(style);
    wrapper.insertAdjacentHTML('beforeend', `<carepath-quiz answering-for="someone-else" group="${freshGroup()}"></carepath-quiz>`);
    const el = wrapper.querySelector('carepath-quiz') as CarepathQuiz;
    await settle(el);
    await next(el);
    await choose(el, 'yes');
    await settled(el);
    const visible = (node: Element | null) => node !== null && getComputedStyle(node).display !== 'none' && getComputedStyle(node).visibility === 'visible' && node.getBoundingClientRect().height > 10;
    expect(visible($(el, '.crisis-panel')), 'the crisis panel on the crisis screen').to.equal(true);
    expect(visible($(el, '.crisis-panel h2')), 'its heading').to.equal(true);
    expect($$(el, '.crisis-panel [part], .resource [part]').length, 'parts inside crisis help').to.equal(0);
    // The quiz's other ways to reach help follow the path's own: veterans press 1, ASL Now, the Crisis Text Line.
    expect(textOf($(el, '.crisis-panel'))).to.contain('741741');
    expect($$(el, '.crisis-panel a[href="tel:911"]').length, '911 once').to.equal(1);
    await back(el);
    await choose(el, 'no');
    await settled(el);
    while (!$(el, '.family-levels')) await next(el);
    expect(visible($(el, '.family-levels .crisis-panel')), 'the crisis panel on the last screen').to.equal(true);
  });

  it('a crisis answer here keeps the self-assessment in crisis too, and stops persist="session" saving', async () => {
    sessionStorage.clear();
    const group = freshGroup();
    const el = await mount(`<carepath-quiz instruments="phq-2" persist="session" group="${group}"></carepath-quiz>`);
    await pressStart(el);
    await choose(el, 'someone-else');
    await settled(el);
    await next(el);
    await choose(el, 'unsure');
    await settled(el);
    // Back to "Who is this for?", then "Me": the crisis answer still counts.
    await back(el);
    await back(el);
    await back(el);
    expect(keyOf(el)).to.equal('who');
    await choose(el, 'self');
    for (let guard = 0; guard < 20 && keyOf(el); guard += 1) {
      if ($(el, '.skip')) ($(el, '.skip') as HTMLButtonElement).click();
      else await choose(el, keyOf(el) === 'safety' ? 'no' : 0);
      await settle(el);
    }
    expect(el.result?.crisis, 'the self-assessment ends in crisis').to.equal(true);
    expect(Object.keys(sessionStorage).filter((key) => key.startsWith(QUIZ_STORAGE_PREFIX))).to.deep.equal([]);
  });

  it('completes with the keyboard alone, from the page to the last screen', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><button id="before">before</button><carepath-quiz></carepath-quiz></div>`);
    const el = wrapper.querySelector('carepath-quiz') as CarepathQuiz;
    await settle(el);
    const tabUntil = async (done: (focused: Element | null) => boolean, max = 12) => {
      for (let i = 0; i < max && !done(active(el)); i += 1) await sendKeys({ press: 'Tab' });
      expect(done(active(el)), `focus is on ${active(el)?.outerHTML.slice(0, 80)} on ${screenClass(el)}`).to.equal(true);
    };
    const isGoOn = (focused: Element | null) => focused?.getAttribute('part') === 'continue' || focused?.getAttribute('type') === 'submit';
    (wrapper.querySelector('#before') as HTMLButtonElement).focus();
    await tabUntil(isGoOn);
    await sendKeys({ press: 'Enter' });
    await settled(el);
    // Who is this for? — the second answer.
    await tabUntil((focused) => (focused as HTMLInputElement | null)?.type === 'radio');
    await sendKeys({ press: 'ArrowDown' });
    await tabUntil(isGoOn);
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect($(el, '.family-intro')).to.exist;
    for (let guard = 0; guard < 20 && !$(el, '.family-levels'); guard += 1) {
      expectFocus(el, $(el, '[data-focus]'), `focus on the heading of ${screenClass(el)}`);
      if (keyOf(el) === 'safety') {
        await tabUntil((focused) => (focused as HTMLInputElement | null)?.type === 'radio');
        await sendKeys({ press: 'ArrowDown' });
        await sendKeys({ press: 'ArrowDown' }); // No
      } else if ($(el, '.family-check')) {
        await tabUntil((focused) => (focused as HTMLInputElement | null)?.type === 'checkbox');
        await sendKeys({ press: 'Space' });
      }
      await tabUntil(isGoOn, 20);
      await sendKeys({ press: 'Enter' });
      await settled(el);
    }
    expect($(el, '.family-levels')).to.exist;
    expectFocus(el, $(el, '#family-heading'), 'focus on the last heading');
    await tabUntil((focused) => textOf(focused) === 'Start over', 30);
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect($(el, '.intro')).to.exist;
  });
});

describe('<carepath-quiz>: when the path\'s lazily loaded part does not load', () => {
  it('keeps "Who is this for?", the intro, the safety question and the crisis screen; then one warning, the crisis line, Back and Try again, and nothing is lost', async () => {
    const original = familyContentLoader.load;
    let attempts = 0;
    familyContentLoader.load = () => {
      attempts += 1;
      return Promise.reject(new Error('offline'));
    };
    try {
      const group = freshGroup();
      const channel = listen(group);
      const el = await mount(`<carepath-quiz group="${group}"></carepath-quiz>`, 320);
      const warnings = await captureWarnings(async () => {
        await pressStart(el);
        expect(keyOf(el)).to.equal('who');
        await choose(el, 'someone-else');
        await settle(el);
        expect(attempts, 'the path starts loading its next part as the visitor enters it').to.equal(1);
        // The safety screens are in the main file: they never wait for the lazy one.
        expect($(el, '.family-intro'), 'the path\'s intro').to.exist;
        ($(el, '.family-intro button[part="continue"]') as HTMLButtonElement).click();
        await settle(el);
        expect(keyOf(el)).to.equal('safety');
        await choose(el, 'unsure');
        await settle(el);
        expect($(el, '.family-crisis-screen'), 'the crisis screen').to.exist;
        expect($$(el, '.crisis-panel a').map((link) => link.getAttribute('href'))).to.include.members(['tel:988', 'tel:911']);
        expect(channel.messages).to.deep.equal([{ v: 1, group, level: null, crisis: true, source: 'quiz' }]);
        ($(el, '.crisis-screen .actions .button') as HTMLButtonElement).click();
        await settle(el);
        // The checklist needs the lazy file: a screen that keeps the crisis line and offers the way back.
        expect($(el, '.family-loading'), 'the failure screen').to.exist;
        expect(textOf($(el, '.family-loading [role="status"]'))).to.equal(
          'The next part did not load. Check your connection and try again. You can still call or text 988 at any time.',
        );
        expect(textOf($(el, '.crisis-line'))).to.contain('call or text 988');
        expect($(el, '.family-loading .back'), 'Back').to.exist;
        expect(textOf($(el, '.family-loading button[part="continue"]'))).to.equal('Try again');
        await expect(el).to.be.accessible();
        // Back leads the way back, with the answer kept.
        await back(el);
        expect($(el, '.family-crisis-screen'), 'back to the crisis screen').to.exist;
        await back(el);
        expect(keyOf(el)).to.equal('safety');
        expect($<HTMLInputElement>(el, 'input[value="unsure"]')?.checked, 'the answer is kept').to.equal(true);
        await choose(el, 'unsure');
        await settle(el);
        ($(el, '.crisis-screen .actions .button') as HTMLButtonElement).click();
        await settle(el);
        expect($(el, '.family-loading'), 'still the failure screen').to.exist;
        // Try again, now that the file loads: the checklist shows and its heading takes focus.
        familyContentLoader.load = original;
        ($(el, '.family-loading button[part="continue"]') as HTMLButtonElement).click();
        await settled(el);
      });
      expect(warnings.filter((line) => line.includes('carepath-family-content.js')), warnings.join('\n')).to.have.length(1);
      expect(keyOf(el)).to.equal('check-use');
      expectFocus(el, $(el, '#family-heading'), 'focus on the checklist once it is drawn');
      await expect(el).to.be.accessible();
      // The crisis answer still sticks: the last screen leads with the panel.
      while (!$(el, '.family-levels')) await next(el);
      expect($(el, '.family-levels .crisis-panel')).to.exist;
      channel.stop();
    } finally {
      familyContentLoader.load = original;
    }
  });
});
