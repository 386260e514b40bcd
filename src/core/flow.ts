/**
 * The quiz's whole question sequence, so the component holds no flow logic: the context questions of
 * product wording (safety first, asked directly in the spirit of NIMH's ASQ), an optional sex question for the
 * AUDIT-C cut-off, then the instruments with AUDIT skip logic and two-stage expansion (a positive PHQ-2 or
 * GAD-2 continues with the rest of the PHQ-9 or GAD-7, whose result replaces the short one).
 *
 * Answers are a flat record keyed by step: context ids (`safety`, `sex`) hold the option value, items
 * (`phq-2/0`, `phq-9/4`) hold the option index, `null` marks an optional question skipped. Answers that are
 * off the current path (left behind after Back changed an earlier answer) or invalid are ignored, never
 * scored: an invalid answer simply asks its question again.
 */
import * as z from 'zod/mini';
import { CarepathInputError, parseInput, type InputIssue } from './errors.js';
import { InstrumentDefinitionSchema, hasLanguage, type InstrumentDefinition, type InstrumentTopic } from './instrument-definition.js';
import { INSTRUMENT_IDS, getInstrument, type InstrumentId } from './instruments.js';
import {
  AVAILABILITY_ANSWERS,
  FUNCTIONING_ANSWERS,
  HISTORY_ANSWERS,
  HOME_ANSWERS,
  MEDICAL_ANSWERS,
  SAFETY_ANSWERS,
  WITHDRAWAL_ANSWERS,
  type AssessmentInput,
} from './recommend.js';
import { isSkipped, resolveInstrument, scoreInstrument, type ScoreOptions, type ScoreResult } from './score.js';
import { LANGUAGES, type Language, type LocalizedText } from './text.js';

export const CONTEXT_QUESTION_IDS = ['safety', 'withdrawal', 'medical', 'home', 'functioning', 'history', 'availability'] as const;
export type ContextQuestionId = (typeof CONTEXT_QUESTION_IDS)[number];
export const SEX_ANSWERS = ['male', 'female', 'prefer-not-to-say'] as const;

/** The default screen set; Spanish leaves CAGE-AID out because no published Spanish version exists. */
export const DEFAULT_INSTRUMENTS: Readonly<Record<Language, readonly InstrumentId[]>> = {
  en: ['phq-2', 'gad-2', 'audit-c', 'cage-aid'],
  es: ['phq-2', 'gad-2', 'audit-c'],
};

export interface QuizOption {
  readonly value: string | number;
  readonly label: LocalizedText;
  /** Choosing it is a crisis answer: the quiz shows the crisis screen at once (988 Lifeline guidance: help at once). */
  readonly crisis: boolean;
}

export interface QuizStep {
  /** The answer key: a context id, `sex`, or `<instrument id>/<item index>`. */
  readonly key: string;
  readonly kind: 'context' | 'item';
  readonly question: LocalizedText;
  readonly hint?: LocalizedText;
  readonly options: readonly QuizOption[];
  /** Optional questions may be answered `null` (skipped); the safety question and every item are required. */
  readonly required: boolean;
  /** For items: the instrument the item belongs to (the full form for expanded items) and its 0-based index. */
  readonly instrument?: {
    readonly id: string;
    readonly name: LocalizedText;
    readonly item: number;
    readonly stem?: LocalizedText;
    readonly attribution?: LocalizedText;
    readonly topic: InstrumentTopic;
    /** False when the item has no text in the flow's language and shows in English (CAGE-AID in Spanish). */
    readonly inLanguage: boolean;
  };
  /** 1-based position among the questions. */
  readonly number: number;
}

export interface QuizPath {
  /** The questions on the path so far, answered ones first and then the first unanswered one, if any. */
  readonly steps: readonly QuizStep[];
  /** The first unanswered question, or null when the quiz is complete. */
  readonly next: QuizStep | null;
  /** How many questions the quiz has as far as the answers tell (grows when a two-stage screen expands). */
  readonly total: number;
}

type Answers = Readonly<Record<string, string | number | null | undefined>>;

