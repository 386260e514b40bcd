/**
 * `<carepath-quiz>`: the self-assessment, one question per screen (GOV.UK / NHS pattern). Every question, total,
 * score, crisis answer and suggestion comes from the core (`quizPath`, `assessAnswers`, `recommendLevel`,
 * `quizLength`); this file only keeps the visitor's place, draws the screens and says what the core found.
 * Crisis safety follows the crisis rules in docs/crisis-safety.md, and no partner setting can change or hide it.
 *
 * This file has no side effects: registering is `define.ts`'s job.
 */
/* eslint-disable @typescript-eslint/no-unsafe-declaration-merging -- the class and the interface below are one type: the interface only types the properties that `static properties` creates. */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { live } from 'lit/directives/live.js';
import { CarepathInputError, type InputIssue } from '../../core/errors.js';
import { DEFAULT_INSTRUMENTS, assessAnswers, quizLength, quizPath, type QuizFlowConfig, type QuizPath, type QuizStep } from '../../core/flow.js';
import type { InstrumentDefinition } from '../../core/instrument-definition.js';
import { PHQ9_SELF_HARM_ITEM, getInstrument, isInstrumentId, type InstrumentId } from '../../core/instruments.js';
import type { CareLevelId } from '../../core/levels.js';
import { recommendLevel, type Reason, type Recommendation } from '../../core/recommend.js';
import type { ScoreResult } from '../../core/score.js';
import { localize, type LocalizedText } from '../../core/text.js';
import { CarepathCtaEvent } from '../../events/cta.js';
import { CarepathQuizCompleteEvent } from '../../events/quiz-complete.js';
import { CarepathQuizStartEvent } from '../../events/quiz-start.js';
import { CarepathQuizStepEvent } from '../../events/quiz-step.js';
import { COMMON_FIELDS, COMMON_SHAPE, CarepathElement } from '../../internal/carepath-element.js';
import { publish } from '../../internal/channel.js';
import { propertiesOf, shapeOf, specsOf } from '../../internal/fields.js';
import { enQuiz, type TranslationKey } from '../../translations/en.js';
import { FamilyPath } from './family/family-path.js';
import { familyStyles } from './family/family.styles.js';
import { QUIZ_FIELDS, QUIZ_STRING_KEYS, type QuizConfig, type QuizFieldProperties, type QuizStringKey } from './quiz.fields.js';
import { quizStyles } from './quiz.styles.js';
import { crisisPanelLines, renderCrisisLine, renderCrisisPanel, renderCrisisScreen } from './screens/crisis.js';
import { CRISIS_ACTIONS, crisisText, plainText, renderAction, richText } from './screens/help.js';
import { anySkipped, renderSafetyResources, renderWithdrawalFirst, safetyFacts, safetyLines, type SafetyFacts } from './screens/safety.js';

/**
 * The one sessionStorage key `persist="session"` writes: `carepath.quiz.v1:<group>`. It holds
 * `{ "answers": { … } }` without the safety answer, PHQ-9 item 9 or any other question with a crisis answer,
 * and is removed when the visitor finishes or starts over.
 */
export { QUIZ_PERSIST, QUIZ_STRING_KEYS, type QuizConfig, type QuizPersist, type QuizStringKey, type QuizStrings, type QuizText } from './quiz.fields.js';

export const QUIZ_STORAGE_PREFIX = 'carepath.quiz.v1:';

type Answer = string | number | null;
type Answers = Readonly<Record<string, Answer>>;
type Screen = 'intro' | 'question' | 'crisis' | 'result';

/** What the result screen shows, kept after the answers themselves are dropped. */
interface Outcome {
  readonly recommendation: Recommendation;
  readonly screens: readonly { readonly result: ScoreResult; readonly def: InstrumentDefinition }[];
  readonly safety: SafetyFacts;
}

const LEVEL_KEYS: Readonly<Record<CareLevelId, TranslationKey>> = {
  inpatient: 'carepath.quiz.level.inpatient',
  residential: 'carepath.quiz.level.residential',
  php: 'carepath.quiz.level.php',
  iop: 'carepath.quiz.level.iop',
  outpatient: 'carepath.quiz.level.outpatient',
};

const REASON_KEYS: Readonly<Record<Reason, TranslationKey>> = {
  safety: 'carepath.quiz.reason.safety',
  withdrawal: 'carepath.quiz.reason.withdrawal',
  medical: 'carepath.quiz.reason.medical',
  environment: 'carepath.quiz.reason.environment',
  severity: 'carepath.quiz.reason.severity',
  functioning: 'carepath.quiz.reason.functioning',
  'step-up': 'carepath.quiz.reason.step-up',
  'step-down': 'carepath.quiz.reason.step-down',
  'low-need': 'carepath.quiz.reason.low-need',
  'withdrawal-caution': 'carepath.quiz.reason.withdrawal-caution',
  'schedule-conflict': 'carepath.quiz.reason.schedule-conflict',
};

