/**
 * The estimator's view model: everything the widget shows, worked out from the configuration, the level in effect
 * and what the visitor typed — before anything renders (the class calls `costModel` in `willUpdate`, so
 * `el.estimate` is current after each update, with no DOM). The numbers come from the core: the estimate
 * (`estimateCost`), the clamped "already met" amounts (`clampCoverage`), which inputs a plan needs
 * (`costFieldRequirements`), the percent conversion (`percentToFraction`) and the typical course (`typicalCourse`).
 *
 * Presets per level (docs/reference/attributes.md): `daily-rate`, `days-per-week` and `weeks` describe the configured
 * `level`'s program, so they apply only while that level is shown; another level starts from the partner's `rates`,
 * else the catalog's sourced typical price, and the core's `typicalCourse`.
 */
import {
  clampCoverage,
  estimateCost,
  typicalCourse,
  type ClampedField,
  type CostEstimate,
  type CostInput,
  type Coverage,
  type Network,
  type PlanDesign,
} from '../../core/cost.js';
import { costFieldRequirements } from '../../core/cost-fields.js';
import type { InputIssue } from '../../core/errors.js';
import { CARE_LEVEL_IDS, getCareLevel, type CareLevelId } from '../../core/levels.js';
import { isWeeklyLevel } from '../../core/weekly-levels.js';
import { fractionToPercent, percentToFraction } from '../../core/percent.js';
import { readNumber } from '../../internal/attributes.js';
import type { CostConfig, CoverageChoice } from './cost.fields.js';
import { INPUT_OF_CORE, NUMBERS, isAllowed, type CostNumberInput } from './cost.inputs.js';

export const NETWORK_OF: Readonly<Record<CoverageChoice, Network | undefined>> = {
  'self-pay': undefined,
  'in-network': 'in',
  'out-of-network': 'out',
  'no-benefits': 'none',
};

export interface FieldView {
  readonly name: CostNumberInput;
  /** `program`: price, days, weeks; `plan`: the visitor's insurance (the core's grouping). */
  readonly group: 'program' | 'plan';
  /** What the input shows: the visitor's text, else the configured value. */
  readonly text: string;
  /** The valid value in the widget's units (percent for coinsurance); undefined when blank or invalid. */
  readonly value: number | undefined;
  readonly error?: 'enter' | 'range';
  /** Required, with nothing from any source, and the visitor has not tried yet: a prompt, not an error. */
  readonly missing: boolean;
  readonly locked: boolean;
}

export interface CostModel {
  readonly level: CareLevelId;
  /** Inpatient and residential: "24-hour care: ask the center", no price. */
  readonly allDay: boolean;
  readonly coverage: CoverageChoice;
  readonly design: PlanDesign;
  readonly network: Network | undefined;
  /** In or out of network: there is a plan to describe. */
  readonly insured: boolean;
  readonly fields: readonly FieldView[];
  readonly errors: readonly FieldView[];
  readonly clamped: readonly ClampedField[];
  /** Where the preset price comes from, for the hint under the price. */
  readonly rateSource: 'center' | 'typical' | 'none';
  /** From the current input; null when something is missing or invalid. */
  readonly estimate: CostEstimate | null;
}

export interface CostModelInput {
  readonly config: CostConfig;
  readonly level: CareLevelId;
  readonly coverage: CoverageChoice;
  readonly design: PlanDesign;
  /** Whether a configuration field (by property name) is locked against the visitor. */
  readonly isLocked: (property: string) => boolean;
  /** What the visitor committed in each number field (its `change` event). */
  readonly committed: Readonly<Partial<Record<CostNumberInput, string>>>;
  /** What the visitor is typing and has not committed yet. */
  readonly drafts: ReadonlyMap<CostNumberInput, string>;
}

type Reading = { readonly kind: 'empty' } | { readonly kind: 'bad' } | { readonly kind: 'number'; readonly value: number };

