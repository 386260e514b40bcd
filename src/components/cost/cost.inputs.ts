/**
 * The estimator's number inputs, one entry each: which configuration field and core input it stands for, its unit,
 * and its words (label, hint, what to do when it is wrong). Which inputs a plan asks for, and which it needs, is the
 * core's rule (`costFieldRequirements`); the checks are the field table's schemas (cost.fields.ts).
 */
import type { CostInputField } from '../../core/cost-fields.js';
import type { CareLevelId } from '../../core/levels.js';
import type { Term } from '../../internal/localize.js';
import type { TranslationKey } from '../../translations/en.js';
import { COST_FIELDS } from './cost.fields.js';

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

type ConfigNumber = 'dailyRate' | 'daysPerWeek' | 'weeks' | 'deductible' | 'deductibleMet' | 'coinsurance' | 'copay' | 'oopMax' | 'oopMet' | 'billedRate';

export interface NumberSpec {
  /** The configuration field (cost.fields.ts) that presets it. */
  readonly property: ConfigNumber;
  /** The core's name for it (`CostInput` or `Coverage`). */
  readonly core: CostInputField;
  readonly unit: 'money' | 'count' | 'percent';
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

const money = { unit: 'money', range: 'carepath.cost.range.money' } as const;

export const NUMBERS: Readonly<Record<CostNumberInput, NumberSpec>> = {
  'daily-rate': {
    ...money,
    property: 'dailyRate',
    core: 'dailyRate',
    example: 300,
    label: 'carepath.cost.label.dailyRate',
    enter: 'carepath.cost.enter.dailyRate',
    need: 'carepath.cost.need.dailyRate',
  },
  'days-per-week': {
    property: 'daysPerWeek',
    core: 'daysPerWeek',
    unit: 'count',
    example: 3,
    label: 'carepath.cost.label.daysPerWeek',
    hint: 'carepath.cost.hint.daysPerWeek',
    enter: 'carepath.cost.enter.daysPerWeek',
    range: 'carepath.cost.range.daysPerWeek',
    need: 'carepath.cost.need.daysPerWeek',
  },
  weeks: {
    property: 'weeks',
    core: 'weeks',
    unit: 'count',
    example: 8,
    label: 'carepath.cost.label.weeks',
    hint: 'carepath.cost.hint.weeks',
    enter: 'carepath.cost.enter.weeks',
    range: 'carepath.cost.range.weeks',
    need: 'carepath.cost.need.weeks',
  },
  deductible: {
    ...money,
    property: 'deductible',
    core: 'deductible',
    example: 1500,
    label: 'carepath.cost.label.deductible',
    hint: 'carepath.cost.hint.deductible',
    enter: 'carepath.cost.enter.deductible',
  },
  'deductible-met': {
    ...money,
    property: 'deductibleMet',
    core: 'deductibleMet',
    example: 500,
    label: 'carepath.cost.label.deductibleMet',
    hint: 'carepath.cost.hint.deductibleMet',
    enter: 'carepath.cost.enter.deductibleMet',
  },
  coinsurance: {
    property: 'coinsurance',
    core: 'coinsurance',
    unit: 'percent',
    example: 20,
    label: 'carepath.cost.label.coinsurance',
    hint: 'carepath.cost.hint.coinsurance',
    enter: 'carepath.cost.enter.coinsurance',
    range: 'carepath.cost.range.coinsurance',
    need: 'carepath.cost.need.coinsurance',
  },
  copay: {
    ...money,
    property: 'copay',
    core: 'copay',
    example: 50,
    label: 'carepath.cost.label.copay',
    hint: 'carepath.cost.hint.copay',
    enter: 'carepath.cost.enter.copay',
    need: 'carepath.cost.need.copay',
  },
  'oop-max': {
    ...money,
    property: 'oopMax',
    core: 'outOfPocketMax',
    example: 5000,
    label: 'carepath.cost.label.oopMax',
    hint: 'carepath.cost.hint.oopMax',
    enter: 'carepath.cost.enter.oopMax',
  },
  'oop-met': {
    ...money,
    property: 'oopMet',
    core: 'outOfPocketMet',
    example: 1000,
    label: 'carepath.cost.label.oopMet',
    hint: 'carepath.cost.hint.oopMet',
    enter: 'carepath.cost.enter.oopMet',
  },
  'billed-rate': {
    ...money,
    property: 'billedRate',
    core: 'billedRate',
    example: 400,
    label: 'carepath.cost.label.billedRate',
    hint: 'carepath.cost.hint.billedRate',
    enter: 'carepath.cost.enter.billedRate',
  },
};

/** The input for a core field name (`outOfPocketMax` → `oop-max`). */
export const INPUT_OF_CORE: Readonly<Record<CostInputField, CostNumberInput>> = Object.fromEntries(
  COST_NUMBER_INPUTS.map((name) => [NUMBERS[name].core, name]),
) as Record<CostInputField, CostNumberInput>;

/** Whether a value (in the widget's units: percent for coinsurance) is one the field table accepts. */
export function isAllowed(name: CostNumberInput, value: number): boolean {
  return COST_FIELDS[NUMBERS[name].property].schema.safeParse(value).success;
}

/** The words and formats the templates need, in the visitor's language. */
export interface CostWords {
  readonly term: Term;
  readonly number: (value: number) => string;
  readonly list: (items: readonly string[]) => string;
  /** Whole dollars unless `fractionDigits` says otherwise, in the configured currency. */
  readonly money: (value: number, fractionDigits?: number) => string;
  readonly currencySymbol: string;
  /** "Intensive outpatient (IOP)". */
  readonly levelName: (level: CareLevelId) => string;
}
