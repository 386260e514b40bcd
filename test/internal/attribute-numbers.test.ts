import { expect, fixture, html } from '@open-wc/testing';
import '../../src/cost.js';
import type { CarepathCost } from '../../src/components/cost/cost.js';
import { estimateCost } from '../../src/core/cost.js';
import { captureWarnings } from '../helpers/console.js';

describe('numbers in attributes, written as people write them', () => {
  it('reads daily-rate="$300", deductible="1,500", coinsurance="20%" and oop-max="$4,000" with no warning', async () => {
    let el!: CarepathCost;
    const errors: Event[] = [];
    const warnings = await captureWarnings(async () => {
      el = await fixture<CarepathCost>(
        html`<carepath-cost level="iop" daily-rate="$300" days-per-week="3" weeks="8" coverage="in-network" deductible="1,500" coinsurance="20%" oop-max="$4,000" @carepath-config-error=${(event: Event) => errors.push(event)}></carepath-cost>`,
      );
    });
    expect(warnings).to.deep.equal([]);
    expect(errors).to.deep.equal([]);
    expect(el.configIssues).to.deep.equal([]);
    expect(el.estimate).to.deep.equal(
      estimateCost({ dailyRate: 300, daysPerWeek: 3, weeks: 8, coverage: { network: 'in', design: 'deductible-coinsurance', deductible: 1500, coinsurance: 0.2, outOfPocketMax: 4000 } }),
    );
  });

  it('still reports text that is not a number, once, saying what was used instead', async () => {
    let el!: CarepathCost;
    const warnings = await captureWarnings(async () => {
      el = await fixture<CarepathCost>(html`<carepath-cost level="iop" daily-rate="1,50"></carepath-cost>`);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('daily-rate="1,50"');
    expect(warnings[0]).to.contain("using the widget's default");
    expect(el.configIssues.map((issue) => issue.field)).to.deep.equal(['daily-rate']);
  });
});