export const QuizFlowConfigSchema = z.object({
  instruments: z.optional(z.array(z.union([z.enum(INSTRUMENT_IDS), InstrumentDefinitionSchema])).check(z.minLength(1), z.maxLength(12))),
  lang: z.optional(z.enum(LANGUAGES)),
  askSex: z.optional(z.boolean()),
  cageAidThreshold: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(4))),
});
export interface QuizFlowConfig {
  /** Built-in ids or partners' own definitions, in the order asked; default `DEFAULT_INSTRUMENTS[lang]`. */
  readonly instruments?: readonly (InstrumentId | InstrumentDefinition)[];
  readonly lang?: Language;
  /** Ask sex (with "prefer not to say") to set the AUDIT-C cut-off. */
  readonly askSex?: boolean;
  /** CAGE-AID cut-off, 1–4 (default 1). */
  readonly cageAidThreshold?: number;
}

interface ContextQuestion {
  readonly id: ContextQuestionId | 'sex';
  readonly question: LocalizedText;
  readonly hint?: LocalizedText;
  readonly options: readonly { readonly value: string; readonly label: LocalizedText; readonly crisis?: boolean }[];
  readonly required?: boolean;
}

function choices(values: readonly string[], labels: readonly LocalizedText[]) {
  return values.map((value, i) => ({ value, label: labels[i] ?? { en: value } }));
}

// Product wording, to be reviewed by a licensed clinician before release (release gate 1).
// The Spanish is a translation of that UI wording (allowed: it is not instrument text).
const CONTEXT_QUESTIONS: readonly ContextQuestion[] = [
  {
    id: 'safety',
    required: true,
    question: {
      en: 'In the past few weeks, have you had thoughts of ending your life, or of hurting yourself or someone else?',
      es: 'En las últimas semanas, ¿ha tenido pensamientos de quitarse la vida, o de hacerse daño a usted mismo(a) o hacerle daño a otra persona?',
    },
    // "Yes" and "I'd rather not say" are both crisis answers (ask directly, as NIMH's ASQ does).
    options: choices(SAFETY_ANSWERS, [
      { en: 'No', es: 'No' },
      { en: 'Yes', es: 'Sí' },
      { en: "I'd rather not say", es: 'Prefiero no decirlo' },
    ]).map((option) => ({ ...option, crisis: option.value !== 'no' })),
  },
  {
    id: 'withdrawal',
    question: {
      en: 'Think about when you cut down or stop drinking or using drugs. Do you get shaky, sweaty or sick, see or hear things that are not there, or have a seizure?',
      es: 'Piense en cuando reduce o deja de beber o de usar drogas. ¿Se pone tembloroso(a), sudoroso(a) o enfermo(a), ve u oye cosas que no están ahí, o tiene convulsiones?',
    },
    options: choices(WITHDRAWAL_ANSWERS, [
      { en: "No, or I don't drink or use", es: 'No, o no bebo ni uso drogas' },
      { en: 'Yes, shaky, sweaty or sick', es: 'Sí, tembloroso(a), sudoroso(a) o enfermo(a)' },
      {
        en: 'Yes, seizures, seeing or hearing things, or I needed medical care',
        es: 'Sí, tuve convulsiones, vi u oí cosas, o necesité atención médica',
      },
    ]),
  },
  {
    id: 'medical',
    question: {
      en: 'Do you have a serious health problem that is not being treated right now?',
      es: '¿Tiene un problema de salud grave que no se está tratando ahora?',
    },
    options: choices(MEDICAL_ANSWERS, [
      { en: 'No', es: 'No' },
      { en: 'Yes', es: 'Sí' },
    ]),
  },
  {
    id: 'home',
    question: { en: 'How safe and supportive is the place where you live?', es: '¿Qué tan seguro es el lugar donde vive, y cuánto apoyo tiene allí?' },
    // Four answers: "others drink or use" is apart from "not safe", because only "not safe" brings the
    // domestic-violence hotline; both count as an unsafe recovery environment for the level.
    options: choices(HOME_ANSWERS, [
      { en: 'Safe and supportive', es: 'Seguro y con apoyo' },
      { en: 'Some stress, but OK', es: 'Hay algo de estrés, pero está bien' },
      { en: 'Others there drink or use heavily', es: 'Otras personas allí beben o usan drogas en exceso' },
      { en: 'Not safe', es: 'No es seguro' },
    ]),
  },
  {
    id: 'functioning',
    question: {
      en: 'Because of drinking, drug use or how you feel, how are you keeping up with work, school or family?',
      es: 'Por la bebida, el uso de drogas o por cómo se siente, ¿cómo le va con el trabajo, la escuela o la familia?',
    },
    options: choices(FUNCTIONING_ANSWERS, [
      { en: 'Keeping up', es: 'Cumplo con todo' },
      { en: 'Struggling', es: 'Me cuesta' },
      { en: "Can't keep up", es: 'No puedo cumplir' },
    ]),
  },
  {
    id: 'history',
    question: { en: 'Have you had treatment before?', es: '¿Ha recibido tratamiento antes?' },
    options: choices(HISTORY_ANSWERS, [
      { en: 'No', es: 'No' },
      { en: 'Yes, but weekly therapy was not enough', es: 'Sí, pero la terapia semanal no fue suficiente' },
      { en: 'Yes, I left a hospital or residential program not long ago', es: 'Sí, hace poco salí de un hospital o de un programa residencial' },
    ]),
  },
  {
    id: 'availability',
    question: {
      en: 'Could you take part about 3 hours a day, 3 to 5 days a week (mornings or evenings)?',
      es: '¿Podría participar unas 3 horas al día, de 3 a 5 días por semana (por la mañana o por la noche)?',
    },
    options: choices(AVAILABILITY_ANSWERS, [
      { en: 'Yes', es: 'Sí' },
      { en: 'Not sure', es: 'No estoy seguro(a)' },
      { en: 'No', es: 'No' },
    ]),
  },
];

