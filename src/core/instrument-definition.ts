/**
 * One definition format for every screening instrument, built-in or a partner's own: literal text per
 * language, the points of each option, bands with a severity, flags and skip rules. `scoreInstrument` and
 * `nextQuestion` read only this data, so a partner holding permission for another instrument (DAST-10, say)
 * supplies a definition and nothing else changes.
 */
import * as z from 'zod/mini';
import { customIssue } from './errors.js';
import { LocalizedTextSchema, type Language, type LocalizedText } from './text.js';

export const SEVERITIES = [0, 1, 2, 3] as const;
/** Symptom severity on the scale `recommendLevel` uses: 0 none or minimal … 3 severe. */
export type Severity = (typeof SEVERITIES)[number];
/**
 * One of SEVERITIES, as a zod enum keyed by name (`z.enum([0, 1, 2, 3])` would read the number keys as a TypeScript
 * enum's reverse mapping and accept nothing). Same issue as `z.literal(SEVERITIES)`, without zod's literal code.
 */
export const SeveritySchema = z.enum(Object.fromEntries(SEVERITIES.map((severity) => [`s${severity}`, severity])) as Readonly<Record<string, Severity>>);

export const INSTRUMENT_TOPICS = ['alcohol', 'substance', 'depression', 'anxiety', 'other'] as const;
export type InstrumentTopic = (typeof INSTRUMENT_TOPICS)[number];

export interface InstrumentOption {
  readonly label: LocalizedText;
  readonly points: number;
}

export interface InstrumentItem {
  readonly text: LocalizedText;
  /** In the published order, lowest points first; a response is an index into this list. */
  readonly options: readonly InstrumentOption[];
}

export interface InstrumentBand {
  /** The band's id as results report it (`moderately-severe`, `zone-2`). */
  readonly id: string;
  /** Lowest total in the band; a band runs up to the next band's `min` − 1. */
  readonly min: number;
  readonly severity: Severity;
}

export interface InstrumentCutoff {
  /** A total at or above this screens positive. */
  readonly default: number;
  readonly male?: number;
  readonly female?: number;
  /** Whether `scoreInstrument`'s `threshold` option may replace `default` (CAGE-AID). */
  readonly configurable?: boolean;
}

export interface InstrumentFlag {
  readonly id: string;
  /** Raised when any of these items scores at least `minPoints`. Items are 0-based. */
  readonly anyOf: readonly { readonly item: number; readonly minPoints: number }[];
}

export interface InstrumentSkip {
  /** When the points of these items (skipped items count 0) add up to at most `maxPoints`… */
  readonly when: { readonly items: readonly number[]; readonly maxPoints: number };
  /** …these items are not asked and score 0. */
  readonly skip: readonly number[];
}

export interface InstrumentExpansion {
  /** The full instrument a positive result continues with (PHQ-2 → PHQ-9). */
  readonly to: string;
  /** This instrument's items, as 0-based indexes of the full instrument's items, in order. */
  readonly items: readonly number[];
}

export interface InstrumentDefinition {
  readonly id: string;
  /** Short name shown to visitors: "PHQ-9". */
  readonly name: LocalizedText;
  /** Full name: "Patient Health Questionnaire-9". */
  readonly title: LocalizedText;
  /** The question every item completes, when the form has one. */
  readonly stem?: LocalizedText;
  readonly topic: InstrumentTopic;
  /** Citation of the source of the wording and scoring. */
  readonly source: string;
  /** A line the licence asks to be shown with the items. */
  readonly attribution?: LocalizedText;
  readonly items: readonly InstrumentItem[];
  readonly cutoff: InstrumentCutoff;
  /** Banded instruments; without bands a result's band is `negative` or `positive`. */
  readonly bands?: readonly InstrumentBand[];
  readonly flags?: readonly InstrumentFlag[];
  readonly skips?: readonly InstrumentSkip[];
  readonly expandsTo?: InstrumentExpansion;
}

const PointsSchema = z.number().check(z.minimum(0), z.maximum(1000));
const IndexSchema = z.number().check(z.int(), z.minimum(0), z.maximum(199));

const OptionSchema = z.object({ label: LocalizedTextSchema, points: PointsSchema });
const ItemSchema = z.object({
  text: LocalizedTextSchema,
  options: z.array(OptionSchema).check(z.minLength(2), z.maxLength(12)),
});
const ThresholdSchema = z.number().check(z.minimum(0));

