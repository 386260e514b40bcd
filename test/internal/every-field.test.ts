/**
 * Every configuration field of every widget, set by attribute and by property, reads back in its type and is in
 * effect (`resolvedConfig`). JSON-only fields are set by property and by the JSON child. The samples must cover
 * every field a widget declares, so a new field fails here until it has one.
 */
import { expect, fixture } from '@open-wc/testing';
import '../../src/register-all.js';
import { getInstrument } from '../../src/core/instruments.js';
import type { CarepathElement } from '../../src/internal/carepath-element.js';
import { captureWarnings } from '../helpers/console.js';

interface Sample {
  /** Attribute text (absent for JSON-only fields). */
  readonly text?: string;
  /** What the property reads back and what is in effect. */
  readonly value: unknown;
  /** Other attributes the value needs (a track named in `tracks`, a deductible for the amount met). */
  readonly with?: string;
}

const COMMON: Readonly<Record<string, Sample>> = {
  theme: { text: 'dark', value: 'dark' },
  group: { text: 'intake', value: 'intake' },
  independent: { text: '', value: true },
  debug: { text: '', value: true },
  dataLayer: { text: '', value: true },
  locked: { text: 'level', value: ['level'] },
  crisisPhone: { text: 'tel:+15555550100', value: 'tel:+15555550100' },
  crisisPhoneLabel: { text: 'Sunrise Recovery', value: 'Sunrise Recovery' },
};

const block = (minutes: number) => [{ kind: 'group', minutes }];
const customInstrument = { ...getInstrument('cage-aid'), id: 'center-screen' };

const SAMPLES: Readonly<Record<string, Readonly<Record<string, Sample>>>> = {
  'carepath-levels': {
    levels: { text: 'php iop', value: ['php', 'iop'] },
    columns: { text: 'hours cost', value: ['hours', 'cost'] },
    highlight: { text: 'php', value: 'php' },
    heading: { text: 'Our programs', value: 'Our programs' },
    layout: { text: 'cards', value: 'cards' },
    ctaLabel: { text: 'Call us', value: 'Call us' },
    ctaHref: { text: 'tel:+15555550100', value: 'tel:+15555550100' },
    overrides: { value: { iop: { hours: '12 hours a week' } } },
  },
  'carepath-quiz': {
    instruments: { text: 'phq-9 gad-7', value: ['phq-9', 'gad-7'] },
    heading: { text: 'A short check-in', value: 'A short check-in' },
    intro: { text: 'It takes a few minutes.', value: 'It takes a few minutes.' },
    ctaLabel: { text: 'Talk to us', value: 'Talk to us' },
    ctaHref: { text: '/contact', value: '/contact' },
    secondaryCtaLabel: { text: 'Our programs', value: 'Our programs' },
    secondaryCtaHref: { text: '/programs', value: '/programs' },
    askSex: { text: '', value: true },
    persist: { text: 'session', value: 'session' },
    answeringFor: { text: 'someone-else', value: 'someone-else' },
    cageAidThreshold: { text: '2', value: 2 },
    customInstruments: { value: [customInstrument] },
    strings: { value: { 'carepath.quiz.start': 'Begin' } },
  },
  'carepath-cost': {
    level: { text: 'php', value: 'php' },
    dailyRate: { text: '300', value: 300 },
    daysPerWeek: { text: '4', value: 4 },
    weeks: { text: '8', value: 8 },
    coverage: { text: 'in-network', value: 'in-network' },
    design: { text: 'copay', value: 'copay' },
    deductible: { text: '1500', value: 1500 },
    deductibleMet: { text: '500', value: 500, with: 'deductible="1500"' },
    coinsurance: { text: '20', value: 20 },
    copay: { text: '50', value: 50 },
    oopMax: { text: '4000', value: 4000 },
    oopMet: { text: '1000', value: 1000, with: 'oop-max="4000"' },
    billedRate: { text: '400.5', value: 400.5 },
    currency: { text: 'EUR', value: 'EUR' },
    rates: { value: { iop: 320, php: 700 } },
  },
  'carepath-schedule': {
    level: { text: 'php', value: 'php' },
    days: { text: 'mon wed fri', value: ['mon', 'wed', 'fri'] },
    start: { text: '17:30', value: '17:30' },
    hoursPerDay: { text: '3', value: 3 },
    track: { text: 'evening', value: 'evening', with: 'tracks="morning=09:00 evening=18:00"' },
    tracks: { text: 'morning=09:00 evening=18:00', value: { morning: '09:00', evening: '18:00' } },
    audience: { text: 'adolescent', value: 'adolescent' },
    blocks: { value: block(180) },
    blocksByDay: { value: { mon: block(240) }, with: 'days="mon wed fri"' },
  },
};

type Widget = CarepathElement & Record<string, unknown> & { resolvedConfig: Record<string, unknown> };

async function mount(tag: string, attributes: string, json?: unknown): Promise<{ el: Widget; warnings: string[] }> {
  let el!: Widget;
  const warnings = await captureWarnings(async () => {
    const script = json === undefined ? '' : `<script type="application/json">${JSON.stringify(json)}</script>`;
    el = await fixture<Widget>(`<${tag} ${attributes}>${script}</${tag}>`);
    await el.updateComplete;
  });
  return { el, warnings };
}

for (const [tag, own] of Object.entries(SAMPLES)) {
  describe(`<${tag}>: every field by attribute and by property`, () => {
    const fields = () => (customElements.get(tag) as unknown as { configFields: Record<string, { attribute: string; kind: string }> }).configFields;
    const samples: Record<string, Sample> = { ...COMMON, ...own };

    it('has a sample for every field it declares', () => {
      expect(Object.keys(samples).sort()).to.deep.equal(Object.keys(fields()).sort());
    });

    for (const [name, sample] of Object.entries(samples)) {
      it(`${name}: ${sample.text === undefined ? 'property and JSON child' : `attribute ${JSON.stringify(sample.text)} and property`}`, async () => {
        const spec = fields()[name];
        expect(spec, name).to.exist;
        if (!spec) return;

        if (sample.text !== undefined) {
          const byAttribute = await mount(tag, `${sample.with ?? ''} ${spec.attribute}="${sample.text}"`);
          expect(byAttribute.el[name], `${spec.attribute}="${sample.text}" reads back`).to.deep.equal(sample.value);
          expect(byAttribute.el.resolvedConfig[name], 'in effect').to.deep.equal(sample.value);
          expect(byAttribute.el.configIssues.filter((issue) => issue.field === spec.attribute)).to.deep.equal([]);

          // The property as text, as React 19 sets it, reads back in its type too (booleans: presence).
          if (spec.kind !== 'boolean') {
            const byText = await mount(tag, sample.with ?? '');
            byText.el[name] = sample.text;
            await byText.el.updateComplete;
            expect(byText.el[name], 'text set on the property').to.deep.equal(sample.value);
          }
        } else {
          const byJson = await mount(tag, sample.with ?? '', { [name]: sample.value });
          expect(byJson.el.resolvedConfig[name], 'from the JSON child').to.deep.equal(sample.value);
          expect(byJson.warnings).to.deep.equal([]);
        }

        const byProperty = await mount(tag, sample.with ?? '');
        byProperty.el[name] = sample.value;
        await byProperty.el.updateComplete;
        expect(byProperty.el[name], 'the property reads back what was set').to.deep.equal(sample.value);
        expect(byProperty.el.resolvedConfig[name], 'in effect').to.deep.equal(sample.value);
        expect(byProperty.el.configIssues.filter((issue) => issue.field === spec.attribute)).to.deep.equal([]);
      });
    }
  });
}
