import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type * as z from 'zod/mini';
import type {
  CostInputSchema,
  CoverageSchema} from '../../src/core/cost.js';
import {
  clampCoverage,
  estimateCost,
  NETWORKS,
  PLAN_DESIGNS,
  summarizeCost,
  typicalCourse,
  type CostEstimate,
  type CostInput,
  type Coverage,
} from '../../src/core/cost.js';
import { CarepathInputError, type InputIssue } from '../../src/core/errors.js';
import { CARE_LEVEL_IDS } from '../../src/core/levels.js';
import { defaultSchedule } from '../../src/core/schedule.js';


/** Dollars-with-cents back to integer cents; exact for the `cents / 100` values the core returns. */
const cents = (dollars: number): number => Math.round(dollars * 100);

const sumCents = (values: readonly number[]): number => values.reduce((sum, v) => sum + cents(v), 0);

function issuesOf(input: unknown): readonly InputIssue[] {
  try {
    estimateCost(input as CostInput);
  } catch (error) {
    expect(error).to.be.instanceOf(CarepathInputError);
    return (error as CarepathInputError).issues;
  }
  return expect.fail('expected estimateCost to throw CarepathInputError');
}

function issueFor(input: unknown, field: string): InputIssue {
  const issue = issuesOf(input).find((i) => i.field === field);
  if (!issue) return expect.fail(`no issue for ${field} in ${JSON.stringify(issuesOf(input))}`);
  return issue;
}

// Both directions assignable: the hand-written types and the schemas cannot drift apart unnoticed.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const typesMatchSchemas: [
  Same<z.infer<typeof CostInputSchema>, CostInput>,
  Same<z.infer<typeof CoverageSchema>, Coverage>,
] = [true, true];