const SEX_QUESTION: ContextQuestion = {
  id: 'sex',
  question: { en: 'What sex were you assigned at birth?', es: '¿Qué sexo se le asignó al nacer?' },
  hint: {
    en: 'We ask only to use the right cut-off on the alcohol questions.',
    es: 'Solo lo preguntamos para usar el punto de corte correcto en las preguntas sobre el alcohol.',
  },
  options: choices(SEX_ANSWERS, [
    { en: 'Male', es: 'Masculino' },
    { en: 'Female', es: 'Femenino' },
    { en: 'Prefer not to say', es: 'Prefiero no decirlo' },
  ]),
};

/** Short and full forms of one instrument: asking both would ask the same items twice. */
const FULL_FORM_OF: Readonly<Partial<Record<InstrumentId, InstrumentId>>> = { 'phq-2': 'phq-9', 'gad-2': 'gad-7', 'audit-c': 'audit' };

interface ResolvedFlow {
  readonly lang: Language;
  readonly askSex: boolean;
  readonly instruments: readonly InstrumentDefinition[];
  readonly cageAidThreshold?: number;
}

/** Validates a flow configuration, throwing `CarepathInputError` with every issue found. */
export function resolveFlow(flow: QuizFlowConfig = {}): ResolvedFlow {
  const parsed = parseInput(QuizFlowConfigSchema, flow, 'quiz flow');
  const lang = parsed.lang ?? 'en';
  const issues: InputIssue[] = [];
  const instruments: InstrumentDefinition[] = [];
  (parsed.instruments ?? DEFAULT_INSTRUMENTS[lang]).forEach((entry, i) => {
    try {
      const def = resolveInstrument(entry as InstrumentId | InstrumentDefinition);
      if (typeof entry !== 'string' && def.expandsTo) {
        issues.push({ field: `instruments.${i}.expandsTo`, value: def.expandsTo, message: 'two-stage expansion is built in for PHQ-2 and GAD-2 only; list the full form instead' });
      }
      if (instruments.some((other) => other.id === def.id)) {
        issues.push({ field: `instruments.${i}`, value: def.id, message: `"${def.id}" is listed twice` });
      }
      instruments.push(def);
    } catch (error) {
      if (!(error instanceof CarepathInputError)) throw error;
      for (const issue of error.issues) issues.push({ ...issue, field: [`instruments.${i}`, issue.field].filter(Boolean).join('.') });
    }
  });
  for (const [short, full] of Object.entries(FULL_FORM_OF)) {
    if (instruments.some((d) => d.id === short) && instruments.some((d) => d.id === full)) {
      issues.push({ field: 'instruments', value: `${short} ${full}`, message: `list "${short}" or "${full}", not both: ${full} already asks the ${short} items` });
    }
  }
  if (issues.length > 0) throw new CarepathInputError(issues, 'quiz flow');
  return { lang, askSex: parsed.askSex ?? false, instruments, cageAidThreshold: parsed.cageAidThreshold };
}

function isValidAnswer(step: QuizStep, value: Answers[string]): boolean {
  if (value === null) return !step.required;
  return step.options.some((option) => option.value === value);
}

