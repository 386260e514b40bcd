import { expect } from '@open-wc/testing';
import { recommendLevel, scoreInstrument, type AssessmentInput, type ScoreResult } from '../../src/core/index.js';
import { inputIssues, issueFor } from '../helpers/errors.js';

// Results as scored by the real instruments, so the table below reads like the published one.
const allNegative: ScoreResult[] = [
  scoreInstrument('phq-2', [0, 0]),
  scoreInstrument('gad-2', [0, 0]),
  scoreInstrument('audit-c', [0, 0, 0]),
  scoreInstrument('cage-aid', [0, 0, 0, 0]),
];
const phq9 = (responses: number[]) => scoreInstrument('phq-9', responses);
const phq9Mild = phq9([1, 1, 1, 1, 1, 0, 0, 0, 0]); // total 5 → mild
const phq9Severe = phq9([3, 3, 3, 3, 3, 3, 2, 0, 0]); // total 20 → severe

describe('recommendLevel', () => {
  describe('the published truth table', () => {
    const rows: [string, AssessmentInput, string, boolean, string[]][] = [
      ['phq-2 0, gad-2 0, audit-c 0, cage-aid 0', { results: allNegative }, 'outpatient', false, ['low-need']],
      ['phq-9 item 9 = 1, total 1', { results: [phq9([0, 0, 0, 0, 0, 0, 0, 0, 1])] }, 'iop', true, ['safety']],
      ['all negative, safety prefer-not-to-say', { results: allNegative, safety: 'prefer-not-to-say' }, 'iop', true, ['safety']],
      ['all negative, withdrawal severe', { results: allNegative, withdrawal: 'severe' }, 'inpatient', false, ['withdrawal', 'withdrawal-caution']],
      ['all negative, home unsafe', { results: allNegative, home: 'unsafe' }, 'outpatient', false, ['environment']],
      ['phq-9 mild, home unsafe', { results: [phq9Mild], home: 'unsafe' }, 'residential', false, ['environment']],
      ['phq-9 severe (total 20), functioning absent', { results: [phq9Severe] }, 'iop', false, ['severity']],
      ['phq-9 severe, functioning struggling', { results: [phq9Severe], functioning: 'struggling' }, 'php', false, ['severity', 'functioning']],
      ['audit-c 5 (male)', { results: [scoreInstrument('audit-c', [2, 1, 2], { sex: 'male' })] }, 'outpatient', false, ['low-need']],
      [
        'audit-c 9 (female), availability no',
        { results: [scoreInstrument('audit-c', [3, 3, 3], { sex: 'female' })], availability: 'no' },
        'iop',
        false,
        ['severity', 'schedule-conflict'],
      ],
      ['all negative, history after-inpatient', { results: allNegative, history: 'after-inpatient' }, 'iop', false, ['step-down']],
      ['all negative, functioning unable', { results: allNegative, functioning: 'unable' }, 'iop', false, ['functioning']],
    ];
    for (const [label, input, level, crisis, reasons] of rows) {
      it(label, () => {
        const result = recommendLevel(input);
        expect(result.level).to.equal(level);
        expect(result.crisis).to.equal(crisis);
        expect(result.reasons).to.deep.equal(reasons);
      });
    }

    it('checks that the table rows really score as labelled', () => {
      expect(phq9Mild).to.include({ total: 5, band: 'mild' });
      expect(phq9Severe).to.include({ total: 20, band: 'severe' });
      expect(scoreInstrument('audit-c', [2, 1, 2], { sex: 'male' })).to.include({ total: 5, positive: true });
    });
  });

  describe('each rule on its own', () => {
    it('crisis: safety yes, prefer-not-to-say, or a self-harm flag; not safety no', () => {
      expect(recommendLevel({ results: [], safety: 'yes' }).crisis).to.equal(true);
      expect(recommendLevel({ results: [], safety: 'prefer-not-to-say' }).crisis).to.equal(true);
      expect(recommendLevel({ results: [], safety: 'no' }).crisis).to.equal(false);
      expect(recommendLevel({ results: [{ id: 'phq-9', total: 1, band: 'minimal', positive: false, flags: ['self-harm'] }] }).crisis).to.equal(true);
    });

    it('crisisDisclosed: a crisis answer taken back still makes a crisis, never below iop, with no alternatives', () => {
      const result = recommendLevel({ results: allNegative, safety: 'no', crisisDisclosed: true });
      expect(result).to.deep.equal({ level: 'iop', crisis: true, reasons: ['safety'], alternatives: [] });
      expect(recommendLevel({ results: allNegative, crisisDisclosed: false }).crisis).to.equal(false);
      // A higher level stays higher.
      expect(recommendLevel({ results: allNegative, crisisDisclosed: true, withdrawal: 'severe' }).level).to.equal('inpatient');
    });

    it('home others-use counts as an unsafe recovery environment, like unsafe', () => {
      expect(recommendLevel({ results: allNegative, home: 'others-use' })).to.deep.include({ level: 'outpatient', reasons: ['environment'] });
      expect(recommendLevel({ results: [phq9Mild], home: 'others-use' })).to.deep.include({ level: 'residential', reasons: ['environment'] });
      expect(recommendLevel({ results: allNegative, home: 'others-use', functioning: 'struggling' }).level).to.equal('residential');
      expect(recommendLevel({ results: [phq9Mild], home: 'mixed' }).level).to.equal('outpatient');
    });

    it('rejects a crisisDisclosed that is not a boolean', () => {
      expect(() => recommendLevel({ results: [], crisisDisclosed: 'yes' } as unknown as AssessmentInput)).to.throw(/crisisDisclosed/);
    });

    it('medical unstable → inpatient', () => {
      expect(recommendLevel({ results: allNegative, medical: 'unstable' })).to.deep.include({ level: 'inpatient', reasons: ['medical'] });
    });

    it('home unsafe with functioning struggling → residential', () => {
      expect(recommendLevel({ results: allNegative, home: 'unsafe', functioning: 'struggling' }).level).to.equal('residential');
    });

    it('S ≥ 2 and F = 2 → php; S = 2 and F = 1 → iop', () => {
      const moderate = phq9([2, 2, 2, 2, 2, 0, 0, 0, 0]); // 10 → moderate, S 2
      expect(recommendLevel({ results: [moderate], functioning: 'unable' }).level).to.equal('php');
      expect(recommendLevel({ results: [moderate], functioning: 'struggling' }).level).to.equal('iop');
    });

    it('S = 1 and F = 1 → iop; S = 1 alone → outpatient', () => {
      expect(recommendLevel({ results: [phq9Mild], functioning: 'struggling' }).level).to.equal('iop');
      expect(recommendLevel({ results: [phq9Mild] })).to.deep.include({ level: 'outpatient', reasons: ['low-need'] });
    });

    it('step-up from outpatient → iop', () => {
      expect(recommendLevel({ results: allNegative, history: 'outpatient-not-enough' })).to.deep.include({ level: 'iop', reasons: ['step-up'] });
    });

    it('in a crisis the level is never less intensive than iop, but stays higher when higher', () => {
      expect(recommendLevel({ results: allNegative, safety: 'yes' }).level).to.equal('iop');
      expect(recommendLevel({ results: allNegative, safety: 'yes', withdrawal: 'severe' }).level).to.equal('inpatient');
    });

    it('alternatives are the neighbours, none in a crisis', () => {
      expect(recommendLevel({ results: allNegative }).alternatives).to.deep.equal(['iop']);
      expect(recommendLevel({ results: [phq9Severe] }).alternatives).to.deep.equal(['php', 'outpatient']);
      expect(recommendLevel({ results: allNegative, withdrawal: 'severe' }).alternatives).to.deep.equal(['residential']);
      expect(recommendLevel({ results: allNegative, safety: 'yes' }).alternatives).to.deep.equal([]);
    });

    it('withdrawal mild adds only the caution', () => {
      expect(recommendLevel({ results: allNegative, withdrawal: 'mild' })).to.deep.include({
        level: 'outpatient',
        reasons: ['low-need', 'withdrawal-caution'],
      });
    });

    it('schedule-conflict only for iop or php', () => {
      expect(recommendLevel({ results: allNegative, availability: 'no' }).reasons).to.deep.equal(['low-need']);
      expect(recommendLevel({ results: [phq9Severe], functioning: 'unable', availability: 'no' }).reasons).to.deep.equal([
        'severity',
        'functioning',
        'schedule-conflict',
      ]);
    });

    it('lists every reason that holds, in order', () => {
      const result = recommendLevel({
        results: [phq9([3, 3, 3, 3, 3, 3, 2, 0, 1])],
        safety: 'yes',
        withdrawal: 'severe',
        medical: 'unstable',
        home: 'unsafe',
        functioning: 'unable',
        history: 'outpatient-not-enough',
        availability: 'no',
      });
      expect(result.reasons).to.deep.equal(['safety', 'withdrawal', 'medical', 'environment', 'severity', 'functioning', 'step-up', 'withdrawal-caution']);
    });

    it('uses severity from the built-in definition, not a hand-made severity field', () => {
      const forged = { id: 'phq-9', total: 3, band: 'minimal', positive: false, flags: [], severity: 3 as const };
      // minimal is S 0, so F 1 alone stays outpatient; trusting the forged 3 would say php.
      expect(recommendLevel({ results: [forged], functioning: 'struggling' }).level).to.equal('outpatient');
    });

    it('uses a custom result’s own severity', () => {
      const custom = { id: 'partner-screen', total: 9, band: 'high', positive: true, flags: [], severity: 3 as const };
      expect(recommendLevel({ results: [custom], functioning: 'struggling' }).level).to.equal('php');
    });

    it('treats an expanded PHQ-9 (no PHQ-2 left) by its band', () => {
      const moderate = phq9([2, 2, 2, 2, 2, 0, 0, 0, 0]);
      expect(recommendLevel({ results: [moderate] })).to.deep.include({ level: 'iop', reasons: ['severity'] });
    });
  });

  describe('bad input', () => {
    it('names the field, the value and what is allowed', () => {
      const issue = issueFor(inputIssues(() => recommendLevel({ results: [], home: 'shelter' as 'unsafe' })), 'home');
      expect(issue.value).to.equal('shelter');
      expect(issue.message).to.contain('"supportive"');
    });
    it('rejects a band the instrument does not have', () => {
      const issue = issueFor(
        inputIssues(() => recommendLevel({ results: [{ id: 'gad-7', total: 20, band: 'moderately-severe', positive: true, flags: [] }] })),
        'results.0.band',
      );
      expect(issue.message).to.contain('"severe"');
    });
    it('requires a severity for a custom result', () => {
      issueFor(inputIssues(() => recommendLevel({ results: [{ id: 'x', total: 1, band: 'b', positive: true, flags: [] }] })), 'results.0.severity');
    });
    it('requires results', () => {
      issueFor(inputIssues(() => recommendLevel({} as AssessmentInput)), 'results');
    });
  });
});