/** What a visitor typed, read like an attribute ("1,500", "$1,500.50", "20 %"); a typo is reported, not read. */
function readTyped(text: string): Reading {
  if (text.trim() === '') return { kind: 'empty' };
  const value = readNumber(text);
  return typeof value === 'number' ? { kind: 'number', value } : { kind: 'bad' };
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

/** The configured value of a field for the level shown (see the file comment for the per-level presets). */
function configured(config: CostConfig, name: CostNumberInput, level: CareLevelId): number | undefined {
  const own = level === config.level;
  switch (name) {
    case 'daily-rate':
      return (own ? config.dailyRate : undefined) ?? config.rates?.[level] ?? getCareLevel(level).dailyRate?.typical;
    case 'days-per-week':
      return (own ? config.daysPerWeek : undefined) ?? typicalCourse(level)?.daysPerWeek;
    case 'weeks':
      return (own ? config.weeks : undefined) ?? typicalCourse(level)?.weeks;
    default:
      return config[NUMBERS[name].property];
  }
}

function rateSource(config: CostConfig, level: CareLevelId): CostModel['rateSource'] {
  if ((level === config.level && config.dailyRate !== undefined) || config.rates?.[level] !== undefined) return 'center';
  return getCareLevel(level).dailyRate ? 'typical' : 'none';
}

function fieldView(input: CostModelInput, name: CostNumberInput, group: FieldView['group'], required: boolean): FieldView {
  const locked = input.isLocked(NUMBERS[name].property);
  const committed = locked ? undefined : input.committed[name];
  const typed = locked ? undefined : (input.drafts.get(name) ?? committed);
  const preset = configured(input.config, name, input.level);
  const text = typed ?? (preset === undefined ? '' : String(preset));
  if (committed === undefined) return { name, group, text, value: preset, missing: required && preset === undefined, locked };
  const reading = readTyped(committed);
  const base = { name, group, text, missing: false, locked } as const;
  if (reading.kind === 'empty') return required ? { ...base, value: undefined, error: 'enter' } : { ...base, value: undefined };
  if (reading.kind === 'bad') return { ...base, value: undefined, error: 'enter' };
  return isAllowed(name, reading.value) ? { ...base, value: reading.value } : { ...base, value: undefined, error: 'range' };
}

/** Everything the widget shows, from the configuration, the level in effect and the visitor's input. */
export function costModel(input: CostModelInput): CostModel {
  const { level, coverage, design } = input;
  const network = NETWORK_OF[coverage];
  const insured = network === 'in' || network === 'out';
  const allDay = !isWeeklyLevel(level);
  const base = { level, allDay, coverage, design, network, insured, rateSource: rateSource(input.config, level) };
  if (allDay) return { ...base, fields: [], errors: [], clamped: [], estimate: null };

  const fields = costFieldRequirements(network, design).map((entry) => fieldView(input, INPUT_OF_CORE[entry.field], entry.group, entry.required));
  const errors = fields.filter((field) => field.error !== undefined);
  const value = (name: CostNumberInput) => fields.find((field) => field.name === name)?.value;
  const clamped = insured
    ? clampedAmounts({
        ...(design === 'deductible-coinsurance' ? { deductible: value('deductible'), deductibleMet: value('deductible-met') } : {}),
        outOfPocketMax: value('oop-max'),
        outOfPocketMet: value('oop-met'),
      })
    : [];

  let estimate: CostEstimate | null = null;
  if (errors.length === 0 && fields.every((field) => !field.missing)) {
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
                : { deductible: value('deductible'), deductibleMet: value('deductible-met'), coinsurance: coinsurance === undefined ? undefined : percentToFraction(coinsurance) }),
              outOfPocketMax: value('oop-max'),
              outOfPocketMet: value('oop-met'),
              billedRate: network === 'out' ? value('billed-rate') : undefined,
            });
    const costInput: CostInput = defined({
      dailyRate: value('daily-rate') as number,
      daysPerWeek: value('days-per-week') as number,
      weeks: value('weeks') as number,
      coverage: plan,
    });
    estimate = estimateCost(costInput);
  }
  return { ...base, fields, errors, clamped, estimate };
}

/** A coinsurance of 0 < x ≤ 1 is most likely a fraction written by mistake (0.2 for 20%): the percent it likely means. */
export function likelyPercent(coinsurance: number | undefined): number | undefined {
  return coinsurance !== undefined && coinsurance > 0 && coinsurance <= 1 ? fractionToPercent(coinsurance) : undefined;
}

/** Cross-field rules for the configuration: a likely fraction for coinsurance, clamped amounts, unused 24-hour prices. */
export function refineCostConfig(config: CostConfig): { config: CostConfig; issues: readonly InputIssue[] } {
  const issues: InputIssue[] = [];
  let refined = config;
  const { coinsurance } = config;
  const likely = likelyPercent(coinsurance);
  if (likely !== undefined) {
    issues.push({
      field: 'coinsurance',
      value: coinsurance,
      message:
        `<carepath-cost> coinsurance=${coinsurance} is read as ${coinsurance}%; did you mean ${likely}%? ` +
        `Coinsurance is a percent: write coinsurance="${likely}" for ${likely}%.`,
    });
  }
  const clamped = clampedAmounts({ deductible: config.deductible, deductibleMet: config.deductibleMet, outOfPocketMax: config.oopMax, outOfPocketMet: config.oopMet });
  for (const clamp of clamped) {
    const [met, plan] = clamp.field === 'coverage.deductibleMet' ? ['deductible-met', 'deductible'] : ['oop-met', 'oop-max'];
    issues.push({
      field: met,
      value: clamp.value,
      message: `<carepath-cost> ${met}=${clamp.value} is more than ${plan}=${clamp.clampedTo}; the estimate uses ${clamp.clampedTo}.`,
    });
  }
  const allDayRates = CARE_LEVEL_IDS.filter((level) => !isWeeklyLevel(level) && config.rates?.[level] !== undefined);
  if (allDayRates.length > 0) {
    issues.push({
      field: 'rates',
      value: config.rates,
      message: `<carepath-cost> rates for ${allDayRates.join(' and ')} are not used: for 24-hour care the estimator shows "ask the center", not a price.`,
    });
    refined = { ...refined, rates: defined({ ...config.rates, ...Object.fromEntries(allDayRates.map((level) => [level, undefined])) }) };
  }
  if (config.dailyRate !== undefined && config.level !== undefined && !isWeeklyLevel(config.level)) {
    issues.push({
      field: 'daily-rate',
      value: config.dailyRate,
      message: `<carepath-cost> daily-rate is not used with level="${config.level}": for 24-hour care the estimator shows "ask the center", not a price.`,
    });
  }
  return { config: refined, issues };
}
