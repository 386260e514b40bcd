import { expect, fixture } from '@open-wc/testing';
import { html, unsafeStatic } from 'lit/static-html.js';
import * as z from 'zod/mini';
import { CARE_LEVEL_IDS } from '../../src/core/levels.js';
import { COMMON_FIELDS, COMMON_SHAPE, CarepathElement, type CommonConfig } from '../../src/internal/carepath-element.js';
import { define } from '../../src/internal/define.js';
import {
  argTypesOf,
  attributeConverter,
  defineFields,
  field,
  jsonSchemaOf,
  kebab,
  metadataOf,
  propertiesOf,
  shapeOf,
  specsOf,
  type FieldProperties,
  type FieldValues,
} from '../../src/internal/fields.js';
import { captureWarnings } from '../helpers/console.js';

const COVERAGES = ['self-pay', 'in-network', 'out-of-network'] as const;

const DEMO_FIELDS = defineFields({
  dailyRate: field.money({ doc: 'Price for one program day, in dollars.' }),
  weeks: field.integer({ min: 1, max: 52, default: 8, doc: 'How many weeks the program lasts.' }),
  coinsurance: field.percent({ doc: 'Your share after the deductible, in percent.' }),
  coverage: field.oneOf(COVERAGES, { default: 'self-pay', doc: 'How the visitor pays.' }),
  levels: field.list(CARE_LEVEL_IDS, { default: ['php', 'iop'], doc: 'Levels to show, in order.' }),
  tracks: field.pairs(z.string().check(z.regex(/^\d\d:\d\d$/)), { doc: 'Start times by track name.' }),
  askSex: field.boolean({ doc: 'Ask sex for the AUDIT-C cut-off.' }),
  heading: field.text({ maxLength: 20, doc: 'Heading above the widget.' }),
  level: field.oneOf(CARE_LEVEL_IDS, { default: 'iop', type: 'CareLevelId', doc: 'The level.' }),
  deductible: field.money({ schema: z.number().check(z.minimum(0), z.maximum(100000)), doc: 'Per plan year.' }),
  ctaHref: field.url({ attribute: 'link', doc: 'Where the button goes.' }),
  rates: field.json(z.strictObject({ iop: z.optional(z.number()) }), { doc: 'Price per level.', type: 'CostRates' }),
});

type DemoConfig = FieldValues<typeof DEMO_FIELDS>;

// Type-level checks: a field with a default is always present, the others may be absent.
const sample: DemoConfig = { weeks: 8, coverage: 'in-network', levels: ['iop'], askSex: false, level: 'php' };
// @ts-expect-error weeks has a default, so the resolved config always has it
const missing: DemoConfig = { coverage: 'self-pay', levels: ['iop'], askSex: false, level: 'php' };
// @ts-expect-error coverage is one of COVERAGES
const wrong: DemoConfig = { ...sample, coverage: 'free' };
void [missing, wrong];

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- the properties' types come from the table
class DemoWidget extends CarepathElement<CommonConfig & DemoConfig> {
  static override widget = 'demo';
  static override properties = propertiesOf(DEMO_FIELDS);
  static override configShape = { ...COMMON_SHAPE, ...shapeOf(DEMO_FIELDS) };
  static override configFields = { ...COMMON_FIELDS, ...specsOf(DEMO_FIELDS) };
  protected override renderWidget() {
    return html`<p>${this.config.weeks} weeks</p>`;
  }
}
// The properties, typed from the same table (declaration merging: no fourth declaration per field).
// eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unsafe-declaration-merging
interface DemoWidget extends FieldProperties<typeof DEMO_FIELDS> {}
define('carepath-fields-demo', DemoWidget);
const tag = unsafeStatic('carepath-fields-demo');

