/**
 * Suggests a level of care to talk about with a clinician — a screen, not a placement: ASAM placement is a
 * clinician's decision, and the widgets say so. The rules, their order and the reasons are exactly those of
 * the published `recommendLevel` contract; the context questions are inspired by ASAM's six dimensions (ASAM Criteria, 3rd ed.).
 */
import * as z from 'zod/mini';
import { CarepathInputError, parseInput, type InputIssue } from './errors.js';
import { SeveritySchema, type Severity } from './instrument-definition.js';
import { getInstrument, isInstrumentId } from './instruments.js';
import { CARE_LEVEL_IDS, type CareLevelId } from './levels.js';
import { severityOf } from './score.js';

export const SAFETY_ANSWERS = ['no', 'yes', 'prefer-not-to-say'] as const;
export const WITHDRAWAL_ANSWERS = ['none', 'mild', 'severe'] as const;
export const MEDICAL_ANSWERS = ['stable', 'unstable'] as const;
/**
 * `others-use` (others there drink or use heavily) and `unsafe` (not safe) both count as an unsafe recovery
 * environment in the level rule; only `unsafe` brings the domestic-violence hotline.
 */
export const HOME_ANSWERS = ['supportive', 'mixed', 'others-use', 'unsafe'] as const;
export const FUNCTIONING_ANSWERS = ['managing', 'struggling', 'unable'] as const;
export const HISTORY_ANSWERS = ['none', 'outpatient-not-enough', 'after-inpatient'] as const;
export const AVAILABILITY_ANSWERS = ['yes', 'unsure', 'no'] as const;

export const REASONS = [
  'safety',
  'withdrawal',
  'medical',
  'environment',
  'severity',
  'functioning',
  'step-up',
  'step-down',
  'low-need',
  'withdrawal-caution',
  'schedule-conflict',
] as const;
export type Reason = (typeof REASONS)[number];

/**
 * A scored result as `scoreInstrument` returns it; `severity` is required only for custom instruments. Other keys
 * are allowed and not read (z.object drops them from the parsed copy, which only this module sees).
 */
const ResultSchema = z.object({
  id: z.string().check(z.minLength(1)),
  total: z.number().check(z.minimum(0)),
  band: z.string().check(z.minLength(1)),
  positive: z.boolean(),
  flags: z.array(z.string()),
  severity: z.optional(SeveritySchema),
});

export const AssessmentInputSchema = z.object({
  results: z.array(ResultSchema),
  safety: z.optional(z.enum(SAFETY_ANSWERS)),
  crisisDisclosed: z.optional(z.boolean()),
  withdrawal: z.optional(z.enum(WITHDRAWAL_ANSWERS)),
  medical: z.optional(z.enum(MEDICAL_ANSWERS)),
  home: z.optional(z.enum(HOME_ANSWERS)),
  functioning: z.optional(z.enum(FUNCTIONING_ANSWERS)),
  history: z.optional(z.enum(HISTORY_ANSWERS)),
  availability: z.optional(z.enum(AVAILABILITY_ANSWERS)),
});

/** A scored result as `recommendLevel` reads it (a `ScoreResult` fits). */
export interface AssessmentResult {
  readonly id: string;
  readonly total: number;
  readonly band: string;
  readonly positive: boolean;
  readonly flags: readonly string[];
  readonly severity?: Severity;
}

export interface AssessmentInput {
  readonly results: readonly AssessmentResult[];
  readonly safety?: (typeof SAFETY_ANSWERS)[number];
  /**
   * A crisis answer was given earlier in this visit and then taken back (Back and a changed answer). The crisis
   * stands until the visitor starts over: people often take back a disclosure, and a misclick costs only a panel
   * of help.
   */
  readonly crisisDisclosed?: boolean;
  readonly withdrawal?: (typeof WITHDRAWAL_ANSWERS)[number];
  readonly medical?: (typeof MEDICAL_ANSWERS)[number];
  readonly home?: (typeof HOME_ANSWERS)[number];
  readonly functioning?: (typeof FUNCTIONING_ANSWERS)[number];
  readonly history?: (typeof HISTORY_ANSWERS)[number];
  readonly availability?: (typeof AVAILABILITY_ANSWERS)[number];
}

