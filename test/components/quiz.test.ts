import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/components/levels/define.js';
import type { CarepathLevels } from '../../src/components/levels/levels.js';
import '../../src/components/quiz/define.js';
import { QUIZ_STORAGE_PREFIX, type CarepathQuiz } from '../../src/components/quiz/quiz.js';
import type { CareLevelId } from '../../src/core/levels.js';
import type { Reason } from '../../src/core/recommend.js';
import type { CarepathQuizCompleteEvent } from '../../src/events/quiz-complete.js';
import { enQuiz } from '../../src/translations/en.js';
import { itHandlesBadAttributes } from '../helpers/bad-config.js';
import {
  $,
  $$,
  active,
  back,
  choose,
  continueAfterCrisis,
  expectFocus,
  expectNone,
  freshGroup,
  keyOf,
  listen,
  mount,
  mountQuietly,
  play,
  pressContinue,
  progressOf,
  radio,
  record,
  screenOf,
  settle,
  skip,
  start,
  storageCalls,
  term,
  textOf,
  type Answers,
} from '../helpers/quiz-driver.js';

/** The 988 Lifeline wording, word for word. */
const CRISIS_LINE_EN =
  'If you are in crisis or thinking about suicide, call or text 988, or chat at 988lifeline.org. If you are in immediate danger, call 911.';
const CRISIS_LINE_ES =
  'Si está en crisis o piensa en el suicidio, comuníquese con 988 Lifeline, la línea de ayuda para crisis: llame al 988 y marque 2, ' +
  'envíe AYUDA por mensaje de texto al 988 o chatee en 988lifeline.org. Si está en peligro inmediato, llame al 911.';
const DISCLAIMER_EN =
  'An online screening like this one is not a diagnosis. Please share your results with a doctor or a mental health provider. Only a licensed clinician can say which level of care is right for you. They decide after a full assessment.';

/** Each level's name as the table of levels, the schedule and the estimator print it. */
const LEVEL_WORDS: Readonly<Record<CareLevelId, string>> = {
  inpatient: 'Inpatient (hospital)',
  residential: 'Residential',
  php: 'Partial hospitalization (PHP)',
  iop: 'Intensive outpatient (IOP)',
  outpatient: 'Outpatient',
};

const reasonText = (reason: Reason) => enQuiz[`carepath.quiz.reason.${reason}`];

