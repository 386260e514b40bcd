import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  CarepathInputError,
  DAY_IDS,
  assessAnswers,
  basisPointsToPercent,
  compileFlow,
  costFieldRequirements,
  estimateCost,
  fractionToPercent,
  getCareLevel,
  hoursRangePhrase,
  inLanguage,
  levelName,
  localize,
  mondayAfter,
  percentToBasisPoints,
  percentToFraction,
  quizLength,
  quizPath,
  sortedDays,
  type Coverage,
  type CostInputField,
  type QuizFlowConfig,
} from '../../src/core/index.js';

const CONTEXT = { safety: 'no', withdrawal: 'none', medical: 'stable', home: 'supportive', functioning: 'managing', history: 'none', availability: 'yes' };

describe('core additions for the widgets', () => {
  describe('compileFlow', () => {
    it('gives the same length as quizLength: 7 context questions + PHQ-2 (2) + GAD-2 (2) + AUDIT-C (3) + CAGE-AID (4)', () => {
      expect(compileFlow({}).length).to.deep.equal(quizLength({}));
      expect(compileFlow({}).length).to.include({ questions: 18, maxQuestions: 30 });
      expect(compileFlow({ lang: 'es' }).length).to.include({ questions: 14, maxQuestions: 26 });
    });

    it('expands a positive PHQ-2 (total ≥ 3) to the rest of the PHQ-9, like quizPath', () => {
      const flow = compileFlow({ instruments: ['phq-2'] });
      const answers = { ...CONTEXT, 'phq-2/0': 2, 'phq-2/1': 1 };
      expect(flow.path(answers)).to.deep.equal(quizPath({ instruments: ['phq-2'] }, answers));
      expect(flow.path(answers).next?.key).to.equal('phq-9/2');
      expect(flow.path(answers).total).to.equal(16);
    });

    it('scores like assessAnswers, whatever the answers', () => {
      const flows: QuizFlowConfig[] = [{}, { instruments: ['phq-2', 'gad-2'], askSex: true }, { instruments: ['audit'], lang: 'es' }];
      fc.assert(
        fc.property(fc.constantFrom(...flows), fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 40 }), (config, picks) => {
          const flow = compileFlow(config);
          const answers: Record<string, string | number | null> = {};
          for (const pick of picks) {
            const step = flow.path(answers).next;
            if (!step) break;
            const option = step.options[pick % step.options.length];
            answers[step.key] = option ? option.value : null;
          }
          expect(flow.assess(answers)).to.deep.equal(assessAnswers(config, answers));
          expect(flow.path(answers)).to.deep.equal(quizPath(config, answers));
        }),
        { numRuns: 60 },
      );
    });

    it('validates once, throwing like quizPath', () => {
      expect(() => compileFlow({ instruments: ['phq-2', 'phq-9'] })).to.throw(CarepathInputError);
    });
  });

  describe('costFieldRequirements', () => {
    const required = (fields: ReturnType<typeof costFieldRequirements>) => fields.filter((f) => f.required).map((f) => f.field);
    const names = (fields: ReturnType<typeof costFieldRequirements>) => fields.map((f) => f.field);

    it('self-pay and no benefits ask for the price, the days and the weeks only', () => {
      expect(names(costFieldRequirements(undefined))).to.deep.equal(['dailyRate', 'daysPerWeek', 'weeks']);
      expect(names(costFieldRequirements('none', 'copay'))).to.deep.equal(['dailyRate', 'daysPerWeek', 'weeks']);
    });

    it('in network asks for the plan: deductible, coinsurance and out-of-pocket maximum, or the copay', () => {
      expect(names(costFieldRequirements('in'))).to.deep.equal(['dailyRate', 'daysPerWeek', 'weeks', 'deductible', 'deductibleMet', 'coinsurance', 'outOfPocketMax', 'outOfPocketMet']);
      expect(required(costFieldRequirements('in'))).to.deep.equal(['dailyRate', 'daysPerWeek', 'weeks', 'coinsurance']);
      expect(required(costFieldRequirements('in', 'copay'))).to.deep.equal(['dailyRate', 'daysPerWeek', 'weeks', 'copay']);
    });

    it('out of network adds the billed rate, in the program group', () => {
      const fields = costFieldRequirements('out');
      expect(names(fields).slice(0, 2)).to.deep.equal(['dailyRate', 'billedRate']);
      expect(fields.find((f) => f.field === 'billedRate')).to.include({ required: false, group: 'program' });
    });

    it('the required fields alone are enough for estimateCost (the Healthcare.gov worked example: $20,000, $1,300 deductible, 20% → $5,040)', () => {
      const values: Record<CostInputField, number> = { dailyRate: 20000, billedRate: 20000, daysPerWeek: 1, weeks: 1, deductible: 1300, deductibleMet: 0, coinsurance: 0.2, copay: 50, outOfPocketMax: 100000, outOfPocketMet: 0 };
      for (const network of [undefined, 'in', 'out', 'none'] as const) {
        for (const design of ['deductible-coinsurance', 'copay'] as const) {
          const given = required(costFieldRequirements(network, design));
          const pick = (field: CostInputField) => (given.includes(field) ? values[field] : undefined);
          const coverage: Coverage | undefined = network && { network, design, coinsurance: pick('coinsurance'), copay: pick('copay') };
          expect(() => estimateCost({ dailyRate: values.dailyRate, daysPerWeek: 1, weeks: 1, coverage }), `${network} ${design}`).not.to.throw();
        }
      }
      const all = (field: CostInputField) => values[field];
      const estimate = estimateCost({ dailyRate: all('dailyRate'), daysPerWeek: 1, weeks: 1, coverage: { network: 'in', deductible: all('deductible'), coinsurance: all('coinsurance') } });
      expect(estimate.patientCost).to.equal(5040);
    });
  });

  describe('levelName', () => {
    it('names each level as the comparison table does, with its abbreviation', () => {
      expect(levelName('iop')).to.equal('Intensive outpatient (IOP)');
      expect(levelName('php')).to.equal('Partial hospitalization (PHP)');
      expect(levelName('outpatient')).to.equal('Outpatient');
      expect(levelName('iop', 'es')).to.equal('Tratamiento ambulatorio intensivo (IOP)');
    });

    it('lowers only the first letter mid-sentence', () => {
      expect(levelName('iop', 'en', 'inline')).to.equal('intensive outpatient (IOP)');
      expect(levelName('inpatient', 'en', 'inline')).to.equal('inpatient (hospital)');
      expect(levelName('php', 'es', 'inline')).to.equal('hospitalización parcial (PHP)');
    });
  });

  describe('hoursRangePhrase', () => {
    it('says IOP is 9 to under 20 hours for adults and 6 to under 20 for teens (ASAM 3rd ed.: 9–19 and 6–19)', () => {
      const iop = getCareLevel('iop').weeklyHours;
      expect(iop && hoursRangePhrase(iop.adult)).to.equal('9 to under 20');
      expect(iop && hoursRangePhrase(iop.adolescent)).to.equal('6 to under 20');
      expect(iop && hoursRangePhrase(iop.adult, 'es')).to.equal('de 9 a menos de 20');
    });

    it('says "under 9" for outpatient and "20 or more" for PHP', () => {
      expect(hoursRangePhrase({ min: 0, below: 9 })).to.equal('under 9');
      expect(hoursRangePhrase({ min: 20, below: null })).to.equal('20 or more');
      expect(hoursRangePhrase({ min: 0, below: 6 }, 'es')).to.equal('menos de 6');
      expect(hoursRangePhrase({ min: 20, below: null }, 'es')).to.equal('20 o más');
    });
  });

  describe('mondayAfter', () => {
    it('gives the next Monday, a week on from a Monday', () => {
      expect(mondayAfter('2026-12-04')).to.equal('2026-12-07'); // a Friday
      expect(mondayAfter('2026-12-07')).to.equal('2026-12-14'); // a Monday
      expect(mondayAfter('2026-12-06')).to.equal('2026-12-07'); // a Sunday
      expect(mondayAfter('2026-12-29')).to.equal('2027-01-04'); // across the year
      expect(mondayAfter('2028-02-25')).to.equal('2028-02-28');
      expect(mondayAfter('2028-02-28')).to.equal('2028-03-06'); // across a leap day
    });

    it("reads a Date in its own calendar and rejects text that is not a date", () => {
      expect(mondayAfter(new Date(2026, 2, 7, 23, 30))).to.equal('2026-03-09'); // the weekend US clocks change
      expect(() => mondayAfter('2026-02-30')).to.throw(RangeError);
      expect(() => mondayAfter('next week')).to.throw(/YYYY-MM-DD/);
    });
  });

  describe('sortedDays', () => {
    it('lists days Monday first, each once', () => {
      expect(sortedDays(['fri', 'mon', 'wed', 'mon'])).to.deep.equal(['mon', 'wed', 'fri']);
      expect(sortedDays(['sun', 'sat'])).to.deep.equal(['sat', 'sun']);
      expect(sortedDays([...DAY_IDS].reverse())).to.deep.equal([...DAY_IDS]);
    });
  });

  describe('percent conversions', () => {
    it('shifts the decimal point exactly (29% is 0.29, not 0.29000000000000004)', () => {
      expect(percentToFraction(20)).to.equal(0.2);
      expect(percentToFraction(29)).to.equal(0.29);
      expect(0.29 * 100, 'why the decimal point is shifted in text').to.not.equal(29);
      expect(fractionToPercent(0.29)).to.equal(29);
      expect(fractionToPercent(0.07)).to.equal(7);
      expect(percentToBasisPoints(20)).to.equal(2000);
      expect(percentToBasisPoints(12.5)).to.equal(1250);
      expect(basisPointsToPercent(1250)).to.equal(12.5);
    });

    it('round-trips every percent with up to two decimals', () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 10000 }), (bp) => {
          const percent = basisPointsToPercent(bp);
          expect(percentToBasisPoints(percent)).to.equal(bp);
          expect(fractionToPercent(percentToFraction(percent))).to.equal(percent);
        }),
      );
    });
  });

  describe('inLanguage', () => {
    it('picks the language, else English; localize is the same function under its old name', () => {
      expect(inLanguage({ en: 'Outpatient', es: 'Tratamiento ambulatorio' }, 'es')).to.equal('Tratamiento ambulatorio');
      expect(inLanguage({ en: 'IOP' }, 'es')).to.equal('IOP');
      expect(localize).to.equal(inLanguage);
    });
  });
});
