/** Scores any instrument definition generically: points, skips, total, band, cut-off, flags, severity. */
import * as z from 'zod/mini';
import { CarepathInputError, parseInput, type InputIssue } from './errors.js';
import {
  InstrumentDefinitionSchema,
  maxTotal,
  type InstrumentDefinition,
  type Severity,
} from './instrument-definition.js';
import { getInstrument, isBuiltInDefinition, isInstrumentId, type InstrumentId } from './instruments.js';

export const SEXES = ['male', 'female'] as const;
export type Sex = (typeof SEXES)[number];

export interface ScoreOptions {
  /** Sets the AUDIT-C cut-off (≥ 4 male, ≥ 3 otherwise). */
  readonly sex?: Sex;
  /** Replaces the cut-off of an instrument whose cut-off is configurable (CAGE-AID, default 1). */
  readonly threshold?: number;
}

export interface ScoreResult {
  readonly id: string;
  readonly total: number;
  readonly max: number;
  readonly band: string;
  readonly positive: boolean;
  /** `self-harm` (PHQ-9 item 9 ≥ 1), `next-level` (AUDIT WHO rule; informational), or a custom flag. */
  readonly flags: readonly string[];
  /** Each item's points, skipped items as 0, for checking. */
  readonly points: readonly number[];
  /** Symptom severity 0–3 as `recommendLevel` counts it. */
  readonly severity: Severity;
}

export type Responses = readonly (number | null)[];

const ScoreOptionsSchema = z.optional(
  z.object({ sex: z.optional(z.enum(SEXES)), threshold: z.optional(z.number().check(z.minimum(0))) }),
);

/**
 * The definition behind an id or a partner's definition, validated. A custom definition may not reuse a
 * built-in id: a result named `phq-9` must always mean the published PHQ-9.
 */
export function resolveInstrument(instrument: InstrumentId | InstrumentDefinition): InstrumentDefinition {
  if (typeof instrument === 'string') return getInstrument(instrument);
  if (isBuiltInDefinition(instrument)) return instrument;
  const def = parseInput(InstrumentDefinitionSchema, instrument, 'instrument definition');
  if (isInstrumentId(def.id)) {
    throw new CarepathInputError(
      [{ field: 'id', value: def.id, message: `"${def.id}" is reserved for the built-in instrument; give a custom instrument its own id` }],
      'instrument definition',
    );
  }
  return def;
}

/**
 * Whether item `index` is skipped, given the points of the items before it (`pointsOf` returns undefined
 * for an item not answered yet; a rule that reads one cannot fire yet).
 */
export function isSkipped(def: InstrumentDefinition, index: number, pointsOf: (item: number) => number | undefined): boolean {
  return (def.skips ?? []).some((rule) => {
    if (!rule.skip.includes(index)) return false;
    let sum = 0;
    for (const item of rule.when.items) {
      const points = pointsOf(item);
      if (points === undefined) return false;
      sum += points;
    }
    return sum <= rule.when.maxPoints;
  });
}

/** The cut-off in force for this definition and these options. */
export function cutoffFor(def: InstrumentDefinition, options: ScoreOptions = {}): number {
  if (def.cutoff.configurable && options.threshold !== undefined) return options.threshold;
  if (options.sex === 'male' && def.cutoff.male !== undefined) return def.cutoff.male;
  if (options.sex === 'female' && def.cutoff.female !== undefined) return def.cutoff.female;
  return def.cutoff.default;
}

/**
 * Severity 0–3 as the published `recommendLevel` contract maps it. Two-level screens say "worth a full assessment",
 * so a positive one alone counts 1; AUDIT-C ≥ 8 and CAGE-AID 4 count 2. Banded instruments (PHQ-9, GAD-7,
 * AUDIT and custom ones) carry the severity on each band.
 */
export function severityOf(def: InstrumentDefinition, result: Pick<ScoreResult, 'total' | 'band' | 'positive'>): Severity {
  switch (def.id) {
    case 'audit-c':
      return result.positive ? (result.total >= 8 ? 2 : 1) : 0;
    case 'cage-aid':
      // By total, as the published contract lists it (0 → 0, 1–3 → 1, 4 → 2), whatever threshold the partner set.
      return result.total === 0 ? 0 : result.total >= 4 ? 2 : 1;
    case 'phq-2':
    case 'gad-2':
      return result.positive ? 1 : 0;
    default:
      return def.bands?.find((band) => band.id === result.band)?.severity ?? (result.positive ? 1 : 0);
  }
}

function bandFor(def: InstrumentDefinition, total: number, positive: boolean): string {
  if (!def.bands) return positive ? 'positive' : 'negative';
  let band = def.bands[0]?.id ?? 'negative';
  for (const candidate of def.bands) if (total >= candidate.min) band = candidate.id;
  return band;
}

/**
 * Scores responses given as option indexes (index `i` of each item's options, lowest points first).
 * `null` is allowed exactly where the skip logic skips the item; a skipped item scores 0 even if answered.
 */
export function scoreInstrument(
  instrument: InstrumentId | InstrumentDefinition,
  responses: Responses,
  options?: ScoreOptions,
): ScoreResult {
  const def = resolveInstrument(instrument);
  const opts = parseInput(ScoreOptionsSchema, options, `scoreInstrument(${def.id}) options`) ?? {};
  const issues: InputIssue[] = [];

  if (def.cutoff.configurable && opts.threshold !== undefined) {
    const max = maxTotal(def);
    if (!Number.isInteger(opts.threshold) || opts.threshold < 1 || opts.threshold > max) {
      issues.push({ field: 'options.threshold', value: opts.threshold, message: `must be a whole number from 1 to ${max}` });
    }
  }
  if (!Array.isArray(responses)) {
    throw new CarepathInputError([{ field: 'responses', value: responses, message: `must be a list of ${def.items.length} answers` }], `scoreInstrument(${def.id})`);
  }
  if (responses.length !== def.items.length) {
    issues.push({ field: 'responses', value: responses, message: `must hold ${def.items.length} answers, one per item; got ${responses.length}` });
  }
  if (issues.length > 0) throw new CarepathInputError(issues, `scoreInstrument(${def.id})`);

  const points: number[] = [];
  def.items.forEach((item, i) => {
    const response: unknown = responses[i];
    const skipped = isSkipped(def, i, (j) => points[j]);
    const optionCount = item.options.length;
    if (response === null || response === undefined) {
      if (!skipped) issues.push({ field: `responses.${i}`, value: response, message: `item ${i + 1} is not skipped here, so it needs an answer from 0 to ${optionCount - 1}` });
      points.push(0);
      return;
    }
    if (typeof response !== 'number' || !Number.isInteger(response) || response < 0 || response >= optionCount) {
      issues.push({ field: `responses.${i}`, value: response, message: `must be an option index from 0 to ${optionCount - 1} (or null where the item is skipped)` });
      points.push(0);
      return;
    }
    points.push(skipped ? 0 : (item.options[response]?.points ?? 0));
  });
  if (issues.length > 0) throw new CarepathInputError(issues, `scoreInstrument(${def.id})`);

  const total = points.reduce((sum, p) => sum + p, 0);
  const positive = total >= cutoffFor(def, opts);
  const band = bandFor(def, total, positive);
  const flags = (def.flags ?? [])
    .filter((flag) => flag.anyOf.some((rule) => (points[rule.item] ?? 0) >= rule.minPoints))
    .map((flag) => flag.id);
  return { id: def.id, total, max: maxTotal(def), band, positive, flags, points, severity: severityOf(def, { total, band, positive }) };
}