describe('<carepath-quiz>', () => {
  beforeEach(() => {
    sessionStorage.clear();
    localStorage.clear();
  });

  describe('intro', () => {
    it('says what it is, who it is for, how long it takes, that nothing is sent, and that it is not a diagnosis', async () => {
      const { el, warnings } = await mountQuietly('<carepath-quiz></carepath-quiz>');
      expect(warnings).to.deep.equal([]);
      expect(el.configIssues).to.deep.equal([]);
      expect(screenOf(el)).to.equal('intro');
      expect(textOf($(el, '.intro .heading'))).to.equal('A self-check: what kind of care could help?');
      const facts = $$(el, '.facts li').map(textOf);
      expect(facts).to.deep.equal([
        'It is for adults, answering about themselves.',
        // 18 questions on the default path (the core's total); 18 × 12 s rounds up to 4 minutes; expansion adds 12.
        'It has 18 questions and takes about 4 minutes. Some answers add up to 12 more questions.',
        'You can skip some questions.',
        'This tool does not send your answers anywhere.',
        'It is a screening, not a diagnosis.',
      ]);
      expect(textOf($(el, '.crisis-line'))).to.equal(CRISIS_LINE_EN);
      expect(el.result).to.equal(null);
    });

    it('computes the length from the current path, and shows the partner heading and intro as written', async () => {
      const el = await mount('<carepath-quiz instruments="phq-9 audit-c" heading="Is IOP right for me?" intro="A few questions from our clinical team."></carepath-quiz>');
      expect(textOf($(el, '.intro .heading'))).to.equal('Is IOP right for me?');
      expect(textOf($(el, '.lead'))).to.equal('A few questions from our clinical team.');
      expect(textOf($$(el, '.facts li')[1])).to.equal('It has 19 questions and takes about 4 minutes.');
      el.setAttribute('ask-sex', '');
      await settle(el);
      expect(textOf($$(el, '.facts li')[1])).to.equal('It has 20 questions and takes about 4 minutes.');
    });

    it('tells the visitor what persist="session" keeps', async () => {
      const el = await mount('<carepath-quiz persist="session"></carepath-quiz>');
      expect(textOf($$(el, '.facts li')[3])).to.contain('This tool does not send your answers anywhere.').and.contain('never keeps your answers about suicide or self-harm');
    });
  });

  describe('one question per screen', () => {
    it('shows the question as the legend\'s heading, native radios, one Continue, Back above, and progress in words', async () => {
      const el = await mount('<carepath-quiz></carepath-quiz>');
      await start(el);
      expect(keyOf(el)).to.equal('safety');
      const fieldset = $(el, 'fieldset') as HTMLFieldSetElement;
      const heading = fieldset.querySelector('legend > h2');
      expect(heading, 'h2 inside the legend').to.exist;
      expect(heading?.getAttribute('tabindex')).to.equal('-1');
      expect(progressOf(el)).to.equal('Question 1 of 18');
      expect(textOf(heading?.querySelector('.question-text'))).to.equal(
        'In the past few weeks, have you had thoughts of ending your life, or of hurting yourself or someone else?',
      );
      const radios = $$<HTMLInputElement>(el, 'input[type="radio"]');
      expect(radios.map((input) => [input.value, textOf(input.closest('label'))])).to.deep.equal([
        ['no', 'No'],
        ['yes', 'Yes'],
        ['prefer-not-to-say', "I'd rather not say"],
      ]);
      expect($$(el, 'button[type="submit"]')).to.have.length(1);
      expect(textOf($(el, 'button[type="submit"]'))).to.equal('Continue');
      expectNone($(el, '.skip'), 'safety is required: no Skip');
      const backButton = $(el, '[part="back"]') as HTMLElement;
      expect(textOf(backButton)).to.equal('Back');
      expect(backButton.compareDocumentPosition(fieldset) & Node.DOCUMENT_POSITION_FOLLOWING, 'Back is above').to.be.greaterThan(0);
      expect(textOf($(el, '.crisis-line'))).to.equal(CRISIS_LINE_EN);
      for (const input of radios) {
        const box = (input.closest('label') as HTMLElement).getBoundingClientRect();
        expect(box.height, 'a large tap target').to.be.at.least(44);
      }
    });

    it('moves focus to the new heading on every screen change', async () => {
      const el = await mount('<carepath-quiz instruments="phq-2" answering-for="self"></carepath-quiz>');
      await start(el);
      expectFocus(el, $(el, '#question-heading'));
      await choose(el, 'no');
      expect(keyOf(el)).to.equal('withdrawal');
      expectFocus(el, $(el, '#question-heading'));
      await back(el);
      expectFocus(el, $(el, '#question-heading'));
      await back(el);
      expect(screenOf(el)).to.equal('intro');
      expectFocus(el, $(el, '#intro-heading'));
      await play(el);
      expectFocus(el, $(el, '#result-heading'));
    });

    it('shows the error summary and the inline message when Continue is pressed with no answer (GOV.UK)', async () => {
      const el = await mount('<carepath-quiz></carepath-quiz>');
      await start(el);
      const events = record(el);
      await pressContinue(el);
      expect(keyOf(el), 'stays on the question').to.equal('safety');
      const summary = $(el, '[part="error-summary"]') as HTMLElement;
      expect(summary.getAttribute('role')).to.equal('alert');
      expect(textOf(summary)).to.equal('There is a problem Choose an answer to continue');
      expectFocus(el, summary, 'focus on the summary');
      expect(textOf($(el, '#answer-error'))).to.equal('Error: Choose an answer to continue');
      expect(($(el, 'fieldset') as HTMLElement).getAttribute('aria-describedby')).to.contain('answer-error');
      (summary.querySelector('a') as HTMLAnchorElement).click();
      await settle(el);
      expectFocus(el, radio(el, 'no'), 'the summary link goes to the answers');
      expect(location.hash, 'no change to the page URL').to.equal('');
      await choose(el, 'no');
      expect(keyOf(el)).to.equal('withdrawal');
      expectNone($(el, '[part="error-summary"]'), '[part="error-summary"] is absent');
      expect(events.filter((event) => event.type === 'carepath-quiz-step')).to.have.length(1);
    });

    it('draws the error in the shared error style, coloured by --carepath-color-error (the quiz-only names still win)', async () => {
      const el = await mount('<carepath-quiz style="--carepath-color-error: rgb(0, 100, 0)"></carepath-quiz>');
      await start(el);
      await pressContinue(el);
      const summary = $(el, '[part="error-summary"]') as HTMLElement;
      expect(summary.hasAttribute('data-error-summary'), 'the shared summary').to.equal(true);
      expect(summary.getAttribute('aria-labelledby')).to.equal('error-summary-title');
      expect(textOf($(el, '#error-summary-title'))).to.equal('There is a problem');
      expect(getComputedStyle(summary).borderTopColor).to.equal('rgb(0, 100, 0)');
      expect(getComputedStyle($(el, '.has-error') as Element).borderInlineStartColor).to.equal('rgb(0, 100, 0)');
      expect(getComputedStyle($(el, '#answer-error') as Element).color).to.equal('rgb(0, 100, 0)');
      el.style.setProperty('--carepath-quiz-error-color', 'rgb(120, 0, 0)');
      expect(getComputedStyle(summary).borderTopColor, 'the deprecated quiz-only name').to.equal('rgb(120, 0, 0)');
    });

    it('lets optional context questions be skipped (Skip, or Continue with no answer) and requires every item', async () => {
      const el = await mount('<carepath-quiz instruments="phq-2"></carepath-quiz>');
      await play(el, {}, 'withdrawal');
      expect(textOf($(el, '.skip'))).to.equal('Skip this question');
      await skip(el);
      expect(keyOf(el)).to.equal('medical');
      await pressContinue(el);
      expect(keyOf(el), 'an optional question left blank is skipped').to.equal('home');
      expectNone($(el, '[part="error-summary"]'), '[part="error-summary"] is absent');
      await play(el, {}, 'phq-2/0');
      expectNone($(el, '.skip'), 'items cannot be skipped');
      await pressContinue(el);
      expect(keyOf(el)).to.equal('phq-2/0');
      expect($(el, '[part="error-summary"]')).to.exist;
    });

    it('keeps answers when going Back, and preselects them', async () => {
      const el = await mount('<carepath-quiz instruments="phq-2"></carepath-quiz>');
      await start(el);
      await choose(el, 'no');
      await choose(el, 'mild');
      await choose(el, 'unstable');
      expect(keyOf(el)).to.equal('home');
      await back(el);
      expect(keyOf(el)).to.equal('medical');
      expect(radio(el, 'unstable')?.checked).to.equal(true);
      await back(el);
      expect(radio(el, 'mild')?.checked).to.equal(true);
      expect(progressOf(el)).to.equal('Question 2 of 9');
      await back(el);
      expect(radio(el, 'no')?.checked).to.equal(true);
      await pressContinue(el);
      expect(keyOf(el)).to.equal('withdrawal');
      expect(radio(el, 'mild')?.checked, 'still there going forward').to.equal(true);
      await choose(el, 'none');
      expect(radio(el, 'unstable')?.checked).to.equal(true);
      await pressContinue(el);
      expect(keyOf(el)).to.equal('home');
      await play(el);
      expect(el.result?.level, 'medical unstable still counts').to.equal('inpatient');
    });

    it('expands a positive PHQ-2 into the PHQ-9, and the progress total grows', async () => {
      const el = await mount('<carepath-quiz instruments="phq-2"></carepath-quiz>');
      const events = record(el);
      await play(el, {}, 'phq-2/0');
      expect(progressOf(el)).to.equal('Question 8 of 9');
      await choose(el, 2);
      expect(progressOf(el)).to.equal('Question 9 of 9');
      await choose(el, 2);
      expect(keyOf(el)).to.equal('phq-9/2');
      expect(progressOf(el)).to.equal('Question 10 of 16');
      const steps = events.filter((event) => event.type === 'carepath-quiz-step').map((event) => event.detail);
      expect(steps.slice(-3)).to.deep.equal([
        { index: 8, total: 9 },
        { index: 9, total: 9 },
        { index: 10, total: 16 },
      ]);
      await play(el);
      expect(textOf($(el, '[data-instrument="phq-9"] .screen-name'))).to.equal('PHQ-9');
      expectNone($(el, '[data-instrument="phq-2"]'), 'the full result replaces the short one');
    });

    it('shows the PHQ stem, the item and the Pfizer attribution line', async () => {
      const el = await mount('<carepath-quiz instruments="gad-2"></carepath-quiz>');
      await play(el, {}, 'gad-2/0');
      expect(textOf($(el, '.stem'))).to.equal('Over the last 2 weeks, how often have you been bothered by the following problems?');
      expect(textOf($(el, '.question-text'))).to.equal('Feeling nervous, anxious, or on edge');
      expect(textOf($(el, '.source'))).to.contain(
        'Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc.',
      );
      expect(textOf($(el, '.source'))).to.contain('GAD-2: Generalized Anxiety Disorder-2 (anxiety).');
    });

    it('puts the US standard-drink note beside every alcohol question, and nowhere else', async () => {
      const el = await mount('<carepath-quiz instruments="phq-2 audit-c"></carepath-quiz>');
      await play(el, {}, 'phq-2/0');
      expectNone($(el, '#drink-note'), '#drink-note is absent');
      for (const key of ['audit-c/0', 'audit-c/1', 'audit-c/2']) {
        await play(el, {}, key);
        const note = textOf($(el, '#drink-note'));
        expect(note, key).to.contain('14 grams of alcohol');
        expect(note).to.contain('12 oz of regular beer (about 5% alcohol)').and.contain('5 oz of wine (about 12%)').and.contain('1.5 oz of liquor');
        expect(note).to.contain('(40%)').and.contain('NIAAA');
        expect(($(el, 'fieldset') as HTMLElement).getAttribute('aria-describedby')).to.contain('drink-note');
        expect(textOf($(el, '.question-text')), 'the item text is untouched').to.not.contain('14 grams');
        await choose(el, 0);
      }
    });
  });

  describe('the recommendLevel truth table, through the UI', () => {
    interface Row {
      readonly name: string;
      readonly attributes: string;
      readonly answers: Answers;
      readonly level: CareLevelId;
      readonly crisis: boolean;
      readonly reasons: readonly Reason[];
    }
    const severe20 = { 'phq-9/0': 3, 'phq-9/1': 3, 'phq-9/2': 3, 'phq-9/3': 3, 'phq-9/4': 3, 'phq-9/5': 3, 'phq-9/6': 2, 'phq-9/7': 0, 'phq-9/8': 0 };
    const mild = { 'phq-9/0': 1, 'phq-9/1': 1, 'phq-9/2': 1, 'phq-9/3': 1, 'phq-9/4': 1 };
    const rows: Row[] = [
      { name: 'phq-2 0, gad-2 0, audit-c 0, cage-aid 0', attributes: '', answers: {}, level: 'outpatient', crisis: false, reasons: ['low-need'] },
      { name: 'phq-9 item 9 = 1, total 1', attributes: 'instruments="phq-9"', answers: { 'phq-9/8': 1 }, level: 'iop', crisis: true, reasons: ['safety'] },
      { name: 'all negative, safety prefer-not-to-say', attributes: '', answers: { safety: 'prefer-not-to-say' }, level: 'iop', crisis: true, reasons: ['safety'] },
      { name: 'all negative, withdrawal severe', attributes: '', answers: { withdrawal: 'severe' }, level: 'inpatient', crisis: false, reasons: ['withdrawal', 'withdrawal-caution'] },
      { name: 'all negative, home unsafe', attributes: '', answers: { home: 'unsafe' }, level: 'outpatient', crisis: false, reasons: ['environment'] },
      { name: 'phq-9 mild, home unsafe', attributes: 'instruments="phq-9"', answers: { ...mild, home: 'unsafe' }, level: 'residential', crisis: false, reasons: ['environment'] },
      { name: 'phq-9 severe (total 20), functioning absent', attributes: 'instruments="phq-9"', answers: severe20, level: 'iop', crisis: false, reasons: ['severity'] },
      {
        name: 'phq-9 severe, functioning struggling',
        attributes: 'instruments="phq-9"',
        answers: { ...severe20, functioning: 'struggling' },
        level: 'php',
        crisis: false,
        reasons: ['severity', 'functioning'],
      },
      {
        name: 'audit-c 5 (male)',
        attributes: 'instruments="audit-c" ask-sex',
        answers: { sex: 'male', 'audit-c/0': 2, 'audit-c/1': 2, 'audit-c/2': 1 },
        level: 'outpatient',
        crisis: false,
        reasons: ['low-need'],
      },
      {
        name: 'audit-c 9 (female), availability no',
        attributes: 'instruments="audit-c" ask-sex',
        answers: { sex: 'female', availability: 'no', 'audit-c/0': 3, 'audit-c/1': 3, 'audit-c/2': 3 },
        level: 'iop',
        crisis: false,
        reasons: ['severity', 'schedule-conflict'],
      },
      { name: 'all negative, history after-inpatient', attributes: '', answers: { history: 'after-inpatient' }, level: 'iop', crisis: false, reasons: ['step-down'] },
      { name: 'all negative, functioning unable', attributes: '', answers: { functioning: 'unable' }, level: 'iop', crisis: false, reasons: ['functioning'] },
    ];

    for (const row of rows) {
      it(`${row.name} → ${row.level}${row.crisis ? ', crisis' : ''} (${row.reasons.join(', ')})`, async () => {
        const group = freshGroup();
        const el = await mount(`<carepath-quiz group="${group}" ${row.attributes}></carepath-quiz>`);
        const events = record(el);
        const channel = listen(group);
        // Withdrawal and health answered: skipping them never reads as "low need".
        await play(el, { withdrawal: 'none', medical: 'stable', ...row.answers });
        channel.stop();
        expect(screenOf(el)).to.equal('result');
        expect(el.result).to.deep.include({ level: row.level, crisis: row.crisis, reasons: row.reasons });
        const complete = events.filter((event) => event.type === 'carepath-quiz-complete');
        expect(complete).to.have.length(1);
        expect(complete[0]?.detail).to.deep.include({ level: row.level, crisis: row.crisis });
        const sentence = row.crisis
          ? `Later, a clinician may also talk with you about this level of care: ${LEVEL_WORDS[row.level]}.`
          : `A level of care that may be worth talking about with a clinician: ${LEVEL_WORDS[row.level]}.`;
        expect(textOf($(el, '[part="level"]'))).to.equal(sentence);
        expect($$(el, '.reasons li').map((li) => li.getAttribute('data-reason'))).to.deep.equal([...row.reasons]);
        expect($$(el, '.reasons li').map(textOf)).to.deep.equal(row.reasons.map(reasonText));
        expect(channel.messages.at(-1)).to.deep.equal({ v: 1, group, level: row.level, crisis: row.crisis, source: 'quiz' });
        expect(textOf($(el, '.disclaimer'))).to.equal(DISCLAIMER_EN);
      });
    }

    it('words the IOP suggestion in plain words, naming the level as the table of levels does', async () => {
      const el = await mount('<carepath-quiz></carepath-quiz>');
      await play(el, { functioning: 'unable' });
      expect(textOf($(el, '[part="level"]'))).to.equal('A level of care that may be worth talking about with a clinician: Intensive outpatient (IOP).');
    });

    it('names each instrument with its band in the instrument\'s own words', async () => {
      const el = await mount('<carepath-quiz instruments="phq-9 gad-7 audit cage-aid"></carepath-quiz>');
      const answers: Answers = { ...severe20, 'gad-7/0': 2, 'gad-7/1': 2, 'gad-7/2': 2, 'gad-7/3': 2, 'gad-7/4': 2 };
      for (let i = 0; i < 8; i += 1) answers[`audit/${i}`] = 2; // zone III: 16 points before items 9–10
      answers['cage-aid/0'] = 1;
      await play(el, answers);
      const line = (id: string) => textOf($(el, `[data-instrument="${id}"]`));
      expect(line('phq-9')).to.match(/^PHQ-9: severe\. Score 20 out of 27\. Patient Health Questionnaire-9 \(depression\)$/);
      expect(line('gad-7')).to.contain('GAD-7: moderate. Score 10 out of 21.');
      expect(line('audit')).to.contain('AUDIT: Zone III: harmful. Score 16 out of 40.');
      expect(line('cage-aid')).to.contain('CAGE-AID: at or above the screening cut-off: worth a full assessment with a professional. Score 1 out of 4.');
    });

    it('uses "below the screening cut-off" and "none–minimal"', async () => {
      const el = await mount('<carepath-quiz instruments="phq-9 audit-c"></carepath-quiz>');
      await play(el);
      expect(textOf($(el, '[data-instrument="phq-9"] .band'))).to.equal('none–minimal');
      expect(textOf($(el, '[data-instrument="audit-c"] .band'))).to.equal('below the screening cut-off');
    });
  });

  describe('crisis safety', () => {
    const panelLinks = (el: CarepathQuiz) =>
      $$<HTMLAnchorElement>(el, '.crisis-panel .help-action').map((link) => [link.getAttribute('href'), textOf(link)]);

    it('shows the crisis screen right after "Yes" on the safety question, with numbers as text and as links', async () => {
      const el = await mount('<carepath-quiz></carepath-quiz>');
      await start(el);
      const events = record(el);
      await choose(el, 'yes');
      expect(screenOf(el)).to.equal('crisis');
      const heading = $(el, '#crisis-heading');
      expect(textOf(heading)).to.equal('Please talk to someone today');
      expectFocus(el, heading);
      expect(textOf($(el, '.crisis-line-text'))).to.equal(CRISIS_LINE_EN);
      expect(panelLinks(el)).to.deep.equal([
        ['tel:988', 'Call 988 988 Suicide & Crisis Lifeline'],
        ['sms:988', 'Text 988'],
        ['https://988lifeline.org', 'Chat at 988lifeline.org'],
        ['sms:741741', 'Text HOME to 741741 Crisis Text Line'],
        ['tel:988', 'Veterans: call 988, then press 1 Or text 838255, or chat at VeteransCrisisLine.net'],
        ['https://988lifeline.org', 'Deaf or hard of hearing: ASL Now Video call in American Sign Language at 988lifeline.org'],
        ['tel:911', 'Call 911 if you are in immediate danger'],
      ]);
      expect(textOf($(el, '.nobody-watches'))).to.equal('No one at this center sees these answers or will contact you because of them. Please reach out yourself:');
      expect(textOf(el.shadowRoot), 'the "press 3" option ended in July 2025').to.not.match(/press 3/i);
      const continueButton = $(el, '.crisis-screen .actions .button') as HTMLElement;
      expect(textOf(continueButton)).to.equal('Continue the questions');
      expect(continueButton.classList.contains('secondary'), 'the secondary choice').to.equal(true);
      expectNone($(el, 'form'), 'never behind a form');
      expect(events.map((event) => event.type), 'no step event for the crisis screen').to.deep.equal([]);
      await continueAfterCrisis(el);
      expect(keyOf(el)).to.equal('withdrawal');
      expect(progressOf(el)).to.equal('Question 2 of 18');
    });

    it('shows it for "I\'d rather not say" too, and not for "No"', async () => {
      const el = await mount('<carepath-quiz></carepath-quiz>');
      await start(el);
      await choose(el, 'no');
      expect(screenOf(el)).to.equal('question');
      await back(el);
      await choose(el, 'prefer-not-to-say');
      expect(screenOf(el)).to.equal('crisis');
    });

    it('shows it right after PHQ-9 item 9 above "Not at all", before the end of the quiz', async () => {
      const el = await mount('<carepath-quiz instruments="phq-9 gad-2"></carepath-quiz>');
      await play(el, {}, 'phq-9/8');
      expect(textOf($(el, '.question-text'))).to.equal('Thoughts that you would be better off dead or of hurting yourself in some way');
      await choose(el, 1);
      expect(screenOf(el)).to.equal('crisis');
      await back(el);
      expect(keyOf(el), 'Back returns to the question').to.equal('phq-9/8');
      expect(radio(el, 1)?.checked).to.equal(true);
      await choose(el, 0);
      expect(keyOf(el), '"Not at all" goes on').to.equal('gad-2/0');
    });

    it('opens the crisis result with the panel, leads with "please talk to someone today", and publishes crisis: true', async () => {
      const group = freshGroup();
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      wrapper.innerHTML = `<carepath-levels group="${group}"></carepath-levels><carepath-quiz group="${group}" cta-href="#talk"></carepath-quiz>`;
      const el = wrapper.querySelector('carepath-quiz') as CarepathQuiz;
      const levels = wrapper.querySelector('carepath-levels') as CarepathLevels;
      await settle(el);
      const channel = listen(group);
      await play(el, { safety: 'yes' });
      channel.stop();
      expect(screenOf(el)).to.equal('result');
      const result = $(el, '.result') as HTMLElement;
      const first = result.previousElementSibling as HTMLElement;
      expect(first.classList.contains('crisis-panel'), 'the panel comes before anything else').to.equal(true);
      expect(textOf(first.querySelector('h2'))).to.equal('Please talk to someone today');
      expectFocus(el, first.querySelector('h2'));
      expect(textOf($(el, '.live'))).to.equal('Your results are ready. Please talk to someone today.');
      expectNone($(el, '[part="cta"]'), 'a crisis result offers help only');
      const order = [first, $(el, '#result-heading'), $(el, '[part="level"]'), $(el, '.screens')] as HTMLElement[];
      for (let i = 1; i < order.length; i += 1) {
        expect(order[i - 1]!.compareDocumentPosition(order[i]!) & Node.DOCUMENT_POSITION_FOLLOWING, `order ${i}`).to.be.greaterThan(0);
      }
      expect(textOf($(el, '[part="level"]'))).to.equal('Later, a clinician may also talk with you about this level of care: Intensive outpatient (IOP).');
      expect(channel.messages.at(-1)).to.deep.equal({ v: 1, group, level: 'iop', crisis: true, source: 'quiz' });
      await levels.updateComplete;
      expectNone(levels.shadowRoot?.querySelector('[part~="highlight"]'), 'the linked table stays put');
    });

    it('puts the crisis line on every screen: intro, each question, crisis screen and result', async () => {
      const el = await mount('<carepath-quiz instruments="phq-2 audit-c"></carepath-quiz>');
      expect(textOf($(el, '.crisis-line'))).to.equal(CRISIS_LINE_EN);
      await start(el);
      let seen = 0;
      for (let guard = 0; guard < 40 && screenOf(el) !== 'result'; guard += 1) {
        if (screenOf(el) === 'crisis') {
          expect(textOf($(el, '.crisis-line-text'))).to.equal(CRISIS_LINE_EN);
          await continueAfterCrisis(el);
          continue;
        }
        const line = $(el, '.crisis-line');
        expect(textOf(line), keyOf(el) ?? '').to.equal(CRISIS_LINE_EN);
        expect(Array.from(line?.querySelectorAll('a') ?? [], (a) => a.getAttribute('href'))).to.deep.equal(['tel:988', 'sms:988', 'https://988lifeline.org', 'tel:911']);
        seen += 1;
        const key = keyOf(el) as string;
        if (key === 'safety') await choose(el, 'yes');
        else if (key.includes('/')) await choose(el, 0);
        else await skip(el);
      }
      expect(seen).to.equal(12);
      expect(textOf($(el, '.crisis-line-text'))).to.equal(CRISIS_LINE_EN);
    });

    it('never fires carepath-cta from a crisis or helpline link', async () => {
      const el = await mount('<carepath-quiz cta-href="#talk" instruments="phq-2"></carepath-quiz>');
      await play(el, { safety: 'yes', home: 'unsafe', withdrawal: 'severe' });
      const events = record(el);
      el.addEventListener('click', (event) => event.preventDefault());
      const links = $$<HTMLAnchorElement>(el, 'a:not([part="cta"]):not([part="secondary-cta"])');
      expect(links.map((a) => a.getAttribute('href'))).to.include.members(['tel:988', 'sms:988', 'sms:741741', 'tel:911', 'tel:18007997233', 'sms:88788', 'tel:18006624357']);
      for (const link of links) link.click();
      expect(events).to.deep.equal([]);
    });

    it('leads a severe-withdrawal result with medically supervised withdrawal and when to call 911', async () => {
      const el = await mount('<carepath-quiz instruments="audit-c"></carepath-quiz>');
      await play(el, { withdrawal: 'severe' });
      const panel = $(el, '#result-heading')?.nextElementSibling as HTMLElement;
      expect(panel.classList.contains('urgent')).to.equal(true);
      expect(textOf(panel.querySelector('h3'))).to.equal('First, get medical help to stop safely');
      expect(textOf(panel)).to.contain(term('carepath.quiz.withdrawal.caution'));
      expect(textOf(panel.querySelector('.emergency'))).to.equal('Call 911 for a seizure, chest pain, severe confusion, or seeing or hearing things that are not there.');
      expect(panel.querySelector('.emergency a')?.getAttribute('href')).to.equal('tel:911');
      expect(panel.compareDocumentPosition($(el, '[part="level"]') as Node) & Node.DOCUMENT_POSITION_FOLLOWING, 'before the level').to.be.greaterThan(0);
    });

    it('shows the withdrawal caution for mild withdrawal, and none without withdrawal', async () => {
      const el = await mount('<carepath-quiz instruments="audit-c"></carepath-quiz>');
      await play(el, { withdrawal: 'mild', medical: 'stable' });
      expect(textOf($(el, '.resource'))).to.equal(`Before you stop drinking or using ${term('carepath.quiz.withdrawal.caution')}`);
      expectNone($(el, '.urgent'), '.urgent is absent');
      ($(el, '.start-over button') as HTMLButtonElement).click();
      await settle(el);
      await play(el, { withdrawal: 'none', medical: 'stable' });
      expectNone($(el, '.resource'), '.resource is absent');
    });

    it('shows the National Domestic Violence Hotline beside the result when home is not safe', async () => {
      const el = await mount('<carepath-quiz instruments="phq-2"></carepath-quiz>');
      await play(el, { home: 'unsafe' });
      const box = $(el, '[part="level"]')?.nextElementSibling as HTMLElement;
      expect(textOf(box)).to.equal('Your safety at home matters National Domestic Violence Hotline: call 1-800-799-7233, or text START to 88788.');
      expect(Array.from(box.querySelectorAll('a'), (a) => a.getAttribute('href'))).to.deep.equal(['tel:18007997233', 'sms:88788']);
    });

    it('always shows the SAMHSA National Helpline as a treatment-referral line', async () => {
      const el = await mount('<carepath-quiz instruments="phq-2"></carepath-quiz>');
      await play(el, { withdrawal: 'none', medical: 'stable' });
      expect(textOf($(el, '.samhsa'))).to.contain('SAMHSA National Helpline. Call 1-800-662-HELP (4357). For TTY, call 1-800-487-4889.').and.contain('not a crisis line');
      expect(Array.from($$(el, '.samhsa a'), (a) => a.getAttribute('href'))).to.deep.equal(['tel:18006624357', 'tel:18004874889']);
      expectNone($(el, '.resource'), 'no DV or withdrawal box without a reason');
    });
  });

  describe('the result', () => {
    it('announces the result politely and puts both calls to action after the level', async () => {
      const el = await mount('<carepath-quiz instruments="phq-2" cta-href="#talk" cta-label="Call admissions" secondary-cta-href="#programs"></carepath-quiz>');
      const live = $(el, '.live') as HTMLElement;
      expect(live.getAttribute('aria-live')).to.equal('polite');
      expect(textOf(live)).to.equal('');
      await play(el);
      expect($(el, '.live') === live, 'the same live region').to.equal(true);
      expect(textOf(live)).to.equal('Your results are ready.');
      expect(textOf($(el, '[part="cta"]'))).to.equal('Call admissions');
      expect(textOf($(el, '[part="secondary-cta"]'))).to.equal('Learn about our programs');
      const events = record(el);
      el.addEventListener('click', (event) => event.preventDefault());
      ($(el, '[part="cta"]') as HTMLElement).click();
      ($(el, '[part="secondary-cta"]') as HTMLElement).click();
      expect(events).to.deep.equal([
        { type: 'carepath-cta', detail: { kind: 'primary', href: '#talk' } },
        { type: 'carepath-cta', detail: { kind: 'secondary', href: '#programs' } },
      ]);
    });

    it('names the level as the table of levels does, in both languages', async () => {
      for (const lang of ['en', 'es'] as const) {
        const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
        wrapper.innerHTML = `<carepath-levels lang="${lang}" independent></carepath-levels><carepath-quiz lang="${lang}" independent></carepath-quiz>`;
        const el = wrapper.querySelector('carepath-quiz') as CarepathQuiz;
        const levels = wrapper.querySelector('carepath-levels') as CarepathLevels;
        await settle(el);
        await levels.updateComplete;
        await play(el, { withdrawal: 'none', medical: 'stable', functioning: 'unable' });
        expect(el.result?.level).to.equal('iop');
        const names = Array.from(levels.shadowRoot?.querySelectorAll('.level-name') ?? [], textOf);
        const name = lang === 'en' ? 'Intensive outpatient (IOP)' : 'Tratamiento ambulatorio intensivo (IOP)';
        expect(names, lang).to.include(name);
        expect(textOf($(el, '[part="level"]')), lang).to.contain(`: ${name}.`);
      }
    });

    it('has no call to action without an href', async () => {
      const el = await mount('<carepath-quiz instruments="phq-2" cta-label="Call us"></carepath-quiz>');
      await play(el);
      expectNone($(el, '[part="cta"]'), '[part="cta"] is absent');
      expectNone($(el, '.next-steps'), '.next-steps is absent');
    });

    it('refuses a javascript: call to action', async () => {
      const { el, warnings } = await mountQuietly('<carepath-quiz instruments="phq-2" cta-href="javascript:alert(1)" secondary-cta-href=" JaVaScRiPt:alert(2)"></carepath-quiz>');
      expect(warnings).to.have.length(2);
      expect(warnings.join('\n')).to.contain('cta-href').and.contain('must be an https:, http:, relative, tel:, sms: or mailto: link');
      await play(el);
      expect($$(el, 'a').some((a) => /script:/i.test(a.getAttribute('href') ?? ''))).to.equal(false);
      expectNone($(el, '[part="cta"]'), '[part="cta"] is absent');
    });

    it('Start over clears everything, publishes level: null and returns to the intro', async () => {
      const group = freshGroup();
      const el = await mount(`<carepath-quiz group="${group}" instruments="phq-2"></carepath-quiz>`);
      await play(el, { functioning: 'unable' });
      expect(el.result?.level).to.equal('iop');
      const channel = listen(group);
      const events = record(el);
      ($(el, '.start-over button') as HTMLButtonElement).click();
      await settle(el);
      channel.stop();
      expect(screenOf(el)).to.equal('intro');
      expectFocus(el, $(el, '#intro-heading'));
      expect(el.result).to.equal(null);
      expect(channel.messages.map((m) => m.level)).to.deep.equal(['iop', null]);
      expect(channel.messages.at(-1)).to.deep.equal({ v: 1, group, level: null, crisis: false, source: 'quiz' });
      expect(events, 'Start over is not the start').to.deep.equal([]);
      await start(el);
      await choose(el, 'no');
      expect(radio(el, 'none')?.checked, 'no answer survives').to.equal(false);
    });

    it('reset() does the same without events or focus changes', async () => {
      const group = freshGroup();
      const el = await mount(`<carepath-quiz group="${group}" instruments="phq-2"></carepath-quiz>`);
      await play(el);
      const events = record(el);
      const channel = listen(group);
      el.reset();
      await settle(el);
      channel.stop();
      expect(screenOf(el)).to.equal('intro');
      expect(el.result).to.equal(null);
      expect(events).to.deep.equal([]);
      expect(channel.messages.at(-1)).to.deep.equal({ v: 1, group, level: null, crisis: false, source: 'quiz' });
      expectFocus(el, null);
    });

    it('independent keeps the quiz off the channel', async () => {
      const group = freshGroup();
      const el = await mount(`<carepath-quiz group="${group}" independent instruments="phq-2"></carepath-quiz>`);
      const channel = listen(group);
      await play(el);
      channel.stop();
      expect(channel.messages).to.deep.equal([]);
    });

    it('copies the result as plain text, without answers', async () => {
      const el = await mount('<carepath-quiz instruments="phq-2"></carepath-quiz>');
      await play(el, { home: 'unsafe', withdrawal: 'mild', functioning: 'struggling' });
      const copied: string[] = [];
      const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void copied.push(text) } });
      try {
        const copy = $$<HTMLButtonElement>(el, '.save button').find((button) => textOf(button) === 'Copy as plain text') as HTMLButtonElement;
        copy.click();
        await new Promise((resolve) => setTimeout(resolve));
        await settle(el);
      } finally {
        delete (navigator as unknown as Record<string, unknown>).clipboard;
        if (original) Object.defineProperty(Navigator.prototype, 'clipboard', original);
      }
      expect(copied).to.have.length(1);
      const text = copied[0] as string;
      expect(text).to.contain('Self-check results').and.contain('A level of care that may be worth talking about with a clinician: Residential.');
      expect(text).to.contain('National Domestic Violence Hotline: call 1-800-799-7233, or text START to 88788.');
      expect(text).to.contain('PHQ-2: below the screening cut-off. Score 0 out of 6.').and.contain(DISCLAIMER_EN);
      // No answer keys or values, and no link markup.
      expect(text).to.not.match(/phq-2\/|withdrawal: |unsafe|struggling|mild'|<\w+>/);
      expect(textOf($(el, '.copy-status'))).to.equal('Copied. You can paste your results into a note or a message.');
    });

    it('falls back to selectable text when the clipboard refuses', async () => {
      const el = await mount('<carepath-quiz instruments="phq-2"></carepath-quiz>');
      await play(el, { safety: 'yes' });
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new Error('denied')) } });
      try {
        $$<HTMLButtonElement>(el, '.save button')[1]?.click();
        await new Promise((resolve) => setTimeout(resolve));
        await settle(el);
      } finally {
        delete (navigator as unknown as Record<string, unknown>).clipboard;
      }
      expect(textOf($(el, '.copy-status'))).to.equal('Copying did not work in this browser. Select the text below and copy it.');
      const area = $<HTMLTextAreaElement>(el, '.copy-fallback textarea') as HTMLTextAreaElement;
      expect(area.labels?.length).to.equal(1);
      expect(area.value).to.contain('Please talk to someone today').and.contain(CRISIS_LINE_EN).and.contain('Text HOME to 741741');
      expectFocus(el, area);
    });

    it('prints the result without its buttons', async () => {
      const el = await mount('<carepath-quiz instruments="phq-2" cta-href="#talk"></carepath-quiz>');
      await play(el, { safety: 'yes' });
      await emulateMedia({ media: 'print' });
      try {
        for (const button of $$(el, 'button, .button')) expect(getComputedStyle(button).display, button.outerHTML.slice(0, 60)).to.equal('none');
        expect(getComputedStyle($(el, '.crisis-panel') as Element).display).to.not.equal('none');
        expect(getComputedStyle($(el, '[part="level"]') as Element).display).to.not.equal('none');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
      expect(getComputedStyle($(el, '.start-over button') as Element).display).to.not.equal('none');
    });
  });

  describe('events', () => {
    it('fire start {}, step { index, total } and complete { level, crisis, instruments } with no answers, reasons or flags', async () => {
      const el = await mount('<carepath-quiz instruments="phq-9 gad-2"></carepath-quiz>');
      const bubbled: Event[] = [];
      const events = record(el);
      document.addEventListener('carepath-quiz-complete', (event) => bubbled.push(event), { once: true });
      await play(el, { withdrawal: 'mild', 'phq-9/0': 2, 'phq-9/8': 1 });
      const types = events.map((event) => event.type);
      expect(types[0]).to.equal('carepath-quiz-start');
      expect(types.at(-1)).to.equal('carepath-quiz-complete');
      expect(types.filter((type) => type === 'carepath-quiz-step')).to.have.length(18);
      expect(events[0]?.detail).to.deep.equal({});
      for (const event of events.filter((e) => e.type === 'carepath-quiz-step')) {
        expect(Object.keys(event.detail as object).sort()).to.deep.equal(['index', 'total']);
      }
      expect(events[1]?.detail).to.deep.equal({ index: 1, total: 18 });
      const detail = events.at(-1)?.detail as CarepathQuizCompleteEvent['detail'];
      expect(Object.keys(detail).sort()).to.deep.equal(['answeringFor', 'crisis', 'instruments', 'level']);
      expect(detail).to.deep.equal({
        answeringFor: 'self',
        level: 'iop',
        crisis: true,
        instruments: [
          { id: 'phq-9', total: 3, band: 'minimal', positive: false },
          { id: 'gad-2', total: 0, band: 'negative', positive: false },
        ],
      });
      for (const entry of detail.instruments) expect(Object.keys(entry).sort()).to.deep.equal(['band', 'id', 'positive', 'total']);
      expect(JSON.stringify(events)).to.not.match(/safety|withdrawal|self-harm|reasons|phq-9\/|flags|points/);
      expect(bubbled[0]?.bubbles && bubbled[0]?.composed, 'bubbles and is composed').to.equal(true);
    });

    it('fire nothing on programmatic changes', async () => {
      const el = await mount('<carepath-quiz></carepath-quiz>');
      const events = record(el);
      el.setAttribute('instruments', 'phq-9');
      el.heading = 'New heading';
      el.lang = 'es';
      await settle(el);
      el.reset();
      await settle(el);
      expect(events).to.deep.equal([]);
    });
  });

  describe('keyboard', () => {
    /** Presses Tab until `done` holds (at most `max` times). */
    async function tabUntil(el: CarepathQuiz, done: (focused: Element | null) => boolean, max = 8): Promise<void> {
      for (let i = 0; i < max && !done(active(el)); i += 1) await sendKeys({ press: 'Tab' });
      expect(done(active(el)), `focus is on ${active(el)?.outerHTML.slice(0, 80)}`).to.equal(true);
    }

    it('completes from the intro to the result with the keyboard alone', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div><button id="before">before</button><carepath-quiz instruments="phq-2" answering-for="self"></carepath-quiz></div>`);
      const el = wrapper.querySelector('carepath-quiz') as CarepathQuiz;
      await settle(el);
      (wrapper.querySelector('#before') as HTMLButtonElement).focus();
      await tabUntil(el, (focused) => focused?.getAttribute('part') === 'continue');
      await sendKeys({ press: 'Enter' });
      await settle(el);
      for (let guard = 0; guard < 12 && screenOf(el) === 'question'; guard += 1) {
        expectFocus(el, $(el, '#question-heading'), `focus on the heading of ${keyOf(el)}`);
        await sendKeys({ press: 'Tab' });
        expect((active(el) as HTMLInputElement | null)?.type, 'Tab reaches the answers').to.equal('radio');
        // The second answer on PHQ items (Several days), the first elsewhere: arrow keys move and choose.
        if (keyOf(el)?.startsWith('phq-2/')) await sendKeys({ press: 'ArrowDown' });
        else await sendKeys({ press: 'Space' });
        await tabUntil(el, (focused) => focused?.getAttribute('type') === 'submit');
        await sendKeys({ press: 'Enter' });
        await settle(el);
      }
      expect(screenOf(el)).to.equal('result');
      expectFocus(el, $(el, '#result-heading'));
      expect(el.result?.level).to.equal('outpatient');
      expect(textOf($(el, '[data-instrument="phq-2"]'))).to.contain('Score 2 out of 6.');
    });

    it('reaches the crisis screen and goes on with the keyboard', async () => {
      const el = await mount('<carepath-quiz instruments="phq-2"></carepath-quiz>');
      await start(el);
      expectFocus(el, $(el, '#question-heading'), 'focus on the first question');
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'ArrowDown' }); // Yes
      await tabUntil(el, (focused) => focused?.getAttribute('type') === 'submit');
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(screenOf(el)).to.equal('crisis');
      await tabUntil(el, (focused) => textOf(focused) === 'Call 988 988 Suicide & Crisis Lifeline');
      await tabUntil(el, (focused) => textOf(focused) === 'Continue the questions', 10);
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(keyOf(el)).to.equal('withdrawal');
    });
  });

  describe('language', () => {
    for (const lang of ['es', 'es-MX']) {
      it(`speaks Spanish with lang="${lang}", and leaves CAGE-AID out by default`, async () => {
        const el = await mount(`<carepath-quiz lang="${lang}"></carepath-quiz>`);
        expect(textOf($(el, '.intro .heading'))).to.equal('Autoevaluación: ¿qué tipo de atención podría ayudarle?');
        expect(textOf($(el, '.crisis-line'))).to.equal(CRISIS_LINE_ES);
        expect(textOf($$(el, '.facts li')[1])).to.equal('Tiene 14 preguntas y toma unos 3 minutos. Algunas respuestas agregan hasta 12 preguntas más.');
        await start(el);
        expect(progressOf(el)).to.equal('Pregunta 1 de 14');
        expect(textOf($(el, '.question-text'))).to.equal(
          'En las últimas semanas, ¿ha tenido pensamientos de quitarse la vida, o de hacerse daño a usted mismo(a) o hacerle daño a otra persona?',
        );
        expect(textOf(radio(el, 'prefer-not-to-say')?.closest('label'))).to.equal('Prefiero no decirlo');
        await choose(el, 'yes');
        expect(textOf($(el, '#crisis-heading'))).to.equal('Por favor, hable hoy con alguien');
        expect($$<HTMLElement>(el, '.help-action').map(textOf)).to.deep.equal([
          'Llame al 988 y marque 2 988 Lifeline, en español',
          'Envíe AYUDA por mensaje de texto al 988',
          'Chatee en 988lifeline.org',
          'Envíe AYUDA al 741741 Crisis Text Line',
          'WhatsApp 442-AYUDAME Crisis Text Line',
          'Veteranos: llame al 988 y marque 1 O envíe un mensaje de texto al 838255, o chatee en VeteransCrisisLine.net',
          'Personas sordas o con dificultad auditiva: ASL Now Videollamada en lengua de señas americana (ASL) en 988lifeline.org',
          'Llame al 911 si está en peligro inmediato',
        ]);
        expect(textOf($(el, '.nobody-watches'))).to.equal('Nadie en este centro ve estas respuestas ni se comunicará con usted por ellas. Por favor, comuníquese usted:');
        expect(textOf($(el, '.crisis-screen .actions .button'))).to.equal('Seguir con las preguntas');
        const asked = await play(el, { 'audit-c/0': 1 });
        expect(asked.some((key) => key.startsWith('cage-aid'))).to.equal(false);
        expect(asked).to.include('audit-c/0');
        expect(textOf($(el, '[part="level"]'))).to.equal('Más adelante, un profesional clínico también podría hablar con usted sobre este nivel de atención: Tratamiento ambulatorio intensivo (IOP).');
        expect(textOf($(el, '[data-instrument="phq-2"] .band'))).to.equal('por debajo del punto de corte de la prueba');
        expect(textOf($(el, '.disclaimer'))).to.contain('no es un diagnóstico');
      });
    }

    it('shows CAGE-AID in English, marked lang="en", with a Spanish note, when a Spanish quiz asks for it', async () => {
      const el = await mount('<carepath-quiz lang="es" instruments="phq-2 cage-aid"></carepath-quiz>');
      await play(el, {}, 'phq-2/0');
      expectNone($(el, '#language-note'), 'PHQ-2 has its Spanish text');
      expect(textOf($(el, '.question-text'))).to.equal('Poco interés o placer en hacer cosas');
      await play(el, {}, 'cage-aid/0');
      const question = $(el, '.question-text [lang="en"]');
      expect(textOf(question)).to.equal('Have you ever felt you ought to cut down on your drinking or drug use?');
      expect(textOf($(el, '#language-note'))).to.equal('No encontramos una versión oficial en español de estas preguntas, por eso se muestran en inglés.');
      expect($$(el, '.option-label [lang="en"]').map(textOf)).to.deep.equal(['No', 'Yes']);
      expect(($(el, 'fieldset') as HTMLElement).getAttribute('aria-describedby')).to.contain('language-note');
      expect(textOf($(el, '[part="back"]'))).to.equal('Atrás');
    });

    it('puts the Spanish standard-drink note beside the Spanish AUDIT-C', async () => {
      const el = await mount('<carepath-quiz lang="es" instruments="audit-c"></carepath-quiz>');
      await play(el, {}, 'audit-c/1');
      expect(textOf($(el, '.question-text'))).to.equal('¿Cuántas consumiciones de bebidas alcohólicas suele realizar en un día de consumo normal?');
      expect(textOf($(el, '#drink-note'))).to.contain('14 gramos de alcohol').and.contain('NIAAA');
    });
  });

  describe('privacy and storage', () => {
    it('touches no storage at all by default', async () => {
      const before = [sessionStorage.length, localStorage.length, document.cookie];
      const calls = await storageCalls(async () => {
        const el = await mount('<carepath-quiz instruments="phq-9"></carepath-quiz>');
        await play(el, { withdrawal: 'mild', 'phq-9/8': 1 });
        ($(el, '.start-over button') as HTMLButtonElement).click();
        await settle(el);
      });
      expect(calls).to.deep.equal([]);
      expect([sessionStorage.length, localStorage.length, document.cookie]).to.deep.equal(before);
    });

    it('persist="session" keeps one key, never the safety answer or PHQ-9 item 9, and clears it at a crisis answer', async () => {
      const group = freshGroup();
      const key = `${QUIZ_STORAGE_PREFIX}${group}`;
      expect(key).to.equal(`carepath.quiz.v1:${group}`);
      const el = await mount(`<carepath-quiz persist="session" group="${group}" instruments="phq-9"></carepath-quiz>`);
      await play(el, { safety: 'no', withdrawal: 'mild', 'phq-9/0': 2, 'phq-9/8': 2 }, 'phq-9/8');
      expect(Object.keys(sessionStorage)).to.deep.equal([key]);
      expect(localStorage.length).to.equal(0);
      const stored = JSON.parse(sessionStorage.getItem(key) as string) as { answers: Answers };
      expect(stored.answers).to.include({ withdrawal: 'mild', 'phq-9/0': 2 });
      expect(Object.keys(stored.answers)).to.not.include.members(['safety']);
      expect(sessionStorage.getItem(key)).to.not.match(/safety|phq-9\/8/);
      await choose(el, 2);
      expect(screenOf(el)).to.equal('crisis');
      expect(sessionStorage.length, 'cleared at the crisis answer').to.equal(0);
      await continueAfterCrisis(el);
      expect(screenOf(el)).to.equal('result');
      expect(sessionStorage.length).to.equal(0);
    });

    it('persist="session" resumes unfinished answers (asking safety again) and Start over or reset() clears them', async () => {
      const group = freshGroup();
      const key = `${QUIZ_STORAGE_PREFIX}${group}`;
      const first = await mount(`<carepath-quiz persist="session" group="${group}" instruments="phq-2"></carepath-quiz>`);
      await play(first, { withdrawal: 'severe', medical: 'unstable' }, 'home');
      expect(Object.keys(sessionStorage)).to.deep.equal([key]);
      first.remove();

      const again = await mount(`<carepath-quiz persist="session" group="${group}" instruments="phq-2"></carepath-quiz>`);
      await start(again);
      expect(keyOf(again)).to.equal('safety');
      expect(radio(again, 'no')?.checked, 'safety is never kept').to.equal(false);
      await choose(again, 'no');
      expect(radio(again, 'severe')?.checked, 'the rest resumes').to.equal(true);
      again.reset();
      await settle(again);
      expect(sessionStorage.getItem(key)).to.equal(null);

      await play(again, { withdrawal: 'mild' }, 'medical');
      expect(sessionStorage.getItem(key)).to.not.equal(null);
      await play(again);
      expect(sessionStorage.getItem(key)).to.equal(null);
      ($(again, '.start-over button') as HTMLButtonElement).click();
      await settle(again);
      expect(sessionStorage.length).to.equal(0);
    });
  });

  describe('partner configuration', () => {
    it('lets strings replace allowed UI text but never crisis or disclaimer text, with an issue', async () => {
      const { el, warnings } = await mountQuietly(`<carepath-quiz instruments="audit-c">
        <script type="application/json">{ "strings": {
          "carepath.quiz.start": "Begin",
          "carepath.quiz.continue": { "en": "Next", "es": "Siguiente" },
          "carepath.quiz.crisis.line": "Call our front desk",
          "carepath.quiz.disclaimer": "This is a diagnosis.",
          "carepath.quiz.band.positive": "fine"
        } }</script>
      </carepath-quiz>`);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<carepath-quiz> strings cannot replace').and.contain('"carepath.quiz.crisis.line"').and.contain('"carepath.quiz.disclaimer"');
      expect(el.configIssues.map((issue) => issue.field)).to.deep.equal(['strings']);
      expect(textOf($(el, '.intro [part~="continue"]'))).to.equal('Begin');
      expect(textOf($(el, '.crisis-line'))).to.equal(CRISIS_LINE_EN);
      await start(el);
      expect(textOf($(el, 'button[type="submit"]'))).to.equal('Next');
      el.lang = 'es';
      await new Promise((resolve) => setTimeout(resolve));
      await settle(el);
      expect(textOf($(el, 'button[type="submit"]'))).to.equal('Siguiente');
      el.lang = 'en';
      await new Promise((resolve) => setTimeout(resolve));
      await settle(el);
      await play(el, { 'audit-c/0': 3 });
      expect(textOf($(el, '.disclaimer'))).to.equal(DISCLAIMER_EN);
      expect(textOf($(el, '.band'))).to.equal('at or above the screening cut-off: worth a full assessment with a professional');
    });

    it('asks a partner\'s custom instrument after the built-ins and reports a bad one', async () => {
      const custom = {
        id: 'partner-check',
        name: { en: 'Partner check' },
        title: { en: 'A partner screen' },
        topic: 'other',
        source: 'Partner, with permission',
        items: [{ text: { en: 'Did you use more than you meant to?' }, options: [{ label: { en: 'No' }, points: 0 }, { label: { en: 'Yes' }, points: 1 }] }],
        cutoff: { default: 1 },
        bands: [
          { id: 'low', min: 0, severity: 0 },
          { id: 'high', min: 1, severity: 2 },
        ],
      };
      const el = await mount(`<carepath-quiz instruments="phq-2"><script type="application/json">${JSON.stringify({ customInstruments: [custom] })}</script></carepath-quiz>`);
      expect(el.configIssues).to.deep.equal([]);
      const asked = await play(el, { 'partner-check/0': 1 });
      expect(asked.slice(-3)).to.deep.equal(['phq-2/0', 'phq-2/1', 'partner-check/0']);
      expect(textOf($(el, '[data-instrument="partner-check"]'))).to.contain('Partner check: high.');
      expect(el.result?.reasons).to.deep.equal(['severity']);

      const { el: bad, warnings } = await mountQuietly(
        `<carepath-quiz instruments="phq-2"><script type="application/json">${JSON.stringify({ customInstruments: [{ ...custom, id: 'phq-9' }] })}</script></carepath-quiz>`,
      );
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('customInstruments').and.contain('reserved for the built-in instrument');
      expect(bad.configIssues[0]?.field).to.equal('custom-instruments');
      expect(await play(bad)).to.not.include('phq-9/0');
    });

    it('falls back to the default instruments when the flow is invalid (phq-2 with phq-9)', async () => {
      const { el, warnings } = await mountQuietly('<carepath-quiz instruments="phq-2 phq-9"></carepath-quiz>');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<carepath-quiz> instruments="phq-2 phq-9"').and.contain('not both').and.contain('using the default "phq-2 gad-2 audit-c cage-aid"');
      expect(textOf($$(el, '.facts li')[1])).to.contain('18 questions');
    });

    it('sets the CAGE-AID cut-off from cage-aid-threshold', async () => {
      const el = await mount('<carepath-quiz instruments="cage-aid" cage-aid-threshold="2"></carepath-quiz>');
      await play(el, { 'cage-aid/0': 1 });
      expect(textOf($(el, '[data-instrument="cage-aid"] .band'))).to.equal('below the screening cut-off');
    });

    it('says "did you mean" for misspelt attributes', async () => {
      const { warnings } = await mountQuietly('<carepath-quiz cta_href="/x" cage-aid-treshold="2" instrument="phq-9" askSex></carepath-quiz>');
      expect(warnings.join('\n'))
        .to.contain('no attribute "cta_href"; did you mean "cta-href"?')
        .and.contain('did you mean "cage-aid-threshold"?')
        .and.contain('did you mean "instruments"?')
        .and.contain('did you mean "ask-sex"?');
      expect(warnings).to.have.length(4);
    });

    const factsOf = (el: HTMLElement) => textOf((el as CarepathQuiz).shadowRoot?.querySelectorAll('.facts li')[1]);
    itHandlesBadAttributes('carepath-quiz', [
      { attribute: 'instruments', value: 'phq-2 dast-10', check: (el) => void expect(factsOf(el)).to.contain('18 questions') },
      { attribute: 'instruments', value: 'phq-2 phq-9', check: (el) => void expect(factsOf(el)).to.contain('18 questions') },
      { attribute: 'instruments', value: 'gad-7 gad-7' },
      { attribute: 'heading', value: '', check: (el) => void expect(textOf(el.shadowRoot?.querySelector('.intro .heading'))).to.equal('A self-check: what kind of care could help?') },
      { attribute: 'intro', value: '' },
      { attribute: 'cta-label', value: '' },
      { attribute: 'cta-href', value: 'javascript:alert(1)' },
      { attribute: 'secondary-cta-label', value: '' },
      { attribute: 'secondary-cta-href', value: 'data:text/html,hi' },
      { attribute: 'persist', value: 'local', check: (el) => void expect(textOf(el.shadowRoot?.querySelectorAll('.facts li')[3])).to.equal('This tool does not send your answers anywhere.') },
      { attribute: 'cage-aid-threshold', value: '5' },
      { attribute: 'cage-aid-threshold', value: 'two' },
      { attribute: 'custom-instruments', value: '[]' },
      { attribute: 'strings', value: 'start=Begin' },
      { attribute: 'theme', value: 'purple' },
      { attribute: 'group', value: 'two words' },
    ]);
  });

  describe('accessibility', () => {
    const severeAnswers: Answers = { withdrawal: 'severe' };
    const states: [string, string, (el: CarepathQuiz) => Promise<unknown>][] = [
      ['intro', '<carepath-quiz></carepath-quiz>', async () => undefined],
      ['context question', '<carepath-quiz></carepath-quiz>', (el) => play(el, {}, 'withdrawal')],
      ['item with the standard-drink note', '<carepath-quiz></carepath-quiz>', (el) => play(el, {}, 'audit-c/0')],
      ['error summary', '<carepath-quiz></carepath-quiz>', async (el) => {
        await play(el, {}, 'phq-2/0');
        await pressContinue(el);
      }],
      ['crisis screen', '<carepath-quiz></carepath-quiz>', (el) => play(el, { safety: 'yes' }, 'crisis')],
      ['crisis result', '<carepath-quiz instruments="phq-2" cta-href="#talk"></carepath-quiz>', (el) => play(el, { safety: 'prefer-not-to-say' })],
      ['normal result', '<carepath-quiz instruments="phq-2 gad-2" cta-href="#talk" secondary-cta-href="#more"></carepath-quiz>', (el) => play(el, { 'phq-2/0': 2, 'phq-2/1': 2 })],
      ['severe-withdrawal result', '<carepath-quiz instruments="audit-c"></carepath-quiz>', (el) => play(el, severeAnswers)],
      ['unsafe-home result', '<carepath-quiz instruments="phq-2"></carepath-quiz>', (el) => play(el, { home: 'unsafe', withdrawal: 'mild' })],
    ];
    for (const width of [320, 1200]) {
      for (const [name, markup, act] of states) {
        it(`passes axe at ${width} px: ${name}`, async () => {
          const el = await mount(markup, width);
          await act(el);
          await expect(el).to.be.accessible();
          expect(el.scrollWidth, 'no sideways scrolling').to.be.at.most(width);
        });
      }
    }
    for (const [name, markup, act] of states) {
      it(`passes axe in the dark theme: ${name}`, async () => {
        const el = await mount(markup.replace('<carepath-quiz', '<carepath-quiz theme="dark"'), 320);
        await act(el);
        await expect(el).to.be.accessible();
      });
    }

    it('passes axe with theme="auto" under a dark system setting, and in Spanish', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      try {
        const el = await mount('<carepath-quiz theme="auto" lang="es" instruments="cage-aid"></carepath-quiz>');
        expect(getComputedStyle($(el, '.root') as Element).backgroundColor).to.equal('rgb(21, 26, 33)');
        await play(el, {}, 'cage-aid/0');
        await expect(el).to.be.accessible();
        await play(el, { safety: 'yes' });
        await expect(el).to.be.accessible();
      } finally {
        await emulateMedia({ colorScheme: 'light' });
      }
    });

    it('labels every radio and keeps the result\'s headings in order', async () => {
      const el = await mount('<carepath-quiz instruments="phq-2" cta-href="#talk"></carepath-quiz>');
      await play(el, {}, 'phq-2/0');
      for (const input of $$<HTMLInputElement>(el, 'input')) expect(input.labels?.length ?? 0).to.equal(1);
      await play(el, { home: 'unsafe', withdrawal: 'severe' });
      const levels = $$(el, 'h2, h3').map((h) => Number(h.tagName[1]));
      expect(levels[0]).to.equal(2);
      for (let i = 1; i < levels.length; i += 1) expect((levels[i] ?? 0) - (levels[i - 1] ?? 0)).to.be.at.most(1);
    });
  });
});
