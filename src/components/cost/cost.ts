/**
 * `<carepath-cost>`: what a program might cost a visitor, with or without insurance. Every figure comes from the
 * core (`estimateCost` for the arithmetic, `summarizeCost` for the whole dollars on screen, `clampCoverage` for
 * "already met" amounts above their plan amounts); this file only chooses the input and draws the result.
 * Importing it registers nothing (see `define.ts`).
 *
 * Precedence, field by field (docs/reference/attributes.md): the visitor's own entry › the channel (level only) › JS
 * property › attribute › JSON child › default. `daily-rate`, `days-per-week` and `weeks` describe the configured
 * `level`'s program, so — as in `<carepath-schedule>` — they apply only while that level is shown; another level
 * (picked by the visitor or suggested by a quiz) starts from its own preset: the partner's `rates`, else the
 * catalog's sourced typical price, and the core's `typicalCourse`.
 */
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import * as z from 'zod/mini';
import {
  CostInputSchema,
  CoverageSchema,
  PLAN_DESIGNS,
  clampCoverage,
  estimateCost,
  summarizeCost,
  typicalCourse,
  type ClampedField,
  type CostEstimate,
  type CostInput,
  type CostSummary,
  type Coverage,
  type Network,
  type PlanDesign,
} from '../../core/cost.js';
import type { InputIssue } from '../../core/errors.js';
import { CARE_LEVEL_IDS, getCareLevel, type CareLevelId } from '../../core/levels.js';
import { localize as inLanguage } from '../../core/text.js';
import { CarepathEstimateEvent } from '../../events/estimate.js';
import { COMMON_FIELDS, COMMON_SHAPE, CarepathElement, type CommonConfig } from '../../internal/carepath-element.js';
import { readNumber } from '../../internal/attributes.js';
import { baseStyles } from '../../styles/tokens.js';
import { enCost, type TranslationKey } from '../../translations/en.js';
import { costStyles } from './cost.styles.js';

/** How the visitor pays (the `coverage` attribute), in the attribute's own words. */
export const COVERAGE_CHOICES = ['self-pay', 'in-network', 'out-of-network', 'no-benefits'] as const;
export type CoverageChoice = (typeof COVERAGE_CHOICES)[number];

/** The estimator's number inputs, by attribute name (also `detail.input` of `carepath-estimate`). */
export const COST_NUMBER_INPUTS = [
  'daily-rate',
  'days-per-week',
  'weeks',
  'deductible',
  'deductible-met',
  'coinsurance',
  'copay',
  'oop-max',
  'oop-met',
  'billed-rate',
] as const;
export type CostNumberInput = (typeof COST_NUMBER_INPUTS)[number];
/** Every input the visitor can change: `detail.input` of `carepath-estimate`. */
export type CostInputName = 'level' | 'coverage' | 'design' | CostNumberInput;

/** The center's price per program day, per level, in dollars: `{ "iop": 300, "php": 700 }`. */
export type CostRates = Partial<Record<CareLevelId, number>>;

export interface CostConfig extends CommonConfig {
  readonly level: CareLevelId;
  readonly dailyRate?: number;
  readonly daysPerWeek?: number;
  readonly weeks?: number;
  readonly coverage: CoverageChoice;
  readonly design: PlanDesign;
  readonly deductible?: number;
  readonly deductibleMet?: number;
  /** A percent (20 for 20%); the core takes a fraction. */
  readonly coinsurance?: number;
  readonly copay?: number;
  readonly oopMax?: number;
  readonly oopMet?: number;
  readonly billedRate?: number;
  readonly currency: string;
  readonly rates?: CostRates;
}

const NETWORK_OF: Readonly<Record<CoverageChoice, Network | undefined>> = {
  'self-pay': undefined,
  'in-network': 'in',
  'out-of-network': 'out',
  'no-benefits': 'none',
};

/** Field schemas come from the core's own schemas, so the widget and the core cannot drift. */
const INPUT = CostInputSchema.shape;
const PLAN = CoverageSchema.shape;
/** Coinsurance as people and plan documents write it: a percent. The core's fraction is this ÷ 100. */
const PERCENT = z.number().check(z.minimum(0), z.maximum(100));
const CURRENCY = z.string().check(z.regex(/^[A-Za-z]{3}$/, 'must be a 3-letter currency code, like "USD"'));
const RatesSchema = z.strictObject({
  inpatient: z.optional(INPUT.dailyRate),
  residential: z.optional(INPUT.dailyRate),
  php: z.optional(INPUT.dailyRate),
  iop: z.optional(INPUT.dailyRate),
  outpatient: z.optional(INPUT.dailyRate),
});

type ConfigNumber = 'dailyRate' | 'daysPerWeek' | 'weeks' | 'deductible' | 'deductibleMet' | 'coinsurance' | 'copay' | 'oopMax' | 'oopMet' | 'billedRate';

interface NumberSpec {
  readonly property: ConfigNumber;
  readonly unit: 'money' | 'count' | 'percent';
  /** Checks a value in the widget's units (percent for coinsurance) by the core's rules. */
  readonly schema: z.ZodMiniType;
  /** Shown in the error messages: "like 8". */
  readonly example: number;
  readonly label: TranslationKey;
  readonly hint?: TranslationKey;
  /** "Enter the number of weeks, like 8." — for an empty required field, or text that is not a number. */
  readonly enter: TranslationKey;
  /** "Enter a whole number of weeks from 1 to 52." — for a number outside what the core allows. */
  readonly range: TranslationKey;
  /** Required fields only: "the number of weeks", for "Enter … to see your estimate." */
  readonly need?: TranslationKey;
}

