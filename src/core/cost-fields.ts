/**
 * Which estimator inputs apply to a coverage and plan design, and which are required, in the order a form asks
 * for them. The rules are `CostInputSchema`'s and `CoverageSchema`'s: self-pay and "no benefits" need only the
 * price, the days and the weeks; in or out of network a plan with a deductible needs the coinsurance, a copay plan
 * the copay (Healthcare.gov glossary); out of network the center's billed rate sits beside the plan's allowed
 * amount, because the gap is balance-billed.
 */
import type { Network, PlanDesign } from './cost.js';

/** The core's names: `CostInput` (`dailyRate`, `daysPerWeek`, `weeks`) and `Coverage` (the rest). */
export const COST_INPUT_FIELDS = [
  'dailyRate',
  'billedRate',
  'daysPerWeek',
  'weeks',
  'deductible',
  'deductibleMet',
  'coinsurance',
  'copay',
  'outOfPocketMax',
  'outOfPocketMet',
] as const;
export type CostInputField = (typeof COST_INPUT_FIELDS)[number];

export interface CostFieldRequirement {
  readonly field: CostInputField;
  /** The estimate cannot be computed without it. */
  readonly required: boolean;
  /** `program`: about the program (price, days, weeks); `plan`: about the visitor's insurance. */
  readonly group: 'program' | 'plan';
}

/** The inputs that apply to `network` (undefined: self-pay) and `design`, in form order. */
export function costFieldRequirements(network: Network | undefined, design: PlanDesign = 'deductible-coinsurance'): readonly CostFieldRequirement[] {
  const program = (field: CostInputField, required: boolean): CostFieldRequirement => ({ field, required, group: 'program' });
  const plan = (field: CostInputField, required: boolean): CostFieldRequirement => ({ field, required, group: 'plan' });
  const fields: CostFieldRequirement[] = [program('dailyRate', true)];
  if (network === 'out') fields.push(program('billedRate', false));
  fields.push(program('daysPerWeek', true), program('weeks', true));
  if (network === 'in' || network === 'out') {
    if (design === 'copay') fields.push(plan('copay', true));
    else fields.push(plan('deductible', false), plan('deductibleMet', false), plan('coinsurance', true));
    fields.push(plan('outOfPocketMax', false), plan('outOfPocketMet', false));
  }
  return fields;
}
