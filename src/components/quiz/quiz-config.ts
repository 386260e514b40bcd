/**
 * The quiz's cross-field configuration rules: which `strings` keys a partner may replace, and the question flow
 * (built-in screens, then a partner's own), validated by the core's `compileFlow` once per distinct flow. A bad
 * built-in list falls back to the language's default; bad custom screens are left out. Each is one issue.
 */
import { compileFlow, type CompiledFlow } from '../../core/compile-flow.js';
import { CarepathInputError, type InputIssue } from '../../core/errors.js';
import { DEFAULT_INSTRUMENTS, type QuizFlowConfig, type QuizPath } from '../../core/flow.js';
import type { InstrumentDefinition } from '../../core/instrument-definition.js';
import { getInstrument, isInstrumentId, type InstrumentId } from '../../core/instruments.js';
import type { Language } from '../../core/text.js';
import { QUIZ_STRING_KEYS, type QuizConfig } from './quiz.fields.js';

/** The flow the quiz asks, validated once. */
export interface QuizFlow {
  readonly config: QuizFlowConfig;
  readonly compiled: CompiledFlow;
}

/** The flow and its issues for one set of flow inputs (`key`), kept between updates. */
export interface FlowCache {
  readonly key: string;
  readonly flow: QuizFlow;
  readonly issues: readonly InputIssue[];
}

export interface RefinedQuizConfig {
  readonly config: QuizConfig;
  readonly issues: readonly InputIssue[];
  readonly cache: FlowCache;
}

type Compiled = { readonly flow: QuizFlow } | { readonly issues: readonly InputIssue[] };

function tryCompile(config: QuizFlowConfig): Compiled {
  try {
    return { flow: { config, compiled: compileFlow(config) } };
  } catch (error) {
    if (error instanceof CarepathInputError) return { issues: error.issues };
    throw error;
  }
}

const describe = (found: readonly InputIssue[]) => found.map((issue) => (issue.field ? `${issue.field} ${issue.message}` : issue.message)).join('; ');

function stringIssues(config: QuizConfig): { config: QuizConfig; issues: InputIssue[] } {
  if (!config.strings) return { config, issues: [] };
  const allowed = QUIZ_STRING_KEYS as readonly string[];
  const rejected = Object.keys(config.strings).filter((key) => !allowed.includes(key));
  if (rejected.length === 0) return { config, issues: [] };
  return {
    config: { ...config, strings: Object.fromEntries(Object.entries(config.strings).filter(([key]) => allowed.includes(key))) },
    issues: [
      {
        field: 'strings',
        value: rejected,
        message:
          `<carepath-quiz> strings cannot replace ${rejected.map((key) => `"${key}"`).join(', ')}: crisis, disclaimer, result, ` +
          `instrument and band text are fixed. Allowed keys: ${QUIZ_STRING_KEYS.join(', ')}. Those entries are ignored.`,
      },
    ],
  };
}

function flowOf(config: QuizConfig, lang: Language, givenInstruments: unknown): { flow: QuizFlow; issues: InputIssue[] } {
  const issues: InputIssue[] = [];
  const base = { lang, askSex: config.askSex, ...(config.cageAidThreshold === undefined ? {} : { cageAidThreshold: config.cageAidThreshold }) };
  let instruments: readonly (InstrumentId | InstrumentDefinition)[] = config.instruments ?? DEFAULT_INSTRUMENTS[lang];
  let result = tryCompile({ ...base, instruments });
  if ('issues' in result) {
    const found = result.issues;
    instruments = DEFAULT_INSTRUMENTS[lang];
    const given = givenInstruments ?? config.instruments;
    issues.push({
      field: 'instruments',
      value: given,
      message: `<carepath-quiz> instruments=${JSON.stringify(Array.isArray(given) ? given.join(' ') : given)}: ${describe(found)}; using the default "${instruments.join(' ')}".`,
    });
    result = tryCompile({ ...base, instruments });
    // The language's default always compiles; if it ever did not, the render shows the neutral notice.
    if ('issues' in result) throw new CarepathInputError(result.issues, 'quiz flow');
  }
  const custom = config.customInstruments ?? [];
  if (custom.length > 0) {
    const withCustom = tryCompile({ ...base, instruments: [...instruments, ...custom] });
    if ('issues' in withCustom) {
      issues.push({
        field: 'custom-instruments',
        value: custom.map((def) => def.id),
        message: `<carepath-quiz> customInstruments: ${describe(withCustom.issues)}; the custom instruments are left out.`,
      });
    } else {
      result = withCustom;
    }
  }
  return { flow: result.flow, issues };
}

/**
 * Refines the quiz's resolved configuration. `previous` is the last result: when the flow's inputs are the same,
 * its compiled flow and issues are reused, so an update that only moves the visitor does not validate again.
 */
export function refineQuizConfig(config: QuizConfig, lang: Language, givenInstruments: unknown, previous?: FlowCache): RefinedQuizConfig {
  const strings = stringIssues(config);
  const key = JSON.stringify([lang, config.askSex, config.cageAidThreshold ?? null, config.instruments ?? null, config.customInstruments ?? null, givenInstruments ?? null]);
  const cache = previous?.key === key ? previous : { key, ...flowOf(config, lang, givenInstruments) };
  return { config: strings.config, issues: [...strings.issues, ...cache.issues], cache };
}

/** A screen's definition: a built-in's, or the partner's own from the flow. */
export function definitionIn(flow: QuizFlow, id: string): InstrumentDefinition {
  if (isInstrumentId(id)) return getInstrument(id);
  const custom = flow.config.instruments?.find((entry): entry is InstrumentDefinition => typeof entry !== 'string' && entry.id === id);
  if (!custom) throw new Error(`no definition for ${id}`);
  return custom;
}

/**
 * The quiz's flow between updates: refined from the configuration (compiled once per distinct flow; an unexpected
 * failure is kept, for the render to show the neutral notice, never thrown out of a lifecycle callback) and the
 * path for the current answers (computed once per change of answers or flow).
 */
export class QuizFlowState {
  #cache: FlowCache | undefined;
  #error: unknown;
  #memo: { readonly answers: object; readonly flow: QuizFlow; readonly path: QuizPath } | undefined;

  refine(config: QuizConfig, lang: Language, givenInstruments: unknown): { config: QuizConfig; issues: readonly InputIssue[] } {
    try {
      const refined = refineQuizConfig(config, lang, givenInstruments, this.#cache);
      this.#cache = refined.cache;
      this.#error = undefined;
      return { config: refined.config, issues: refined.issues };
    } catch (error) {
      this.#error = error;
      return { config, issues: [] };
    }
  }

  /** The flow, or `undefined` when the configuration could not give one. */
  get current(): QuizFlow | undefined {
    return this.#error === undefined ? this.#cache?.flow : undefined;
  }

  /** What went wrong when there is no flow. */
  get failure(): unknown {
    return this.#error ?? new Error('the quiz has no flow');
  }

  /** The flow; throws what went wrong when there is none (the render turns it into the notice). */
  get flow(): QuizFlow {
    const flow = this.current;
    if (!flow) throw this.failure;
    return flow;
  }

  /** The core's path for `answers` (the same object gives the same path until the flow changes). */
  path(answers: Readonly<Record<string, string | number | null>>): QuizPath {
    const flow = this.flow;
    const memo = this.#memo;
    if (memo && memo.answers === answers && memo.flow === flow) return memo.path;
    const path = flow.compiled.path(answers);
    this.#memo = { answers, flow, path };
    return path;
  }
}