const NUMBERS: Readonly<Record<CostNumberInput, NumberSpec>> = {
  'daily-rate': {
    property: 'dailyRate',
    unit: 'money',
    schema: INPUT.dailyRate,
    example: 300,
    label: 'carepath.cost.label.dailyRate',
    enter: 'carepath.cost.enter.dailyRate',
    range: 'carepath.cost.range.money',
    need: 'carepath.cost.need.dailyRate',
  },
  'days-per-week': {
    property: 'daysPerWeek',
    unit: 'count',
    schema: INPUT.daysPerWeek,
    example: 3,
    label: 'carepath.cost.label.daysPerWeek',
    hint: 'carepath.cost.hint.daysPerWeek',
    enter: 'carepath.cost.enter.daysPerWeek',
    range: 'carepath.cost.range.daysPerWeek',
    need: 'carepath.cost.need.daysPerWeek',
  },
  weeks: {
    property: 'weeks',
    unit: 'count',
    schema: INPUT.weeks,
    example: 8,
    label: 'carepath.cost.label.weeks',
    hint: 'carepath.cost.hint.weeks',
    enter: 'carepath.cost.enter.weeks',
    range: 'carepath.cost.range.weeks',
    need: 'carepath.cost.need.weeks',
  },
  deductible: {
    property: 'deductible',
    unit: 'money',
    schema: PLAN.deductible,
    example: 1500,
    label: 'carepath.cost.label.deductible',
    hint: 'carepath.cost.hint.deductible',
    enter: 'carepath.cost.enter.deductible',
    range: 'carepath.cost.range.money',
  },
  'deductible-met': {
    property: 'deductibleMet',
    unit: 'money',
    schema: PLAN.deductibleMet,
    example: 500,
    label: 'carepath.cost.label.deductibleMet',
    hint: 'carepath.cost.hint.deductibleMet',
    enter: 'carepath.cost.enter.deductibleMet',
    range: 'carepath.cost.range.money',
  },
  coinsurance: {
    property: 'coinsurance',
    unit: 'percent',
    schema: PERCENT,
    example: 20,
    label: 'carepath.cost.label.coinsurance',
    hint: 'carepath.cost.hint.coinsurance',
    enter: 'carepath.cost.enter.coinsurance',
    range: 'carepath.cost.range.coinsurance',
    need: 'carepath.cost.need.coinsurance',
  },
  copay: {
    property: 'copay',
    unit: 'money',
    schema: PLAN.copay,
    example: 50,
    label: 'carepath.cost.label.copay',
    hint: 'carepath.cost.hint.copay',
    enter: 'carepath.cost.enter.copay',
    range: 'carepath.cost.range.money',
    need: 'carepath.cost.need.copay',
  },
  'oop-max': {
    property: 'oopMax',
    unit: 'money',
    schema: PLAN.outOfPocketMax,
    example: 5000,
    label: 'carepath.cost.label.oopMax',
    hint: 'carepath.cost.hint.oopMax',
    enter: 'carepath.cost.enter.oopMax',
    range: 'carepath.cost.range.money',
  },
  'oop-met': {
    property: 'oopMet',
    unit: 'money',
    schema: PLAN.outOfPocketMet,
    example: 1000,
    label: 'carepath.cost.label.oopMet',
    hint: 'carepath.cost.hint.oopMet',
    enter: 'carepath.cost.enter.oopMet',
    range: 'carepath.cost.range.money',
  },
  'billed-rate': {
    property: 'billedRate',
    unit: 'money',
    schema: PLAN.billedRate,
    example: 400,
    label: 'carepath.cost.label.billedRate',
    hint: 'carepath.cost.hint.billedRate',
    enter: 'carepath.cost.enter.billedRate',
    range: 'carepath.cost.range.money',
  },
};

const CLAMPED_INPUT: Readonly<Record<ClampedField['field'], CostNumberInput>> = {
  'coverage.deductibleMet': 'deductible-met',
  'coverage.outOfPocketMet': 'oop-met',
};

const CLAMP_NOTES: Readonly<Record<ClampedField['field'], TranslationKey>> = {
  'coverage.deductibleMet': 'carepath.cost.note.deductibleMet',
  'coverage.outOfPocketMet': 'carepath.cost.note.oopMet',
};

/** The number fields that apply to a coverage and plan design, in the order the form shows them. */
function visibleNumbers(network: Network | undefined, design: PlanDesign): CostNumberInput[] {
  // Out of network the center's own price sits beside the amount the plan allows: the gap is the balance bill.
  const fields: CostNumberInput[] = network === 'out' ? ['daily-rate', 'billed-rate', 'days-per-week', 'weeks'] : ['daily-rate', 'days-per-week', 'weeks'];
  if (network === 'in' || network === 'out') {
    fields.push(...(design === 'copay' ? (['copay'] as const) : (['deductible', 'deductible-met', 'coinsurance'] as const)), 'oop-max', 'oop-met');
  }
  return fields;
}

/** The inputs about the program itself (the first group of the form); the rest describe the visitor's plan. */
const PROGRAM_INPUTS: readonly CostNumberInput[] = ['daily-rate', 'billed-rate', 'days-per-week', 'weeks'];

function isRequired(name: CostNumberInput, design: PlanDesign): boolean {
  if (name === 'daily-rate' || name === 'days-per-week' || name === 'weeks') return true;
  // Only called for visible fields, so coinsurance and copay are asked for exactly when the plan uses them.
  return name === (design === 'copay' ? 'copay' : 'coinsurance');
}

type Reading = { readonly kind: 'empty' } | { readonly kind: 'bad' } | { readonly kind: 'number'; readonly value: number };

/** What a visitor typed, read like an attribute ("1,500", "$1,500.50", "20 %"); a typo is reported, not read. */
function readTyped(text: string): Reading {
  if (text.trim() === '') return { kind: 'empty' };
  const value = readNumber(text);
  return typeof value === 'number' ? { kind: 'number', value } : { kind: 'bad' };
}

/** Coinsurance percent → the core's fraction, shifting the decimal as written (20 → "20e-2" → 0.2). */
function percentToFraction(percent: number): number {
  return Number(`${percent}e-2`);
}

/** Drops absent values, so the core's strict schemas see only the fields that apply. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}

/**
 * "Already met" amounts above their plan amounts, by the core's own rule (`clampCoverage`). The comparison needs no
 * plan terms, and `network: 'none'` is the one coverage the core accepts without them (coinsurance or copay), so
 * the check works while the visitor is still filling those in.
 */
function clampedAmounts(amounts: Pick<Coverage, 'deductible' | 'deductibleMet' | 'outOfPocketMax' | 'outOfPocketMet'>): readonly ClampedField[] {
  return clampCoverage(defined({ network: 'none', ...amounts })).clamped;
}