describe('field tables (one declaration per field)', () => {
  it('names attributes in kebab-case unless given, and gives JSON-only fields none', () => {
    expect(kebab('secondaryCtaHref')).to.equal('secondary-cta-href');
    expect(DEMO_FIELDS.dailyRate.attribute).to.equal('daily-rate');
    expect(DEMO_FIELDS.ctaHref.attribute).to.equal('link');
    expect(DEMO_FIELDS.rates.attribute).to.equal(false);
    expect(specsOf(DEMO_FIELDS).rates).to.deep.equal({ attribute: 'rates', kind: 'json' });
    expect(specsOf(DEMO_FIELDS).levels).to.deep.equal({ attribute: 'levels', kind: 'list' });
  });

  it('derives the zod shape: defaults, ranges, allowed words, unique lists, safe links', () => {
    const schema = z.object(shapeOf(DEMO_FIELDS));
    expect(schema.parse({})).to.deep.equal({ weeks: 8, coverage: 'self-pay', levels: ['php', 'iop'], askSex: false, level: 'iop' });
    const bad = schema.safeParse({ weeks: 53, coinsurance: 101, coverage: 'free', levels: ['iop', 'iop'], ctaHref: 'javascript:alert(1)', dailyRate: -1, heading: 'x'.repeat(21) });
    expect(bad.success).to.equal(false);
    expect(bad.error?.issues.map((issue) => issue.path.join('.')).sort()).to.deep.equal(['coinsurance', 'coverage', 'ctaHref', 'dailyRate', 'heading', 'levels', 'weeks']);
    expect(z.object(shapeOf(DEMO_FIELDS)).safeParse({ weeks: 2.5 }).success, 'integer').to.equal(false);
    expect(z.object(shapeOf(DEMO_FIELDS)).safeParse({ deductible: 100001 }).success, "a schema the core states replaces the builder's").to.equal(false);
  });

  it('converts attribute text by kind, keeping text that does not convert', () => {
    expect(attributeConverter('number').fromAttribute?.('8')).to.equal(8);
    expect(attributeConverter('number').fromAttribute?.('eight')).to.equal('eight');
    expect(attributeConverter('list').fromAttribute?.(' php  iop ')).to.deep.equal(['php', 'iop']);
    expect(attributeConverter('pairs').fromAttribute?.('morning=09:00 evening=18:00')).to.deep.equal({ morning: '09:00', evening: '18:00' });
    expect(attributeConverter('pairs').fromAttribute?.('morning')).to.equal('morning');
    expect(attributeConverter('boolean').fromAttribute?.('')).to.equal(true);
    expect(attributeConverter('boolean').fromAttribute?.('false')).to.equal(false);
    expect(attributeConverter('number').fromAttribute?.(null), 'a removed attribute clears the property').to.equal(undefined);
    expect(attributeConverter('list').toAttribute?.(['php', 'iop'])).to.equal('php iop');
    expect(attributeConverter('pairs').toAttribute?.({ morning: '09:00' })).to.equal('morning=09:00');
  });

  it('gives Lit its property declarations: attributes, converters, no attribute for JSON fields', () => {
    const properties = propertiesOf(DEMO_FIELDS);
    expect(properties.dailyRate).to.include({ attribute: 'daily-rate' });
    expect(properties.askSex).to.include({ attribute: 'ask-sex', type: Boolean });
    expect(properties.rates).to.deep.equal({ attribute: false });
  });

  it('makes a working widget from the table alone: attributes into typed properties, last write wins', async () => {
    const el = await fixture<DemoWidget>(
      html`<${tag} daily-rate="300" weeks="12" coinsurance="20" levels="iop outpatient" tracks="morning=09:00" ask-sex link="/contact"></${tag}>`,
    );
    expect(el.dailyRate).to.equal(300);
    expect(el.weeks).to.equal(12);
    expect(el.coinsurance).to.equal(20);
    expect(el.levels).to.deep.equal(['iop', 'outpatient']);
    expect(el.tracks).to.deep.equal({ morning: '09:00' });
    expect(el.askSex).to.equal(true);
    expect(el.ctaHref).to.equal('/contact');
    expect(el.resolvedConfig).to.include({ weeks: 12, coverage: 'self-pay', askSex: true });
    el.weeks = 10;
    el.setAttribute('weeks', '6');
    await el.updateComplete;
    expect(el.resolvedConfig.weeks).to.equal(6);
    const warnings = await captureWarnings(async () => {
      el.setAttribute('weeks', 'eight');
      await el.updateComplete;
    });
    expect(el.weeks).to.equal('eight');
    expect(el.resolvedConfig.weeks, 'the default').to.equal(8);
    expect(warnings[0]).to.contain('<carepath-demo> attribute weeks="eight"');
  });

  it('describes every field for the manifest, the builder form and Storybook', () => {
    const meta = metadataOf(DEMO_FIELDS);
    expect(meta.map((entry) => entry.name)).to.deep.equal(Object.keys(DEMO_FIELDS));
    expect(meta.find((entry) => entry.name === 'weeks')).to.deep.equal({
      name: 'weeks', attribute: 'weeks', kind: 'number', type: 'number', doc: 'How many weeks the program lasts.', default: 8, control: 'number', unit: 'count', min: 1, max: 52,
    });
    expect(meta.find((entry) => entry.name === 'coverage')).to.include({ type: "'self-pay' | 'in-network' | 'out-of-network'", control: 'select' });
    expect(meta.find((entry) => entry.name === 'dailyRate')).to.include({ unit: 'money', min: 0 });
    expect(meta.find((entry) => entry.name === 'coinsurance')).to.include({ unit: 'percent', min: 0, max: 100 });
    expect(meta.find((entry) => entry.name === 'rates')).to.include({ type: 'CostRates', control: 'object' }).and.not.have.property('attribute');
    expect(meta.find((entry) => entry.name === 'level')).to.include({ type: 'CareLevelId', control: 'select', default: 'iop' });
    const argTypes = argTypesOf(DEMO_FIELDS);
    expect(argTypes.coverage).to.deep.include({ name: 'coverage', options: COVERAGES, description: 'How the visitor pays.' });
    expect(argTypes.weeks?.control).to.deep.equal({ type: 'number', min: 1, max: 52 });
  });

  it('writes the JSON Schema with each field’s doc and default', () => {
    const schema = jsonSchemaOf(DEMO_FIELDS) as { properties: Record<string, Record<string, unknown>>; additionalProperties: unknown };
    expect(schema.properties.weeks).to.include({ type: 'integer', minimum: 1, maximum: 52, default: 8, description: 'How many weeks the program lasts.' });
    expect(schema.properties.coverage).to.deep.include({ enum: [...COVERAGES] });
    expect(schema.additionalProperties).to.equal(false);
  });
});
