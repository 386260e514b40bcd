/**
 * Properties behave as a Lit or Shoelace user expects: an attribute and its property are one source (the
 * attribute converts into the property; the last write wins in either direction), the property reads back what
 * was set in its type, `resolvedConfig` shows what is in effect, and an unknown JSON key warns with "did you mean".
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/cost/define.js';
import '../../src/components/levels/define.js';
import type { CarepathCost } from '../../src/components/cost/cost.js';
import type { CarepathLevels } from '../../src/components/levels/levels.js';
import { captureWarnings } from '../helpers/console.js';

const props = (el: Element) => el as unknown as Record<string, unknown>;

describe('config properties (attribute and property are one source)', () => {
  it('converts attributes into their properties: <carepath-cost weeks="8" daily-rate="300">', async () => {
    const el = await fixture<CarepathCost>(html`<carepath-cost weeks="8" daily-rate="300"></carepath-cost>`);
    expect(el.weeks).to.equal(8);
    expect(el.dailyRate).to.equal(300);
  });

  it('reads back attribute text that is not a number as the text, with an issue', async () => {
    let el!: CarepathCost;
    const warnings = await captureWarnings(async () => {
      el = await fixture<CarepathCost>(html`<carepath-cost weeks="eight"></carepath-cost>`);
    });
    expect(props(el).weeks).to.equal('eight');
    expect(el.configIssues.map((issue) => issue.field)).to.include('weeks');
    expect(warnings.join('\n')).to.contain('attribute weeks="eight"');
  });

  it('lets the last write win: an attribute set after the property replaces it, and the other way round', async () => {
    const el = await fixture<CarepathCost>(html`<carepath-cost daily-rate="300" days-per-week="3" weeks="8"></carepath-cost>`);
    el.weeks = 10;
    await el.updateComplete;
    expect(el.resolvedConfig.weeks).to.equal(10);
    el.setAttribute('weeks', '6');
    await el.updateComplete;
    expect(el.weeks).to.equal(6);
    expect(el.resolvedConfig.weeks).to.equal(6);
    el.weeks = 12;
    await el.updateComplete;
    expect(el.resolvedConfig.weeks).to.equal(12);
    expect(el.estimate?.days, '12 weeks of 3 days').to.equal(36);
  });

  it('reads a string set on a number or list property back in its type', async () => {
    const el = await fixture<CarepathCost>(html`<carepath-cost></carepath-cost>`);
    props(el).weeks = '12';
    expect(el.weeks).to.equal(12);
    const levels = await fixture<CarepathLevels>(html`<carepath-levels></carepath-levels>`);
    props(levels).levels = 'php iop';
    expect(levels.levels).to.deep.equal(['php', 'iop']);
    await levels.updateComplete;
    expect(levels.resolvedConfig.levels).to.deep.equal(['php', 'iop']);
  });

  it('clears the property when its attribute is removed, falling back to the JSON child', async () => {
    const el = await fixture<CarepathCost>(html`<carepath-cost weeks="8"><script type="application/json">{ "weeks": 4 }</script></carepath-cost>`);
    expect(el.resolvedConfig.weeks).to.equal(8);
    el.removeAttribute('weeks');
    await el.updateComplete;
    expect(el.weeks).to.equal(undefined);
    expect(el.resolvedConfig.weeks).to.equal(4);
  });

  it('falls back from an invalid property to the JSON child, then the default', async () => {
    const el = await fixture<CarepathCost>(html`<carepath-cost><script type="application/json">{ "weeks": 4 }</script></carepath-cost>`);
    const warnings = await captureWarnings(async () => {
      el.weeks = 99;
      await el.updateComplete;
    });
    expect(el.weeks, 'the property reads back what was set').to.equal(99);
    expect(el.resolvedConfig.weeks, 'what is in effect').to.equal(4);
    expect(warnings[0]).to.contain('property weeks=99').and.contain('using 4 from the JSON block');
  });

  it('shows the values in effect, read-only, after fallbacks and defaults', async () => {
    const el = await fixture<CarepathCost>(html`<carepath-cost coverage="in-network"></carepath-cost>`);
    expect(el.resolvedConfig).to.include({ coverage: 'in-network', design: 'deductible-coinsurance', currency: 'USD', theme: 'light', group: 'default' });
    expect(Object.isFrozen(el.resolvedConfig)).to.equal(true);
    expect(() => {
      (el as unknown as { resolvedConfig: unknown }).resolvedConfig = {};
    }).to.throw();
  });

  it('warns about an unknown JSON key with "did you mean", at any depth', async () => {
    let el!: CarepathCost;
    const warnings = await captureWarnings(async () => {
      el = await fixture<CarepathCost>(
        html`<carepath-cost><script type="application/json">{ "rate": { "iop": 320 }, "rates": { "IOP": 320, "php": 700 } }</script></carepath-cost>`,
      );
    });
    expect(warnings.join('\n')).to.contain('"rate"').and.contain('did you mean "rates"?');
    expect(warnings.join('\n'), 'added to the rejected field, so one mistake warns once').to.contain('JSON block rates=').and.contain('"IOP": did you mean "iop"?');
    expect(warnings).to.have.length(2);
    expect(el.configIssues.map((issue) => issue.field)).to.have.members(['json.rate', 'rates']);
  });

  it('warns about an unknown key deep inside a value that is otherwise accepted', async () => {
    let el!: CarepathLevels;
    const warnings = await captureWarnings(async () => {
      el = await fixture<CarepathLevels>(html`<carepath-levels><script type="application/json">{ "levels": ["iop"], "hieght": 2 }</script></carepath-levels>`);
    });
    expect(el.resolvedConfig.levels).to.deep.equal(['iop']);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('JSON block has no key "hieght"');
  });

  it('accepts known keys at every depth without a warning', async () => {
    const warnings = await captureWarnings(async () => {
      await fixture(html`<carepath-levels><script type="application/json">{ "overrides": { "iop": { "hours": "12 hours a week" } } }</script></carepath-levels>`);
    });
    expect(warnings).to.deep.equal([]);
  });
});
