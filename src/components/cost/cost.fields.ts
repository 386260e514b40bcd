/**
 * The cost estimator's configuration fields: the only place each is declared. The Lit properties and their
 * attribute converters, the zod shape, the `CostConfig` type, the manifest, the JSON Schema, the embed-code
 * builder's form and Storybook's controls all come from this table (src/internal/fields.ts).
 *
 * Money is dollars, coinsurance a percent (`coinsurance="20"`); the rules for each amount are the core's own
 * schemas (`CostInputSchema`, `CoverageSchema`), so the widget and the core cannot drift.
 */
import * as z from 'zod/mini';
import { CostInputSchema, CoverageSchema, PLAN_DESIGNS } from '../../core/cost.js';
import { CARE_LEVEL_IDS, type CareLevelId } from '../../core/levels.js';
import type { CommonConfig } from '../../internal/carepath-element.js';
import { defineFields, field, type FieldValues } from '../../internal/fields.js';

/** How the visitor pays (the `coverage` attribute), in the attribute's own words. */
export const COVERAGE_CHOICES = ['self-pay', 'in-network', 'out-of-network', 'no-benefits'] as const;
export type CoverageChoice = (typeof COVERAGE_CHOICES)[number];

/** The center's price per program day, per level, in dollars: `{ "iop": 300, "php": 700 }`. */
export type CostRates = Partial<Record<CareLevelId, number>>;

const INPUT = CostInputSchema.shape;
const PLAN = CoverageSchema.shape;
const RatesSchema = z.strictObject({
  inpatient: z.optional(INPUT.dailyRate),
  residential: z.optional(INPUT.dailyRate),
  php: z.optional(INPUT.dailyRate),
  iop: z.optional(INPUT.dailyRate),
  outpatient: z.optional(INPUT.dailyRate),
});

export const COST_FIELDS = defineFields({
  level: field.oneOf(CARE_LEVEL_IDS, {
    default: 'iop',
    type: 'CareLevelId',
    doc: 'The level of care to estimate (`iop` default). `php`, `iop` and `outpatient` show a price; `inpatient` and `residential` show "24-hour care: ask the center". The visitor can pick another level; a quiz in the same `group` switches it unless `independent` or `locked="level"`.',
  }),
  dailyRate: field.money({
    schema: INPUT.dailyRate,
    doc: 'Dollars per program day for the configured `level`: the price for self-pay, the plan\'s allowed amount with insurance (`daily-rate="300"`). Default: `rates` for the level, else the catalog\'s typical price (IOP $300, PHP $825); with neither (outpatient) the visitor is asked to get the price from the center.',
  }),
  daysPerWeek: field.integer({
    schema: INPUT.daysPerWeek,
    doc: 'Program days a week, 1–7, for the configured `level`. Default: the level\'s usual week (IOP 3, PHP 5, outpatient 1).',
  }),
  weeks: field.integer({
    schema: INPUT.weeks,
    doc: 'Weeks of the program, 1–52 (one plan year), for the configured `level`. Default: IOP 10, PHP 3; outpatient asks.',
  }),
  coverage: field.oneOf(COVERAGE_CHOICES, {
    default: 'self-pay',
    type: 'CoverageChoice',
    doc: 'How the visitor pays: `self-pay` (default), `in-network`, `out-of-network` or `no-benefits` (insurance that does not cover this program).',
  }),
  design: field.oneOf(PLAN_DESIGNS, {
    default: 'deductible-coinsurance',
    type: 'PlanDesign',
    doc: 'How the plan shares costs: `deductible-coinsurance` (default) or `copay` (a set amount per program day; no deductible).',
  }),
  deductible: field.money({
    schema: PLAN.deductible,
    doc: 'The plan\'s yearly deductible in dollars (what the visitor pays before the plan starts to pay). Default 0.',
  }),
  deductibleMet: field.money({
    schema: PLAN.deductibleMet,
    doc: 'Dollars already paid toward the deductible this plan year; above `deductible` it is clamped, with a note.',
  }),
  coinsurance: field.percent({
    doc: 'The visitor\'s share after the deductible, as a percent 0–100: `coinsurance="20"`. A value above 0 and at most 1 warns "did you mean N%?" and is still used as written (`0.2` is 0.2%): the unit is percent everywhere (attribute, property, JSON, the visitor\'s field), the field shows the number used, and the visitor sees a note beside it.',
  }),
  copay: field.money({ schema: PLAN.copay, doc: 'Dollars per program day with a `copay` plan.' }),
  oopMax: field.money({ schema: PLAN.outOfPocketMax, doc: 'The plan\'s yearly out-of-pocket maximum in dollars. Default: no cap.' }),
  oopMet: field.money({
    schema: PLAN.outOfPocketMet,
    doc: 'Dollars already paid toward the out-of-pocket maximum this plan year; above `oop-max` it is clamped, with a note.',
  }),
  billedRate: field.money({
    schema: PLAN.billedRate,
    doc: 'Out of network only: what the center bills per day; the excess over `daily-rate` is the balance bill.',
  }),
  currency: field.text({
    default: 'USD',
    schema: z.string().check(z.regex(/^[A-Za-z]{3}$/, 'must be a 3-letter currency code, like "USD"')),
    doc: 'ISO 4217 code used to display money (`USD` default): `currency="USD"`. Amounts are not converted.',
  }),
  rates: field.json(RatesSchema, {
    type: 'CostRates',
    doc: 'The center\'s price per program day for each level, in dollars: `{ "rates": { "iop": 300, "php": 700 } }` in the JSON child, or the property. Presets the price when the level changes.',
  }),
});

/** The estimator's configuration in effect (`el.resolvedConfig`). `coinsurance` is a percent; the core takes a fraction. */
export type CostConfig = CommonConfig & FieldValues<typeof COST_FIELDS>;