/** The banded built-ins' own band words; every other screen is two-level (below / at or above the cut-off). */
const BAND_KEYS: Readonly<Record<string, Readonly<Record<string, TranslationKey>>>> = {
  'phq-9': {
    minimal: 'carepath.quiz.band.phq-9.minimal',
    mild: 'carepath.quiz.band.phq-9.mild',
    moderate: 'carepath.quiz.band.phq-9.moderate',
    'moderately-severe': 'carepath.quiz.band.phq-9.moderately-severe',
    severe: 'carepath.quiz.band.phq-9.severe',
  },
  'gad-7': {
    minimal: 'carepath.quiz.band.gad-7.minimal',
    mild: 'carepath.quiz.band.gad-7.mild',
    moderate: 'carepath.quiz.band.gad-7.moderate',
    severe: 'carepath.quiz.band.gad-7.severe',
  },
  audit: {
    'zone-1': 'carepath.quiz.band.audit.zone-1',
    'zone-2': 'carepath.quiz.band.audit.zone-2',
    'zone-3': 'carepath.quiz.band.audit.zone-3',
    'zone-4': 'carepath.quiz.band.audit.zone-4',
  },
};

/** Answers never written to storage, whatever `persist` says; more join as the path shows them. */
const NEVER_STORED = ['safety', `phq-9/${PHQ9_SELF_HARM_ITEM}`];

function fill(text: string, values?: Readonly<Record<string, string | number>>): string {
  return values ? text.replace(/\{(\w+)\}/g, (match, name: string) => String(values[name] ?? match)) : text;
}

function isAnswerRecord(value: unknown): value is Record<string, Answer> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  return Object.values(value).every((answer) => answer === null || typeof answer === 'string' || (typeof answer === 'number' && Number.isInteger(answer)));
}

/**
 * A short self-assessment for people considering treatment: a few context questions (safety first), then
 * validated screens (PHQ-2/PHQ-9, GAD-2/GAD-7, AUDIT-C, CAGE-AID by default), one question per screen, and a
 * result that suggests a level of care to talk about with a clinician. Crisis resources are on every screen, and a
 * crisis answer shows them at once and keeps the quiz in crisis until "Start over": the result then offers help
 * only (no call to action). The crisis line, crisis panel, safety boxes and disclaimer expose no part and take no
 * theme token, so no page style can hide, shrink or recolour them. Answers stay in memory (opt in to the browser tab's session storage with
 * `persist="session"`), and no event carries them. Someone asking about another person takes the unscored path for
 * family and friends (`answering-for`): no screen is scored there and no level is suggested.
 *
 * @summary A one-question-per-screen self-assessment that suggests a level of care to discuss with a clinician.
 * @tag carepath-quiz
 * @since 0.1
 *
 * @event {CarepathQuizStartEvent} carepath-quiz-start - The visitor pressed Start; `detail` is `{}`.
 * @event {CarepathQuizStepEvent} carepath-quiz-step - A question is shown (after Start, Continue, Skip, Back or "Continue the questions");
 *   `detail` is `{ index, total }`, 1-based, questions only. `total` grows when a two-stage screen expands.
 *   On the path for family and friends: its six question screens (`total` 6).
 * @event {CarepathQuizCompleteEvent} carepath-quiz-complete - The result is shown; `detail` is `{ answeringFor: 'self', level, crisis,
 *   instruments: { id, total, band, positive }[] }`: no answers, reasons or flags. On the path for family and friends (nothing
 *   scored) it is `{ answeringFor: 'someone-else', level: null, crisis, instruments: [] }`, when its last screen is shown. It is health information: do not send it to advertising or analytics vendors.
 * @event {CarepathCtaEvent} carepath-cta - The visitor followed a call to action; `detail` is `{ kind: 'primary' | 'secondary', href }`.
 *   Crisis and helpline links never fire it.
 * @event {CarepathConfigErrorEvent} carepath-config-error - A configuration issue was found; `detail.issues` lists them.
 *
 * @csspart base - The widget's outer box (from the shared base).
 * @csspart heading - Each screen's heading (it takes focus when the screen changes).
 * @csspart intro - The intro screen.
 * @csspart progress - "Question 3 of 12".
 * @csspart question - The question's `<fieldset>`.
 * @csspart option - Each answer (a native radio and its label).
 * @csspart note - The standard-drink note, the "no official Spanish version" note and the instrument's source line.
 * @csspart error-summary - The error summary shown when Continue is pressed without an answer.
 * @csspart back - The link-styled Back button.
 * @csspart continue - The Continue button (and Start on the intro).
 * @csspart result - The result screen.
 * @csspart level - The sentence that names the level of care to talk about.
 * @csspart cta - The primary call-to-action link.
 * @csspart secondary-cta - The secondary call-to-action link.
 *
 * @cssproperty --carepath-quiz-max-width - Widest line length of a screen (default `42rem`).
 * @cssproperty --carepath-quiz-option-background - Background of an answer (default: the surface colour).
 * @cssproperty --carepath-quiz-option-selected-background - Background of the chosen answer (default: the highlight colour).
 * @cssproperty --carepath-quiz-error-color - Colour of error messages and borders in the light theme (default `#b3261e`).
 * @cssproperty --carepath-quiz-error-color-dark - The same in the dark theme (default `#ffb4ab`).
 */