interface FieldView {
  readonly name: CostNumberInput;
  /** What the input shows: the visitor's text, else the configured value. */
  readonly text: string;
  /** The valid value in the widget's units (percent for coinsurance); undefined when blank or invalid. */
  readonly value: number | undefined;
  readonly error?: 'enter' | 'range';
  /** Required, with nothing from any source, and the visitor has not tried yet: a prompt, not an error. */
  readonly missing: boolean;
  readonly locked: boolean;
}

interface Model {
  readonly level: CareLevelId;
  readonly allDay: boolean;
  readonly coverage: CoverageChoice;
  readonly design: PlanDesign;
  readonly network: Network | undefined;
  readonly fields: readonly FieldView[];
  readonly clamped: readonly ClampedField[];
  /** From the current input; null when something is missing or invalid. */
  readonly estimate: CostEstimate | null;
}

type Segment = 'you' | 'plan';

/**
 * A cost estimator for a program day by day: the visitor picks a level of care and how they pay, enters their
 * plan's numbers, and sees the program cost, what they pay, what their plan pays, any balance bill, the average
 * per week and whether they reach their out-of-pocket maximum — as figures, a bar and a week-by-week chart, each
 * with a table. For inpatient and residential care it shows "24-hour care: ask the center", not a price.
 *
 * @summary Estimates what a program costs a visitor with or without insurance, one plan year, one claim per day.
 * @tag carepath-cost
 * @since 0.1
 *
 * @event {CarepathEstimateEvent} carepath-estimate - The visitor committed a change to an input (its `change` event) and the inputs give an
 *   estimate; `detail` is `{ input, estimate }`, `input` being the attribute name (`weeks`, `coverage`, `level`…).
 *   Not fired for programmatic changes, channel messages, or a change that leaves an input invalid or missing.
 * @event {CarepathConfigErrorEvent} carepath-config-error - A configuration issue was found; `detail.issues` lists `{ field, value, message }`.
 *
 * @csspart base - The widget's outer box (from the shared base).
 * @csspart form - The inputs.
 * @csspart field - One input with its label, hint and any message (or a locked field's fixed value).
 * @csspart error-summary - The list of problems, linking to each field, when there are several.
 * @csspart results - The estimate: figures, bar, chart and next step.
 * @csspart figures - The `<output>` with the figures (announced politely).
 * @csspart bar - The you-pay / plan-pays bar with its table.
 * @csspart chart - The week-by-week chart with its table.
 * @csspart table - Each table of figures (the bar's and the chart's).
 * @csspart note - The "24-hour care: ask the center" note.
 * @csspart disclaimer - How the estimate was worked out, and that it is an estimate.
 *
 * @cssproperty --carepath-cost-accent - Colour of the visitor's share in the bar and chart. Default: the accent.
 * @cssproperty --carepath-cost-plan-color - Colour of the plan's share (drawn hatched). Default: the muted text colour.
 * @cssproperty --carepath-cost-plan-background - Background behind the plan's hatching. Default: the alternate surface.
 * @cssproperty --carepath-cost-gap - Space between the form's fields. Default `1rem`.
 * @cssproperty --carepath-cost-chart-height - Height of the week-by-week chart. Default `9rem`.
 */
export class CarepathCost extends CarepathElement<CostConfig> {
  static override styles = [baseStyles, costStyles];
  static override widget = 'cost';
  static override translations = { en: enCost };
  static override configShape = {
    ...COMMON_SHAPE,
    level: z._default(z.enum(CARE_LEVEL_IDS), 'iop'),
    dailyRate: z.optional(INPUT.dailyRate),
    daysPerWeek: z.optional(INPUT.daysPerWeek),
    weeks: z.optional(INPUT.weeks),
    coverage: z._default(z.enum(COVERAGE_CHOICES), 'self-pay'),
    design: z._default(z.enum(PLAN_DESIGNS), 'deductible-coinsurance'),
    deductible: PLAN.deductible,
    deductibleMet: PLAN.deductibleMet,
    coinsurance: z.optional(PERCENT),
    copay: PLAN.copay,
    oopMax: PLAN.outOfPocketMax,
    oopMet: PLAN.outOfPocketMet,
    billedRate: PLAN.billedRate,
    currency: z._default(CURRENCY, 'USD'),
    rates: z.optional(RatesSchema),
  };
  static override configFields = {
    ...COMMON_FIELDS,
    level: { attribute: 'level', kind: 'string' },
    dailyRate: { attribute: 'daily-rate', kind: 'number' },
    daysPerWeek: { attribute: 'days-per-week', kind: 'number' },
    weeks: { attribute: 'weeks', kind: 'number' },
    coverage: { attribute: 'coverage', kind: 'string' },
    design: { attribute: 'design', kind: 'string' },
    deductible: { attribute: 'deductible', kind: 'number' },
    deductibleMet: { attribute: 'deductible-met', kind: 'number' },
    coinsurance: { attribute: 'coinsurance', kind: 'number' },
    copay: { attribute: 'copay', kind: 'number' },
    oopMax: { attribute: 'oop-max', kind: 'number' },
    oopMet: { attribute: 'oop-met', kind: 'number' },
    billedRate: { attribute: 'billed-rate', kind: 'number' },
    currency: { attribute: 'currency', kind: 'string' },
    // Rich data: the JSON child or the property. An attribute of that name is read only to say so.
    rates: { attribute: 'rates', kind: 'json' },
  } as const;