export const InstrumentDefinitionSchema = z
  .object({
    id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'must be lowercase letters, digits and dashes, like "my-screen"')),
    name: LocalizedTextSchema,
    title: LocalizedTextSchema,
    stem: z.optional(LocalizedTextSchema),
    topic: z.enum(INSTRUMENT_TOPICS),
    source: z.string().check(z.minLength(1)),
    attribution: z.optional(LocalizedTextSchema),
    items: z.array(ItemSchema).check(z.minLength(1), z.maxLength(200)),
    cutoff: z.object({
      default: ThresholdSchema,
      male: z.optional(ThresholdSchema),
      female: z.optional(ThresholdSchema),
      configurable: z.optional(z.boolean()),
    }),
    bands: z.optional(
      z
        .array(z.object({ id: z.string().check(z.minLength(1)), min: z.number().check(z.minimum(0)), severity: SeveritySchema }))
        .check(z.minLength(1)),
    ),
    flags: z.optional(
      z.array(
        z.object({
          id: z.string().check(z.minLength(1)),
          anyOf: z.array(z.object({ item: IndexSchema, minPoints: PointsSchema })).check(z.minLength(1)),
        }),
      ),
    ),
    skips: z.optional(
      z.array(
        z.object({
          when: z.object({ items: z.array(IndexSchema).check(z.minLength(1)), maxPoints: PointsSchema }),
          skip: z.array(IndexSchema).check(z.minLength(1)),
        }),
      ),
    ),
    expandsTo: z.optional(z.object({ to: z.string().check(z.minLength(1)), items: z.array(IndexSchema).check(z.minLength(1)) })),
  })
  .check(
    (ctx) => {
      const def = ctx.value;
      const itemCount = def.items.length;
      def.items.forEach((item, i) => {
        item.options.forEach((option, j) => {
          const previous = item.options[j - 1];
          if (previous && option.points < previous.points) {
            ctx.issues.push(customIssue(option.points, ['items', i, 'options', j, 'points'], 'options must be listed lowest points first'));
          }
        });
      });
      const bands = def.bands ?? [];
      if (bands.length > 0 && bands[0]?.min !== 0) {
        ctx.issues.push(customIssue(bands[0]?.min, ['bands', 0, 'min'], 'the first band must start at 0'));
      }
      bands.forEach((band, i) => {
        const previous = bands[i - 1];
        if (previous && band.min <= previous.min) {
          ctx.issues.push(customIssue(band.min, ['bands', i, 'min'], 'bands must be listed with rising minimums'));
        }
      });
      const checkItem = (index: number, path: (string | number)[]) => {
        if (index >= itemCount) ctx.issues.push(customIssue(index, path, `must name an item from 0 to ${itemCount - 1}`));
      };
      def.flags?.forEach((flag, i) => flag.anyOf.forEach((rule, j) => checkItem(rule.item, ['flags', i, 'anyOf', j, 'item'])));
      def.skips?.forEach((rule, i) => {
        rule.when.items.forEach((item, j) => checkItem(item, ['skips', i, 'when', 'items', j]));
        rule.skip.forEach((item, j) => {
          checkItem(item, ['skips', i, 'skip', j]);
          // A rule may only skip items after the ones it reads, or the question order would loop.
          if (rule.when.items.some((read) => read >= item)) {
            ctx.issues.push(customIssue(item, ['skips', i, 'skip', j], 'may only skip items after the items in "when"'));
          }
        });
      });
      if (def.expandsTo && def.expandsTo.items.length !== itemCount) {
        ctx.issues.push(customIssue(def.expandsTo.items, ['expandsTo', 'items'], `must map each of the ${itemCount} items`));
      }
    },
  );

/** The highest total a definition allows (skips only ever lower it). */
export function maxTotal(def: InstrumentDefinition): number {
  return def.items.reduce((sum, item) => sum + Math.max(...item.options.map((o) => o.points)), 0);
}

/** Whether every visitor-facing text of the instrument exists in `lang` (never machine-translate an item). */
export function hasLanguage(def: InstrumentDefinition, lang: Language): boolean {
  if (lang === 'en') return true;
  const texts: (LocalizedText | undefined)[] = [def.stem, ...def.items.flatMap((item) => [item.text, ...item.options.map((o) => o.label)])];
  return texts.every((text) => text === undefined || text[lang] !== undefined);
}