describe('estimateCost', () => {
  it('exports its value sets', () => {
    expect(NETWORKS).to.deep.equal(['in', 'out', 'none']);
    expect(PLAN_DESIGNS).to.deep.equal(['deductible-coinsurance', 'copay']);
    expect(typesMatchSchemas).to.deep.equal([true, true]);
  });

  describe('the Virginia marketplace worked example (one $20,000 claim)', () => {
    const base = { dailyRate: 20000, daysPerWeek: 1, weeks: 1 } as const;

    it('caps 1,300 + 3,740 = 5,040 at the $4,400 out-of-pocket maximum', () => {
      const estimate = estimateCost({
        ...base,
        coverage: { network: 'in', deductible: 1300, coinsurance: 0.2, outOfPocketMax: 4400 },
      });
      // 20% of (20,000 − 1,300) = 3,740; 1,300 + 3,740 = 5,040 > 4,400, so the 640 cut comes off coinsurance.
      expect(estimate).to.deep.equal({
        days: 1,
        patientCost: 4400,
        planCost: 15600,
        balanceBill: 0,
        deductiblePaid: 1300,
        coinsurancePaid: 3100,
        copayPaid: 0,
        outOfPocketMaxReached: true,
        byWeek: [{ week: 1, patient: 4400, plan: 15600 }],
      } satisfies CostEstimate);
    });

    it('is 5,040 without a cap', () => {
      const estimate = estimateCost({ ...base, coverage: { network: 'in', deductible: 1300, coinsurance: 0.2 } });
      expect(estimate.patientCost).to.equal(5040);
      expect(estimate.deductiblePaid).to.equal(1300);
      expect(estimate.coinsurancePaid).to.equal(3740);
      expect(estimate.planCost).to.equal(14960); // 20,000 − 5,040
      expect(estimate.outOfPocketMaxReached).to.equal(false);
    });
  });

  it('charges only the rest of a partly met deductible, then coinsurance', () => {
    // $300/day, 3 days × 2 weeks; $600 of the $1,000 deductible left. Days 1–2: $300 deductible each;
    // days 3–6: 20% × 300 = $60 each. Week 1: 300 + 300 + 60 = 660 (plan 240); week 2: 3 × 60 = 180 (plan 720).
    const estimate = estimateCost({
      dailyRate: 300,
      daysPerWeek: 3,
      weeks: 2,
      coverage: { network: 'in', deductible: 1000, deductibleMet: 400, coinsurance: 0.2 },
    });
    expect(estimate.patientCost).to.equal(840);
    expect(estimate.planCost).to.equal(960);
    expect(estimate.deductiblePaid).to.equal(600);
    expect(estimate.coinsurancePaid).to.equal(240);
    expect(estimate.byWeek).to.deep.equal([
      { week: 1, patient: 660, plan: 240 },
      { week: 2, patient: 180, plan: 720 },
    ]);
  });

  describe('the out-of-pocket maximum', () => {
    const coverage: Coverage = { network: 'in', deductible: 500, coinsurance: 0.2, outOfPocketMax: 600 };

    it('is reached exactly at the end of a claim', () => {
      // $500/day: day 1 pays the $500 deductible (100 left), day 2 pays 20% × 500 = $100 → exactly 0 left.
      const one = estimateCost({ dailyRate: 500, daysPerWeek: 1, weeks: 1, coverage });
      expect(one.patientCost).to.equal(500);
      expect(one.outOfPocketMaxReached).to.equal(false);
      const two = estimateCost({ dailyRate: 500, daysPerWeek: 2, weeks: 1, coverage });
      expect(two.patientCost).to.equal(600);
      expect(two.coinsurancePaid).to.equal(100);
      expect(two.outOfPocketMaxReached).to.equal(true);
      // Day 3 would be another $100 of coinsurance; the cap takes all of it.
      const three = estimateCost({ dailyRate: 500, daysPerWeek: 3, weeks: 1, coverage });
      expect(three.patientCost).to.equal(600);
      expect(three.coinsurancePaid).to.equal(100);
      expect(three.planCost).to.equal(900);
    });

    it('is reached in the middle of a later claim', () => {
      // No deductible, 20% of $300 = $60/day, cap $150: 60 + 60 + 30 (cut by 30) + 0.
      const estimate = estimateCost({
        dailyRate: 300,
        daysPerWeek: 4,
        weeks: 1,
        coverage: { network: 'in', coinsurance: 0.2, outOfPocketMax: 150 },
      });
      expect(estimate.patientCost).to.equal(150);
      expect(estimate.coinsurancePaid).to.equal(150);
      expect(estimate.planCost).to.equal(1050);
      expect(estimate.outOfPocketMaxReached).to.equal(true);
    });

    it('cuts coinsurance first, then the deductible', () => {
      // $1,000 claim, $800 deductible, 50% of the remaining 200 = 100 → share 900; the $500 cap cuts 400:
      // all 100 of coinsurance, then 300 of the deductible, leaving deductible 500 and coinsurance 0.
      const estimate = estimateCost({
        dailyRate: 1000,
        daysPerWeek: 1,
        weeks: 1,
        coverage: { network: 'in', deductible: 800, coinsurance: 0.5, outOfPocketMax: 500 },
      });
      expect(estimate.deductiblePaid).to.equal(500);
      expect(estimate.coinsurancePaid).to.equal(0);
      expect(estimate.patientCost).to.equal(500);
      expect(estimate.planCost).to.equal(500);
    });

    it('can be reached before day 1', () => {
      // $3,000 met of a $3,000 cap: the plan pays all 5 × 4 × $300 = $6,000.
      const estimate = estimateCost({
        dailyRate: 300,
        daysPerWeek: 5,
        weeks: 4,
        coverage: { network: 'in', deductible: 1000, coinsurance: 0.2, outOfPocketMax: 3000, outOfPocketMet: 3000 },
      });
      expect(estimate.patientCost).to.equal(0);
      expect(estimate.deductiblePaid).to.equal(0);
      expect(estimate.planCost).to.equal(6000);
      expect(estimate.outOfPocketMaxReached).to.equal(true);
      expect(estimate.byWeek.map((w) => w.patient)).to.deep.equal([0, 0, 0, 0]);
    });

    it('of 0 means the plan pays everything from day 1', () => {
      const estimate = estimateCost({
        dailyRate: 250,
        daysPerWeek: 2,
        weeks: 1,
        coverage: { network: 'in', coinsurance: 0.3, outOfPocketMax: 0 },
      });
      expect(estimate.patientCost).to.equal(0);
      expect(estimate.planCost).to.equal(500);
      expect(estimate.outOfPocketMaxReached).to.equal(true);
    });
  });

  describe('copay plans', () => {
    it('charges the copay per day and ignores the deductible', () => {
      // $50 × 3 days = $150; the $1,000 deductible does not apply to a copay.
      const estimate = estimateCost({
        dailyRate: 300,
        daysPerWeek: 3,
        weeks: 1,
        coverage: { network: 'in', design: 'copay', copay: 50, deductible: 1000 },
      });
      expect(estimate.patientCost).to.equal(150);
      expect(estimate.copayPaid).to.equal(150);
      expect(estimate.deductiblePaid).to.equal(0);
      expect(estimate.coinsurancePaid).to.equal(0);
      expect(estimate.planCost).to.equal(750);
    });

    it('never charges more than the allowed amount', () => {
      // A $400 copay on a $300 day is $300; 3 days → $900 and the plan pays nothing.
      const estimate = estimateCost({
        dailyRate: 300,
        daysPerWeek: 3,
        weeks: 1,
        coverage: { network: 'in', design: 'copay', copay: 400 },
      });
      expect(estimate.patientCost).to.equal(900);
      expect(estimate.copayPaid).to.equal(900);
      expect(estimate.planCost).to.equal(0);
    });

    it('takes the cap cut off the copay', () => {
      // $50 copays against a $120 cap: 50 + 50 + 20.
      const estimate = estimateCost({
        dailyRate: 300,
        daysPerWeek: 3,
        weeks: 1,
        coverage: { network: 'in', design: 'copay', copay: 50, outOfPocketMax: 120 },
      });
      expect(estimate.copayPaid).to.equal(120);
      expect(estimate.patientCost).to.equal(120);
      expect(estimate.outOfPocketMaxReached).to.equal(true);
    });
  });

  describe('out of network', () => {
    it('adds the balance bill after the cap and counts it toward nothing', () => {
      // Allowed $200, billed $350 → $150 balance bill per day. $100 deductible, 40% coinsurance, $250 cap:
      // day 1: 100 + 40% × 100 = 140 (110 left); day 2: 40% × 200 = 80 (30 left); day 3: 80 cut to 30 (0 left);
      // day 4: 0. Share 250, balance bill 4 × 150 = 600, visitor 850, plan 800 − 250 = 550.
      // Week 1: 140 + 80 + 2 × 150 = 520, plan 60 + 120 = 180; week 2: 30 + 0 + 300 = 330, plan 170 + 200 = 370.
      const estimate = estimateCost({
        dailyRate: 200,
        daysPerWeek: 2,
        weeks: 2,
        coverage: {
          network: 'out',
          deductible: 100,
          coinsurance: 0.4,
          outOfPocketMax: 250,
          billedRate: 350,
        },
      });
      expect(estimate).to.deep.equal({
        days: 4,
        patientCost: 850,
        planCost: 550,
        balanceBill: 600,
        deductiblePaid: 100,
        coinsurancePaid: 150,
        copayPaid: 0,
        outOfPocketMaxReached: true,
        byWeek: [
          { week: 1, patient: 520, plan: 180 },
          { week: 2, patient: 330, plan: 370 },
        ],
      } satisfies CostEstimate);
    });

    it('still balance-bills once the cap was reached before day 1', () => {
      const estimate = estimateCost({
        dailyRate: 200,
        daysPerWeek: 3,
        weeks: 1,
        coverage: { network: 'out', coinsurance: 0.4, outOfPocketMax: 100, outOfPocketMet: 100, billedRate: 260 },
      });
      // 3 × (260 − 200) = 180, all of it balance bill.
      expect(estimate.patientCost).to.equal(180);
      expect(estimate.balanceBill).to.equal(180);
      expect(estimate.planCost).to.equal(600);
    });

    it('has no balance bill when the billed rate is at or below the allowed amount', () => {
      const estimate = estimateCost({
        dailyRate: 200,
        daysPerWeek: 1,
        weeks: 1,
        coverage: { network: 'out', coinsurance: 0.5, billedRate: 150 },
      });
      expect(estimate.balanceBill).to.equal(0);
      expect(estimate.patientCost).to.equal(100); // 50% × 200
    });
  });

  describe('no benefits', () => {
    it('charges the billed rate and accumulates nothing', () => {
      // $450 × 3 × 2 = $2,700; plan terms are ignored and the met cap does not protect the visitor.
      const estimate = estimateCost({
        dailyRate: 300,
        daysPerWeek: 3,
        weeks: 2,
        coverage: { network: 'none', billedRate: 450, deductible: 500, outOfPocketMax: 1000, outOfPocketMet: 1000 },
      });
      expect(estimate).to.deep.equal({
        days: 6,
        patientCost: 2700,
        planCost: 0,
        balanceBill: 0,
        deductiblePaid: 0,
        coinsurancePaid: 0,
        copayPaid: 0,
        outOfPocketMaxReached: false,
        byWeek: [
          { week: 1, patient: 1350, plan: 0 },
          { week: 2, patient: 1350, plan: 0 },
        ],
      } satisfies CostEstimate);
    });

    it('falls back to the daily rate without a billed rate', () => {
      const estimate = estimateCost({ dailyRate: 300, daysPerWeek: 3, weeks: 2, coverage: { network: 'none' } });
      expect(estimate.patientCost).to.equal(1800); // 300 × 6
      expect(estimate.planCost).to.equal(0);
    });
  });

  it('charges the daily rate per day for self-pay', () => {
    // $275.50 × 4 days × 3 weeks = $3,306; $1,102 a week.
    const estimate = estimateCost({ dailyRate: 275.5, daysPerWeek: 4, weeks: 3 });
    expect(estimate.days).to.equal(12);
    expect(estimate.patientCost).to.equal(3306);
    expect(estimate.planCost).to.equal(0);
    expect(estimate.outOfPocketMaxReached).to.equal(false);
    expect(estimate.byWeek.map((w) => w.patient)).to.deep.equal([1102, 1102, 1102]);
  });

  describe('rounding in integers', () => {
    it('rounds 29% of a $7.50 claim half-up to $2.18, where floating point gives $2.17', () => {
      // 0.29 × 750 cents is exactly 217.5 cents, but the double product is 217.49999999999997.
      expect(Math.round(0.29 * 750)).to.equal(217);
      // Per claim: 2900 bp × 750 + 5000 = 2,180,000 → 218 cents. Four claims: 872 cents; rounding each claim
      // naively would give 4 × 217 = 868, and rounding the total 0.29 × 3000 = 870.
      const coverage: Coverage = { network: 'in', coinsurance: 0.29 };
      const one = estimateCost({ dailyRate: 7.5, daysPerWeek: 1, weeks: 1, coverage });
      expect(one.coinsurancePaid).to.equal(2.18);
      const four = estimateCost({ dailyRate: 7.5, daysPerWeek: 4, weeks: 1, coverage });
      expect(four.patientCost).to.equal(8.72);
      expect(four.planCost).to.equal(21.28); // 30.00 − 8.72
    });

    it('keeps 29% of $750.00 at exactly $217.50, so whole-dollar display rounds to $218', () => {
      // 2900 bp × 75,000 cents = 217,500,000 → 21,750 cents. The dollar product 0.29 × 750 is 217.49999999999997,
      // which a widget would round to 217.
      expect(Math.round(0.29 * 750)).to.equal(217);
      const coverage: Coverage = { network: 'in', coinsurance: 0.29 };
      const estimate = estimateCost({ dailyRate: 750, daysPerWeek: 1, weeks: 1, coverage });
      expect(cents(estimate.coinsurancePaid)).to.equal(21750);
      expect(estimate.coinsurancePaid).to.equal(217.5);
      expect(Math.round(estimate.patientCost)).to.equal(218);
    });

    it('rounds dollar inputs to cents half-up on the decimal as written', () => {
      // 0.285 is stored as 0.28499999…; Math.round(0.285 * 100) would give 28 cents.
      expect(Math.round(0.285 * 100)).to.equal(28);
      expect(estimateCost({ dailyRate: 0.285, daysPerWeek: 1, weeks: 1 }).patientCost).to.equal(0.29);
      expect(Math.round(1.005 * 100)).to.equal(100);
      expect(estimateCost({ dailyRate: 1.005, daysPerWeek: 2, weeks: 1 }).patientCost).to.equal(2.02);
    });

    it('rounds coinsurance fractions to basis points', () => {
      // 0.12345 → 1234.5 bp → 1235 bp; 12.35% of $100 = $12.35 (1234 bp would give $12.34).
      const coverage: Coverage = { network: 'in', coinsurance: 0.12345 };
      const estimate = estimateCost({ dailyRate: 100, daysPerWeek: 1, weeks: 1, coverage });
      expect(estimate.coinsurancePaid).to.equal(12.35);
    });
  });

  describe('already-met amounts above the plan amounts', () => {
    it('are clamped and reported by clampCoverage', () => {
      const { coverage, clamped } = clampCoverage({
        network: 'in',
        deductible: 1000,
        deductibleMet: 1500,
        coinsurance: 0.2,
        outOfPocketMax: 2000,
        outOfPocketMet: 2500,
      });
      expect(coverage.deductibleMet).to.equal(1000);
      expect(coverage.outOfPocketMet).to.equal(2000);
      expect(clamped).to.deep.equal([
        { field: 'coverage.deductibleMet', value: 1500, clampedTo: 1000 },
        { field: 'coverage.outOfPocketMet', value: 2500, clampedTo: 2000 },
      ]);
    });

    it('clamp a met deductible to the default deductible of 0, and leave the rest alone', () => {
      const { coverage, clamped } = clampCoverage({
        network: 'in',
        coinsurance: 0.2,
        deductibleMet: 50,
        outOfPocketMet: 900,
      });
      // No outOfPocketMax means no cap to clamp to.
      expect(clamped).to.deep.equal([{ field: 'coverage.deductibleMet', value: 50, clampedTo: 0 }]);
      expect(coverage).to.deep.equal({ network: 'in', coinsurance: 0.2, deductibleMet: 0, outOfPocketMet: 900 });
    });

    it('report nothing when within the plan amounts', () => {
      const input: Coverage = {
        network: 'in',
        deductible: 1000,
        deductibleMet: 1000,
        coinsurance: 0.2,
        outOfPocketMax: 2000,
        outOfPocketMet: 1999.99,
      };
      expect(clampCoverage(input)).to.deep.equal({ coverage: input, clamped: [] });
    });

    it('throw for an invalid coverage with fields named as in estimateCost', () => {
      try {
        clampCoverage({ network: 'in', deductible: -1 } as Coverage);
        expect.fail('expected a throw');
      } catch (error) {
        expect(error).to.be.instanceOf(CarepathInputError);
        const fields = (error as CarepathInputError).issues.map((i) => i.field);
        expect(fields).to.have.members(['coverage.deductible', 'coverage.coinsurance']);
      }
    });

    it('do not make estimateCost throw, and act as the plan amounts', () => {
      // Deductible fully met, cap fully met: nothing left to pay on $400 × 2.
      const estimate = estimateCost({
        dailyRate: 400,
        daysPerWeek: 2,
        weeks: 1,
        coverage: {
          network: 'in',
          deductible: 1000,
          deductibleMet: 5000,
          coinsurance: 0.2,
          outOfPocketMax: 2000,
          outOfPocketMet: 9000,
        },
      });
      expect(estimate.patientCost).to.equal(0);
      expect(estimate.outOfPocketMaxReached).to.equal(true);
      // Deductible met (clamped to 1000) but cap open: only 20% coinsurance, 2 × 80 = 160.
      const open = estimateCost({
        dailyRate: 400,
        daysPerWeek: 2,
        weeks: 1,
        coverage: { network: 'in', deductible: 1000, deductibleMet: 5000, coinsurance: 0.2 },
      });
      expect(open.patientCost).to.equal(160);
      expect(open.deductiblePaid).to.equal(0);
    });
  });

  describe('invalid input', () => {
    const valid = { dailyRate: 300, daysPerWeek: 3, weeks: 8 };

    it('rejects days per week outside 1–7 and non-whole numbers', () => {
      expect(issueFor({ ...valid, daysPerWeek: 0 }, 'daysPerWeek')).to.deep.equal({
        field: 'daysPerWeek',
        value: 0,
        message: 'must be at least 1, got 0',
      });
      const eight = issueFor({ ...valid, daysPerWeek: 8 }, 'daysPerWeek');
      expect(eight.value).to.equal(8);
      expect(eight.message).to.contain('at most 7');
      const fraction = issueFor({ ...valid, daysPerWeek: 2.5 }, 'daysPerWeek');
      expect(fraction.value).to.equal(2.5);
      expect(fraction.message).to.contain('whole number');
    });

    it('rejects more than 52 weeks and non-whole weeks', () => {
      const weeks = issueFor({ ...valid, weeks: 53 }, 'weeks');
      expect(weeks.value).to.equal(53);
      expect(weeks.message).to.contain('at most 52');
      expect(issueFor({ ...valid, weeks: 1.5 }, 'weeks').message).to.contain('whole number');
    });

    it('rejects negative, non-finite and missing money', () => {
      const negative = issueFor({ ...valid, dailyRate: -5 }, 'dailyRate');
      expect(negative.value).to.equal(-5);
      expect(negative.message).to.contain('at least 0');
      const nan = issueFor({ ...valid, dailyRate: Number.NaN }, 'dailyRate');
      expect(nan.value).to.be.NaN;
      expect(nan.message).to.contain('finite number');
      const infinite = issueFor(
        { ...valid, coverage: { network: 'in', coinsurance: 0.2, outOfPocketMax: Infinity } },
        'coverage.outOfPocketMax',
      );
      expect(infinite.value).to.equal(Infinity);
      expect(infinite.message).to.contain('finite number');
      expect(issueFor({ daysPerWeek: 3, weeks: 8 }, 'dailyRate').message).to.contain('required');
      expect(issueFor({ ...valid, dailyRate: '300' }, 'dailyRate').message).to.contain('number');
    });

    it('rejects amounts too large to keep the arithmetic exact', () => {
      expect(issueFor({ ...valid, dailyRate: 1e12 }, 'dailyRate').message).to.contain('at most 1000000000');
    });

    it('requires coinsurance for a deductible-and-coinsurance plan', () => {
      const issue = issueFor({ ...valid, coverage: { network: 'in', deductible: 1000 } }, 'coverage.coinsurance');
      expect(issue.value).to.equal(undefined);
      expect(issue.message).to.contain('required');
      expect(issue.message).to.contain('from 0 to 1');
      // The default design is deductible-coinsurance out of network too.
      const out = issueFor({ ...valid, coverage: { network: 'out' } }, 'coverage.coinsurance');
      expect(out.message).to.contain('required');
    });

    it('requires a copay for a copay plan', () => {
      const issue = issueFor({ ...valid, coverage: { network: 'in', design: 'copay' } }, 'coverage.copay');
      expect(issue.value).to.equal(undefined);
      expect(issue.message).to.contain('required');
      expect(issue.message).to.contain('dollars per program day');
    });

    it('rejects coinsurance given as a percent', () => {
      const issue = issueFor({ ...valid, coverage: { network: 'in', coinsurance: 20 } }, 'coverage.coinsurance');
      expect(issue.value).to.equal(20);
      expect(issue.message).to.contain('at most 1');
    });

    it('rejects unknown networks, designs and fields', () => {
      const network = issueFor({ ...valid, coverage: { network: 'maybe', coinsurance: 0.2 } }, 'coverage.network');
      expect(network.message).to.contain('must be one of "in", "out", "none"');
      const hmo = { ...valid, coverage: { network: 'in', design: 'hmo', coinsurance: 0.2 } };
      const design = issueFor(hmo, 'coverage.design');
      expect(design.value).to.equal('hmo');
      // A misspelt optional field would otherwise silently drop the cap.
      const misspelt = { ...valid, coverage: { network: 'in', coinsurance: 0.2, outOfPocketMaximum: 100 } };
      const unknown = issueFor(misspelt, 'coverage');
      expect(unknown.message).to.contain('"outOfPocketMaximum"');
      const topLevel = issueFor({ ...valid, daysperweek: 5 }, '');
      expect(topLevel.message).to.contain('"daysperweek"');
    });

    it('reports every problem at once, in a CarepathInputError naming estimateCost', () => {
      try {
        estimateCost({ dailyRate: -1, daysPerWeek: 8, weeks: 0 });
        expect.fail('expected a throw');
      } catch (error) {
        expect(error).to.be.instanceOf(CarepathInputError);
        expect((error as Error).message).to.match(/^estimateCost: /);
        const fields = (error as CarepathInputError).issues.map((i) => i.field);
        expect(fields).to.have.members(['dailyRate', 'daysPerWeek', 'weeks']);
      }
    });
  });

  describe('properties', () => {
    const money = (maxCents: number) => fc.integer({ min: 0, max: maxCents }).map((c) => c / 100);
    const coverageArb: fc.Arbitrary<Coverage> = fc.record(
      {
        network: fc.constantFrom(...NETWORKS),
        design: fc.constantFrom(...PLAN_DESIGNS),
        deductible: money(1_000_000),
        deductibleMet: money(1_200_000),
        // Both terms are always given, so any design is valid.
        coinsurance: fc.integer({ min: 0, max: 10000 }).map((bp) => bp / 10000),
        copay: money(50_000),
        outOfPocketMax: money(2_000_000),
        outOfPocketMet: money(2_200_000),
        billedRate: money(200_000),
      },
      { requiredKeys: ['network', 'coinsurance', 'copay'] },
    );
    const inputArb: fc.Arbitrary<CostInput> = fc.record(
      {
        dailyRate: money(150_000),
        daysPerWeek: fc.integer({ min: 1, max: 7 }),
        weeks: fc.integer({ min: 1, max: 52 }),
        coverage: coverageArb,
      },
      { requiredKeys: ['dailyRate', 'daysPerWeek', 'weeks'] },
    );
    const insuredArb = inputArb.chain((input) =>
      coverageArb
        .filter((c) => c.network !== 'none')
        .map((coverage) => ({ ...input, coverage }) satisfies CostInput),
    );

    /** The cap left before day 1, in cents, per the published clamping. */
    function remainingCap({ outOfPocketMax, outOfPocketMet = 0 }: Coverage): number | undefined {
      if (outOfPocketMax === undefined) return undefined;
      return Math.max(0, cents(outOfPocketMax) - Math.min(cents(outOfPocketMet), cents(outOfPocketMax)));
    }

    it('never charges a negative amount, and never less for more days', () => {
      fc.assert(
        fc.property(inputArb, (input) => {
          const base = estimateCost(input);
          expect(base.patientCost).to.be.at.least(0);
          expect(base.planCost).to.be.at.least(0);
          if (input.weeks < 52) {
            expect(estimateCost({ ...input, weeks: input.weeks + 1 }).patientCost).to.be.at.least(base.patientCost);
          }
          if (input.daysPerWeek < 7) {
            const more = estimateCost({ ...input, daysPerWeek: input.daysPerWeek + 1 });
            expect(more.patientCost).to.be.at.least(base.patientCost);
          }
        }),
        { numRuns: 200 },
      );
    });

    it('keeps the in-plan share within the remaining cap, with the balance bill on top', () => {
      fc.assert(
        fc.property(insuredArb, (input) => {
          const estimate = estimateCost(input);
          const cap = remainingCap(input.coverage);
          const share = cents(estimate.patientCost) - cents(estimate.balanceBill);
          expect(share).to.be.at.least(0);
          if (cap === undefined) return;
          expect(share).to.be.at.most(cap);
          expect(cents(estimate.patientCost)).to.be.at.most(cap + cents(estimate.balanceBill));
          expect(estimate.outOfPocketMaxReached).to.equal(share === cap);
        }),
        { numRuns: 200 },
      );
    });

    it('splits the allowed total exactly between visitor and plan', () => {
      fc.assert(
        fc.property(insuredArb, (input) => {
          const estimate = estimateCost(input);
          const allowedTotal = cents(input.dailyRate) * estimate.days;
          const share = cents(estimate.patientCost) - cents(estimate.balanceBill);
          expect(share + cents(estimate.planCost)).to.equal(allowedTotal);
          const parts = sumCents([estimate.deductiblePaid, estimate.coinsurancePaid, estimate.copayPaid]);
          expect(parts).to.equal(share);
          if (input.coverage.network === 'in') expect(estimate.balanceBill).to.equal(0);
        }),
        { numRuns: 200 },
      );
    });

    it('has weekly figures that add up to the totals', () => {
      fc.assert(
        fc.property(inputArb, (input) => {
          const estimate = estimateCost(input);
          const weeks = Array.from({ length: input.weeks }, (_, i) => i + 1);
          expect(estimate.byWeek.map((w) => w.week)).to.deep.equal(weeks);
          expect(sumCents(estimate.byWeek.map((w) => w.patient))).to.equal(cents(estimate.patientCost));
          expect(sumCents(estimate.byWeek.map((w) => w.plan))).to.equal(cents(estimate.planCost));
          expect(estimate.days).to.equal(input.daysPerWeek * input.weeks);
        }),
        { numRuns: 200 },
      );
    });
  });
});

