import { expect } from '@open-wc/testing';
import { SECONDS_PER_QUESTION, quizLength } from '../../src/core/flow.js';
import { assessAnswers, nextQuestion, quizPath, recommendLevel, type QuizFlowConfig } from '../../src/core/index.js';
import { inputIssues, issueFor } from '../helpers/errors.js';

type Answers = Record<string, string | number | null>;

const CONTEXT_NO_CONCERNS: Answers = {
  safety: 'no',
  withdrawal: 'none',
  medical: 'stable',
  home: 'supportive',
  functioning: 'managing',
  history: 'none',
  availability: 'yes',
};

/** Answers every question the flow asks with `pick(step)`, returning the answers and the keys in order. */
function complete(flow: QuizFlowConfig, pick: (key: string) => string | number | null, start: Answers = {}) {
  const answers: Answers = { ...start };
  const asked: string[] = [];
  for (let guard = 0; guard < 100; guard += 1) {
    const step = nextQuestion(flow, answers);
    if (!step) return { answers, asked };
    asked.push(step.key);
    answers[step.key] = pick(step.key);
  }
  throw new Error('the flow never ended');
}

describe('quiz flow', () => {
  it('asks the context questions, safety first, then the default instruments', () => {
    const { asked } = complete({}, (key) => (key in CONTEXT_NO_CONCERNS ? (CONTEXT_NO_CONCERNS[key] ?? null) : 0));
    expect(asked).to.deep.equal([
      'safety', 'withdrawal', 'medical', 'home', 'functioning', 'history', 'availability',
      'phq-2/0', 'phq-2/1', 'gad-2/0', 'gad-2/1', 'audit-c/0', 'audit-c/1', 'audit-c/2',
      'cage-aid/0', 'cage-aid/1', 'cage-aid/2', 'cage-aid/3',
    ]);
  });

  it('leaves CAGE-AID out of the Spanish default', () => {
    const { asked } = complete({ lang: 'es' }, (key) => CONTEXT_NO_CONCERNS[key] ?? 0);
    expect(asked.some((key) => key.startsWith('cage-aid'))).to.equal(false);
    expect(asked).to.include('audit-c/2');
  });

  it('marks CAGE-AID items shown in English in a Spanish flow', () => {
    const step = nextQuestion({ lang: 'es', instruments: ['cage-aid'] }, CONTEXT_NO_CONCERNS);
    expect(step?.instrument).to.include({ id: 'cage-aid', inLanguage: false });
    expect(nextQuestion({ lang: 'es', instruments: ['phq-2'] }, CONTEXT_NO_CONCERNS)?.instrument?.inLanguage).to.equal(true);
  });

  it('requires the safety answer and lets the others be skipped with null', () => {
    expect(nextQuestion({}, { safety: null })?.key).to.equal('safety');
    expect(nextQuestion({}, { safety: 'no', withdrawal: null })?.key).to.equal('medical');
    expect(nextQuestion({}, {})?.required).to.equal(true);
  });

  it('marks crisis options: safety yes / rather not say, PHQ-9 item 9 above "Not at all"', () => {
    const safety = nextQuestion({}, {});
    expect(safety?.options.filter((o) => o.crisis).map((o) => o.value)).to.deep.equal(['yes', 'prefer-not-to-say']);
    const answers: Answers = { ...CONTEXT_NO_CONCERNS, 'phq-9/0': 0, 'phq-9/1': 0, 'phq-9/2': 0, 'phq-9/3': 0, 'phq-9/4': 0, 'phq-9/5': 0, 'phq-9/6': 0, 'phq-9/7': 0 };
    const item9 = nextQuestion({ instruments: ['phq-9'] }, answers);
    expect(item9?.key).to.equal('phq-9/8');
    expect(item9?.options.map((o) => o.crisis)).to.deep.equal([false, true, true, true]);
    expect(assessAnswers({ instruments: ['phq-9'] }, { ...answers, 'phq-9/8': 1 }).crisis).to.equal(true);
  });

  it('asks the home question with four answers; others-use and unsafe reach recommendLevel as given', () => {
    const home = nextQuestion({}, { safety: 'no', withdrawal: 'none', medical: 'stable' });
    expect(home?.key).to.equal('home');
    expect(home?.options.map((o) => o.value)).to.deep.equal(['supportive', 'mixed', 'others-use', 'unsafe']);
    expect(home?.options.map((o) => o.label.en)).to.deep.equal(['Safe and supportive', 'Some stress, but OK', 'Others there drink or use heavily', 'Not safe']);
    expect(home?.options.map((o) => o.label.es)).to.deep.equal(['Seguro y con apoyo', 'Hay algo de estrés, pero está bien', 'Otras personas allí beben o usan drogas en exceso', 'No es seguro']);
    expect(assessAnswers({}, { ...CONTEXT_NO_CONCERNS, home: 'others-use' }).input.home).to.equal('others-use');
  });

  it('words the Spanish safety and withdrawal answers in one grammatical form', () => {
    const safety = nextQuestion({ lang: 'es' }, {});
    expect(safety?.question.es).to.contain('o hacerle daño a otra persona');
    const withdrawal = nextQuestion({ lang: 'es' }, { safety: 'no' });
    expect(withdrawal?.options[2]?.label.es).to.equal('Sí, tuve convulsiones, vi u oí cosas, o necesité atención médica');
  });

  it('reports a crisis answer at once, before the quiz is complete', () => {
    const assessment = assessAnswers({}, { safety: 'prefer-not-to-say' });
    expect(assessment).to.include({ complete: false, crisis: true });
  });

  describe('two-stage screens', () => {
    it('a negative PHQ-2 does not expand', () => {
      const path = quizPath({ instruments: ['phq-2'] }, { ...CONTEXT_NO_CONCERNS, 'phq-2/0': 1, 'phq-2/1': 1 });
      expect(path.next).to.equal(null);
      expect(path.total).to.equal(9);
    });

    it('a positive PHQ-2 continues with PHQ-9 items 3–9, and the progress total grows', () => {
      const flow = { instruments: ['phq-2'] } as const;
      const before = quizPath(flow, { ...CONTEXT_NO_CONCERNS, 'phq-2/0': 2 });
      expect(before.total).to.equal(9);
      const after = quizPath(flow, { ...CONTEXT_NO_CONCERNS, 'phq-2/0': 2, 'phq-2/1': 1 });
      expect(after.next?.key).to.equal('phq-9/2');
      expect(after.next?.number).to.equal(10);
      expect(after.total).to.equal(16);
    });

    it('the full PHQ-9 result replaces the PHQ-2 everywhere', () => {
      const flow = { instruments: ['phq-2', 'gad-2'] } as const;
      const { answers } = complete(flow, (key) => CONTEXT_NO_CONCERNS[key] ?? (key.startsWith('phq') ? 2 : 0));
      const assessment = assessAnswers(flow, answers);
      expect(assessment.complete).to.equal(true);
      expect(assessment.input.results.map((r) => r.id)).to.deep.equal(['phq-9', 'gad-2']);
      const phq9 = assessment.input.results[0];
      expect(phq9).to.include({ total: 18, band: 'moderately-severe' });
      expect(phq9?.flags).to.deep.equal(['self-harm']);
      expect(assessment.crisis).to.equal(true);
      expect(recommendLevel(assessment.input)).to.deep.include({ level: 'iop', crisis: true });
    });

    it('a positive GAD-2 continues with GAD-7 items 3–7', () => {
      const flow = { instruments: ['gad-2'] } as const;
      const { asked, answers } = complete(flow, (key) => CONTEXT_NO_CONCERNS[key] ?? 3);
      expect(asked.slice(7)).to.deep.equal(['gad-2/0', 'gad-2/1', 'gad-7/2', 'gad-7/3', 'gad-7/4', 'gad-7/5', 'gad-7/6']);
      expect(assessAnswers(flow, answers).input.results[0]).to.include({ id: 'gad-7', total: 21, band: 'severe' });
    });

    it('ignores expanded answers left behind when Back makes the short form negative', () => {
      const flow = { instruments: ['phq-2'] } as const;
      const { answers } = complete(flow, (key) => CONTEXT_NO_CONCERNS[key] ?? 2);
      const changed = { ...answers, 'phq-2/0': 0, 'phq-2/1': 0 };
      const assessment = assessAnswers(flow, changed);
      expect(assessment.input.results.map((r) => r.id)).to.deep.equal(['phq-2']);
      expect(assessment.crisis).to.equal(false);
      expect(quizPath(flow, changed).steps.map((s) => s.key)).to.not.include('phq-9/8');
    });
  });

  describe('AUDIT skip logic', () => {
    it('after "Never" goes straight to items 9–10', () => {
      const flow = { instruments: ['audit'] } as const;
      const { asked, answers } = complete(flow, (key) => CONTEXT_NO_CONCERNS[key] ?? 0);
      expect(asked.slice(7)).to.deep.equal(['audit/0', 'audit/8', 'audit/9']);
      expect(assessAnswers(flow, answers).input.results[0]).to.include({ id: 'audit', total: 0, band: 'zone-1' });
    });

    it('after items 2 + 3 = 0 skips items 4–8', () => {
      const flow = { instruments: ['audit'] } as const;
      const { asked } = complete(flow, (key) => CONTEXT_NO_CONCERNS[key] ?? (key === 'audit/0' ? 1 : 0));
      expect(asked.slice(7)).to.deep.equal(['audit/0', 'audit/1', 'audit/2', 'audit/8', 'audit/9']);
    });

    it('asks all ten otherwise', () => {
      const { asked } = complete({ instruments: ['audit'] }, (key) => CONTEXT_NO_CONCERNS[key] ?? 1);
      expect(asked.filter((key) => key.startsWith('audit/'))).to.have.length(10);
    });
  });

  it('asks sex when configured and uses it for the AUDIT-C cut-off', () => {
    const flow = { askSex: true, instruments: ['audit-c'] } as const;
    expect(nextQuestion(flow, CONTEXT_NO_CONCERNS)?.key).to.equal('sex');
    const answers = { ...CONTEXT_NO_CONCERNS, 'audit-c/0': 1, 'audit-c/1': 1, 'audit-c/2': 1 };
    expect(assessAnswers(flow, { ...answers, sex: 'male' }).input.results[0]?.positive).to.equal(false);
    expect(assessAnswers(flow, { ...answers, sex: 'female' }).input.results[0]?.positive).to.equal(true);
    expect(assessAnswers(flow, { ...answers, sex: 'prefer-not-to-say' }).input.results[0]?.positive).to.equal(true);
  });

  it('passes the CAGE-AID threshold through', () => {
    const answers = { ...CONTEXT_NO_CONCERNS, 'cage-aid/0': 1, 'cage-aid/1': 0, 'cage-aid/2': 0, 'cage-aid/3': 0 };
    expect(assessAnswers({ instruments: ['cage-aid'], cageAidThreshold: 2 }, answers).input.results[0]?.positive).to.equal(false);
    expect(assessAnswers({ instruments: ['cage-aid'] }, answers).input.results[0]?.positive).to.equal(true);
  });

  it('asks an invalid stored answer again rather than scoring it', () => {
    expect(nextQuestion({}, { safety: 'maybe' })?.key).to.equal('safety');
    expect(nextQuestion({ instruments: ['phq-2'] }, { ...CONTEXT_NO_CONCERNS, 'phq-2/0': 7 })?.key).to.equal('phq-2/0');
  });

  it('runs a custom instrument definition', () => {
    const custom = {
      id: 'partner-screen',
      name: { en: 'Partner screen' },
      title: { en: 'Partner screen' },
      topic: 'other' as const,
      source: 'Partner',
      items: [{ text: { en: 'Question?' }, options: [{ label: { en: 'No' }, points: 0 }, { label: { en: 'Yes' }, points: 1 }] }],
      cutoff: { default: 1 },
      bands: [{ id: 'low', min: 0, severity: 0 as const }, { id: 'high', min: 1, severity: 2 as const }],
    };
    const answers = { ...CONTEXT_NO_CONCERNS, 'partner-screen/0': 1 };
    const assessment = assessAnswers({ instruments: [custom] }, answers);
    expect(assessment.input.results[0]).to.include({ id: 'partner-screen', band: 'high', severity: 2 });
    expect(recommendLevel(assessment.input).level).to.equal('iop');
  });

  describe('quizLength', () => {
    it('counts the default path and how far the two-stage screens can grow it', () => {
      // 7 context questions + PHQ-2 (2) + GAD-2 (2) + AUDIT-C (3) + CAGE-AID (4); PHQ-9 adds 7, GAD-7 adds 5.
      expect(quizLength({})).to.deep.equal({ questions: 18, maxQuestions: 30, minutes: Math.ceil((18 * SECONDS_PER_QUESTION) / 60) });
      expect(quizLength({}).questions).to.equal(quizPath({}, {}).total);
    });

    it('follows the language, the sex question and instruments without a second stage', () => {
      expect(quizLength({ lang: 'es' })).to.include({ questions: 14, maxQuestions: 26 });
      expect(quizLength({ instruments: ['phq-9'], askSex: true })).to.include({ questions: 17, maxQuestions: 17 });
      expect(quizLength({ instruments: ['audit'] }).questions, 'AUDIT counted in full before any skip').to.equal(17);
    });

    it('rounds the minutes up and validates the flow like quizPath', () => {
      expect(quizLength({ instruments: ['cage-aid'] }).minutes).to.equal(Math.ceil((11 * SECONDS_PER_QUESTION) / 60));
      issueFor(inputIssues(() => quizLength({ instruments: ['gad-2', 'gad-7'] })), 'instruments');
    });
  });

  describe('bad configuration', () => {
    it('rejects both a short form and its full form', () => {
      expect(issueFor(inputIssues(() => nextQuestion({ instruments: ['phq-2', 'phq-9'] }, {})), 'instruments').message).to.contain('not both');
    });
    it('rejects duplicates and unknown ids', () => {
      expect(issueFor(inputIssues(() => nextQuestion({ instruments: ['gad-7', 'gad-7'] }, {})), 'instruments.1').value).to.equal('gad-7');
      expect(inputIssues(() => nextQuestion({ instruments: ['dast-10' as 'audit'] }, {}))[0]?.field).to.equal('instruments.0');
    });
    it('rejects an out-of-range threshold and a bad language', () => {
      issueFor(inputIssues(() => nextQuestion({ cageAidThreshold: 5 }, {})), 'cageAidThreshold');
      issueFor(inputIssues(() => nextQuestion({ lang: 'fr' as 'en' }, {})), 'lang');
    });
  });
});