function contextStep(question: ContextQuestion, number: number): QuizStep {
  return {
    key: question.id,
    kind: 'context',
    question: question.question,
    hint: question.hint,
    required: question.required ?? false,
    options: question.options.map((o) => ({ value: o.value, label: o.label, crisis: o.crisis ?? false })),
    number,
  };
}

function itemStep(def: InstrumentDefinition, item: number, number: number, lang: Language): QuizStep {
  const spec = def.items[item];
  if (!spec) throw new Error(`No item ${item} in ${def.id}`);
  const selfHarm = (def.flags ?? []).filter((flag) => flag.id === 'self-harm').flatMap((flag) => flag.anyOf).filter((rule) => rule.item === item);
  return {
    key: `${def.id}/${item}`,
    kind: 'item',
    question: spec.text,
    required: true,
    options: spec.options.map((option, index) => ({
      value: index,
      label: option.label,
      crisis: selfHarm.some((rule) => option.points >= rule.minPoints),
    })),
    instrument: {
      id: def.id,
      name: def.name,
      item,
      stem: def.stem,
      attribution: def.attribution,
      topic: def.topic,
      inLanguage: hasLanguage(def, lang),
    },
    number,
  };
}

interface Walk {
  path: QuizPath;
  /** Responses (option indexes) per instrument as finally scored; only for fully answered instruments. */
  responses: Map<InstrumentDefinition, (number | null)[]>;
  context: Partial<Record<ContextQuestionId | 'sex', string>>;
}

function walk(plan: ResolvedFlow, answers: Answers): Walk {
  const steps: QuizStep[] = [];
  let next: QuizStep | null = null;
  let pending = 0;
  const context: Walk['context'] = {};
  const responses: Walk['responses'] = new Map();

  /** Offers a step; returns its valid answer while the path is still answered, else undefined. */
  const offer = (make: (number: number) => QuizStep): string | number | null | undefined => {
    if (next) {
      pending += 1;
      return undefined;
    }
    const step = make(steps.length + 1);
    steps.push(step);
    const value = answers[step.key];
    if (value !== undefined && isValidAnswer(step, value)) return value;
    next = step;
    return undefined;
  };

  const questions = plan.askSex ? [...CONTEXT_QUESTIONS, SEX_QUESTION] : CONTEXT_QUESTIONS;
  for (const question of questions) {
    const value = offer((n) => contextStep(question, n));
    if (typeof value === 'string') context[question.id] = value;
  }
  const scoreOptions = (): ScoreOptions => ({
    sex: context.sex === 'male' || context.sex === 'female' ? context.sex : undefined,
    threshold: plan.cageAidThreshold,
  });

  /** Walks items of `def`, filling `known` (item → option index, or null where skipped). */
  const walkItems = (def: InstrumentDefinition, items: readonly number[], known: (number | null | undefined)[]): boolean => {
    let complete = true;
    const pointsOf = (i: number): number | undefined => {
      const response = known[i];
      if (response === null) return 0;
      return response === undefined ? undefined : def.items[i]?.options[response]?.points;
    };
    for (const item of items) {
      if (!next && isSkipped(def, item, pointsOf)) {
        known[item] = null;
        continue;
      }
      const value = offer((n) => itemStep(def, item, n, plan.lang));
      if (typeof value === 'number') known[item] = value;
      else complete = false;
    }
    return complete;
  };

  for (const def of plan.instruments) {
    const known: (number | null | undefined)[] = [];
    if (!walkItems(def, def.items.map((_, i) => i), known)) continue;
    const shortResponses = known as (number | null)[];
    const expansion = def.expandsTo;
    if (!expansion || !scoreInstrument(def, shortResponses, scoreOptions()).positive) {
      responses.set(def, shortResponses);
      continue;
    }
    const full = getInstrument(expansion.to as InstrumentId);
    const fullKnown: (number | null | undefined)[] = [];
    expansion.items.forEach((fullItem, shortItem) => (fullKnown[fullItem] = shortResponses[shortItem]));
    const rest = full.items.map((_, i) => i).filter((i) => !expansion.items.includes(i));
    if (walkItems(full, rest, fullKnown)) responses.set(full, fullKnown as (number | null)[]);
  }

  return { path: { steps, next, total: steps.length + pending }, responses, context };
}

/** The questions on the path so far, the next one, and the current total. */
export function quizPath(flow: QuizFlowConfig, answers: Answers): QuizPath {
  return compileFlow(flow).path(answers);
}

