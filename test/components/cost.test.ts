import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import * as z from 'zod/mini';
import { CarepathCost } from '../../src/components/cost/cost.js';
import '../../src/components/cost/define.js';
import { estimateCost, type CostEstimate, type CostInput } from '../../src/core/cost.js';
import { publish } from '../../src/internal/channel.js';
import { itHandlesBadAttributes } from '../helpers/bad-config.js';
import { captureWarnings } from '../helpers/console.js';
import { esCost } from '../../src/translations/es.js';

const root = (el: CarepathCost) => el.shadowRoot as ShadowRoot;
const $ = <T extends Element = HTMLElement>(el: CarepathCost, selector: string) => root(el).querySelector<T>(selector) as T;
const $$ = <T extends Element = HTMLElement>(el: CarepathCost, selector: string) => Array.from(root(el).querySelectorAll<T>(selector));
/** Text with whitespace squashed (includes visually hidden words). */
const textOf = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** The rendered value of one figure in the results (`you-pay`, `program-cost`, …), or null when it is not shown. */
const figure = (el: CarepathCost, name: string) => {
  const node = $(el, `[data-figure="${name}"] .figure-value`);
  return node ? textOf(node) : null;
};
const field = (el: CarepathCost, name: string) => $<HTMLInputElement>(el, `#field-${name}`);
const errorText = (el: CarepathCost, name: string) => textOf($(el, `#error-${name}`));

/** Whole dollars as en-US shows them; the rounding below is done here, independently of the widget and core. */
const usd = (value: number) => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0, minimumFractionDigits: 0 }).format(value);
const cents = (dollars: number) => Math.round(dollars * 100);
/** Half-up to whole dollars from integer cents (values are ≥ 0). */
const whole = (centsValue: number) => Math.floor((centsValue + 50) / 100);

/** What a widget shows for an estimate: "you pay" rounded, "plan pays" = program cost − "you pay". */
function shown(estimate: CostEstimate) {
  const youPay = whole(cents(estimate.patientCost));
  const programCost = whole(cents(estimate.patientCost) + cents(estimate.planCost));
  return {
    youPay,
    programCost,
    planPays: programCost - youPay,
    balanceBill: whole(cents(estimate.balanceBill)),
    perWeek: Math.floor((cents(estimate.patientCost) / estimate.byWeek.length + 50) / 100),
  };
}