export interface Recommendation {
  readonly level: CareLevelId;
  readonly crisis: boolean;
  readonly reasons: readonly Reason[];
  /** The level's neighbours in CARE_LEVEL_IDS order; none in a crisis. */
  readonly alternatives: readonly CareLevelId[];
}

const FUNCTION_SCORE = { managing: 0, struggling: 1, unable: 2 } as const;

/**
 * A built-in result's severity is recomputed from its own definition, so a hand-made result cannot claim a
 * severity its band does not carry; a custom result brings the severity its definition gave it.
 */
function resultSeverity(result: AssessmentResult, index: number, issues: InputIssue[]): Severity {
  if (isInstrumentId(result.id)) {
    const def = getInstrument(result.id);
    const bands = def.bands?.map((band) => band.id) ?? ['negative', 'positive'];
    if (!bands.includes(result.band)) {
      issues.push({ field: `results.${index}.band`, value: result.band, message: `must be one of ${bands.map((b) => `"${b}"`).join(', ')} for ${result.id}` });
      return 0;
    }
    return severityOf(def, result);
  }
  if (result.severity === undefined) {
    issues.push({ field: `results.${index}.severity`, value: undefined, message: `is required (0–3) for the custom instrument "${result.id}"` });
    return 0;
  }
  return result.severity;
}

export function recommendLevel(input: AssessmentInput): Recommendation {
  const parsed = parseInput(AssessmentInputSchema, input, 'recommendLevel');
  const issues: InputIssue[] = [];
  const severities = parsed.results.map((result, i) => resultSeverity(result, i, issues));
  if (issues.length > 0) throw new CarepathInputError(issues, 'recommendLevel');

  const S = Math.max(0, ...severities);
  const F = parsed.functioning ? FUNCTION_SCORE[parsed.functioning] : 0;
  const crisis =
    parsed.safety === 'yes' ||
    parsed.safety === 'prefer-not-to-say' ||
    parsed.crisisDisclosed === true ||
    parsed.results.some((r) => r.flags.includes('self-harm'));
  // Others drinking or using heavily at home is an unsafe recovery environment too (ASAM dimension 6).
  const unsafeHome = parsed.home === 'unsafe' || parsed.home === 'others-use';
  const stepUp = parsed.history === 'outpatient-not-enough';
  const stepDown = parsed.history === 'after-inpatient';

  let level: CareLevelId;
  if (parsed.withdrawal === 'severe' || parsed.medical === 'unstable') level = 'inpatient';
  else if (unsafeHome && (S >= 1 || F >= 1)) level = 'residential';
  else if ((S === 3 && F >= 1) || (S >= 2 && F === 2)) level = 'php';
  else if (S >= 2 || F === 2 || (S >= 1 && F === 1) || stepUp || stepDown) level = 'iop';
  else level = 'outpatient';
  // In a crisis the level is never less intensive than IOP.
  if (crisis && CARE_LEVEL_IDS.indexOf(level) > CARE_LEVEL_IDS.indexOf('iop')) level = 'iop';

  const conditions: [Reason, boolean][] = [
    ['safety', crisis],
    ['withdrawal', parsed.withdrawal === 'severe'],
    ['medical', parsed.medical === 'unstable'],
    ['environment', unsafeHome],
    ['severity', S >= 2],
    ['functioning', F >= 1],
    ['step-up', stepUp],
    ['step-down', stepDown],
  ];
  const reasons = conditions.filter(([, holds]) => holds).map(([reason]) => reason);
  if (reasons.length === 0) reasons.push('low-need');
  if (parsed.withdrawal === 'mild' || parsed.withdrawal === 'severe') reasons.push('withdrawal-caution');
  if (parsed.availability === 'no' && (level === 'iop' || level === 'php')) reasons.push('schedule-conflict');

  const at = CARE_LEVEL_IDS.indexOf(level);
  const alternatives = crisis ? [] : CARE_LEVEL_IDS.filter((_, i) => Math.abs(i - at) === 1);
  return { level, crisis, reasons, alternatives };
}
