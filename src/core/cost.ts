/**
 * What a stretch of program days costs the visitor and the plan.
 *
 * Insurers pay IOP and PHP per diem, so every program day is one claim, and each claim goes through the Healthcare.gov-style
 * order of operations (Healthcare.gov glossary; Virginia marketplace worked example: a $20,000 claim with a $1,300
 * deductible and 20% coinsurance is 1,300 + 3,740 = 5,040, capped at the $4,400 out-of-pocket maximum):
 * deductible first, coinsurance on the rest, cap at the remaining out-of-pocket maximum, and out of network the
 * balance bill on top, uncapped and counted toward nothing. The arithmetic is done in integers (cents and basis
 * points) because floating-point products such as 0.29 × 750 = 217.49999… round the wrong way.
 */
import * as z from 'zod/mini';
import { CarepathInputError, customIssue, parseInput, toInputIssues } from './errors.js';
import type { CareLevelId } from './levels.js';

export const NETWORKS = ['in', 'out', 'none'] as const;
export type Network = (typeof NETWORKS)[number];

export const PLAN_DESIGNS = ['deductible-coinsurance', 'copay'] as const;
export type PlanDesign = (typeof PLAN_DESIGNS)[number];

/** The visitor's plan. Money is in dollars; `coinsurance` is a fraction (0.2 for 20%). */
export interface Coverage {
  /** `in` / `out` of network, or `none`: no benefits for this program (the visitor pays the billed rate). */
  readonly network: Network;
  /** Default `deductible-coinsurance`. */
  readonly design?: PlanDesign;
  /** Per plan year; default 0. */
  readonly deductible?: number;
  /** Already paid toward the deductible this plan year; clamped to `deductible`. */
  readonly deductibleMet?: number;
  /** Fraction 0–1; required for `deductible-coinsurance` unless `network` is `none`. */
  readonly coinsurance?: number;
  /** Per program day; required for `copay` unless `network` is `none`. */
  readonly copay?: number;
  /** Absent means no cap. */
  readonly outOfPocketMax?: number;
  /** Already paid toward the out-of-pocket maximum; clamped to `outOfPocketMax`. */
  readonly outOfPocketMet?: number;
  /** What the program bills per day; out of network the excess over `dailyRate` is balance-billed. */
  readonly billedRate?: number;
}

export interface CostInput {
  /** Dollars per program day: the plan's allowed amount, or the price for self-pay. */
  readonly dailyRate: number;
  /** Whole number 1–7. */
  readonly daysPerWeek: number;
  /** Whole number 1–52: one plan year. */
  readonly weeks: number;
  /** Absent means self-pay. */
  readonly coverage?: Coverage;
}

export interface WeekCost {
  /** 1-based. */
  readonly week: number;
  /** What the visitor pays that week, balance bill included. */
  readonly patient: number;
  readonly plan: number;
}

/** Every amount is in dollars with cents. */
export interface CostEstimate {
  /** Program days: `daysPerWeek × weeks`. */
  readonly days: number;
  /** Everything the visitor pays, balance bill included. */
  readonly patientCost: number;
  /** Allowed total minus the visitor's share; 0 for self-pay and with no benefits. */
  readonly planCost: number;
  /** Out of network only: billed minus allowed, summed; outside the cap. */
  readonly balanceBill: number;
  readonly deductiblePaid: number;
  readonly coinsurancePaid: number;
  readonly copayPaid: number;
  /** The remaining out-of-pocket maximum is 0 (possibly before day 1). Always false for self-pay and `none`. */
  readonly outOfPocketMaxReached: boolean;
  readonly byWeek: readonly WeekCost[];
}

/** One "already met" amount that was above its plan amount, so a widget can warn. */
export interface ClampedField {
  /** Dotted path as in `CarepathInputError` issues, e.g. `coverage.deductibleMet`. */
  readonly field: 'coverage.deductibleMet' | 'coverage.outOfPocketMet';
  readonly value: number;
  readonly clampedTo: number;
}

/**
 * Not a business rule: it keeps every intermediate exact in doubles. A claim is at most 10^11 cents, so
 * basis points × cents ≤ 10^4 × 10^11 = 10^15 and a year's totals (≤ 364 claims) stay far below 2^53.
 */
const MAX_DOLLARS = 1_000_000_000;

const money = () => z.number().check(z.minimum(0), z.maximum(MAX_DOLLARS));