export class CarepathQuiz extends CarepathElement<QuizConfig> {
  static override widget = 'quiz';
  static override translations = { en: enQuiz };
  static override styles = [quizStyles, familyStyles];

  static override configShape = { ...COMMON_SHAPE, ...shapeOf(QUIZ_FIELDS) };
  static override configFields = { ...COMMON_FIELDS, ...specsOf(QUIZ_FIELDS) };
  static override properties = propertiesOf(QUIZ_FIELDS);

  /** The last recommendation (`{ level, crisis, reasons, alternatives }`), or `null` before a result and after Start over. */
  get result(): Recommendation | null {
    return this.outcome?.recommendation ?? null;
  }

  @state() private screen: Screen = 'intro';
  /** The key of the question on screen (also the question a crisis screen follows). */
  @state() private currentKey: string | null = null;
  /** The visitor's answers, in memory (see `persist`). Dropped once the result is shown. */
  @state() private answers: Answers = {};
  /** Index of the chosen option on the current screen, before Continue. */
  @state() private selection: number | undefined;
  @state() private showError = false;
  @state() private outcome: Outcome | null = null;
  @state() private announcement = '';
  @state() private copyState: 'idle' | 'copied' | 'failed' = 'idle';

  #flow: QuizFlowConfig = { instruments: DEFAULT_INSTRUMENTS.en };
  #focus: 'heading' | 'error' | 'copy' | null = null;
  #restored = false;
  /** Keys of questions that offer a crisis answer (safety, PHQ-9 item 9, a partner's self-harm item): never stored. */
  readonly #sensitive = new Set<string>(NEVER_STORED);
  /** A crisis answer was given since the last "Start over": the result stays a crisis even if it was taken back. */
  #crisisDisclosed = false;
  /** After a crisis answer, `persist="session"` saves nothing more for as long as this element lives. */
  #savingStopped = false;
  /** "Who is this for?" and the path for family and friends: their own screens, state and rules. */
  readonly #family = new FamilyPath(this, {
    answeringFor: () => this.config?.answeringFor ?? 'ask',
    lang: () => this.lang_,
    crisisLine: () => renderCrisisLine(this.lang_),
    // The other ways to reach help (Crisis Text Line, veterans, ASL Now…), after the path's own; 911 is already there.
    moreHelp: () => html`${CRISIS_ACTIONS[this.lang_].more.filter((action) => action.href !== 'tel:911').map((action) => renderAction(this.lang_, action))}`,
    intro: () => ({ heading: this.config.heading, lead: this.config.intro }),
    ctas: () => {
      const { ctaHref, secondaryCtaHref } = this.config;
      return [
        ...(ctaHref ? [{ kind: 'primary' as const, href: ctaHref, label: this.config.ctaLabel ?? this.#t('carepath.quiz.ctaPrimary') }] : []),
        ...(secondaryCtaHref ? [{ kind: 'secondary' as const, href: secondaryCtaHref, label: this.config.secondaryCtaLabel ?? this.#t('carepath.quiz.ctaSecondary') }] : []),
      ];
    },
    onStart: () => this.emit(new CarepathQuizStartEvent({})),
    onSelf: () => this.#firstQuestion(),
    onExit: () => this.#go('intro'),
    // The same rules as the self-assessment's crisis answers: sticky until Start over, nothing more saved, and
    // the linked widgets told at once.
    onCrisis: () => {
      this.#crisisDisclosed = true;
      this.#savingStopped = true;
      this.#clearStorage();
      this.#publish(null, true);
    },
    onStep: (index, total) => this.emit(new CarepathQuizStepEvent({ index, total })),
    onComplete: (crisis) => this.emit(new CarepathQuizCompleteEvent({ answeringFor: 'someone-else', level: null, crisis, instruments: [] })),
    onCta: ({ kind, href }) => this.#onCta(kind, href),
    onStartOver: () => this.#onStartOver(),
  });

  /** Clears the answers, the stored copy and the result, and goes back to the intro. Fires no event. */
  reset(): void {
    this.#clear();
    if (this.hasUpdated) this.#publish(null, false);
  }

  protected override refineConfig(config: QuizConfig): { config: QuizConfig; issues: readonly InputIssue[] } {
    const issues: InputIssue[] = [];
    let refined = config;

    if (config.strings) {
      const allowed = QUIZ_STRING_KEYS as readonly string[];
      const rejected = Object.keys(config.strings).filter((key) => !allowed.includes(key));
      if (rejected.length > 0) {
        issues.push({
          field: 'strings',
          value: rejected,
          message:
            `<carepath-quiz> strings cannot replace ${rejected.map((key) => `"${key}"`).join(', ')}: crisis, disclaimer, result, ` +
            `instrument and band text are fixed. Allowed keys: ${QUIZ_STRING_KEYS.join(', ')}. Those entries are ignored.`,
        });
        refined = { ...refined, strings: Object.fromEntries(Object.entries(config.strings).filter(([key]) => allowed.includes(key))) };
      }
    }

    const lang = this.lang_;
    const base = { lang, askSex: config.askSex, ...(config.cageAidThreshold === undefined ? {} : { cageAidThreshold: config.cageAidThreshold }) };
    const problems = (instruments: QuizFlowConfig['instruments']): readonly InputIssue[] => {
      try {
        quizLength({ ...base, instruments });
        return [];
      } catch (error) {
        if (error instanceof CarepathInputError) return error.issues;
        throw error;
      }
    };
    const describe = (found: readonly InputIssue[]) => found.map((issue) => (issue.field ? `${issue.field} ${issue.message}` : issue.message)).join('; ');

    let instruments: readonly (InstrumentId | InstrumentDefinition)[] = config.instruments ?? DEFAULT_INSTRUMENTS[lang];
    const builtInProblems = problems(instruments);
    if (builtInProblems.length > 0) {
      instruments = DEFAULT_INSTRUMENTS[lang];
      const given = this.rawConfigValue('instruments') ?? config.instruments;
      issues.push({
        field: 'instruments',
        value: given,
        message: `<carepath-quiz> instruments=${JSON.stringify(Array.isArray(given) ? given.join(' ') : given)}: ${describe(builtInProblems)}; using the default "${instruments.join(' ')}".`,
      });
    }
    const custom = config.customInstruments ?? [];
    if (custom.length > 0) {
      const customProblems = problems([...instruments, ...custom]);
      if (customProblems.length > 0) {
        issues.push({
          field: 'custom-instruments',
          value: custom.map((def) => def.id),
          message: `<carepath-quiz> customInstruments: ${describe(customProblems)}; the custom instruments are left out.`,
        });
      } else {
        instruments = [...instruments, ...custom];
      }
    }
    this.#flow = { ...base, instruments };
    return { config: refined, issues };
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!this.#restored && this.config.persist === 'session') {
      this.#restored = true;
      this.#restore();
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const target = this.#focus;
    this.#focus = null;
    if (target === 'heading') this.renderRoot.querySelector<HTMLElement>('[data-focus]')?.focus();
    else if (target === 'error') this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
    else if (target === 'copy') this.renderRoot.querySelector<HTMLTextAreaElement>('.copy-fallback textarea')?.select();
  }

  // ---------------------------------------------------------------------------------------------------------
  // Text

  /** A UI string, with the partner's replacement for the allow-listed keys. */
  #t(key: TranslationKey, values?: Readonly<Record<string, string | number>>): string {
    const override = this.config.strings?.[key as QuizStringKey];
    if (override === undefined) return this.localize.term(key, values);
    return fill(typeof override === 'string' ? override : localize(override, this.lang_), values);
  }

  /** Core text in the visitor's language, marked `lang="en"` where it exists only in English (CAGE-AID in Spanish). */
  #core(text: LocalizedText | undefined): TemplateResult | string | typeof nothing {
    if (!text) return nothing;
    const lang = this.lang_;
    const shown = lang === 'es' && text.es ? 'es' : 'en';
    const words = localize(text, shown);
    return shown === lang ? words : html`<span lang=${shown}>${words}</span>`;
  }

  // ---------------------------------------------------------------------------------------------------------
  // Navigation

  #path(): QuizPath {
    return quizPath(this.#flow, this.answers);
  }

  /** The question on screen: the current key if it is on the path, else the next unanswered question. */
  #stepOn(path: QuizPath): QuizStep | undefined {
    return path.steps.find((step) => step.key === this.currentKey) ?? path.next ?? path.steps.at(-1);
  }

  #go(screen: Screen, key: string | null = null): void {
    this.screen = screen;
    this.currentKey = key;
    this.showError = false;
    this.announcement = '';
    this.copyState = 'idle';
    this.#focus = 'heading';
  }

