/**
 * The quiz's one field table: each configuration field is declared here once, and the Lit properties, attribute
 * converters, zod shape, `QuizConfig` type, manifest, JSON Schema, builder form and Storybook controls follow from
 * it (see `src/internal/fields.ts`).
 */
import * as z from 'zod/mini';
import { ANSWERING_FOR } from '../../core/family.js';
import { InstrumentDefinitionSchema, type InstrumentDefinition } from '../../core/instrument-definition.js';
import { INSTRUMENT_IDS } from '../../core/instruments.js';
import type { LocalizedText } from '../../core/text.js';
import type { CommonConfig } from '../../internal/carepath-element.js';
import { defineFields, field, type FieldProperties, type FieldValues } from '../../internal/fields.js';
import type { TranslationKey } from '../../translations/en.js';

export const QUIZ_PERSIST = ['none', 'session'] as const;
export type QuizPersist = (typeof QUIZ_PERSIST)[number];

/**
 * The UI strings a partner may replace through the `strings` JSON field. Never the crisis text, the disclaimer,
 * the privacy and "not a diagnosis" lines, the result wording, instrument items or band words.
 */
export const QUIZ_STRING_KEYS = [
  'carepath.quiz.heading',
  'carepath.quiz.intro',
  'carepath.quiz.start',
  'carepath.quiz.back',
  'carepath.quiz.continue',
  'carepath.quiz.skip',
  'carepath.quiz.resultHeading',
  'carepath.quiz.nextSteps',
  'carepath.quiz.ctaPrimary',
  'carepath.quiz.ctaSecondary',
  'carepath.quiz.saveHeading',
  'carepath.quiz.print',
  'carepath.quiz.copy',
  'carepath.quiz.startOver',
] as const satisfies readonly TranslationKey[];
export type QuizStringKey = (typeof QUIZ_STRING_KEYS)[number];

/** A partner's text: a plain string is shown as-is in every language; `{ en, es }` follows the visitor's. */
export type QuizText = string | LocalizedText;
export type QuizStrings = Partial<Record<QuizStringKey, QuizText>>;

const TextSchema = z.string().check(z.minLength(1), z.maxLength(400));
const QuizTextSchema = z.union([TextSchema, z.strictObject({ en: TextSchema, es: z.optional(TextSchema) })]);
// Keys are checked against QUIZ_STRING_KEYS in the quiz's refineConfig, so one bad key does not lose the good ones.
const QuizStringsSchema = z.record(z.string(), QuizTextSchema) as unknown as z.ZodMiniType<QuizStrings>;
const CustomInstrumentsSchema = z.array(InstrumentDefinitionSchema).check(z.minLength(1), z.maxLength(6)) as unknown as z.ZodMiniType<readonly InstrumentDefinition[]>;

export const QUIZ_FIELDS = defineFields({
  instruments: field.list(INSTRUMENT_IDS, {
    unique: false,
    maxItems: INSTRUMENT_IDS.length,
    type: 'InstrumentId[]',
    doc: 'Which built-in screens to ask, in order (space-separated ids): `audit-c`, `audit`, `cage-aid`, `phq-9`, `phq-2`, `gad-7`, `gad-2`. Default `phq-2 gad-2 audit-c cage-aid`; in Spanish `phq-2 gad-2 audit-c` (no published Spanish CAGE-AID exists). A short form and its full form together (`phq-2 phq-9`) is an issue.',
  }),
  heading: field.text({ doc: 'The intro screen\'s heading, shown as written in every language (default: "A self-check: what kind of care could help?", translated).' }),
  intro: field.text({ maxLength: 600, doc: 'The intro\'s first paragraph, shown as written in every language. The lines about adults, time, privacy and "not a diagnosis" always follow.' }),
  ctaLabel: field.text({ maxLength: 120, doc: 'Text of the primary call to action on the result (default "Talk with our team", translated). Shown only with `cta-href`.' }),
  ctaHref: field.url({ doc: 'Where the primary call to action goes: an https:, http:, relative, tel:, sms: or mailto: link.' }),
  secondaryCtaLabel: field.text({ maxLength: 120, doc: 'Text of the secondary call to action (default "Learn about our programs", translated). Shown only with `secondary-cta-href`.' }),
  secondaryCtaHref: field.url({ doc: 'Where the secondary call to action goes (same rules as `cta-href`).' }),
  askSex: field.boolean({ doc: 'Ask sex assigned at birth (with "Prefer not to say") to use the AUDIT-C cut-off for men (4) or women (3).' }),
  persist: field.oneOf(QUIZ_PERSIST, {
    default: 'none',
    type: 'QuizPersist',
    doc: '`none` (default): answers live in memory only. `session`: this browser tab keeps unfinished answers under `carepath.quiz.v1:<group>` in sessionStorage — never the safety answer or PHQ-9 item 9 — and clears them when the visitor finishes or starts over. A crisis answer clears them at once, and nothing more is saved while the page stays open.',
  }),
  answeringFor: field.oneOf(ANSWERING_FOR, {
    default: 'ask',
    type: 'AnsweringFor',
    doc: 'Who the visitor answers for. `ask` (default): after Start, "Who is this for?" (Me / Someone I care about). `self`: the self-assessment only. `someone-else`: the path for family and friends only — an unscored checklist of what they have seen, safety and overdose steps, how to help and talk, support for them, and the levels of care to read about. That path scores nothing, suggests no level and publishes nothing but a crisis. Changing it part-way through starts again at the new mode\'s intro; a crisis answer still sticks until Start over.',
  }),
  cageAidThreshold: field.integer({ min: 1, max: 4, doc: 'CAGE-AID cut-off, 1–4 (default 1: "worth discussing with a professional"; 2 is "clinically significant").' }),
  customInstruments: field.json(CustomInstrumentsSchema, {
    type: 'InstrumentDefinition[]',
    doc: 'A partner\'s own screens (a permitted DAST-10, say), asked after the built-ins: instrument definitions as the core\'s `InstrumentDefinitionSchema` describes them. JSON child (`{"customInstruments": [...]}`) or property.',
  }),
  strings: field.json(QuizStringsSchema, {
    type: 'QuizStrings',
    doc: 'Replacements for some UI strings, keyed by translation key: `{"strings": {"carepath.quiz.start": "Begin"}}`. Only the keys in `QUIZ_STRING_KEYS` are accepted; crisis, disclaimer, instrument and band text never are. A string shows as-is in every language; `{ "en": …, "es": … }` follows the visitor\'s. JSON child or property.',
  }),
});

/** The quiz's configuration in effect (`el.resolvedConfig`). */
export type QuizConfig = CommonConfig & FieldValues<typeof QUIZ_FIELDS>;
/** The quiz's config properties, as they read back (`el.instruments`, `el.persist`, …). */
export type QuizFieldProperties = FieldProperties<typeof QUIZ_FIELDS>;