/** Types into a field the way a visitor does: `input` events while typing, `change` when leaving the field. */
async function typeIn(el: CarepathCost, name: string, value: string): Promise<void> {
  const input = field(el, name);
  expect(input, `field ${name}`).to.exist;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

async function choose(el: CarepathCost, name: 'coverage' | 'design', value: string): Promise<void> {
  const radio = $<HTMLInputElement>(el, `input[name="${name}"][value="${value}"]`);
  expect(radio, `${name}=${value}`).to.exist;
  radio.click();
  await el.updateComplete;
}

async function selectLevel(el: CarepathCost, level: string): Promise<void> {
  const select = field(el, 'level') as unknown as HTMLSelectElement;
  select.value = level;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** Records the widget's events, to check which fire. */
function recordEvents(el: EventTarget): string[] {
  const seen: string[] = [];
  for (const type of ['carepath-estimate', 'carepath-config-error']) el.addEventListener(type, () => seen.push(type));
  return seen;
}

/** No NaN, no "undefined", no negative amount anywhere a visitor can read or hear. */
function expectNoBadFigures(el: CarepathCost): void {
  const text = textOf(root(el));
  expect(text).not.to.match(/NaN|undefined|Infinity/);
  expect(text, 'no negative amount').not.to.match(/[-−]\s?\$|\$\s?[-−]/);
  for (const node of $$(el, '.figure-value, td')) expect(textOf(node)).not.to.match(/[-−]\d/);
}

/** A widget inside a wrapper of a given width (the widget's container queries read its own width). */
async function atWidth(width: number, template: TemplateResult): Promise<CarepathCost> {
  const wrapper = await fixture<HTMLDivElement>(html`<div>${template}</div>`);
  wrapper.style.width = `${width}px`;
  const el = wrapper.querySelector('carepath-cost') as CarepathCost;
  await el.updateComplete;
  return el;
}

describe('<carepath-cost>', () => {
  describe('figures come from the core', () => {
    const cases: [string, () => TemplateResult, CostInput][] = [
      ['self-pay', () => html`<carepath-cost daily-rate="300" days-per-week="3" weeks="8"></carepath-cost>`, { dailyRate: 300, daysPerWeek: 3, weeks: 8 }],
      [
        'in network, deductible and coinsurance, cap reached',
        () =>
          html`<carepath-cost coverage="in-network" daily-rate="300" days-per-week="3" weeks="10" deductible="1500" deductible-met="250" coinsurance="20" oop-max="2500"></carepath-cost>`,
        {
          dailyRate: 300,
          daysPerWeek: 3,
          weeks: 10,
          coverage: { network: 'in', design: 'deductible-coinsurance', deductible: 1500, deductibleMet: 250, coinsurance: 0.2, outOfPocketMax: 2500 },
        },
      ],
      [
        'copay, cap reached mid-course',
        () => html`<carepath-cost level="php" coverage="in-network" design="copay" copay="40" oop-max="4000" oop-met="3800"></carepath-cost>`,
        { dailyRate: 825, daysPerWeek: 5, weeks: 3, coverage: { network: 'in', design: 'copay', copay: 40, outOfPocketMax: 4000, outOfPocketMet: 3800 } },
      ],
      [
        'out of network with a balance bill',
        () =>
          html`<carepath-cost coverage="out-of-network" daily-rate="250" billed-rate="300" days-per-week="3" weeks="10" deductible="1000" coinsurance="30" oop-max="6000"></carepath-cost>`,
        {
          dailyRate: 250,
          daysPerWeek: 3,
          weeks: 10,
          coverage: { network: 'out', design: 'deductible-coinsurance', deductible: 1000, coinsurance: 0.3, outOfPocketMax: 6000, billedRate: 300 },
        },
      ],
      ['no benefits', () => html`<carepath-cost coverage="no-benefits" daily-rate="280" days-per-week="4" weeks="6"></carepath-cost>`, { dailyRate: 280, daysPerWeek: 4, weeks: 6, coverage: { network: 'none' } }],
    ];

    for (const [name, template, input] of cases) {
      it(`shows estimateCost's figures: ${name}`, async () => {
        let el!: CarepathCost;
        const warnings = await captureWarnings(async () => {
          el = await fixture<CarepathCost>(template());
        });
        expect(warnings).to.deep.equal([]);
        const expected = estimateCost(input);
        expect(el.estimate).to.deep.equal(expected);
        const figures = shown(expected);
        expect(figure(el, 'you-pay')).to.equal(usd(figures.youPay));
        expect(figure(el, 'program-cost')).to.equal(usd(figures.programCost));
        expect(figure(el, 'per-week')).to.equal(usd(figures.perWeek));
        expect(figure(el, 'days')).to.equal(String(expected.days));
        if (input.coverage === undefined) {
          expect(figure(el, 'plan-pays'), 'self-pay has no plan').to.equal(null);
          expect($(el, '[part="bar"]')).to.equal(null);
        } else {
          expect(figure(el, 'plan-pays')).to.equal(usd(figures.planPays));
          expect($$(el, '.split td').map((td) => textOf(td))).to.deep.equal([usd(figures.youPay), usd(figures.planPays)]);
        }
        expect(figure(el, 'balance-bill')).to.equal(input.coverage?.network === 'out' ? usd(figures.balanceBill) : null);
        const insured = input.coverage?.network === 'in' || input.coverage?.network === 'out';
        const cap = textOf($(el, '[data-figure="cap"]'));
        if (!insured) expect($(el, '[data-figure="cap"]')).to.equal(null);
        else if (expected.outOfPocketMaxReached) expect(cap).to.equal('You reach your out-of-pocket limit. After that, your plan pays the full allowed amount.');
        else expect(cap).to.equal('You do not reach your out-of-pocket limit.');
        expectNoBadFigures(el);
      });
    }

    it('really reaches the cap in the cap cases, and has a balance bill out of network', () => {
      expect(estimateCost(cases[1]![2]).outOfPocketMaxReached).to.equal(true);
      expect(estimateCost(cases[2]![2]).outOfPocketMaxReached).to.equal(true);
      expect(estimateCost(cases[3]![2]).balanceBill).to.equal(1500);
    });

    it('puts the results in a polite <output> tied to the inputs', async () => {
      const el = await fixture<CarepathCost>(html`<carepath-cost coverage="in-network" coinsurance="20"></carepath-cost>`);
      const output = $(el, 'output');
      expect(output.getAttribute('aria-live')).to.equal('polite');
      expect(textOf(output)).to.contain('You pay');
      const ids = (output.getAttribute('for') ?? '').split(' ');
      expect(ids).to.include.members(['field-level', 'field-daily-rate', 'field-weeks', 'field-coinsurance']);
      for (const id of ids) expect(root(el).getElementById(id), id).to.exist;
    });

    it('says when there is no out-of-pocket limit', async () => {
      const el = await fixture<CarepathCost>(html`<carepath-cost coverage="in-network" coinsurance="20"></carepath-cost>`);
      expect(textOf($(el, '[data-figure="cap"]'))).to.equal('With no out-of-pocket limit entered, there is no cap on what you pay.');
    });

    it('draws the bar from the shown figures, with widths as attributes and no style bindings anywhere', async () => {
      const el = await fixture<CarepathCost>(
        html`<carepath-cost coverage="in-network" daily-rate="300" days-per-week="3" weeks="10" deductible="1500" coinsurance="20" oop-max="2500"></carepath-cost>`,
      );
      // 2,500 of 9,000: the visitor's share is 27.78% of the bar.
      const you = $(el, '.bar-svg .seg.you');
      const plan = $(el, '.bar-svg .seg.plan');
      expect(parseFloat(you.getAttribute('width') ?? '')).to.be.closeTo((2500 / 9000) * 100, 0.001);
      expect(parseFloat(plan.getAttribute('x') ?? '')).to.be.closeTo((2500 / 9000) * 100, 0.001);
      expect(parseFloat(plan.getAttribute('width') ?? '')).to.be.closeTo((6500 / 9000) * 100, 0.001);
      expect(plan.getAttribute('fill'), 'the plan share is hatched, not just another colour').to.equal('url(#hatch-bar)');
      expect($(el, '#hatch-bar')).to.exist;
      expect($(el, '.bar-svg').getAttribute('aria-hidden')).to.equal('true');
      expect($$(el, '[style]')).to.deep.equal([]);
      expect(textOf($(el, '.split caption'))).to.equal('Who pays what');
      expect($$(el, '.split th[scope="row"]').map((th) => textOf(th))).to.deep.equal(['You pay', 'Your plan pays']);
    });

    it("has a week-by-week chart with a label, and a table in <details> holding the core's byWeek figures", async () => {
      const el = await fixture<CarepathCost>(
        html`<carepath-cost coverage="in-network" daily-rate="300" days-per-week="3" weeks="10" deductible="1500" coinsurance="20" oop-max="2500"></carepath-cost>`,
      );
      const chart = $(el, '.chart-svg');
      expect(chart.getAttribute('role')).to.equal('img');
      expect(chart.getAttribute('aria-label')).to.contain('each week');
      expect($$(el, '.chart-svg .seg.you')).to.have.length(10);
      const details = $<HTMLDetailsElement>(el, 'details.by-week');
      expect(textOf(details.querySelector('summary'))).to.equal('Show the numbers by week');
      details.open = true;
      const estimate = el.estimate as CostEstimate;
      const rows = Array.from(details.querySelectorAll('tbody tr'), (row) => Array.from(row.children, (cell) => textOf(cell)));
      expect(rows).to.deep.equal(
        estimate.byWeek.map((week) => {
          const you = whole(cents(week.patient));
          const total = whole(cents(week.patient) + cents(week.plan));
          return [String(week.week), usd(you), usd(total - you), usd(total)];
        }),
      );
      // Week 1 pays the deductible (3 × $300 = $900), and the cap is reached during week 4.
      expect(rows[0]).to.deep.equal(['1', '$900', '$0', '$900']);
      expect(rows[9]).to.deep.equal(['10', '$0', '$900', '$900']);
      expect($$(el, 'details th[scope="col"]').map((th) => textOf(th))).to.deep.equal(['Week', 'You pay', 'Your plan pays', 'Total']);
    });

    it('shows the assumptions and the disclaimer', async () => {
      const el = await fixture<CarepathCost>(html`<carepath-cost coverage="in-network" coinsurance="20"></carepath-cost>`);
      const about = textOf($(el, '[part="disclaimer"]'));
      expect(about).to.contain('one plan year').and.contain('one claim').and.contain('allows per day');
      expect(about).to.contain('This is an estimate').and.contain('what your plan allows').and.contain('authorization').and.contain('handles your claims');
      expect(textOf($(el, '.results-heading'))).to.equal('Your estimate: Intensive outpatient (IOP)');
    });

    it('exposes estimate as a documented read-only getter', async () => {
      const descriptor = Object.getOwnPropertyDescriptor(CarepathCost.prototype, 'estimate');
      expect(descriptor?.get).to.be.a('function');
      expect(descriptor?.set).to.equal(undefined);
      const el = await fixture<CarepathCost>(html`<carepath-cost></carepath-cost>`);
      expect(el.estimate).to.deep.equal(estimateCost({ dailyRate: 300, daysPerWeek: 3, weeks: 10 }));
    });
  });

  describe('levels and prices', () => {
    it('presets IOP with its sourced typical price, $300 a day, 3 days a week for 10 weeks', async () => {
      const el = await fixture<CarepathCost>(html`<carepath-cost></carepath-cost>`);
      expect(field(el, 'daily-rate').value).to.equal('300');
      expect(field(el, 'days-per-week').value).to.equal('3');
      expect(field(el, 'weeks').value).to.equal('10');
      expect(textOf($(el, '#hint-daily-rate'))).to.equal('A typical price. Many centers charge $250 to $350 a day. Ask the center for its own price.');
      expect(el.configIssues).to.deep.equal([]);
    });

    it("uses the partner's rates from the JSON child, per level, as the visitor switches level", async () => {
      const el = await fixture<CarepathCost>(html`<carepath-cost>
        <script type="application/json">{ "rates": { "iop": 280, "php": 650 } }</script>
      </carepath-cost>`);
      expect(field(el, 'daily-rate').value).to.equal('280');
      expect(textOf($(el, '#hint-daily-rate'))).to.equal("The center's price for one program day.");
      expect(el.estimate).to.deep.equal(estimateCost({ dailyRate: 280, daysPerWeek: 3, weeks: 10 }));
      await selectLevel(el, 'php');
      expect(field(el, 'daily-rate').value).to.equal('650');
      expect(el.estimate).to.deep.equal(estimateCost({ dailyRate: 650, daysPerWeek: 5, weeks: 3 }));
    });

    it('takes daily-rate for the configured level only; another level starts from its own preset', async () => {
      const el = await fixture<CarepathCost>(html`<carepath-cost daily-rate="310" weeks="6"></carepath-cost>`);
      expect(el.estimate).to.deep.equal(estimateCost({ dailyRate: 310, daysPerWeek: 3, weeks: 6 }));
      await selectLevel(el, 'php');
      expect(el.estimate).to.deep.equal(estimateCost({ dailyRate: 825, daysPerWeek: 5, weeks: 3 }));
    });

    it('replaces a price the visitor typed when the visitor picks another level', async () => {
      const el = await fixture<CarepathCost>(html`<carepath-cost></carepath-cost>`);
      await typeIn(el, 'daily-rate', '350');
      expect(el.estimate?.patientCost).to.equal(350 * 30);
      await selectLevel(el, 'php');
      expect(field(el, 'daily-rate').value).to.equal('825');
      await selectLevel(el, 'iop');
      expect(field(el, 'daily-rate').value).to.equal('300');
    });

    for (const level of ['inpatient', 'residential'] as const) {
      it(`shows "24-hour care: ask the center" for ${level}, never a price`, async () => {
        const el = await fixture<CarepathCost>(html`<carepath-cost level=${level}>
          <script type="application/json">{ "rates": { "iop": 280 } }</script>
        </carepath-cost>`);
        expect(textOf($(el, '[part="note"] .note-heading'))).to.equal('24-hour care: ask the center');
        expect(el.estimate).to.equal(null);
        expect(textOf($(el, '.results'))).not.to.contain('$');
        expect($(el, 'output')).to.equal(null);
        expect(field(el, 'daily-rate')).to.equal(null);
        expect($(el, 'input[name="coverage"]')).to.equal(null);
        expect(field(el, 'level'), 'the visitor can still pick another level').to.exist;
        await selectLevel(el, 'iop');
        expect(el.estimate?.patientCost).to.equal(280 * 30);
      });
    }

    it('asks for the price when a level has none (outpatient), and says what to enter', async () => {
      const el = await fixture<CarepathCost>(html`<carepath-cost level="outpatient"></carepath-cost>`);
      expect(field(el, 'daily-rate').value).to.equal('');
      expect(textOf($(el, '#hint-daily-rate'))).to.equal('Ask the center for its price for one program day. Then enter it here.');
      expect(field(el, 'days-per-week').value).to.equal('1');
      expect(textOf($(el, 'output'))).to.equal('Enter the price per day and the number of weeks to see your estimate.');
      expect(el.estimate).to.equal(null);
      expect($(el, '#error-daily-rate'), 'a prompt, not an error, before the visitor tries').to.equal(null);
      await typeIn(el, 'daily-rate', '150');
      await typeIn(el, 'weeks', '12');
      expect(el.estimate).to.deep.equal(estimateCost({ dailyRate: 150, daysPerWeek: 1, weeks: 12 }));
    });
  });

  describe('attributes', () => {
    it('coverage and design show only the fields that apply', async () => {
      const el = await fixture<CarepathCost>(html`<carepath-cost></carepath-cost>`);
      const names = () => $$<HTMLInputElement>(el, 'input[type="text"]').map((input) => input.name);
      expect(names()).to.deep.equal(['daily-rate', 'days-per-week', 'weeks']);
      await choose(el, 'coverage', 'in-network');
      expect(names()).to.deep.equal(['daily-rate', 'days-per-week', 'weeks', 'deductible', 'deductible-met', 'coinsurance', 'oop-max', 'oop-met']);
      expect(textOf($(el, 'label[for="field-daily-rate"]'))).to.equal('Amount your plan allows per day');
      await choose(el, 'design', 'copay');
      expect(names()).to.deep.equal(['daily-rate', 'days-per-week', 'weeks', 'copay', 'oop-max', 'oop-met']);
      await choose(el, 'coverage', 'out-of-network');
      expect(names()).to.deep.equal(['daily-rate', 'billed-rate', 'days-per-week', 'weeks', 'copay', 'oop-max', 'oop-met']);
      await choose(el, 'coverage', 'no-benefits');
      expect(names()).to.deep.equal(['daily-rate', 'days-per-week', 'weeks']);
      expect($(el, 'input[name="design"]')).to.equal(null);
    });

    it('labels every input, with a visible $ or % and the right inputmode', async () => {
      const el = await fixture<CarepathCost>(html`<carepath-cost coverage="out-of-network"></carepath-cost>`);
      for (const input of $$<HTMLInputElement>(el, 'input')) expect(input.labels?.length ?? 0, input.outerHTML).to.be.greaterThan(0);
      expect(field(el, 'level').labels?.length).to.equal(1);
      for (const name of ['daily-rate', 'billed-rate', 'deductible', 'deductible-met', 'oop-max', 'oop-met']) {
        expect(field(el, name).type).to.equal('text');
        expect(field(el, name).inputMode, name).to.equal('decimal');
        expect(textOf($(el, `[data-field="${name}"] .affix`)), name).to.equal('$');
      }
      expect(textOf($(el, '[data-field="coinsurance"] .affix'))).to.equal('%');
      expect(field(el, 'weeks').inputMode).to.equal('numeric');
      expect(field(el, 'days-per-week').inputMode).to.equal('numeric');
      expect(textOf($(el, '#hint-deductible'))).to.equal('What you pay each year before your plan starts to pay. Leave it blank if you have none.');
      expect(field(el, 'deductible').getAttribute('aria-describedby')).to.equal('hint-deductible');
    });

    it('reads every plan attribute in its unit: coinsurance in percent, money in dollars', async () => {
      const el = await fixture<CarepathCost>(
        html`<carepath-cost coverage="out-of-network" design="deductible-coinsurance" daily-rate="200" days-per-week="2" weeks="5" deductible="300" deductible-met="100" coinsurance="25" oop-max="900" oop-met="50" billed-rate="260" copay="99"></carepath-cost>`,
      );
      expect(el.estimate).to.deep.equal(
        estimateCost({
          dailyRate: 200,
          daysPerWeek: 2,
          weeks: 5,
          coverage: { network: 'out', design: 'deductible-coinsurance', deductible: 300, deductibleMet: 100, coinsurance: 0.25, outOfPocketMax: 900, outOfPocketMet: 50, billedRate: 260 },
        }),
      );
      expect(field(el, 'coinsurance').value).to.equal('25');
      expect(field(el, 'copay'), 'not shown for this design').to.equal(null);
    });

    it('currency="EUR" shows euros (nothing is converted)', async () => {
      const el = await fixture<CarepathCost>(html`<carepath-cost currency="eur" daily-rate="100" days-per-week="1" weeks="2"></carepath-cost>`);
      expect(figure(el, 'you-pay')).to.equal('€200');
      expect(textOf($(el, '[data-field="daily-rate"] .affix'))).to.equal('€');
      expect(el.configIssues).to.deep.equal([]);
    });

    it('takes a property over its attribute, and the attribute over the JSON child', async () => {
      const el = await fixture<CarepathCost>(html`<carepath-cost weeks="8">
        <script type="application/json">{ "weeks": 4, "daysPerWeek": 2, "coverage": "no-benefits" }</script>
      </carepath-cost>`);
      expect(el.estimate).to.deep.equal(estimateCost({ dailyRate: 300, daysPerWeek: 2, weeks: 8, coverage: { network: 'none' } }));
      el.weeks = 5;
      el.coverage = 'self-pay';
      await el.updateComplete;
      expect(el.estimate).to.deep.equal(estimateCost({ dailyRate: 300, daysPerWeek: 2, weeks: 5 }));
    });

    it("ranks the visitor's own entry above the property", async () => {
      const el = await fixture<CarepathCost>(html`<carepath-cost weeks="8"></carepath-cost>`);
      await typeIn(el, 'weeks', '6');
      el.weeks = 4;
      await el.updateComplete;
      expect(field(el, 'weeks').value).to.equal('6');
      expect(el.estimate?.byWeek).to.have.length(6);
    });

    it('locked="level daily-rate" shows them as text, and the visitor cannot change them', async () => {
      const el = await fixture<CarepathCost>(html`<carepath-cost locked="level daily-rate" level="php">
        <script type="application/json">{ "rates": { "php": 650 } }</script>
      </carepath-cost>`);
      expect(field(el, 'level')).to.equal(null);
      expect(field(el, 'daily-rate')).to.equal(null);
      expect(textOf($(el, '.fixed[data-field="level"]'))).to.equal('Level of care Partial hospitalization (PHP)');
      expect(textOf($(el, '.fixed[data-field="daily-rate"]'))).to.equal('Price per day $650');
      expect(el.estimate).to.deep.equal(estimateCost({ dailyRate: 650, daysPerWeek: 5, weeks: 3 }));
      expect(field(el, 'weeks'), 'the rest stays editable').to.exist;
    });

    it('locked accepts property names too, and locks coverage', async () => {
      const el = await fixture<CarepathCost>(html`<carepath-cost locked="dailyRate coverage" coverage="in-network" coinsurance="20"></carepath-cost>`);
      expect(field(el, 'daily-rate')).to.equal(null);
      expect($(el, 'input[name="coverage"]')).to.equal(null);
      expect(textOf($(el, '.fixed[data-field="coverage"]'))).to.contain("With insurance. The center is in my plan's network.");
      expect($(el, 'input[name="design"]'), 'design is not locked').to.exist;
    });

    it('theme="dark" darkens the widget, debug lists issues inline, group and independent are read', async () => {
      let el!: CarepathCost;
      await captureWarnings(async () => {
        el = await fixture<CarepathCost>(html`<carepath-cost theme="dark" debug group="g-attr" independent weeks="99"></carepath-cost>`);
      });
      expect(getComputedStyle($(el, '.root')).backgroundColor).to.equal('rgb(21, 26, 33)');
      expect(textOf($(el, '.debug'))).to.contain('weeks="99" must be at most 52');
      publish({ v: 1, group: 'g-attr', level: 'php', crisis: false });
      await el.updateComplete;
      expect(el.estimate?.byWeek, 'independent: no switch').to.have.length(10);
    });

    it('data-layer mirrors carepath-estimate into window.dataLayer as { event, widget, group } only', async () => {
      const host = window as unknown as { dataLayer?: unknown[] };
      host.dataLayer = [];
      const el = await fixture<CarepathCost>(html`<carepath-cost data-layer group="dl"></carepath-cost>`);
      await typeIn(el, 'weeks', '4');
      expect(host.dataLayer).to.deep.equal([{ event: 'carepath_estimate', widget: 'cost', group: 'dl' }]);
      delete host.dataLayer;
    });
  });

  describe("the visitor's entries", () => {
    const badEntries: [string, string, string, string?][] = [
      ['weeks', '', 'Enter the number of weeks, like 8.'],
      ['weeks', 'eight', 'Enter the number of weeks, like 8.'],
      ['weeks', '0', 'Enter a whole number of weeks from 1 to 52, like 8. The estimate covers one plan year.'],
      ['weeks', '53', 'Enter a whole number of weeks from 1 to 52, like 8. The estimate covers one plan year.'],
      ['weeks', '-4', 'Enter a whole number of weeks from 1 to 52, like 8. The estimate covers one plan year.'],
      ['days-per-week', '8', 'Enter a whole number of days from 1 to 7, like 3.'],
      ['days-per-week', '2.5', 'Enter a whole number of days from 1 to 7, like 3.'],
      ['daily-rate', '-300', 'Enter an amount of 0 or more, like $300.'],
      ['daily-rate', 'abc', 'Enter the price per day, like $300.'],
      ['daily-rate', '', 'Enter the price per day, like $300.'],
      ['coinsurance', '150', 'Enter a percent from 0 to 100, like 20.', 'in-network'],
      ['coinsurance', '', 'Enter your coinsurance as a percent, like 20.', 'in-network'],
      ['deductible', 'lots', 'Enter your deductible as a number, like $1,500, or leave it blank.', 'in-network'],
      ['oop-max', '-1', 'Enter an amount of 0 or more, like $5,000.', 'in-network'],
    ];
    for (const [name, typed, message, coverage] of badEntries) {
      it(`says what to do beside ${name} for "${typed}", keeps the last estimate, and shows no NaN or negative`, async () => {
        const el = await fixture<CarepathCost>(html`<carepath-cost coverage=${coverage ?? 'self-pay'} coinsurance="20"></carepath-cost>`);
        const before = el.estimate;
        expect(before).to.not.equal(null);
        const seen = recordEvents(el);
        await typeIn(el, name, typed);
        expect(errorText(el, name)).to.equal(`Error: ${message}`);
        const input = field(el, name);
        expect(input.getAttribute('aria-invalid')).to.equal('true');
        expect(input.getAttribute('aria-describedby')).to.contain(`error-${name}`);
        expect(input.value, 'what the visitor typed stays in the field').to.equal(typed);
        expect(el.estimate).to.deep.equal(before);
        expect(figure(el, 'you-pay')).to.equal(usd(shown(before as CostEstimate).youPay));
        expect(textOf($(el, '[data-figure="stale"]'))).to.equal('These figures are from your last complete entries. Fix the marked fields to update them.');
        expect($(el, '.error-summary'), 'one problem: no summary').to.equal(null);
        expect(seen, 'an invalid entry fires nothing').to.deep.equal([]);
        expectNoBadFigures(el);
      });
    }

    it('accepts what people type: "1,500", "$1,500", "20%" and spaces', async () => {
      const el = await fixture<CarepathCost>(html`<carepath-cost coverage="in-network"></carepath-cost>`);
      await typeIn(el, 'deductible', '$1,500');
      await typeIn(el, 'coinsurance', ' 20 % ');
      await typeIn(el, 'oop-max', '3,000.50');
      expect($$(el, '.error')).to.deep.equal([]);
      expect(el.estimate).to.deep.equal(
        estimateCost({ dailyRate: 300, daysPerWeek: 3, weeks: 10, coverage: { network: 'in', design: 'deductible-coinsurance', deductible: 1500, coinsurance: 0.2, outOfPocketMax: 3000.5 } }),
      );
    });

    it('updates once the entry is fixed, and treats a blank optional field as none', async () => {
      const el = await fixture<CarepathCost>(html`<carepath-cost coverage="in-network" coinsurance="20" deductible="1000"></carepath-cost>`);
      await typeIn(el, 'weeks', '53');
      await typeIn(el, 'weeks', '52');
      expect($(el, '#error-weeks')).to.equal(null);
      expect(field(el, 'weeks').getAttribute('aria-invalid')).to.equal('false');
      expect($(el, '[data-figure="stale"]')).to.equal(null);
      await typeIn(el, 'deductible', '');
      expect($(el, '#error-deductible')).to.equal(null);
      expect(el.estimate).to.deep.equal(estimateCost({ dailyRate: 300, daysPerWeek: 3, weeks: 52, coverage: { network: 'in', design: 'deductible-coinsurance', coinsurance: 0.2 } }));
    });

    it('lists several problems in a summary whose links move focus to each field', async () => {
      const el = await fixture<CarepathCost>(html`<carepath-cost coverage="in-network" coinsurance="20"></carepath-cost>`);
      await typeIn(el, 'days-per-week', '8');
      await typeIn(el, 'coinsurance', '150');
      const summary = $(el, '[part="error-summary"]');
      expect(textOf(summary.querySelector('h3'))).to.equal('There is a problem');
      const links = Array.from(summary.querySelectorAll('a'));
      expect(links.map((link) => [link.getAttribute('href'), textOf(link)])).to.deep.equal([
        ['#field-days-per-week', 'Enter a whole number of days from 1 to 7, like 3.'],
        ['#field-coinsurance', 'Enter a percent from 0 to 100, like 20.'],
      ]);
      links[1]!.click();
      expect(root(el).activeElement).to.equal(field(el, 'coinsurance'));
      links[0]!.click();
      expect(root(el).activeElement).to.equal(field(el, 'days-per-week'));
      expectNoBadFigures(el);
    });

    it('says "enter … to see your estimate" when a needed number is missing, with no stale figures from another plan', async () => {
      const el = await fixture<CarepathCost>(html`<carepath-cost></carepath-cost>`);
      await choose(el, 'coverage', 'in-network');
      expect(textOf($(el, 'output'))).to.equal('Enter your coinsurance to see your estimate.');
      expect(el.estimate).to.equal(null);
      expect($(el, '[part="bar"]')).to.equal(null);
      await choose(el, 'design', 'copay');
      expect(textOf($(el, 'output'))).to.equal('Enter your copay per day to see your estimate.');
      await typeIn(el, 'copay', '25');
      expect(el.estimate?.copayPaid).to.equal(25 * 30);
    });

    it('clamps an "already met" amount above its plan amount, with a gentle note (visitor: no console warning)', async () => {
      const el = await fixture<CarepathCost>(html`<carepath-cost coverage="in-network" coinsurance="20" deductible="1000" oop-max="2000"></carepath-cost>`);
      const warnings = await captureWarnings(async () => {
        await typeIn(el, 'oop-met', '2500');
      });
      expect(warnings).to.deep.equal([]);
      expect(textOf($(el, '#note-oop-met'))).to.equal('This is more than your out-of-pocket limit, so the estimate uses $2,000. You have reached your limit.');
      expect(field(el, 'oop-met').getAttribute('aria-describedby')).to.contain('note-oop-met');
      expect($(el, '#error-oop-met'), 'a note, not an error').to.equal(null);
      expect(el.estimate?.patientCost).to.equal(0);
      expect(el.estimate?.outOfPocketMaxReached).to.equal(true);
      expect(el.estimate).to.deep.equal(
        estimateCost({ dailyRate: 300, daysPerWeek: 3, weeks: 10, coverage: { network: 'in', coinsurance: 0.2, deductible: 1000, outOfPocketMax: 2000, outOfPocketMet: 2000 } }),
      );
    });

    it('clamps a configured "already met" amount, warning once, with the same note', async () => {
      let el!: CarepathCost;
      const warnings = await captureWarnings(async () => {
        el = await fixture<CarepathCost>(html`<carepath-cost coverage="in-network" coinsurance="20" deductible="1000" deductible-met="1500"></carepath-cost>`);
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(warnings).to.deep.equal(['<carepath-cost> deductible-met=1500 is more than deductible=1000; the estimate uses 1000.']);
      expect(textOf($(el, '#note-deductible-met'))).to.equal('This is more than your deductible, so the estimate uses $1,000. Your deductible is met.');
      expect(el.estimate?.deductiblePaid).to.equal(0);
    });

    it('asks "did you mean 20%?" when the visitor types 0.2 as coinsurance, and uses 0.2% as typed', async () => {
      const el = await fixture<CarepathCost>(html`<carepath-cost coverage="in-network"></carepath-cost>`);
      await typeIn(el, 'coinsurance', '0.2');
      expect(textOf($(el, '#note-coinsurance'))).to.equal('This is 0.2%, which is very low. If your coinsurance is 20%, enter 20.');
      expect(field(el, 'coinsurance').getAttribute('aria-describedby')).to.contain('note-coinsurance');
      expect(el.estimate?.coinsurancePaid).to.equal(estimateCost({ dailyRate: 300, daysPerWeek: 3, weeks: 10, coverage: { network: 'in', coinsurance: 0.002 } }).coinsurancePaid);
      await typeIn(el, 'coinsurance', '20');
      expect($(el, '#note-coinsurance')).to.equal(null);
      expect(el.estimate?.coinsurancePaid).to.equal(1800);
    });

    it('keeps what the visitor is typing when something else re-renders the widget', async () => {
      const el = await fixture<CarepathCost>(html`<carepath-cost group="typing"></carepath-cost>`);
      const input = field(el, 'weeks');
      input.value = '1';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      publish({ v: 1, group: 'typing', level: 'php', crisis: false });
      await el.updateComplete;
      expect(field(el, 'weeks').value).to.equal('1');
    });

    it("keeps the visitor's entries in memory only", async () => {
      const stored = [localStorage.length, sessionStorage.length, document.cookie];
      const el = await fixture<CarepathCost>(html`<carepath-cost coverage="in-network"></carepath-cost>`);
      await typeIn(el, 'coinsurance', '30');
      expect([localStorage.length, sessionStorage.length, document.cookie]).to.deep.equal(stored);
    });
  });

  describe('configuration issues', () => {
    it('warns "did you mean 20%?" for coinsurance="0.2" and uses it as written (0.2%)', async () => {
      let el!: CarepathCost;
      const events: Event[] = [];
      const warnings = await captureWarnings(async () => {
        const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
        wrapper.addEventListener('carepath-config-error', (event) => events.push(event));
        wrapper.innerHTML = '<carepath-cost coverage="in-network" coinsurance="0.2"></carepath-cost>';
        el = wrapper.querySelector('carepath-cost') as CarepathCost;
        await el.updateComplete;
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.equal('<carepath-cost> coinsurance=0.2 is read as 0.2%; did you mean 20%? Coinsurance is a percent: write coinsurance="20" for 20%.');
      expect(events).to.have.length(1);
      expect(el.configIssues.map((issue) => issue.field)).to.deep.equal(['coinsurance']);
      expect(el.estimate).to.deep.equal(estimateCost({ dailyRate: 300, daysPerWeek: 3, weeks: 10, coverage: { network: 'in', design: 'deductible-coinsurance', coinsurance: 0.002 } }));
      expect(field(el, 'coinsurance').value, 'the field shows the number used').to.equal('0.2');
      expect(textOf($(el, '#note-coinsurance')), 'the visitor is told too').to.equal('This is 0.2%, which is very low. If your coinsurance is 20%, enter 20.');
    });

    it('describes its configuration as JSON Schema, one property per field (what the published schema is made from)', () => {
      const schema = z.toJSONSchema(z.object(CarepathCost.configShape), { io: 'input', unrepresentable: 'any' }) as { properties: Record<string, { enum?: unknown[]; maximum?: number }> };
      expect(Object.keys(schema.properties).sort()).to.deep.equal(Object.keys(CarepathCost.configFields).sort());
      expect(schema.properties.coverage?.enum).to.deep.equal(['self-pay', 'in-network', 'out-of-network', 'no-benefits']);
      expect(schema.properties.coinsurance?.maximum, 'a percent').to.equal(100);
      expect(schema.properties.weeks?.maximum).to.equal(52);
    });

    it('does not warn for coinsurance="0" or "1.5"', async () => {
      const warnings = await captureWarnings(async () => {
        await fixture(html`<carepath-cost coverage="in-network" coinsurance="0"></carepath-cost>`);
        await fixture(html`<carepath-cost coverage="in-network" coinsurance="1.5"></carepath-cost>`);
      });
      expect(warnings).to.deep.equal([]);
    });

    it('says "did you mean" for a misspelt attribute', async () => {
      const warnings = await captureWarnings(async () => {
        await fixture(html`<carepath-cost daily_rate="300" dailyrate="300" oopmax="5000"></carepath-cost>`);
      });
      expect(warnings).to.have.length(3);
      expect(warnings.join('\n'))
        .to.contain('no attribute "daily_rate"; did you mean "daily-rate"?')
        .and.contain('no attribute "dailyrate"; did you mean "daily-rate"?')
        .and.contain('did you mean "oop-max"?');
    });

    it('warns that rates for 24-hour levels are not used', async () => {
      let el!: CarepathCost;
      const warnings = await captureWarnings(async () => {
        el = await fixture<CarepathCost>(html`<carepath-cost level="residential">
          <script type="application/json">{ "rates": { "residential": 900, "iop": 310 } }</script>
        </carepath-cost>`);
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('rates for residential are not used');
      expect(el.estimate).to.equal(null);
      await selectLevel(el, 'iop');
      expect(field(el, 'daily-rate').value).to.equal('310');
    });

    it('rejects a JSON rates block with an unknown level, keeping the catalog price', async () => {
      let el!: CarepathCost;
      const warnings = await captureWarnings(async () => {
        el = await fixture<CarepathCost>(html`<carepath-cost>
          <script type="application/json">{ "rates": { "detox": 500 } }</script>
        </carepath-cost>`);
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('JSON block rates=').and.contain('"detox"');
      expect(field(el, 'daily-rate').value).to.equal('300');
    });

    const estimateOf = (el: HTMLElement) => (el as CarepathCost).estimate;
    itHandlesBadAttributes('carepath-cost', [
      { attribute: 'level', value: 'detox', check: (el) => void expect(estimateOf(el)?.days).to.equal(30) },
      { attribute: 'daily-rate', value: '-5', check: (el) => void expect(estimateOf(el)?.patientCost).to.equal(9000) },
      { attribute: 'daily-rate', value: 'free' },
      { attribute: 'days-per-week', value: '8', check: (el) => void expect(estimateOf(el)?.days).to.equal(30) },
      { attribute: 'days-per-week', value: '2.5' },
      { attribute: 'weeks', value: '0', check: (el) => void expect(estimateOf(el)?.byWeek).to.have.length(10) },
      { attribute: 'weeks', value: '53' },
      { attribute: 'coverage', value: 'medicaid', check: (el) => void expect(estimateOf(el)?.planCost).to.equal(0) },
      { attribute: 'design', value: 'hmo' },
      { attribute: 'deductible', value: '-1' },
      { attribute: 'deductible-met', value: 'lots' },
      { attribute: 'coinsurance', value: '150' },
      { attribute: 'copay', value: '-20' },
      { attribute: 'oop-max', value: 'none' },
      { attribute: 'oop-met', value: '-3' },
      { attribute: 'billed-rate', value: 'free' },
      { attribute: 'currency', value: 'dollars', check: (el) => void expect(el.shadowRoot?.textContent).to.contain('$9,000') },
      { attribute: 'rates', value: 'iop=300' },
      { attribute: 'theme', value: 'purple' },
      { attribute: 'group', value: 'two words' },
      { attribute: 'locked', value: '1level' },
    ]);
  });

  describe('events', () => {
    it('fires carepath-estimate on change with { input, estimate }, bubbling and composed', async () => {
      const el = await fixture<CarepathCost>(html`<carepath-cost></carepath-cost>`);
      setTimeout(() => void typeIn(el, 'weeks', '6'));
      const event = await oneEvent(el, 'carepath-estimate');
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.detail.input).to.equal('weeks');
      expect(event.detail.estimate).to.deep.equal(estimateCost({ dailyRate: 300, daysPerWeek: 3, weeks: 6 }));
      await el.updateComplete;
      expect(el.estimate).to.deep.equal(event.detail.estimate);
    });

    it('names the input: coverage, design and level changes fire too', async () => {
      const el = await fixture<CarepathCost>(html`<carepath-cost coinsurance="20" copay="30"></carepath-cost>`);
      const inputs: string[] = [];
      el.addEventListener('carepath-estimate', (event) => inputs.push(event.detail.input));
      await choose(el, 'coverage', 'in-network');
      await choose(el, 'design', 'copay');
      await selectLevel(el, 'php');
      await selectLevel(el, 'residential'); // no estimate: nothing fires
      expect(inputs).to.deep.equal(['coverage', 'design', 'level']);
    });

    it('does not fire on keystrokes, only on the change', async () => {
      const el = await fixture<CarepathCost>(html`<carepath-cost></carepath-cost>`);
      const seen = recordEvents(el);
      const input = field(el, 'weeks');
      input.value = '7';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await el.updateComplete;
      expect(seen).to.deep.equal([]);
      expect(el.estimate?.byWeek, 'not committed yet').to.have.length(10);
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
      expect(seen).to.deep.equal(['carepath-estimate']);
    });

    it('fires nothing on programmatic changes or channel messages', async () => {
      const el = await fixture<CarepathCost>(html`<carepath-cost group="ev-quiet"></carepath-cost>`);
      const seen = recordEvents(el);
      el.weeks = 4;
      el.coverage = 'in-network';
      el.coinsurance = 30;
      el.level = 'php';
      await el.updateComplete;
      el.setAttribute('days-per-week', '2');
      el.setAttribute('daily-rate', '500');
      await el.updateComplete;
      expect(el.estimate?.days).to.equal(8);
      publish({ v: 1, group: 'ev-quiet', level: 'iop', crisis: false });
      await el.updateComplete;
      expect(el.estimate?.days, 'switched by the channel').to.equal(30);
      expect(seen).to.deep.equal([]);
    });
  });

  describe('channel', () => {
    it('switches to the level a quiz in its group suggests, with its preset price, firing no event', async () => {
      const el = await fixture<CarepathCost>(html`<carepath-cost group="ch-switch" weeks="8"></carepath-cost>`);
      const seen = recordEvents(el);
      publish({ v: 1, group: 'ch-switch', level: 'php', crisis: false });
      await el.updateComplete;
      expect((field(el, 'level') as unknown as HTMLSelectElement).value).to.equal('php');
      expect(el.estimate).to.deep.equal(estimateCost({ dailyRate: 825, daysPerWeek: 5, weeks: 3 }));
      publish({ v: 1, group: 'ch-switch', level: 'residential', crisis: false });
      await el.updateComplete;
      expect($(el, '[part="note"]')).to.exist;
      expect(el.estimate).to.equal(null);
      publish({ v: 1, group: 'other-group', level: 'iop', crisis: false });
      await el.updateComplete;
      expect($(el, '[part="note"]'), 'other groups are ignored').to.exist;
      expect(seen).to.deep.equal([]);
    });

    it('keeps a price the visitor typed when the channel switches level', async () => {
      const el = await fixture<CarepathCost>(html`<carepath-cost group="ch-typed"></carepath-cost>`);
      await typeIn(el, 'daily-rate', '400');
      publish({ v: 1, group: 'ch-typed', level: 'php', crisis: false });
      await el.updateComplete;
      expect(field(el, 'daily-rate').value).to.equal('400');
      expect(el.estimate).to.deep.equal(estimateCost({ dailyRate: 400, daysPerWeek: 5, weeks: 3 }));
    });

    it('gives a widget that connects later the last message', async () => {
      publish({ v: 1, group: 'ch-late', level: 'php', crisis: false });
      const el = await fixture<CarepathCost>(html`<carepath-cost group="ch-late"></carepath-cost>`);
      expect(el.estimate?.days).to.equal(15);
      expect(el.configIssues).to.deep.equal([]);
    });

    it('switches nothing while the group is in crisis, and shows its configured state', async () => {
      const el = await fixture<CarepathCost>(html`<carepath-cost group="ch-crisis"></carepath-cost>`);
      publish({ v: 1, group: 'ch-crisis', level: 'php', crisis: true });
      await el.updateComplete;
      expect(el.estimate?.days).to.equal(30);
      publish({ v: 1, group: 'ch-crisis', level: 'php', crisis: false });
      await el.updateComplete;
      expect(el.estimate?.days, 'a level does not end the crisis').to.equal(30);
      publish({ v: 1, group: 'ch-crisis', level: null, crisis: false });
      publish({ v: 1, group: 'ch-crisis', level: 'php', crisis: false });
      await el.updateComplete;
      expect(el.estimate?.days, 'after Start over it follows again').to.equal(15);
      publish({ v: 1, group: 'ch-crisis', level: 'inpatient', crisis: true });
      await el.updateComplete;
      expect(el.estimate?.days, 'back to its configured state in a crisis').to.equal(30);
    });

    it('ignores the channel while independent', async () => {
      const el = await fixture<CarepathCost>(html`<carepath-cost group="ch-indep" independent></carepath-cost>`);
      publish({ v: 1, group: 'ch-indep', level: 'php', crisis: false });
      await el.updateComplete;
      expect(el.estimate?.days).to.equal(30);
      el.removeAttribute('independent');
      await el.updateComplete;
      expect(el.estimate?.days, 'follows once it stops being independent').to.equal(15);
    });

    it('ignores the channel for a locked level', async () => {
      const el = await fixture<CarepathCost>(html`<carepath-cost group="ch-locked" locked="level"></carepath-cost>`);
      publish({ v: 1, group: 'ch-locked', level: 'php', crisis: false });
      await el.updateComplete;
      expect(el.estimate?.days).to.equal(30);
      expect(textOf($(el, '.fixed[data-field="level"] .fixed-value'))).to.equal('Intensive outpatient (IOP)');
    });

    it('reverts to the configured level on level: null', async () => {
      const el = await fixture<CarepathCost>(html`<carepath-cost group="ch-null" weeks="8"></carepath-cost>`);
      publish({ v: 1, group: 'ch-null', level: 'php', crisis: false });
      await el.updateComplete;
      expect(el.estimate?.days).to.equal(15);
      publish({ v: 1, group: 'ch-null', level: null, crisis: false });
      await el.updateComplete;
      expect(el.estimate).to.deep.equal(estimateCost({ dailyRate: 300, daysPerWeek: 3, weeks: 8 }));
    });

    it("ranks the visitor's level above the channel", async () => {
      const el = await fixture<CarepathCost>(html`<carepath-cost group="ch-visitor"></carepath-cost>`);
      await selectLevel(el, 'outpatient');
      publish({ v: 1, group: 'ch-visitor', level: 'php', crisis: false });
      await el.updateComplete;
      expect((field(el, 'level') as unknown as HTMLSelectElement).value).to.equal('outpatient');
    });
  });

  describe('language', () => {
    for (const lang of ['es', 'es-MX']) {
      it(`speaks Spanish with lang="${lang}"`, async () => {
        const el = await fixture<CarepathCost>(html`<carepath-cost lang=${lang} coverage="in-network" coinsurance="20" oop-max="2500" deductible="1500"></carepath-cost>`);
        expect(textOf($(el, 'h2'))).to.equal('Calcule su costo');
        expect(textOf($(el, 'label[for="field-weeks"]'))).to.equal('Número de semanas');
        expect(textOf($(el, '.results-heading'))).to.equal('Su costo estimado: Tratamiento ambulatorio intensivo (IOP)');
        expect(textOf($(el, '[data-figure="you-pay"] .lead-label'))).to.equal('Usted paga');
        expect(figure(el, 'you-pay')).to.equal('$2,500');
        expect(textOf($(el, '[data-figure="cap"]'))).to.contain('Usted llega a su límite');
        expect(textOf($(el, 'details summary'))).to.equal('Mostrar las cifras por semana');
        expect(textOf($(el, '[part="disclaimer"]'))).to.contain('autorización');
        await typeIn(el, 'weeks', 'ocho');
        expect(errorText(el, 'weeks')).to.equal('Error: Escriba el número de semanas. Por ejemplo: 8.');
        expectNoBadFigures(el);
      });
    }

    it('has every English string in Spanish', () => {
      const { en } = CarepathCost.translations;
      const es = esCost;
      expect(Object.keys(es).sort()).to.deep.equal(Object.keys(en).sort());
      for (const [key, value] of Object.entries(es)) expect(value, key).to.be.a('string').and.not.equal('');
    });

    it('keeps every English string at or below US grade 8 (Flesch-Kincaid, with a simple syllable count)', () => {
      const syllables = (word: string) => {
        const w = word.toLowerCase().replace(/[^a-z]/g, '');
        if (w.length <= 3) return w ? 1 : 0;
        return Math.max(1, w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '').match(/[aeiouy]{1,2}/g)?.length ?? 1);
      };
      for (const [key, text] of Object.entries(CarepathCost.translations.en)) {
        const plain = String(text).replace(/\{\w+\}/g, '300');
        const words = plain.split(/\s+/).filter((word) => /[a-z0-9]/i.test(word));
        if (words.length < 6) continue; // the formula says nothing about a label of a word or two
        const sentences = Math.max(1, plain.match(/[.!?:]+(\s|$)/g)?.length ?? 0);
        const grade = 0.39 * (words.length / sentences) + 11.8 * (words.reduce((sum, word) => sum + syllables(word), 0) / words.length) - 15.59;
        expect(grade, `${key}: ${plain}`).to.be.at.most(8);
      }
    });

    it('follows an ancestor lang and shows the Spanish 24-hour note', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="es-US"><carepath-cost level="inpatient"></carepath-cost></div>`);
      const el = wrapper.querySelector('carepath-cost') as CarepathCost;
      await el.updateComplete;
      expect(textOf($(el, '.note-heading'))).to.equal('Atención las 24 horas: pregunte al centro');
    });
  });

  describe('layout', () => {
    it('puts the form and the results side by side in a wide container', async () => {
      const el = await atWidth(1200, html`<carepath-cost></carepath-cost>`);
      const form = $(el, '[part="form"]').getBoundingClientRect();
      const results = $(el, '[part="results"]').getBoundingClientRect();
      expect(results.left).to.be.greaterThan(form.right - 1);
      expect(Math.abs(results.top - form.top)).to.be.lessThan(2);
    });

    it('stacks them in a 320 px container, without sideways scrolling', async () => {
      const el = await atWidth(320, html`<carepath-cost coverage="out-of-network" coinsurance="20" weeks="52"></carepath-cost>`);
      const form = $(el, '[part="form"]').getBoundingClientRect();
      const results = $(el, '[part="results"]').getBoundingClientRect();
      expect(results.top).to.be.greaterThan(form.bottom - 1);
      $<HTMLDetailsElement>(el, 'details').open = true;
      expect(el.scrollWidth).to.be.at.most(320);
      expect($(el, '.root').scrollWidth).to.be.at.most(320);
    });

    it('mirrors in right-to-left pages (logical properties)', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl"><carepath-cost></carepath-cost></div>`);
      const el = wrapper.querySelector('carepath-cost') as CarepathCost;
      await el.updateComplete;
      await typeIn(el, 'weeks', 'x');
      const style = getComputedStyle($(el, '.has-error'));
      expect(parseFloat(style.borderRightWidth)).to.be.greaterThan(0);
      expect(parseFloat(style.borderLeftWidth)).to.equal(0);
    });

    it('keeps the shares solid vs hatched in forced colors, and moves nothing under reduced motion', async () => {
      const css = CarepathCost.elementStyles.map((sheet) => ('cssText' in sheet ? sheet.cssText : '')).join('\n');
      expect(css).to.contain('@layer carepath');
      expect(css).to.match(/@media \(forced-colors: active\)[\s\S]*forced-color-adjust: none[\s\S]*\.seg\.you \{\s*fill: CanvasText/);
      await emulateMedia({ reducedMotion: 'reduce' });
      try {
        const el = await fixture<CarepathCost>(html`<carepath-cost></carepath-cost>`);
        for (const node of $$(el, '*')) {
          const style = getComputedStyle(node);
          expect(style.animationName, node.className.toString()).to.equal('none');
          expect(['0s', ''].includes(style.transitionDuration), node.className.toString()).to.equal(true);
        }
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });
  });

  describe('accessibility', () => {
    const states: [string, () => TemplateResult, ((el: CarepathCost) => Promise<void>)?][] = [
      ['self-pay', () => html`<carepath-cost></carepath-cost>`],
      ['in network, cap reached', () => html`<carepath-cost coverage="in-network" deductible="1500" coinsurance="20" oop-max="2500"></carepath-cost>`],
      ['copay', () => html`<carepath-cost coverage="in-network" design="copay" copay="40" level="php"></carepath-cost>`],
      ['out of network', () => html`<carepath-cost coverage="out-of-network" daily-rate="250" billed-rate="300" coinsurance="30"></carepath-cost>`],
      ['no benefits', () => html`<carepath-cost coverage="no-benefits"></carepath-cost>`],
      [
        'errors shown',
        () => html`<carepath-cost coverage="in-network" coinsurance="20"></carepath-cost>`,
        async (el) => {
          await typeIn(el, 'weeks', 'abc');
          await typeIn(el, 'coinsurance', '150');
          await typeIn(el, 'oop-met', '100');
        },
      ],
      ['prompt', () => html`<carepath-cost level="outpatient" coverage="in-network"></carepath-cost>`],
      ['clamped note', () => html`<carepath-cost coverage="in-network" coinsurance="20" deductible="500" deductible-met="900"></carepath-cost>`],
      ['24-hour level', () => html`<carepath-cost level="inpatient"></carepath-cost>`],
      ['locked', () => html`<carepath-cost locked="level daily-rate coverage" coverage="in-network" coinsurance="20"></carepath-cost>`],
      ['dark, cap reached', () => html`<carepath-cost theme="dark" coverage="in-network" deductible="1500" coinsurance="20" oop-max="2500"></carepath-cost>`],
      ['dark, errors shown', () => html`<carepath-cost theme="dark" coverage="out-of-network" coinsurance="20"></carepath-cost>`, async (el) => {
        await typeIn(el, 'weeks', '0');
        await typeIn(el, 'billed-rate', 'x');
      }],
      ['dark, 24-hour level', () => html`<carepath-cost theme="dark" level="residential"></carepath-cost>`],
      ['Spanish, out of network', () => html`<carepath-cost lang="es" coverage="out-of-network" billed-rate="350" coinsurance="20"></carepath-cost>`],
      ['debug with issues', () => html`<carepath-cost debug weeks="99" coinsurance="0.2"></carepath-cost>`],
    ];
    for (const width of [320, 1200]) {
      for (const [name, template, act] of states) {
        it(`passes axe at ${width} px: ${name}`, async () => {
          let el!: CarepathCost;
          await captureWarnings(async () => {
            el = await atWidth(width, template());
            await act?.(el);
          });
          $<HTMLDetailsElement>(el, 'details')?.setAttribute('open', '');
          await expect(el).to.be.accessible();
        });
      }
    }

    it('passes axe with theme="auto" under a dark system setting', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      try {
        const el = await fixture<CarepathCost>(html`<carepath-cost theme="auto" coverage="in-network" coinsurance="20"></carepath-cost>`);
        expect(getComputedStyle($(el, '.root')).backgroundColor).to.equal('rgb(21, 26, 33)');
        await expect(el).to.be.accessible();
      } finally {
        await emulateMedia({ colorScheme: 'light' });
      }
    });
  });

  describe('keyboard', () => {
    it('Tab to a field, type, Tab away: the estimate updates and carepath-estimate fires', async () => {
      const el = await fixture<CarepathCost>(html`<carepath-cost></carepath-cost>`);
      const events: CustomEventInit[] = [];
      el.addEventListener('carepath-estimate', (event) => events.push({ detail: event.detail }));
      field(el, 'days-per-week').focus();
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement).to.equal(field(el, 'weeks'));
      // Tabbing into a text field selects its text, so typing replaces the 10.
      await sendKeys({ type: '6' });
      await el.updateComplete;
      expect(events, 'nothing while typing').to.deep.equal([]);
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(root(el).activeElement).to.not.equal(field(el, 'weeks'));
      expect(events).to.have.length(1);
      expect(events[0]?.detail).to.deep.equal({ input: 'weeks', estimate: estimateCost({ dailyRate: 300, daysPerWeek: 3, weeks: 6 }) });
      expect(el.estimate?.byWeek).to.have.length(6);
      expect(figure(el, 'you-pay')).to.equal('$5,400');
    });

    it('picks a level and a coverage with the keyboard alone', async () => {
      const el = await fixture<CarepathCost>(html`<carepath-cost coinsurance="20"></carepath-cost>`);
      const inputs: string[] = [];
      el.addEventListener('carepath-estimate', (event) => inputs.push(event.detail.input));
      $<HTMLInputElement>(el, 'input[name="coverage"][value="self-pay"]').focus();
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect($<HTMLInputElement>(el, 'input[value="in-network"]').checked).to.equal(true);
      expect(inputs).to.deep.equal(['coverage']);
      expect(el.estimate?.planCost).to.be.greaterThan(0);
    });
  });
});