  /**
   * The level of care to estimate (`iop` default). `php`, `iop` and `outpatient` show a price; `inpatient` and
   * `residential` show "24-hour care: ask the center". The visitor can pick another level; a quiz in the same
   * `group` switches it unless `independent` or `locked="level"`.
   */
  @property() level?: CareLevelId;
  /**
   * Dollars per program day for the configured `level`: the price for self-pay, the plan's allowed amount with
   * insurance (`daily-rate="300"`). Default: `rates` for the level, else the catalog's typical price (IOP $300,
   * PHP $825); with neither (outpatient) the visitor is asked to get the price from the center.
   */
  @property({ attribute: 'daily-rate', type: Number }) dailyRate?: number;
  /** Program days a week, 1–7, for the configured `level`. Default: the level's usual week (IOP 3, PHP 5, outpatient 1). */
  @property({ attribute: 'days-per-week', type: Number }) daysPerWeek?: number;
  /** Weeks of the program, 1–52 (one plan year), for the configured `level`. Default: IOP 10, PHP 3; outpatient asks. */
  @property({ type: Number }) weeks?: number;
  /** How the visitor pays: `self-pay` (default), `in-network`, `out-of-network` or `no-benefits` (insurance that does not cover this program). */
  @property() coverage?: CoverageChoice;
  /** How the plan shares costs: `deductible-coinsurance` (default) or `copay` (a set amount per program day; no deductible). */
  @property() design?: PlanDesign;
  /** The plan's yearly deductible in dollars (what the visitor pays before the plan starts to pay). Default 0. */
  @property({ type: Number }) deductible?: number;
  /** Dollars already paid toward the deductible this plan year; above `deductible` it is clamped, with a note. */
  @property({ attribute: 'deductible-met', type: Number }) deductibleMet?: number;
  /**
   * The visitor's share after the deductible, as a percent 0–100: `coinsurance="20"`. A value above 0 and at most 1
   * warns "did you mean N%?" and is still used as written (`0.2` is 0.2%): the unit is percent everywhere (attribute,
   * property, JSON, the visitor's field), the field shows the number used, and the visitor sees a note beside it.
   */
  @property({ type: Number }) coinsurance?: number;
  /** Dollars per program day with a `copay` plan. */
  @property({ type: Number }) copay?: number;
  /** The plan's yearly out-of-pocket maximum in dollars. Default: no cap. */
  @property({ attribute: 'oop-max', type: Number }) oopMax?: number;
  /** Dollars already paid toward the out-of-pocket maximum this plan year; above `oop-max` it is clamped, with a note. */
  @property({ attribute: 'oop-met', type: Number }) oopMet?: number;
  /** Out of network only: what the center bills per day; the excess over `daily-rate` is the balance bill. */
  @property({ attribute: 'billed-rate', type: Number }) billedRate?: number;
  /** ISO 4217 code used to display money (`USD` default): `currency="USD"`. Amounts are not converted. */
  @property() currency?: string;
  /**
   * The center's price per program day for each level, in dollars: `{ "rates": { "iop": 300, "php": 700 } }` in the
   * JSON child, or the property. Presets the price when the level changes. Set it in the JSON child or as a property.
   */
  @property({ attribute: false }) rates?: CostRates;

  /** The estimate on screen, or `null` when there is none (24-hour care, or an input still missing). While an input is invalid it stays the last valid one. Current as of the last render. */
  get estimate(): CostEstimate | null {
    return this.#shown;
  }

  /** The level the visitor picked (above every other source, unless `level` is locked). */
  @state() private visitorLevel: CareLevelId | undefined;
  @state() private visitorCoverage: CoverageChoice | undefined;
  @state() private visitorDesign: PlanDesign | undefined;
  /** What the visitor committed in each number field (its `change` event): in memory only, never stored or sent. */
  @state() private visitorText: Readonly<Partial<Record<CostNumberInput, string>>> = {};

  /** Text being typed but not yet committed, so a re-render mid-typing does not undo it. */
  #drafts = new Map<CostNumberInput, string>();
  #shown: CostEstimate | null = null;

  protected override refineConfig(config: CostConfig): { config: CostConfig; issues: readonly InputIssue[] } {
    const issues: InputIssue[] = [];
    let refined = config;
    const { coinsurance } = config;
    if (coinsurance !== undefined && coinsurance > 0 && coinsurance <= 1) {
      const likely = Number(`${coinsurance}e2`);
      issues.push({
        field: 'coinsurance',
        value: coinsurance,
        message:
          `<carepath-cost> coinsurance=${coinsurance} is read as ${coinsurance}%; did you mean ${likely}%? ` +
          `Coinsurance is a percent: write coinsurance="${likely}" for ${likely}%.`,
      });
    }
    const clamped = clampedAmounts({
      deductible: config.deductible,
      deductibleMet: config.deductibleMet,
      outOfPocketMax: config.oopMax,
      outOfPocketMet: config.oopMet,
    });
    for (const clamp of clamped) {
      const [met, plan] = clamp.field === 'coverage.deductibleMet' ? ['deductible-met', 'deductible'] : ['oop-met', 'oop-max'];
      issues.push({
        field: met,
        value: clamp.value,
        message: `<carepath-cost> ${met}=${clamp.value} is more than ${plan}=${clamp.clampedTo}; the estimate uses ${clamp.clampedTo}.`,
      });
    }
    const allDayRates = (['inpatient', 'residential'] as const).filter((level) => config.rates?.[level] !== undefined);
    if (allDayRates.length > 0) {
      issues.push({
        field: 'rates',
        value: config.rates,
        message: `<carepath-cost> rates for ${allDayRates.join(' and ')} are not used: for 24-hour care the estimator shows "ask the center", not a price.`,
      });
      refined = { ...refined, rates: defined({ ...config.rates, inpatient: undefined, residential: undefined }) };
    }
    if (config.dailyRate !== undefined && (config.level === 'inpatient' || config.level === 'residential')) {
      issues.push({
        field: 'daily-rate',
        value: config.dailyRate,
        message: `<carepath-cost> daily-rate is not used with level="${config.level}": for 24-hour care the estimator shows "ask the center", not a price.`,
      });
    }
    return { config: refined, issues };
  }