export const CoverageSchema = z
  .strictObject({
    network: z.enum(NETWORKS),
    design: z.optional(z.enum(PLAN_DESIGNS)),
    deductible: z.optional(money()),
    deductibleMet: z.optional(money()),
    coinsurance: z.optional(z.number().check(z.minimum(0), z.maximum(1))),
    copay: z.optional(money()),
    outOfPocketMax: z.optional(money()),
    outOfPocketMet: z.optional(money()),
    billedRate: z.optional(money()),
  })
  .check(
    (ctx) => {
      const coverage = ctx.value;
      // With no benefits the plan's terms never enter the arithmetic, so they are not demanded.
      if (coverage.network === 'none') return;
      const design = coverage.design ?? 'deductible-coinsurance';
      if (design === 'deductible-coinsurance' && coverage.coinsurance === undefined) {
        ctx.issues.push(
          customIssue(
            coverage.coinsurance,
            ['coinsurance'],
            'is required for a deductible-and-coinsurance plan: a fraction from 0 to 1, like 0.2 for 20%',
          ),
        );
      }
      if (design === 'copay' && coverage.copay === undefined) {
        ctx.issues.push(
          customIssue(coverage.copay, ['copay'], 'is required for a copay plan: dollars per program day, 0 or more'),
        );
      }
    },
  );

export const CostInputSchema = z.strictObject({
  dailyRate: money(),
  daysPerWeek: z.number().check(z.int(), z.minimum(1), z.maximum(7)),
  weeks: z.number().check(z.int(), z.minimum(1), z.maximum(52)),
  coverage: z.optional(CoverageSchema),
});

/**
 * Rounds `value × 10^places` half-up on the decimal the caller wrote, not on its binary approximation: 0.285 is
 * stored as 0.28499999…, so `Math.round(0.285 * 100)` gives 28, while shifting the shortest decimal text
 * ("0.285" → "0.285e2", exactly 28.5) gives 29. Inputs are ≥ 0, so `Math.round` is half-up.
 */
function shiftRound(value: number, places: number): number {
  const [mantissa, exponent = '0'] = String(value).split('e');
  return Math.round(Number(`${mantissa}e${Number(exponent) + places}`));
}

const toCents = (dollars: number): number => shiftRound(dollars, 2);
const toDollars = (cents: number): number => cents / 100;

/** `(bp × cents + 5000) ÷ 10000`, floored, without a floating-point division that could round up past an integer. */
function coinsuranceCents(basisPoints: number, cents: number): number {
  const scaled = basisPoints * cents + 5000;
  return (scaled - (scaled % 10000)) / 10000;
}

function clampParsed(coverage: Coverage): { coverage: Coverage; clamped: ClampedField[] } {
  const clamped: ClampedField[] = [];
  let result = coverage;
  const deductible = coverage.deductible ?? 0;
  const { deductibleMet, outOfPocketMax, outOfPocketMet } = coverage;
  if (deductibleMet !== undefined && deductibleMet > deductible) {
    clamped.push({ field: 'coverage.deductibleMet', value: deductibleMet, clampedTo: deductible });
    result = { ...result, deductibleMet: deductible };
  }
  if (outOfPocketMax !== undefined && outOfPocketMet !== undefined && outOfPocketMet > outOfPocketMax) {
    clamped.push({ field: 'coverage.outOfPocketMet', value: outOfPocketMet, clampedTo: outOfPocketMax });
    result = { ...result, outOfPocketMet: outOfPocketMax };
  }
  return { coverage: result, clamped };
}

/**
 * Lowers "already met" amounts that exceed their plan amounts (the published rule: cross-field excess is clamped, not an
 * error) and lists what it changed. Without an `outOfPocketMax` there is nothing to clamp `outOfPocketMet` to.
 */
export function clampCoverage(coverage: Coverage): { coverage: Coverage; clamped: ClampedField[] } {
  const result = CoverageSchema.safeParse(coverage);
  if (!result.success) {
    // Fields are named as in `estimateCost`'s issues, so one field-to-attribute map serves both.
    throw new CarepathInputError(toInputIssues(result.error.issues, coverage, 'coverage'), 'clampCoverage');
  }
  return clampParsed(result.data);
}

