/**
 * The fields of `<carepath-levels>`, declared once: the Lit properties and their attribute converters, the zod
 * shape, the `LevelsConfig` type, the manifest, the JSON Schema, the builder form and Storybook's controls all
 * come from this table (`src/internal/fields.ts`).
 */
import * as z from 'zod/mini';
import { CARE_LEVEL_IDS, type CareLevelId } from '../../core/levels.js';
import { refine } from '../../core/errors.js';
import type { LocalizedText } from '../../core/text.js';
import type { CommonConfig } from '../../internal/carepath-element.js';
import { defineFields, field, type FieldValues } from '../../internal/fields.js';

/** The columns the table can show, in their default order. */
export const LEVEL_COLUMNS = ['setting', 'hours', 'supervision', 'length', 'cost', 'autonomy', 'fit'] as const;
export type LevelColumn = (typeof LEVEL_COLUMNS)[number];

export const LEVEL_LAYOUTS = ['auto', 'table', 'cards'] as const;
export type LevelsLayout = (typeof LEVEL_LAYOUTS)[number];

/** A partner's own text: a plain string is shown as-is in every language; `{ en, es }` follows the visitor's. */
export type LevelText = string | LocalizedText;
export type LevelOverride = Partial<Record<LevelColumn, LevelText>>;
export type LevelOverrides = Partial<Record<CareLevelId, LevelOverride>>;

const noRepeats = (what: string) => refine<readonly string[]>((items) => new Set(items).size === items.length, `must not name the same ${what} twice`);

const OverrideTextSchema = z.union([
  z.string().check(z.minLength(1), z.maxLength(400)),
  z.strictObject({ en: z.string().check(z.minLength(1), z.maxLength(400)), es: z.optional(z.string().check(z.minLength(1), z.maxLength(400))) }),
]);

const LevelOverrideSchema = z.strictObject({
  setting: z.optional(OverrideTextSchema),
  hours: z.optional(OverrideTextSchema),
  supervision: z.optional(OverrideTextSchema),
  length: z.optional(OverrideTextSchema),
  cost: z.optional(OverrideTextSchema),
  autonomy: z.optional(OverrideTextSchema),
  fit: z.optional(OverrideTextSchema),
});

/** Strict on both levels: an unknown level id or column name is an issue, not silently dropped. */
const OverridesSchema: z.ZodMiniType<LevelOverrides> = z.strictObject({
  inpatient: z.optional(LevelOverrideSchema),
  residential: z.optional(LevelOverrideSchema),
  php: z.optional(LevelOverrideSchema),
  iop: z.optional(LevelOverrideSchema),
  outpatient: z.optional(LevelOverrideSchema),
});

export const LEVELS_FIELDS = defineFields({
  levels: field.list(CARE_LEVEL_IDS, {
    default: [...CARE_LEVEL_IDS],
    type: 'CareLevelId[]',
    schema: z.array(z.enum(CARE_LEVEL_IDS)).check(z.minLength(1), noRepeats('level')) as z.ZodMiniType<readonly CareLevelId[]>,
    doc: 'Which levels to show, in this order (space-separated ids): `inpatient residential php iop outpatient` by default.',
  }),
  columns: field.list(LEVEL_COLUMNS, {
    default: [...LEVEL_COLUMNS],
    type: 'LevelColumn[]',
    schema: z.array(z.enum(LEVEL_COLUMNS)).check(z.minLength(1), noRepeats('column')) as z.ZodMiniType<readonly LevelColumn[]>,
    doc: 'Which columns to show, in this order: `setting hours supervision length cost autonomy fit` by default.',
  }),
  highlight: field.oneOf(CARE_LEVEL_IDS, {
    type: 'CareLevelId',
    doc: 'A level to mark as suggested (a quiz’s suggestion in the same group, and the visitor’s own choice, come first).',
  }),
  heading: field.text({ doc: 'The heading, shown as written in every language (default: "Compare levels of care", translated).' }),
  layout: field.oneOf(LEVEL_LAYOUTS, {
    default: 'auto',
    type: 'LevelsLayout',
    doc: '`auto` (default): a table on wide containers, cards on narrow ones; `table` (scrolls sideways when narrow); `cards`.',
  }),
  ctaLabel: field.text({ maxLength: 120, doc: 'Text of the call-to-action link (default: "Ask us which level of care fits you", translated).' }),
  ctaHref: field.url({ doc: 'Where the call-to-action goes: an https:, http:, relative, tel:, sms: or mailto: link. No link without it.' }),
  overrides: field.json(OverridesSchema, {
    type: 'LevelOverrides',
    doc: 'A partner’s own text per level and column, e.g. `{ "iop": { "hours": "12 hours a week", "length": "8 weeks" } }`: a string is shown as-is in every language, `{ "en": …, "es": … }` follows the visitor’s. For `cost` and `autonomy` the text is shown under the 1–5 rating. Set it in the JSON block or as a property (no attribute).',
  }),
});

export type LevelsConfig = CommonConfig & FieldValues<typeof LEVELS_FIELDS>;