  /** Visitor › channel › property › attribute › JSON › default, `locked` and the crisis rule (`level-suggestion.ts`). */
  #level(): CareLevelId {
    const choice = this.levelSuggestion.resolve({ visitor: this.visitorLevel, configured: this.config.level, locked: this.isLocked('level') });
    return choice?.level ?? this.config.level;
  }

  #coverage(): CoverageChoice {
    return (!this.isLocked('coverage') && this.visitorCoverage) || this.config.coverage;
  }

  #design(): PlanDesign {
    return (!this.isLocked('design') && this.visitorDesign) || this.config.design;
  }

  /** The configured value of a field for the level shown (see the file comment for the per-level presets). */
  #configured(name: CostNumberInput, level: CareLevelId): number | undefined {
    const own = level === this.config.level;
    switch (name) {
      case 'daily-rate':
        return (own ? this.config.dailyRate : undefined) ?? this.config.rates?.[level] ?? getCareLevel(level).dailyRate?.typical;
      case 'days-per-week':
        return (own ? this.config.daysPerWeek : undefined) ?? typicalCourse(level)?.daysPerWeek;
      case 'weeks':
        return (own ? this.config.weeks : undefined) ?? typicalCourse(level)?.weeks;
      default:
        return this.config[NUMBERS[name].property];
    }
  }

  /** Where the preset price comes from, for the hint under the price. */
  #rateSource(level: CareLevelId): 'center' | 'typical' | 'none' {
    if ((level === this.config.level && this.config.dailyRate !== undefined) || this.config.rates?.[level] !== undefined) return 'center';
    return getCareLevel(level).dailyRate ? 'typical' : 'none';
  }

  #field(name: CostNumberInput, level: CareLevelId, design: PlanDesign): FieldView {
    const spec = NUMBERS[name];
    const required = isRequired(name, design);
    const locked = this.isLocked(spec.property);
    const typed = locked ? undefined : (this.#drafts.get(name) ?? this.visitorText[name]);
    const committed = locked ? undefined : this.visitorText[name];
    const configured = this.#configured(name, level);
    const text = typed ?? (configured === undefined ? '' : String(configured));
    if (committed === undefined) {
      return { name, text, value: configured, missing: required && configured === undefined, locked };
    }
    const reading = readTyped(committed);
    const base = { name, text, missing: false, locked } as const;
    if (reading.kind === 'empty') return required ? { ...base, value: undefined, error: 'enter' } : { ...base, value: undefined };
    if (reading.kind === 'bad') return { ...base, value: undefined, error: 'enter' };
    return spec.schema.safeParse(reading.value).success ? { ...base, value: reading.value } : { ...base, value: undefined, error: 'range' };
  }

  /** Everything the widget shows, from the configuration, the channel and the visitor's input. */
  #model(): Model {
    const level = this.#level();
    const coverage = this.#coverage();
    const design = this.#design();
    const network = NETWORK_OF[coverage];
    const allDay = level === 'inpatient' || level === 'residential';
    if (allDay) return { level, allDay, coverage, design, network, fields: [], clamped: [], estimate: null };

    const fields = visibleNumbers(network, design).map((name) => this.#field(name, level, design));
    const value = (name: CostNumberInput) => fields.find((field) => field.name === name)?.value;
    const insured = network === 'in' || network === 'out';
    const deductibleApplies = insured && design === 'deductible-coinsurance';
    const clamped = insured
      ? clampedAmounts({
          ...(deductibleApplies ? { deductible: value('deductible'), deductibleMet: value('deductible-met') } : {}),
          outOfPocketMax: value('oop-max'),
          outOfPocketMet: value('oop-met'),
        })
      : [];

    let estimate: CostEstimate | null = null;
    if (fields.every((field) => field.error === undefined && !field.missing)) {
      const coinsurance = value('coinsurance');
      const plan: Coverage | undefined =
        network === undefined
          ? undefined
          : network === 'none'
            ? { network }
            : defined({
                network,
                design,
                ...(design === 'copay'
                  ? { copay: value('copay') }
                  : {
                      deductible: value('deductible'),
                      deductibleMet: value('deductible-met'),
                      coinsurance: coinsurance === undefined ? undefined : percentToFraction(coinsurance),
                    }),
                outOfPocketMax: value('oop-max'),
                outOfPocketMet: value('oop-met'),
                billedRate: network === 'out' ? value('billed-rate') : undefined,
              });
      const input: CostInput = defined({
        dailyRate: value('daily-rate') as number,
        daysPerWeek: value('days-per-week') as number,
        weeks: value('weeks') as number,
        coverage: plan,
      });
      estimate = estimateCost(input);
    }
    return { level, allDay, coverage, design, network, fields, clamped, estimate };
  }

  protected override renderWidget(): TemplateResult {
    const model = this.#model();
    const errors = model.fields.filter((field) => field.error !== undefined);
    // Keep the figures on screen while the visitor fixes a typo; clear them when something is simply missing.
    if (model.estimate) this.#shown = model.estimate;
    else if (errors.length === 0) this.#shown = null;
    const stale = model.estimate === null && this.#shown !== null;
    return html`<section class="cost" aria-labelledby="cost-heading">
      <header class="intro">
        <h2 id="cost-heading">${this.localize.term('carepath.cost.heading')}</h2>
        <p class="lede">${this.localize.term('carepath.cost.intro')}</p>
      </header>
      <div class="layout">
        ${this.#renderForm(model, errors)}
        <div class="results" part="results">${model.allDay ? this.#renderAllDay(model.level) : this.#renderResults(model, errors, stale)}</div>
      </div>
      ${model.allDay ? nothing : this.#renderAbout(model)}
    </section>`;
  }

  // ——— The form ———

  #renderForm(model: Model, errors: readonly FieldView[]): TemplateResult {
    const program = model.fields.filter((field) => PROGRAM_INPUTS.includes(field.name));
    const plan = model.fields.filter((field) => !PROGRAM_INPUTS.includes(field.name));
    const insured = model.network === 'in' || model.network === 'out';
    return html`<form class="form" part="form" novalidate @submit=${this.#onSubmit}>
      ${errors.length > 1 ? this.#renderErrorSummary(errors) : nothing}
      <fieldset class="group">
        <legend>${this.localize.term('carepath.cost.program')}</legend>
        ${this.#renderLevel(model.level)} ${program.map((field) => this.#renderNumber(field, model))}
      </fieldset>
      ${model.allDay
        ? nothing
        : html`<div class="group">
            ${this.#renderChoice('coverage', COVERAGE_CHOICES, model.coverage)}
            ${insured ? html`${this.#renderChoice('design', PLAN_DESIGNS, model.design)}<p class="hint">${this.localize.term('carepath.cost.planHint')}</p>` : nothing}
            ${plan.map((field) => this.#renderNumber(field, model))}
          </div>`}
    </form>`;
  }

  #renderErrorSummary(errors: readonly FieldView[]): TemplateResult {
    return html`<div class="error-summary" part="error-summary" aria-labelledby="error-summary-title">
      <h3 id="error-summary-title">${this.localize.term('carepath.cost.errorSummary')}</h3>
      <ul>
        ${errors.map(
          (field) => html`<li><a href="#field-${field.name}" @click=${(event: Event) => this.#focusField(event, field.name)}>${this.#errorText(field)}</a></li>`,
        )}
      </ul>
    </div>`;
  }

  #renderLevel(level: CareLevelId): TemplateResult {
    if (this.isLocked('level')) return this.#renderFixed('level', this.localize.term('carepath.cost.label.level'), this.#levelName(level));
    return html`<div class="field" part="field">
      <label for="field-level">${this.localize.term('carepath.cost.label.level')}</label>
      <select id="field-level" @change=${this.#onLevel}>
        ${CARE_LEVEL_IDS.map((id) => html`<option value=${id} .selected=${id === level}>${this.#levelName(id)}</option>`)}
      </select>
    </div>`;
  }

  #renderChoice<T extends string>(name: 'coverage' | 'design', choices: readonly T[], current: T): TemplateResult {
    const legend = this.localize.term(name === 'coverage' ? 'carepath.cost.label.coverage' : 'carepath.cost.label.design');
    const word = (choice: T) => this.localize.term(`carepath.cost.${name}.${choice}` as TranslationKey);
    if (this.isLocked(name)) return this.#renderFixed(name, legend, word(current));
    return html`<fieldset class="field choices ${name}" part="field">
      <legend>${legend}</legend>
      ${choices.map(
        (choice) => html`<label class="choice">
          <input type="radio" name=${name} value=${choice} .checked=${live(choice === current)} @change=${name === 'coverage' ? this.#onCoverage : this.#onDesign} />
          <span>${word(choice)}</span>
        </label>`,
      )}
    </fieldset>`;
  }

  #renderFixed(name: string, label: string, value: string): TemplateResult {
    return html`<div class="field fixed" part="field" data-field=${name}>
      <span class="fixed-label">${label}</span>
      <span class="fixed-value">${value}</span>
    </div>`;
  }

  #label(field: FieldView, model: Model): string {
    if (field.name === 'daily-rate' && (model.network === 'in' || model.network === 'out')) return this.localize.term('carepath.cost.label.allowedRate');
    return this.localize.term(NUMBERS[field.name].label);
  }

  #hint(field: FieldView, model: Model): string | undefined {
    if (field.name !== 'daily-rate') {
      const key = NUMBERS[field.name].hint;
      return key === undefined ? undefined : this.localize.term(key);
    }
    if (model.network === 'in' || model.network === 'out') return this.localize.term('carepath.cost.hint.rate.allowed');
    const source = this.#rateSource(model.level);
    const range = getCareLevel(model.level).dailyRate;
    if (source === 'center') return this.localize.term('carepath.cost.hint.rate.center');
    if (source === 'typical' && range) {
      return this.localize.term('carepath.cost.hint.rate.typical', { low: this.#money(range.low), high: this.#money(range.high) });
    }
    return this.localize.term('carepath.cost.hint.rate.ask');
  }

  #renderNumber(field: FieldView, model: Model): TemplateResult {
    const spec = NUMBERS[field.name];
    const label = this.#label(field, model);
    if (field.locked) {
      const shown = field.value === undefined ? this.localize.term(field.name === 'daily-rate' ? 'carepath.cost.ask' : 'carepath.cost.none') : this.#unitText(field.value, spec.unit);
      return this.#renderFixed(field.name, label, shown);
    }
    const id = `field-${field.name}`;
    const hint = this.#hint(field, model);
    const clamp = model.clamped.find((entry) => CLAMPED_INPUT[entry.field] === field.name);
    const note =
      clamp !== undefined
        ? this.localize.term(CLAMP_NOTES[clamp.field], { amount: this.#money(clamp.clampedTo, 2) })
        : // Coinsurance is a percent; 0 < x ≤ 1 is most likely a fraction written by mistake (see \`coinsurance\`).
          field.name === 'coinsurance' && field.value !== undefined && field.value > 0 && field.value <= 1
          ? this.localize.term('carepath.cost.note.percent', { value: this.localize.number(field.value), percent: this.localize.number(Number(`${field.value}e2`)) })
          : undefined;
    const describedBy = [hint ? `hint-${field.name}` : '', field.error ? `error-${field.name}` : '', note ? `note-${field.name}` : ''].filter(Boolean).join(' ');
    const affix = spec.unit === 'money' ? this.#currencySymbol() : spec.unit === 'percent' ? '%' : undefined;
    return html`<div class="field ${field.error ? 'has-error' : ''}" part="field" data-field=${field.name}>
      <label for=${id}>${label}</label>
      ${hint ? html`<p class="hint" id="hint-${field.name}">${hint}</p>` : nothing}
      ${field.error ? html`<p class="error" id="error-${field.name}"><span class="visually-hidden">${this.localize.term('carepath.cost.errorPrefix')} </span>${this.#errorText(field)}</p>` : nothing}
      <div class="control ${spec.unit}">
        ${affix && spec.unit === 'money' ? html`<span class="affix prefix" aria-hidden="true">${affix}</span>` : nothing}
        <input
          id=${id}
          name=${field.name}
          type="text"
          inputmode=${spec.unit === 'count' ? 'numeric' : 'decimal'}
          autocomplete="off"
          spellcheck="false"
          .value=${live(field.text)}
          aria-invalid=${field.error ? 'true' : 'false'}
          aria-describedby=${describedBy || nothing}
          data-field=${field.name}
          @input=${this.#onNumberInput}
          @change=${this.#onNumberChange}
        />
        ${affix && spec.unit === 'percent' ? html`<span class="affix suffix" aria-hidden="true">${affix}</span>` : nothing}
      </div>
      ${note ? html`<p class="note-inline" id="note-${field.name}">${note}</p>` : nothing}
    </div>`;
  }

  #errorText(field: FieldView): string {
    const spec = NUMBERS[field.name];
    const example = spec.unit === 'money' ? this.#money(spec.example) : this.localize.number(spec.example);
    return this.localize.term(field.error === 'range' ? spec.range : spec.enter, { example });
  }

  // ——— The results ———

  #renderAllDay(level: CareLevelId): TemplateResult {
    const key: TranslationKey = level === 'inpatient' ? 'carepath.cost.allDay.inpatient' : 'carepath.cost.allDay.residential';
    return html`<div class="note" part="note">
      <h3 class="note-heading">${this.localize.term('carepath.cost.allDay')}</h3>
      <p>${this.localize.term(key)}</p>
    </div>`;
  }

  #renderResults(model: Model, errors: readonly FieldView[], stale: boolean): TemplateResult {
    const shown = this.#shown;
    const summary = shown ? summarizeCost(shown) : null;
    const missing = model.fields.filter((field) => field.missing);
    const inputs = [...(this.isLocked('level') ? [] : ['field-level']), ...model.fields.filter((field) => !field.locked).map((field) => `field-${field.name}`)];
    return html`<h3 class="results-heading" id="results-heading">${this.localize.term('carepath.cost.results', { level: this.#levelName(model.level) })}</h3>
      <output class="figures" part="figures" aria-live="polite" for=${inputs.join(' ')}>
        ${shown && summary ? this.#renderFigures(shown, summary, model, stale) : this.#renderPrompt(missing, model, errors.length > 0)}
      </output>
      ${shown && summary ? html`${model.network === undefined ? nothing : this.#renderBar(summary)} ${this.#renderChart(summary, model.network !== undefined)}` : nothing}
      ${shown && summary ? html`<p class="next">${this.localize.term(model.network === 'in' || model.network === 'out' ? 'carepath.cost.next.insured' : 'carepath.cost.next.selfPay')}</p>` : nothing}`;
  }

  #renderPrompt(missing: readonly FieldView[], model: Model, hasErrors: boolean): TemplateResult {
    if (missing.length === 0 || hasErrors) return html`<span class="prompt">${this.localize.term('carepath.cost.fixToSee')}</span>`;
    const names = missing.map((field) => {
      const need = field.name === 'daily-rate' && (model.network === 'in' || model.network === 'out') ? 'carepath.cost.need.allowedRate' : NUMBERS[field.name].need;
      return need === undefined ? field.name : this.localize.term(need);
    });
    return html`<span class="prompt">${this.localize.term('carepath.cost.prompt', { fields: this.localize.list(names) })}</span>`;
  }

  #renderFigures(estimate: CostEstimate, summary: CostSummary, model: Model, stale: boolean): TemplateResult {
    const insured = model.network === 'in' || model.network === 'out';
    const figure = (name: string, key: TranslationKey, amount: string) =>
      html`<span class="figure" data-figure=${name}><span class="figure-label">${this.localize.term(key)}</span> <span class="figure-value">${amount}</span></span>`;
    const capKey: TranslationKey = estimate.outOfPocketMaxReached
      ? 'carepath.cost.cap.reached'
      : model.fields.find((field) => field.name === 'oop-max')?.value === undefined
        ? 'carepath.cost.cap.none'
        : 'carepath.cost.cap.notReached';
    return html`${stale ? html`<span class="sentence stale" data-figure="stale">${this.localize.term('carepath.cost.stale')}</span>` : nothing}
      <span class="lead" data-figure="you-pay"
        ><span class="lead-label">${this.localize.term('carepath.cost.figure.youPay')}</span>
        <span class="lead-value figure-value">${this.#money(summary.youPay)}</span></span
      >
      <span class="figure-list">
        ${figure('program-cost', 'carepath.cost.figure.programCost', this.#money(summary.programCost))}
        ${model.network === undefined ? nothing : figure('plan-pays', 'carepath.cost.figure.planPays', this.#money(summary.planPays))}
        ${model.network === 'out' ? figure('balance-bill', 'carepath.cost.figure.balanceBill', this.#money(summary.balanceBill)) : nothing}
        ${figure('per-week', 'carepath.cost.figure.perWeek', this.#money(summary.youPayPerWeek))}
        ${figure('days', 'carepath.cost.figure.days', this.localize.number(estimate.days))}
      </span>
      ${model.network === 'out' ? html`<span class="sentence" data-figure="balance-note">${this.localize.term('carepath.cost.balanceNote')}</span>` : nothing}
      ${insured ? html`<span class="sentence cap ${estimate.outOfPocketMaxReached ? 'is-reached' : ''}" data-figure="cap">${this.localize.term(capKey)}</span>` : nothing}`;
  }

  /** An SVG hatch for the plan's share: the bar never tells the two shares apart by colour alone. */
  #hatch(id: string): SVGTemplateResult {
    return svg`<defs>
      <pattern id=${id} class="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect class="hatch-back" width="6" height="6"></rect>
        <line class="hatch-line" x1="0" y1="0" x2="0" y2="6"></line>
      </pattern>
    </defs>`;
  }

  #swatch(segment: Segment): TemplateResult {
    const id = `hatch-key-${segment}`;
    return html`<svg class="swatch" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      ${segment === 'plan' ? this.#hatch(id) : nothing}
      <rect class="seg ${segment}" x="0.5" y="0.5" width="15" height="15" fill=${segment === 'plan' ? `url(#${id})` : nothing}></rect>
    </svg>`;
  }

  #renderBar(summary: CostSummary): TemplateResult {
    const total = summary.programCost;
    // Drawing geometry only: each share's width as a percent of the bar.
    const you = total > 0 ? (summary.youPay / total) * 100 : 0;
    const plan = total > 0 ? 100 - you : 0;
    return html`<div class="bar" part="bar">
      <svg class="bar-svg" aria-hidden="true" focusable="false">
        ${this.#hatch('hatch-bar')}
        <rect class="seg you" x="0" y="0" width="${you}%" height="100%"></rect>
        <rect class="seg plan" x="${you}%" y="0" width="${plan}%" height="100%" fill="url(#hatch-bar)"></rect>
      </svg>
      <table class="split" part="table">
        <caption>
          ${this.localize.term('carepath.cost.bar.caption')}
        </caption>
        <tbody>
          <tr data-row="you">
            <th scope="row">${this.#swatch('you')}${this.localize.term('carepath.cost.figure.youPay')}</th>
            <td>${this.#money(summary.youPay)}</td>
          </tr>
          <tr data-row="plan">
            <th scope="row">${this.#swatch('plan')}${this.localize.term('carepath.cost.figure.planPays')}</th>
            <td>${this.#money(summary.planPays)}</td>
          </tr>
        </tbody>
      </table>
    </div>`;
  }

  /** `withPlan`: false for self-pay, where there is no plan to draw or list. */
  #renderChart(summary: CostSummary, withPlan: boolean): TemplateResult {
    const weeks = summary.byWeek;
    const highest = Math.max(0, ...weeks.map((week) => week.programCost));
    const slot = 100 / Math.max(1, weeks.length);
    // Drawing geometry only: columns as percents of the chart, the visitor's share at the bottom of each.
    const bars = weeks.map((week, index) => {
      const you = highest > 0 ? (week.youPay / highest) * 100 : 0;
      const plan = highest > 0 ? (week.planPays / highest) * 100 : 0;
      const x = `${index * slot + slot * 0.15}%`;
      const width = `${slot * 0.7}%`;
      return svg`<rect class="seg you" x=${x} y="${100 - you}%" width=${width} height="${you}%"></rect>
        <rect class="seg plan" x=${x} y="${100 - you - plan}%" width=${width} height="${plan}%" fill="url(#hatch-chart)"></rect>`;
    });
    const last = weeks.at(-1)?.week ?? 1;
    return html`<div class="chart" part="chart">
      <h4 class="chart-heading" id="chart-heading">${this.localize.term('carepath.cost.chart.heading')}</h4>
      <svg class="chart-svg" role="img" aria-label=${this.localize.term('carepath.cost.chart.label')} focusable="false">
        ${this.#hatch('hatch-chart')} ${bars}
        <line class="baseline" x1="0" y1="100%" x2="100%" y2="100%"></line>
      </svg>
      <div class="axis" aria-hidden="true">
        <span>${this.localize.term('carepath.cost.chart.weekN', { week: this.localize.number(1) })}</span>
        ${last > 1 ? html`<span>${this.localize.term('carepath.cost.chart.weekN', { week: this.localize.number(last) })}</span>` : nothing}
      </div>
      <details class="by-week">
        <summary>${this.localize.term('carepath.cost.chart.show')}</summary>
        <table part="table" class="weeks">
          <caption>
            ${this.localize.term('carepath.cost.chart.caption')}
          </caption>
          <thead>
            <tr>
              <th scope="col">${this.localize.term('carepath.cost.chart.week')}</th>
              <th scope="col">${this.localize.term('carepath.cost.figure.youPay')}</th>
              ${withPlan
                ? html`<th scope="col">${this.localize.term('carepath.cost.figure.planPays')}</th>
                    <th scope="col">${this.localize.term('carepath.cost.chart.total')}</th>`
                : nothing}
            </tr>
          </thead>
          <tbody>
            ${weeks.map(
              (week) => html`<tr>
                <th scope="row">${this.localize.number(week.week)}</th>
                <td>${this.#money(week.youPay)}</td>
                ${withPlan
                  ? html`<td>${this.#money(week.planPays)}</td>
                      <td>${this.#money(week.programCost)}</td>`
                  : nothing}
              </tr>`,
            )}
          </tbody>
        </table>
      </details>
    </div>`;
  }

  #renderAbout(model: Model): TemplateResult {
    const insured = model.network === 'in' || model.network === 'out';
    return html`<div class="about" part="disclaimer">
      <h3>${this.localize.term('carepath.cost.assumptions')}</h3>
      <ul>
        ${insured
          ? html`<li>${this.localize.term('carepath.cost.assume.year')}</li>
              <li>${this.localize.term('carepath.cost.assume.claim')}</li>
              <li>${this.localize.term('carepath.cost.assume.allowed')}</li>`
          : html`<li>${this.localize.term('carepath.cost.assume.price')}</li>`}
      </ul>
      <p class="disclaimer">${this.localize.term(insured ? 'carepath.cost.disclaimer' : 'carepath.cost.disclaimer.selfPay')}</p>
    </div>`;
  }

  // ——— Words and numbers ———

  /** "Intensive outpatient (IOP)" from the core's catalog, in the visitor's language. */
  #levelName(level: CareLevelId): string {
    const entry = getCareLevel(level);
    const label = inLanguage(entry.label, this.lang_);
    return entry.abbreviation ? `${label} (${inLanguage(entry.abbreviation, this.lang_)})` : label;
  }

  #currency(): string {
    return this.config.currency.toUpperCase();
  }

  #money(value: number, fractionDigits = 0): string {
    return this.localize.dollars(value, { currency: this.#currency(), maximumFractionDigits: fractionDigits });
  }

  #currencySymbol(): string {
    return this.localize.currencySymbol(this.#currency());
  }

  #unitText(value: number, unit: NumberSpec['unit']): string {
    if (unit === 'money') return this.#money(value, 2);
    if (unit === 'percent') return `${this.localize.number(value)}%`;
    return this.localize.number(value);
  }

  // ——— The visitor ———

  #onSubmit = (event: Event): void => {
    // There is nothing to send: every figure is worked out on the page as the visitor goes.
    event.preventDefault();
  };

  #focusField(event: Event, name: CostNumberInput): void {
    // Fragment links do not reach into a shadow root, so the link moves focus itself.
    event.preventDefault();
    this.renderRoot.querySelector<HTMLInputElement>(`#field-${name}`)?.focus();
  }

  #onLevel = (event: Event): void => {
    const level = (event.target as HTMLSelectElement).value as CareLevelId;
    this.visitorLevel = level;
    // A new level comes with its own price: the one the visitor typed was for the old level.
    this.visitorText = Object.fromEntries(Object.entries(this.visitorText).filter(([name]) => name !== 'daily-rate'));
    this.#drafts.delete('daily-rate');
    this.#commit('level');
  };

  #onCoverage = (event: Event): void => {
    this.visitorCoverage = (event.target as HTMLInputElement).value as CoverageChoice;
    this.#commit('coverage');
  };

  #onDesign = (event: Event): void => {
    this.visitorDesign = (event.target as HTMLInputElement).value as PlanDesign;
    this.#commit('design');
  };

  #onNumberInput = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    this.#drafts.set(input.dataset.field as CostNumberInput, input.value);
  };

  #onNumberChange = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const name = input.dataset.field as CostNumberInput;
    this.#drafts.delete(name);
    this.visitorText = { ...this.visitorText, [name]: input.value };
    this.#commit(name);
  };

  /** Fires `carepath-estimate` when the visitor's change gives an estimate (errors and gaps fire nothing). */
  #commit(input: CostInputName): void {
    let estimate: CostEstimate | null;
    try {
      estimate = this.#model().estimate;
    } catch {
      return; // renderWidget shows the notice with the core's own words
    }
    if (estimate) this.emit(new CarepathEstimateEvent({ input, estimate }));
  }
}
