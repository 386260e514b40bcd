import { expect } from '@open-wc/testing';
import {
  INSTRUMENT_IDS,
  getInstrument,
  hasLanguage,
  maxTotal,
  scoreInstrument,
  type InstrumentDefinition,
  type InstrumentId,
} from '../../src/core/index.js';
import { inputIssues, issueFor } from '../helpers/errors.js';

/** Responses (option indexes) whose points add up to `total`, filling items in order; for 0..3 / 0..4 scales. */
function responsesFor(id: InstrumentId, total: number): number[] {
  const def = getInstrument(id);
  let left = total;
  return def.items.map((item) => {
    const top = item.options.length - 1;
    const index = Math.min(top, left);
    left -= item.options[index]?.points ?? 0;
    return index;
  });
}

describe('scoreInstrument', () => {
  describe('band boundaries', () => {
    const cases: [InstrumentId, number, string, boolean][] = [
      ['phq-9', 0, 'minimal', false],
      ['phq-9', 4, 'minimal', false],
      ['phq-9', 5, 'mild', false],
      ['phq-9', 9, 'mild', false],
      ['phq-9', 10, 'moderate', true],
      ['phq-9', 14, 'moderate', true],
      ['phq-9', 15, 'moderately-severe', true],
      ['phq-9', 19, 'moderately-severe', true],
      ['phq-9', 20, 'severe', true],
      ['phq-9', 27, 'severe', true],
      ['gad-7', 0, 'minimal', false],
      ['gad-7', 4, 'minimal', false],
      ['gad-7', 5, 'mild', false],
      ['gad-7', 9, 'mild', false],
      ['gad-7', 10, 'moderate', true],
      ['gad-7', 14, 'moderate', true],
      ['gad-7', 15, 'severe', true],
      ['gad-7', 21, 'severe', true],
      ['phq-2', 2, 'negative', false],
      ['phq-2', 3, 'positive', true],
      ['phq-2', 6, 'positive', true],
      ['gad-2', 2, 'negative', false],
      ['gad-2', 3, 'positive', true],
      ['cage-aid', 0, 'negative', false],
      ['cage-aid', 1, 'positive', true],
      ['cage-aid', 4, 'positive', true],
    ];
    for (const [id, total, band, positive] of cases) {
      it(`${id} total ${total} is ${band}`, () => {
        const result = scoreInstrument(id, responsesFor(id, total));
        expect(result.total).to.equal(total);
        expect(result.band).to.equal(band);
        expect(result.positive).to.equal(positive);
      });
    }

    it('gives each instrument its published maximum', () => {
      const max = Object.fromEntries(INSTRUMENT_IDS.map((id) => [id, maxTotal(getInstrument(id))]));
      expect(max).to.deep.equal({ 'audit-c': 12, audit: 40, 'cage-aid': 4, 'phq-9': 27, 'phq-2': 6, 'gad-7': 21, 'gad-2': 6 });
      expect(scoreInstrument('phq-9', responsesFor('phq-9', 27)).max).to.equal(27);
    });
  });

  describe('AUDIT-C', () => {
    it('uses ≥ 4 for men and ≥ 3 for women', () => {
      const three = [1, 1, 1]; // 1 + 1 + 1 points
      expect(scoreInstrument('audit-c', three, { sex: 'male' }).positive).to.equal(false);
      expect(scoreInstrument('audit-c', three, { sex: 'female' }).positive).to.equal(true);
      expect(scoreInstrument('audit-c', [2, 1, 1], { sex: 'male' }).positive).to.equal(true);
    });

    it('uses ≥ 3 when sex is not given, so a blank field never screens negative', () => {
      expect(scoreInstrument('audit-c', [1, 1, 1]).positive).to.equal(true);
      expect(scoreInstrument('audit-c', [1, 1, 0]).band).to.equal('negative');
    });

    it('asks all three items on its own: null is an error even after "Never"', () => {
      const issues = inputIssues(() => scoreInstrument('audit-c', [0, null, null]));
      expect(issueFor(issues, 'responses.1').message).to.contain('needs an answer');
    });
  });

  describe('AUDIT', () => {
    it('zones at 7/8, 15/16 and 19/20', () => {
      const zone = (total: number) => scoreInstrument('audit', responsesFor('audit', total)).band;
      expect([0, 7, 8, 15, 16, 19, 20, 40].map(zone)).to.deep.equal([
        'zone-1', 'zone-1', 'zone-2', 'zone-2', 'zone-3', 'zone-3', 'zone-4', 'zone-4',
      ]);
      expect(scoreInstrument('audit', responsesFor('audit', 8)).positive).to.equal(true);
      expect(scoreInstrument('audit', responsesFor('audit', 7)).positive).to.equal(false);
    });

    it('scores items 9–10 as 0, 2 and 4 points', () => {
      const base = [1, 1, 1, 0, 0, 0, 0, 0];
      expect(scoreInstrument('audit', [...base, 1, 2]).points.slice(8)).to.deep.equal([2, 4]);
      expect(scoreInstrument('audit', [...base, 1, 2]).total).to.equal(9);
    });

    it('rejects index 3 on items 9–10 (there is no 1 or 3 points)', () => {
      const issues = inputIssues(() => scoreInstrument('audit', [1, 1, 1, 0, 0, 0, 0, 0, 3, 0]));
      const issue = issueFor(issues, 'responses.8');
      expect(issue.value).to.equal(3);
      expect(issue.message).to.contain('from 0 to 2');
    });

    it('skips items 2–8 after "Never" and still asks items 9–10', () => {
      const result = scoreInstrument('audit', [0, null, null, null, null, null, null, null, 2, 1]);
      expect(result.points).to.deep.equal([0, 0, 0, 0, 0, 0, 0, 0, 4, 2]);
      expect(result.total).to.equal(6);
      expect(result.flags).to.deep.equal(['next-level']);
    });

    it('skips items 4–8 when items 2 + 3 score 0', () => {
      const result = scoreInstrument('audit', [2, 0, 0, null, null, null, null, null, 0, 0]);
      expect(result.total).to.equal(2);
    });

    it('scores a skipped item 0 even when an answer was given', () => {
      expect(scoreInstrument('audit', [0, 4, 4, 4, 4, 4, 4, 4, 0, 0]).total).to.equal(0);
    });

    it('rejects null where no skip applies', () => {
      const issues = inputIssues(() => scoreInstrument('audit', [1, 1, 0, null, 0, 0, 0, 0, 0, 0]));
      expect(issueFor(issues, 'responses.3').value).to.equal(null);
    });

    it('flags next-level for Q4, Q5 or Q6 ≥ 2 or Q9/Q10 = 4, and not below', () => {
      const base = [2, 1, 1, 0, 0, 0, 0, 0, 0, 0];
      const withAt = (item: number, index: number) => base.map((v, i) => (i === item ? index : v));
      for (const item of [3, 4, 5]) {
        expect(scoreInstrument('audit', withAt(item, 2)).flags, `item ${item + 1} = 2`).to.deep.equal(['next-level']);
        expect(scoreInstrument('audit', withAt(item, 1)).flags, `item ${item + 1} = 1`).to.deep.equal([]);
      }
      expect(scoreInstrument('audit', withAt(6, 4)).flags, 'item 7 does not count').to.deep.equal([]);
      for (const item of [8, 9]) {
        expect(scoreInstrument('audit', withAt(item, 2)).flags).to.deep.equal(['next-level']);
        expect(scoreInstrument('audit', withAt(item, 1)).flags).to.deep.equal([]);
      }
    });
  });

  describe('PHQ-9 self-harm flag', () => {
    for (const answer of [1, 2, 3]) {
      it(`raises self-harm when item 9 = ${answer}, whatever the total`, () => {
        const result = scoreInstrument('phq-9', [0, 0, 0, 0, 0, 0, 0, 0, answer]);
        expect(result.flags).to.deep.equal(['self-harm']);
        expect(result.band).to.equal('minimal');
        const high = scoreInstrument('phq-9', [3, 3, 3, 3, 3, 3, 3, 3, answer]);
        expect(high.flags).to.deep.equal(['self-harm']);
      });
    }
    it('does not raise it when item 9 = 0, even at the maximum elsewhere', () => {
      expect(scoreInstrument('phq-9', [3, 3, 3, 3, 3, 3, 3, 3, 0]).flags).to.deep.equal([]);
    });
  });

  describe('CAGE-AID threshold', () => {
    it('defaults to ≥ 1 and accepts 2', () => {
      expect(scoreInstrument('cage-aid', [1, 0, 0, 0]).positive).to.equal(true);
      expect(scoreInstrument('cage-aid', [1, 0, 0, 0], { threshold: 2 }).positive).to.equal(false);
      expect(scoreInstrument('cage-aid', [1, 1, 0, 0], { threshold: 2 }).positive).to.equal(true);
    });
    it('is ignored by the other instruments', () => {
      expect(scoreInstrument('phq-2', [1, 1], { threshold: 1 }).positive).to.equal(false);
    });
    it('rejects a threshold outside 1–4', () => {
      for (const threshold of [0, 5, 1.5]) {
        expect(issueFor(inputIssues(() => scoreInstrument('cage-aid', [0, 0, 0, 0], { threshold })), 'options.threshold').value).to.equal(threshold);
      }
    });
  });

  describe('severity for recommendLevel', () => {
    it('maps bands and screens as the published contract lists them', () => {
      const severity = (id: InstrumentId, total: number, sex?: 'male' | 'female') =>
        scoreInstrument(id, responsesFor(id, total), sex ? { sex } : {}).severity;
      expect([0, 5, 10, 15, 20].map((t) => severity('phq-9', t))).to.deep.equal([0, 1, 2, 3, 3]);
      expect([0, 5, 10, 15].map((t) => severity('gad-7', t))).to.deep.equal([0, 1, 2, 3]);
      expect([0, 8, 16, 20].map((t) => severity('audit', t))).to.deep.equal([0, 1, 2, 3]);
      expect([2, 3, 7, 8, 12].map((t) => severity('audit-c', t))).to.deep.equal([0, 1, 1, 2, 2]);
      expect(severity('audit-c', 3, 'male')).to.equal(0);
      expect([0, 1, 3, 4].map((t) => severity('cage-aid', t))).to.deep.equal([0, 1, 1, 2]);
      expect([2, 3].map((t) => severity('phq-2', t))).to.deep.equal([0, 1]);
    });
  });

  describe('invalid responses', () => {
    it('reports a wrong length', () => {
      const issue = issueFor(inputIssues(() => scoreInstrument('phq-9', [0, 0, 0])), 'responses');
      expect(issue.message).to.contain('9 answers');
    });
    it('reports non-integers, negatives and strings with the item named', () => {
      const issues = inputIssues(() => scoreInstrument('gad-2', [1.5, -1]));
      expect(issueFor(issues, 'responses.0').value).to.equal(1.5);
      expect(issueFor(issues, 'responses.1').message).to.contain('from 0 to 3');
      expect(inputIssues(() => scoreInstrument('gad-2', ['1' as unknown as number, 0]))[0]?.field).to.equal('responses.0');
    });
    it('rejects an unknown instrument id and a non-list', () => {
      expect(inputIssues(() => scoreInstrument('dast-10' as InstrumentId, []))[0]?.message).to.contain('"phq-9"');
      expect(inputIssues(() => scoreInstrument('phq-2', 'abc' as unknown as number[]))[0]?.field).to.equal('responses');
    });
    it('rejects bad options', () => {
      expect(inputIssues(() => scoreInstrument('audit-c', [0, 0, 0], { sex: 'other' as 'male' }))[0]?.field).to.equal('sex');
    });
  });

  describe('custom definitions', () => {
    const custom: InstrumentDefinition = {
      id: 'partner-screen',
      name: { en: 'Partner screen' },
      title: { en: 'A partner-licensed screen' },
      topic: 'substance',
      source: 'Partner licence on file',
      items: [0, 1, 2].map((n) => ({ text: { en: `Item ${n + 1}` }, options: [{ label: { en: 'No' }, points: 0 }, { label: { en: 'Yes' }, points: 1 }] })),
      cutoff: { default: 2 },
      bands: [
        { id: 'low', min: 0, severity: 0 },
        { id: 'some', min: 1, severity: 1 },
        { id: 'high', min: 3, severity: 3 },
      ],
      flags: [{ id: 'item-3', anyOf: [{ item: 2, minPoints: 1 }] }],
    };

    it('scores generically with bands, severity, flags and cut-off', () => {
      const result = scoreInstrument(custom, [1, 1, 1]);
      expect(result).to.include({ id: 'partner-screen', total: 3, max: 3, band: 'high', positive: true, severity: 3 });
      expect(result.flags).to.deep.equal(['item-3']);
      expect(scoreInstrument(custom, [1, 0, 0])).to.include({ band: 'some', positive: false, severity: 1 });
    });

    it('rejects a definition that reuses a built-in id', () => {
      const issue = issueFor(inputIssues(() => scoreInstrument({ ...custom, id: 'phq-9' }, [0, 0, 0])), 'id');
      expect(issue.message).to.contain('reserved');
    });

    it('rejects malformed definitions with the path of each problem', () => {
      const broken = {
        ...custom,
        id: 'Bad Id',
        items: [{ text: { en: 'x' }, options: [{ label: { en: 'a' }, points: 2 }, { label: { en: 'b' }, points: 1 }] }],
        bands: [{ id: 'a', min: 1, severity: 5 }],
        flags: [{ id: 'f', anyOf: [{ item: 4, minPoints: 1 }] }],
        skips: [{ when: { items: [0], maxPoints: 0 }, skip: [0] }],
      } as unknown as InstrumentDefinition;
      const issues = inputIssues(() => scoreInstrument(broken, [0]));
      const fields = issues.map((issue) => issue.field);
      expect(fields).to.include.members(['id', 'bands.0.severity']);
      // The refinements run once the shape is sound.
      const shapeOk = { ...broken, id: 'ok-id', bands: [{ id: 'a', min: 1, severity: 1 }] } as InstrumentDefinition;
      const refined = inputIssues(() => scoreInstrument(shapeOk, [0])).map((issue) => issue.field);
      expect(refined).to.include.members(['items.0.options.1.points', 'bands.0.min', 'flags.0.anyOf.0.item', 'skips.0.skip.0']);
    });
  });

  describe('the built-in data', () => {
    it('is frozen, so no page script can change what every widget reads', () => {
      const phq9 = getInstrument('phq-9');
      expect(Object.isFrozen(phq9)).to.equal(true);
      expect(Object.isFrozen(phq9.items[8]?.text)).to.equal(true);
      expect(() => {
        (phq9.items as unknown as unknown[]).push({});
      }).to.throw(TypeError);
    });

    it('has Spanish for every instrument except CAGE-AID, which has no published Spanish version', () => {
      const spanish = INSTRUMENT_IDS.filter((id) => hasLanguage(getInstrument(id), 'es'));
      expect(spanish).to.deep.equal(['audit-c', 'audit', 'phq-9', 'phq-2', 'gad-7', 'gad-2']);
    });

    it('keeps the PHQ/GAD attribution line', () => {
      expect(getInstrument('gad-7').attribution?.en).to.equal(
        'Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc.',
      );
    });
  });
});