  #showQuestion(step: QuizStep, total: number): void {
    this.#go('question', step.key);
    const saved = this.answers[step.key];
    const index = step.options.findIndex((option) => option.value === saved);
    this.selection = index >= 0 ? index : undefined;
    this.emit(new CarepathQuizStepEvent({ index: step.number, total }));
  }

  /** After `key` was answered: the next question on the (recomputed) path, or the result. */
  #advanceFrom(key: string): void {
    const path = this.#path();
    const at = path.steps.findIndex((step) => step.key === key);
    const next = at >= 0 ? path.steps[at + 1] : (path.next ?? undefined);
    if (next) this.#showQuestion(next, path.total);
    else this.#finish();
  }

  #start = (): void => {
    this.emit(new CarepathQuizStartEvent({}));
    if (!this.#family.interceptStart()) this.#firstQuestion();
  };

  #firstQuestion(): void {
    const path = this.#path();
    const first = path.steps[0];
    if (first) this.#showQuestion(first, path.total);
  }

  #answer(step: QuizStep, value: Answer, crisis: boolean): void {
    this.answers = { ...this.answers, [step.key]: value };
    if (step.options.some((option) => option.crisis)) this.#sensitive.add(step.key);
    if (crisis) {
      // A crisis answer sticks until "Start over" (taking it back with Back does not undo it), the stored
      // answers go and nothing more is saved in this visit, and the linked widgets hear of it at once.
      this.#crisisDisclosed = true;
      this.#savingStopped = true;
      this.#clearStorage();
      this.#publish(null, true);
      // The crisis screen comes at once, not at the end.
      this.#go('crisis', step.key);
      return;
    }
    this.#save();
    this.#advanceFrom(step.key);
  }

  #onSubmit = (event: Event): void => {
    event.preventDefault();
    const step = this.#stepOn(this.#path());
    if (!step) return;
    const option = this.selection === undefined ? undefined : step.options[this.selection];
    // An optional context question left blank is skipped, as GOV.UK does; a required one says what to do.
    if (!option && !step.required) {
      this.#answer(step, null, false);
      return;
    }
    if (!option) {
      this.showError = true;
      this.#focus = 'error';
      return;
    }
    this.#answer(step, option.value, option.crisis);
  };

  #onSkip = (): void => {
    const step = this.#stepOn(this.#path());
    if (step && !step.required) this.#answer(step, null, false);
  };

  #onBack = (): void => {
    const path = this.#path();
    const step = this.#stepOn(path);
    if (this.screen === 'crisis' && step) {
      this.#showQuestion(step, path.total);
      return;
    }
    const at = step ? path.steps.indexOf(step) : -1;
    const previous = at > 0 ? path.steps[at - 1] : undefined;
    if (previous) this.#showQuestion(previous, path.total);
    else if (!this.#family.backToWho()) this.#go('intro');
  };

  #onContinueAfterCrisis = (): void => {
    if (this.currentKey) this.#advanceFrom(this.currentKey);
  };

  /** The error stays until the next Continue (GOV.UK): removing it now would shift the page under the finger. */
  #onOption(index: number): void {
    this.selection = index;
  }

  #finish(): void {
    const assessment = assessAnswers(this.#flow, this.answers);
    if (!assessment.complete) {
      const path = this.#path();
      if (path.next) this.#showQuestion(path.next, path.total);
      return;
    }
    // The core decides the crisis, a taken-back crisis answer included, so "never below IOP" still holds.
    const recommendation = recommendLevel({ ...assessment.input, ...(this.#crisisDisclosed ? { crisisDisclosed: true } : {}) });
    const results: readonly ScoreResult[] = assessment.input.results;
    this.outcome = {
      recommendation,
      screens: results.map((result) => ({ result, def: this.#definition(result.id) })),
      safety: safetyFacts(assessment.input, results),
    };
    // The result is all the widget needs now: the answers themselves go.
    this.answers = {};
    this.#clearStorage();
    this.#go('result');
    this.announcement = recommendation.crisis ? crisisText(this.lang_, 'carepath.quiz.announceCrisis') : this.localize.term('carepath.quiz.announce');
    const { level, crisis } = recommendation;
    this.emit(
      new CarepathQuizCompleteEvent({
        answeringFor: 'self',
        level,
        crisis,
        instruments: results.map(({ id, total, band, positive }) => ({ id, total, band, positive })),
      }),
    );
    // In a crisis the linked widgets keep their configured state: the quiz leads to help, not to a price.
    this.#publish(level, crisis);
  }

  #onStartOver = (): void => {
    this.#clear();
    this.#focus = 'heading';
    this.#publish(null, false);
  };

  #clear(): void {
    this.#crisisDisclosed = false;
    this.#family.reset();
    this.answers = {};
    this.outcome = null;
    this.selection = undefined;
    this.#clearStorage();
    this.screen = 'intro';
    this.currentKey = null;
    this.showError = false;
    this.announcement = '';
    this.copyState = 'idle';
  }

  #publish(level: CareLevelId | null, crisis: boolean): void {
    // `independent` keeps the quiz off the page's channel both ways.
    if (this.config.independent) return;
    publish({ v: 1, group: this.config.group, level, crisis, source: 'quiz' });
  }

  #definition(id: string): InstrumentDefinition {
    if (isInstrumentId(id)) return getInstrument(id);
    const custom = this.#flow.instruments?.find((entry): entry is InstrumentDefinition => typeof entry !== 'string' && entry.id === id);
    if (!custom) throw new Error(`no definition for ${id}`);
    return custom;
  }

  #onCta(kind: 'primary' | 'secondary', href: string): void {
    this.emit(new CarepathCtaEvent({ kind, href }));
  }

  // ---------------------------------------------------------------------------------------------------------
  // Storage (only with persist="session")

  #storageKey(): string {
    return `${QUIZ_STORAGE_PREFIX}${this.config.group}`;
  }

  #storage(): Storage | undefined {
    if (this.config?.persist !== 'session') return undefined;
    try {
      return window.sessionStorage;
    } catch {
      return undefined; // storage blocked by the browser: stay in memory
    }
  }

  #save(): void {
    const storage = this.#storage();
    if (!storage || this.#savingStopped) return;
    const kept = Object.fromEntries(Object.entries(this.answers).filter(([key]) => !this.#sensitive.has(key)));
    try {
      if (Object.keys(kept).length === 0) storage.removeItem(this.#storageKey());
      else storage.setItem(this.#storageKey(), JSON.stringify({ answers: kept }));
    } catch {
      // A full or blocked storage only loses the resume; the quiz goes on in memory.
    }
  }

  #restore(): void {
    const storage = this.#storage();
    if (!storage) return;
    try {
      const parsed: unknown = JSON.parse(storage.getItem(this.#storageKey()) ?? 'null');
      const answers = (parsed as { answers?: unknown } | null)?.answers;
      if (!isAnswerRecord(answers)) return;
      // The core ignores answers that are off the path or invalid; sensitive ones are never read back.
      this.answers = { ...Object.fromEntries(Object.entries(answers).filter(([key]) => !this.#sensitive.has(key))), ...this.answers };
    } catch {
      // Unreadable: start fresh.
    }
  }

  #clearStorage(): void {
    try {
      this.#storage()?.removeItem(this.#storageKey());
    } catch {
      // nothing to clear
    }
  }

  // ---------------------------------------------------------------------------------------------------------
  // Copy and print

  #onPrint = (): void => {
    window.print();
  };

  #onCopy = async (): Promise<void> => {
    const text = this.#plainText();
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      this.copyState = 'copied';
    } catch {
      this.copyState = 'failed';
      this.#focus = 'copy';
    }
  };

  /** The result as plain text: what the screen says, no answers. */
  #plainText(): string {
    const outcome = this.outcome;
    if (!outcome) return '';
    const { recommendation } = outcome;
    const lines: string[] = [this.localize.term('carepath.quiz.plainTitle'), ''];
    const lang = this.lang_;
    const safety = safetyLines(lang, outcome.safety);
    if (recommendation.crisis) lines.push(...crisisPanelLines(lang), '');
    lines.push(...safety.first, this.#levelText(recommendation), ...safety.after);
    lines.push('', this.localize.term('carepath.quiz.reasonsHeading'), ...recommendation.reasons.map((reason) => `- ${this.#reasonText(reason, outcome)}`));
    if (outcome.screens.length > 0) {
      lines.push('', this.localize.term('carepath.quiz.screensHeading'));
      for (const { result, def } of outcome.screens) {
        lines.push(`- ${localize(def.name, this.lang_)}: ${this.#bandWords(def, result)}. ${this.#scoreWords(result)} ${localize(def.title, this.lang_)}.`);
      }
    }
    lines.push('', plainText(lang, 'carepath.quiz.samhsa'), '', this.localize.term('carepath.quiz.disclaimer'));
    return lines.join('\n');
  }

  // ---------------------------------------------------------------------------------------------------------
  // Rendering

  #levelText(recommendation: Recommendation): string {
    const level = this.localize.term(LEVEL_KEYS[recommendation.level]);
    return this.localize.term(recommendation.crisis ? 'carepath.quiz.levelLater' : 'carepath.quiz.levelSentence', { level });
  }

  #bandWords(def: InstrumentDefinition, result: ScoreResult): string {
    const key = BAND_KEYS[def.id]?.[result.band];
    if (key) return this.localize.term(key);
    // A partner's banded screen names its own bands; every other screen is two-level.
    if (!isInstrumentId(def.id) && def.bands) return result.band;
    return this.localize.term(result.positive ? 'carepath.quiz.band.positive' : 'carepath.quiz.band.negative');
  }

  #scoreWords(result: ScoreResult): string {
    return this.localize.term('carepath.quiz.score', { total: this.localize.number(result.total), max: this.localize.number(result.max) });
  }

  /** A reason in words; "low-need" never shows when the withdrawal or health question was skipped. */
  #reasonText(reason: Reason, outcome: Outcome): string {
    if (reason === 'low-need' && anySkipped(outcome.safety)) return crisisText(this.lang_, 'carepath.quiz.skipped.note');
    return this.localize.term(REASON_KEYS[reason]);
  }

  #renderBack(): TemplateResult {
    return html`<button type="button" class="back" part="back" @click=${this.#onBack}>
      <span class="back-arrow" aria-hidden="true"></span>${this.#t('carepath.quiz.back')}
    </button>`;
  }

  #renderIntro(): TemplateResult {
    const length = quizLength(this.#flow);
    const extra = length.maxQuestions - length.questions;
    return html`${renderCrisisLine(this.lang_)}
      <div class="screen intro" part="intro">
        <h2 class="heading" part="heading" id="intro-heading" tabindex="-1" data-focus>${this.config.heading ?? this.#t('carepath.quiz.heading')}</h2>
        <p class="lead">${this.config.intro ?? this.#t('carepath.quiz.intro')}</p>
        <ul class="facts">
          <li>${this.localize.term('carepath.quiz.forAdults')}</li>
          <li>
            ${this.localize.term('carepath.quiz.length', { questions: this.localize.number(length.questions), minutes: this.localize.number(length.minutes) })}
            ${extra > 0 ? this.localize.term('carepath.quiz.lengthMore', { extra: this.localize.number(extra) }) : nothing}
          </li>
          <li>${this.localize.term('carepath.quiz.skipNote')}</li>
          <li>
            ${this.localize.term('carepath.quiz.privacy')}
            ${this.config.persist === 'session' ? this.localize.term('carepath.quiz.privacySession') : nothing}
          </li>
          <li>${this.localize.term('carepath.quiz.notDiagnosis')}</li>
        </ul>
        <div class="actions">
          <button type="button" class="button primary" part="continue" @click=${this.#start}>${this.#t('carepath.quiz.start')}</button>
        </div>
      </div>`;
  }

  #renderQuestion(): TemplateResult {
    const path = this.#path();
    const step = this.#stepOn(path);
    if (!step) return this.#renderIntro();
    const instrument = step.instrument;
    const error = this.showError;
    const notes: string[] = [];
    if (step.hint) notes.push('hint');
    if (instrument?.topic === 'alcohol') notes.push('drink-note');
    if (instrument && !instrument.inLanguage) notes.push('language-note');
    if (error) notes.push('answer-error');
    const describedBy = notes.join(' ');
    return html`${renderCrisisLine(this.lang_)}
      <div class="screen question-screen">
        ${this.#renderBack()}
        ${error
          ? html`<div class="error-summary" part="error-summary" role="alert" tabindex="-1" aria-labelledby="error-title">
              <h2 id="error-title" class="error-title">${this.localize.term('carepath.quiz.errorTitle')}</h2>
              <ul role="list">
                <li><a href="#answer-0" @click=${this.#focusFirstOption}>${this.localize.term('carepath.quiz.errorRequired')}</a></li>
              </ul>
            </div>`
          : nothing}
        ${keyed(
          step.key,
          html`<form novalidate @submit=${this.#onSubmit}>
            <div class="form-group ${error ? 'has-error' : ''}">
              <fieldset class="question" part="question" data-key=${step.key} aria-describedby=${describedBy || nothing}>
                <legend>
                  <h2 class="heading question-heading" part="heading" id="question-heading" tabindex="-1" data-focus>
                    <span class="progress" part="progress">${this.localize.term('carepath.quiz.progress', {
                      number: this.localize.number(step.number),
                      total: this.localize.number(path.total),
                    })}</span>
                    ${instrument?.stem ? html`<span class="stem">${this.#core(instrument.stem)}</span>` : nothing}
                    <span class="question-text">${this.#core(step.question)}</span>
                  </h2>
                </legend>
                ${step.hint ? html`<p class="hint" id="hint">${this.#core(step.hint)}</p>` : nothing}
                ${instrument?.topic === 'alcohol'
                  ? html`<div class="note" part="note" id="drink-note">
                      <p class="note-title">${this.localize.term('carepath.quiz.drinkTitle')}</p>
                      <p>${this.localize.term('carepath.quiz.drinkNote')}</p>
                    </div>`
                  : nothing}
                ${instrument && !instrument.inLanguage
                  ? html`<p class="note" part="note" id="language-note">${this.localize.term('carepath.quiz.noSpanish')}</p>`
                  : nothing}
                ${error
                  ? html`<p class="error-message" id="answer-error">
                      <span class="visually-hidden">${this.localize.term('carepath.quiz.errorPrefix')}</span> ${this.localize.term('carepath.quiz.errorRequired')}
                    </p>`
                  : nothing}
                <div class="options">
                  ${step.options.map(
                    (option, index) => html`<label class="option" part="option">
                      <input
                        type="radio"
                        name="answer"
                        id="answer-${index}"
                        value=${String(option.value)}
                        .checked=${live(this.selection === index)}
                        @change=${() => this.#onOption(index)}
                      />
                      <span class="option-label">${this.#core(option.label)}</span>
                    </label>`,
                  )}
                </div>
              </fieldset>
            </div>
            <div class="actions">
              <button type="submit" class="button primary" part="continue">${this.#t('carepath.quiz.continue')}</button>
              ${step.required
                ? nothing
                : html`<button type="button" class="button secondary skip" @click=${this.#onSkip}>${this.#t('carepath.quiz.skip')}</button>`}
            </div>
          </form>`,
        )}
        ${instrument
          ? html`<p class="source" part="note">
              ${this.localize.term('carepath.quiz.source', { name: localize(instrument.name, this.lang_), title: localize(this.#definition(instrument.id).title, this.lang_) })}
              ${instrument.attribution ? html` ${this.#core(instrument.attribution)}` : nothing}
            </p>`
          : nothing}
      </div>`;
  }

  #focusFirstOption = (event: Event): void => {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLInputElement>('#answer-0')?.focus();
  };

  /** The partner's calls to action: never on a crisis result, which offers help only. */
  #renderNextSteps(): TemplateResult | typeof nothing {
    const { ctaHref, secondaryCtaHref } = this.config;
    if (!ctaHref && !secondaryCtaHref) return nothing;
    return html`<div class="next-steps">
      <h3>${this.#t('carepath.quiz.nextSteps')}</h3>
      <div class="actions">
        ${ctaHref
          ? html`<a class="button primary" part="cta" href=${ctaHref} @click=${() => this.#onCta('primary', ctaHref)}
              >${this.config.ctaLabel ?? this.#t('carepath.quiz.ctaPrimary')}</a
            >`
          : nothing}
        ${secondaryCtaHref
          ? html`<a class="button secondary" part="secondary-cta" href=${secondaryCtaHref} @click=${() => this.#onCta('secondary', secondaryCtaHref)}
              >${this.config.secondaryCtaLabel ?? this.#t('carepath.quiz.ctaSecondary')}</a
            >`
          : nothing}
      </div>
    </div>`;
  }

  #renderResult(outcome: Outcome): TemplateResult {
    const { recommendation } = outcome;
    const crisis = recommendation.crisis;
    const lang = this.lang_;
    // The crisis panel and line sit outside the `result` part, so no rule on that part reaches them.
    return html`${crisis ? renderCrisisPanel(lang, { focus: true }) : renderCrisisLine(lang)}
      <div class="screen result" part="result">
      <h2 class="heading" part="heading" id="result-heading" tabindex="-1" ?data-focus=${!crisis}>${this.#t('carepath.quiz.resultHeading')}</h2>
      ${renderWithdrawalFirst(lang, outcome.safety)}
      <p class="level" part="level">${this.#levelText(recommendation)}</p>
      ${renderSafetyResources(lang, outcome.safety)}
      ${crisis ? nothing : this.#renderNextSteps()}
      <h3>${this.localize.term('carepath.quiz.reasonsHeading')}</h3>
      <ul class="reasons">
        ${recommendation.reasons.map((reason) => html`<li data-reason=${reason}>${this.#reasonText(reason, outcome)}</li>`)}
      </ul>
      ${outcome.screens.length > 0
        ? html`<h3>${this.localize.term('carepath.quiz.screensHeading')}</h3>
            <ul class="screens">
              ${outcome.screens.map(
                ({ result, def }) => html`<li data-instrument=${result.id}>
                  <span class="screen-name">${this.#core(def.name)}</span>: <span class="band">${this.#bandWords(def, result)}</span>.
                  <span class="score">${this.#scoreWords(result)}</span>
                  <span class="screen-title">${this.#core(def.title)}</span>
                </li>`,
              )}
            </ul>`
        : nothing}
      <p class="samhsa resource-line">${richText(lang, 'carepath.quiz.samhsa')}</p>
      <p class="disclaimer">${this.localize.term('carepath.quiz.disclaimer')}</p>
      <div class="save">
        <h3>${this.#t('carepath.quiz.saveHeading')}</h3>
        <div class="actions">
          <button type="button" class="button secondary" @click=${this.#onPrint}>${this.#t('carepath.quiz.print')}</button>
          <button type="button" class="button secondary" @click=${this.#onCopy}>${this.#t('carepath.quiz.copy')}</button>
        </div>
        <p class="copy-status" role="status">
          ${this.copyState === 'copied' ? this.localize.term('carepath.quiz.copied') : this.copyState === 'failed' ? this.localize.term('carepath.quiz.copyFailed') : nothing}
        </p>
        ${this.copyState === 'failed'
          ? html`<div class="copy-fallback">
              <label for="copy-text">${this.localize.term('carepath.quiz.copyLabel')}</label>
              <textarea id="copy-text" readonly rows="10" .value=${this.#plainText()}></textarea>
            </div>`
          : nothing}
      </div>
      <div class="start-over">
        <button type="button" class="button secondary" aria-describedby="start-over-hint" @click=${this.#onStartOver}>${this.#t('carepath.quiz.startOver')}</button>
        <p class="hint" id="start-over-hint">${this.localize.term('carepath.quiz.startOverHint')}</p>
      </div>
    </div>`;
  }

  protected override renderWidget(): TemplateResult {
    let content: TemplateResult;
    if (this.#family.active) content = this.#family.render();
    else if (this.screen === 'result' && this.outcome) content = this.#renderResult(this.outcome);
    else if (this.screen === 'crisis') content = renderCrisisScreen(this.lang_, { back: this.#renderBack(), onContinue: this.#onContinueAfterCrisis });
    else if (this.screen === 'question') content = this.#renderQuestion();
    else content = this.#renderIntro();
    return html`<div class="quiz">
      <p class="visually-hidden live" role="status" aria-live="polite">${this.announcement}</p>
      ${content}
    </div>`;
  }
}

// The config properties Lit creates from the field table (`static properties`), typed from the same table, so
// `el.instruments`, `el.persist` and the others stay typed without a second declaration.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface CarepathQuiz extends QuizFieldProperties {}