/** The next unanswered question, or null when every question on the path is answered. */
export function nextQuestion(flow: QuizFlowConfig, answers: Answers): QuizStep | null {
  return quizPath(flow, answers).next;
}

export interface QuizAssessment {
  /** True when every question on the path is answered. */
  readonly complete: boolean;
  /** Ready for `recommendLevel`: context answers plus each completed instrument's result; an expanded
   * screen's full result replaces the short one. */
  readonly input: AssessmentInput & { readonly results: readonly ScoreResult[] };
  /** A crisis answer has been given on the path (safety yes / rather not say, or a self-harm flag). */
  readonly crisis: boolean;
}

/** Scores what has been answered so far; the quiz calls `recommendLevel(assessment.input)` once complete. */
export function assessAnswers(flow: QuizFlowConfig, answers: Answers): QuizAssessment {
  return compileFlow(flow).assess(answers);
}

/**
 * Rough time a visitor takes to read and answer one question, for the intro's "about N minutes" (a product
 * convention, not a measured figure: short items take less, the context questions a little more).
 */
export const SECONDS_PER_QUESTION = 12;

export interface QuizLength {
  /** Questions on the path before any answer (what `quizPath(flow, {}).total` says). */
  readonly questions: number;
  /** With every two-stage screen expanded (PHQ-2 → PHQ-9, GAD-2 → GAD-7); AUDIT skips only ever shorten it. */
  readonly maxQuestions: number;
  /** `questions` × SECONDS_PER_QUESTION, rounded up to whole minutes (at least 1). */
  readonly minutes: number;
}

/** How long the quiz is before the visitor answers anything, for the intro screen. Validates like `quizPath`. */
export function quizLength(flow: QuizFlowConfig): QuizLength {
  return compileFlow(flow).length;
}

export interface CompiledFlow {
  /** What `quizPath(flow, answers)` returns. */
  path(answers: Answers): QuizPath;
  /** What `assessAnswers(flow, answers)` returns. */
  assess(answers: Answers): QuizAssessment;
  /** What `quizLength(flow)` returns (computed once, when first read). */
  readonly length: QuizLength;
}

function lengthOf(plan: ResolvedFlow): QuizLength {
  const questions = walk(plan, {}).path.total;
  const extra = plan.instruments.reduce((sum, def) => {
    const expansion = def.expandsTo;
    return expansion ? sum + getInstrument(expansion.to as InstrumentId).items.length - def.items.length : sum;
  }, 0);
  return Object.freeze({ questions, maxQuestions: questions + extra, minutes: Math.max(1, Math.ceil((questions * SECONDS_PER_QUESTION) / 60)) });
}

function assess(plan: ResolvedFlow, answers: Answers): QuizAssessment {
  const { path, responses, context } = walk(plan, answers);
  const sex = context.sex === 'male' || context.sex === 'female' ? context.sex : undefined;
  const results = [...responses].map(([def, r]) => scoreInstrument(def, r, { sex, threshold: plan.cageAidThreshold }));
  const input = {
    results,
    safety: context.safety as AssessmentInput['safety'],
    withdrawal: context.withdrawal as AssessmentInput['withdrawal'],
    medical: context.medical as AssessmentInput['medical'],
    home: context.home as AssessmentInput['home'],
    functioning: context.functioning as AssessmentInput['functioning'],
    history: context.history as AssessmentInput['history'],
    availability: context.availability as AssessmentInput['availability'],
  };
  // Any answered crisis option on the path counts at once, even before its instrument is complete.
  const crisis = path.steps.some((step) => step.options.some((o) => o.crisis && o.value === answers[step.key]));
  return { complete: path.next === null, input, crisis };
}

/**
 * A quiz flow validated once: checks the configuration (throwing `CarepathInputError` with every issue, like
 * `quizPath`) and returns the path, the assessment and the length as cheap functions of the answers, so a widget
 * that asks for the path on every click does not re-validate the whole flow each time. `quizPath`,
 * `assessAnswers` and `quizLength` are this, for one call.
 */
export function compileFlow(flow: QuizFlowConfig = {}): CompiledFlow {
  const plan = resolveFlow(flow);
  let length: QuizLength | undefined;
  return {
    get length() {
      length ??= lengthOf(plan);
      return length;
    },
    path: (answers) => walk(plan, answers ?? {}).path,
    assess: (answers) => assess(plan, answers ?? {}),
  };
}