interface Claim {
  /** The share that counts toward the plan's accumulators (after the cap). */
  readonly deductible: number;
  readonly coinsurance: number;
  readonly copay: number;
  /** Paid by the visitor outside the plan: self-pay, no benefits, or a balance bill. */
  readonly outside: number;
  readonly plan: number;
}

/** Returns one claim per call, carrying the year's deductible and out-of-pocket balances between calls. */
function claimRunner(
  allowed: number,
  coverage: Coverage | undefined,
): { next: () => Claim; capReached: () => boolean } {
  if (coverage === undefined) {
    const claim: Claim = { deductible: 0, coinsurance: 0, copay: 0, outside: allowed, plan: 0 };
    return { next: () => claim, capReached: () => false };
  }
  const billed = coverage.billedRate === undefined ? allowed : toCents(coverage.billedRate);
  if (coverage.network === 'none') {
    const claim: Claim = { deductible: 0, coinsurance: 0, copay: 0, outside: billed, plan: 0 };
    return { next: () => claim, capReached: () => false };
  }

  const isCopay = coverage.design === 'copay';
  const copay = toCents(coverage.copay ?? 0);
  const basisPoints = shiftRound(coverage.coinsurance ?? 0, 4);
  const balanceBill = coverage.network === 'out' ? Math.max(0, billed - allowed) : 0;
  let deductibleLeft = Math.max(0, toCents(coverage.deductible ?? 0) - toCents(coverage.deductibleMet ?? 0));
  let capLeft =
    coverage.outOfPocketMax === undefined
      ? undefined
      : Math.max(0, toCents(coverage.outOfPocketMax) - toCents(coverage.outOfPocketMet ?? 0));

  const next = (): Claim => {
    let deductible = 0;
    let coinsurance = 0;
    let copayShare = 0;
    if (isCopay) {
      copayShare = Math.min(copay, allowed);
    } else {
      deductible = Math.min(allowed, deductibleLeft);
      // The published order of operations counts the whole deductible portion as met even if the cap then cuts it; once the cap is
      // reached every later share is 0, so the difference never shows.
      deductibleLeft -= deductible;
      coinsurance = coinsuranceCents(basisPoints, allowed - deductible);
    }
    if (capLeft !== undefined) {
      // The cut comes off coinsurance first, then deductible (the published rule), so the parts report what was really paid.
      let cut = Math.max(0, deductible + coinsurance + copayShare - capLeft);
      const fromCoinsurance = Math.min(coinsurance, cut);
      coinsurance -= fromCoinsurance;
      cut -= fromCoinsurance;
      const fromDeductible = Math.min(deductible, cut);
      deductible -= fromDeductible;
      cut -= fromDeductible;
      copayShare -= cut;
      capLeft -= deductible + coinsurance + copayShare;
    }
    const share = deductible + coinsurance + copayShare;
    return { deductible, coinsurance, copay: copayShare, outside: balanceBill, plan: allowed - share };
  };
  return { next, capReached: () => capLeft === 0 };
}

/**
 * Estimates a course of `daysPerWeek × weeks` program days within one plan year, one claim per day, with the
 * §4's per-claim algorithm. Throws `CarepathInputError` for invalid input; "already met" amounts above their plan
 * amounts are clamped (see `clampCoverage`), not rejected.
 */
export function estimateCost(input: CostInput): CostEstimate {
  const parsed = parseInput(CostInputSchema, input, 'estimateCost');
  const days = parsed.daysPerWeek * parsed.weeks;
  const coverage = parsed.coverage === undefined ? undefined : clampParsed(parsed.coverage).coverage;
  const runner = claimRunner(toCents(parsed.dailyRate), coverage);

  let patient = 0;
  let plan = 0;
  let balanceBill = 0;
  let deductiblePaid = 0;
  let coinsurancePaid = 0;
  let copayPaid = 0;
  const byWeek: WeekCost[] = [];
  for (let week = 1; week <= parsed.weeks; week++) {
    let weekPatient = 0;
    let weekPlan = 0;
    for (let day = 0; day < parsed.daysPerWeek; day++) {
      const claim = runner.next();
      const claimPatient = claim.deductible + claim.coinsurance + claim.copay + claim.outside;
      weekPatient += claimPatient;
      weekPlan += claim.plan;
      deductiblePaid += claim.deductible;
      coinsurancePaid += claim.coinsurance;
      copayPaid += claim.copay;
      if (coverage?.network === 'out') balanceBill += claim.outside;
    }
    patient += weekPatient;
    plan += weekPlan;
    byWeek.push({ week, patient: toDollars(weekPatient), plan: toDollars(weekPlan) });
  }

  return {
    days,
    patientCost: toDollars(patient),
    planCost: toDollars(plan),
    balanceBill: toDollars(balanceBill),
    deductiblePaid: toDollars(deductiblePaid),
    coinsurancePaid: toDollars(coinsurancePaid),
    copayPaid: toDollars(copayPaid),
    outOfPocketMaxReached: runner.capReached(),
    byWeek,
  };
}