describe('summarizeCost', () => {
  it('rounds "you pay" half-up and makes "plan pays" the program cost minus it, so the figures add up', () => {
    // 29% of $750.00 is exactly $217.50 (the core's integer arithmetic): "you pay" shows $218, and "plan pays"
    // is 750 − 218 = 532, not round(532.50) = 533, which would make 218 + 533 = 751 on screen.
    const estimate = estimateCost({ dailyRate: 750, daysPerWeek: 1, weeks: 1, coverage: { network: 'in', coinsurance: 0.29 } });
    expect([estimate.patientCost, estimate.planCost]).to.deep.equal([217.5, 532.5]);
    const summary = summarizeCost(estimate);
    expect(summary).to.deep.equal({
      programCost: 750,
      youPay: 218,
      planPays: 532,
      balanceBill: 0,
      youPayPerWeek: 218,
      byWeek: [{ week: 1, programCost: 750, youPay: 218, planPays: 532 }],
    });
  });

  it('counts the balance bill in the program cost and in "you pay", and averages per week', () => {
    // Allowed $300, billed $400, 20% coinsurance, 3 days × 2 weeks: 6 × (60 + 100) = 960 you pay, 6 × 240 plan.
    const estimate = estimateCost({
      dailyRate: 300,
      daysPerWeek: 3,
      weeks: 2,
      coverage: { network: 'out', coinsurance: 0.2, billedRate: 400 },
    });
    const summary = summarizeCost(estimate);
    expect(summary.programCost).to.equal(2400);
    expect(summary.youPay).to.equal(960);
    expect(summary.planPays).to.equal(1440);
    expect(summary.balanceBill).to.equal(600);
    expect(summary.youPayPerWeek).to.equal(480);
    expect(summary.byWeek.map((week) => [week.youPay, week.planPays])).to.deep.equal([
      [480, 720],
      [480, 720],
    ]);
  });

  it('rounds the weekly average half-up in integers', () => {
    // $100.50 × 1 day × 3 weeks = $301.50 → $100.50 a week → $101 (half-up), and $301.50 → $302 in total.
    const summary = summarizeCost(estimateCost({ dailyRate: 100.5, daysPerWeek: 1, weeks: 3 }));
    expect(summary.youPay).to.equal(302);
    expect(summary.youPayPerWeek).to.equal(101);
    // $100.49 a week stays $100.
    expect(summarizeCost(estimateCost({ dailyRate: 100.49, daysPerWeek: 1, weeks: 3 })).youPayPerWeek).to.equal(100);
  });

  it('never shows a negative or fractional figure, and every row adds up', () => {
    const money = (maxCents: number) => fc.integer({ min: 0, max: maxCents }).map((c) => c / 100);
    fc.assert(
      fc.property(
        money(150_000),
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: 1, max: 52 }),
        fc.constantFrom(...NETWORKS),
        fc.integer({ min: 0, max: 10000 }).map((bp) => bp / 10000),
        money(2_000_000),
        money(200_000),
        (dailyRate, daysPerWeek, weeks, network, coinsurance, outOfPocketMax, billedRate) => {
          const estimate = estimateCost({ dailyRate, daysPerWeek, weeks, coverage: { network, coinsurance, outOfPocketMax, billedRate } });
          const summary = summarizeCost(estimate);
          const figures = [summary.programCost, summary.youPay, summary.planPays, summary.balanceBill, summary.youPayPerWeek];
          for (const row of summary.byWeek) figures.push(row.programCost, row.youPay, row.planPays);
          for (const figure of figures) {
            expect(Number.isInteger(figure), String(figure)).to.equal(true);
            expect(figure).to.be.at.least(0);
          }
          expect(summary.youPay + summary.planPays).to.equal(summary.programCost);
          expect(Math.abs(summary.youPay - estimate.patientCost)).to.be.at.most(0.5);
          expect(summary.balanceBill).to.be.at.most(summary.youPay);
          for (const row of summary.byWeek) expect(row.youPay + row.planPays).to.equal(row.programCost);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('typicalCourse', () => {
  it('gives IOP 3 days × 10 weeks, PHP 5 × 3, outpatient 1 day and no length, and nothing for 24-hour care', () => {
    expect(typicalCourse('iop')).to.deep.equal({ daysPerWeek: 3, weeks: 10 });
    expect(typicalCourse('php')).to.deep.equal({ daysPerWeek: 5, weeks: 3 });
    expect(typicalCourse('outpatient')).to.deep.equal({ daysPerWeek: 1 });
    expect(typicalCourse('inpatient')).to.equal(undefined);
    expect(typicalCourse('residential')).to.equal(undefined);
  });

  it("agrees with the schedule preview's default days, and is valid input for estimateCost", () => {
    for (const level of CARE_LEVEL_IDS) {
      const course = typicalCourse(level);
      if (level === 'php' || level === 'iop' || level === 'outpatient') {
        expect(course?.daysPerWeek, level).to.equal(defaultSchedule(level).days.length);
      }
      if (course?.weeks !== undefined) {
        expect(estimateCost({ dailyRate: 1, daysPerWeek: course.daysPerWeek, weeks: course.weeks }).days).to.equal(course.daysPerWeek * course.weeks);
      }
    }
  });
});