/** One week as a widget shows it: whole dollars, split the same way as the totals. */
export interface WeekSummary {
  readonly week: number;
  /** The week's program cost: what the visitor pays plus what the plan pays, rounded to whole dollars. */
  readonly programCost: number;
  /** What the visitor pays that week (balance bill included), rounded to whole dollars. */
  readonly youPay: number;
  /** `programCost − youPay`, so the two always add up to the figure shown above them. */
  readonly planPays: number;
}

/** The figures a widget shows, in whole dollars (widgets show whole dollars). */
export interface CostSummary {
  /** `patientCost + planCost` (out of network that is the billed total), rounded. */
  readonly programCost: number;
  /** `patientCost`, rounded. */
  readonly youPay: number;
  /** `programCost − youPay`, never "rounded twice", so the three figures always add up. */
  readonly planPays: number;
  /** `balanceBill`, rounded (part of `youPay`). */
  readonly balanceBill: number;
  /** What the visitor pays per week on average: `patientCost ÷ weeks`, rounded. */
  readonly youPayPerWeek: number;
  readonly byWeek: readonly WeekSummary[];
}

/** Whole dollars from cents, half-up (amounts are ≥ 0), with integer arithmetic only. */
function wholeDollars(cents: number, divisor = 1): number {
  const scaled = cents + 50 * divisor;
  const unit = 100 * divisor;
  return (scaled - (scaled % unit)) / unit;
}

/**
 * The whole-dollar figures of an estimate, as the public contract fixes them: "you pay" rounded half-up, "plan pays" = program
 * cost − "you pay" (so the figures on screen always add up), per week the same way. Pure, so a widget holds no
 * arithmetic of its own.
 */
export function summarizeCost(estimate: CostEstimate): CostSummary {
  const patient = toCents(estimate.patientCost);
  const program = patient + toCents(estimate.planCost);
  const youPay = wholeDollars(patient);
  const programCost = wholeDollars(program);
  const weeks = Math.max(1, estimate.byWeek.length);
  return {
    programCost,
    youPay,
    planPays: programCost - youPay,
    balanceBill: wholeDollars(toCents(estimate.balanceBill)),
    youPayPerWeek: wholeDollars(patient, weeks),
    byWeek: estimate.byWeek.map((week) => {
      const weekPatient = toCents(week.patient);
      const weekProgram = wholeDollars(weekPatient + toCents(week.plan));
      const weekYouPay = wholeDollars(weekPatient);
      return { week: week.week, programCost: weekProgram, youPay: weekYouPay, planPays: weekProgram - weekYouPay };
    }),
  };
}

/** A level's usual course, the estimator's starting point before anyone enters their own. */
export interface TypicalCourse {
  readonly daysPerWeek: number;
  /** Absent where no source gives a usual length (outpatient: "varies"). */
  readonly weeks?: number;
}

/**
 * The usual course of a level with a weekly schedule, or undefined for the 24-hour levels (no per-day price:
 * "ask the center"). Days a week match `defaultSchedule` (IOP 3 — the H0015 minimum and the schedule preview's
 * Mon/Wed/Fri; PHP 5, within "4–5 days"; outpatient 1), so a page showing both widgets agrees with itself. Weeks
 * are the midpoints of the sourced ranges, the same convention as `DailyRate.typical`: IOP "often 8–12
 * weeks" → 10, PHP "2–4 weeks" → 3; outpatient's length varies, so it has none.
 */
export function typicalCourse(level: CareLevelId): TypicalCourse | undefined {
  switch (level) {
    case 'iop':
      return { daysPerWeek: 3, weeks: 10 };
    case 'php':
      return { daysPerWeek: 5, weeks: 3 };
    case 'outpatient':
      return { daysPerWeek: 1 };
    default:
      return undefined;
  }
}
