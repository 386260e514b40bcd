/**
 * `<carepath-quiz>`: the self-assessment, one question per screen (GOV.UK / NHS pattern). Every question, total,
 * score, crisis answer and suggestion comes from the core (`compileFlow`, `recommendLevel`); this file only wires:
 * it keeps the visitor's place (the state machine in quiz-model.ts), computes the view in `willUpdate`, and hands
 * it to the screens' template functions (screens/). Configuration rules are in quiz-config.ts, the words for what
 * the core found in quiz-text.ts, session storage, the sticky crisis answer and the channel in quiz-memory.ts.
 * Crisis safety follows the crisis rules in docs/crisis-safety.md, and no partner setting can change or hide it.
 *
 * This file has no side effects: registering is `define.ts`'s job.
 */
/* eslint-disable @typescript-eslint/no-unsafe-declaration-merging -- the class and the interface below are one type: the interface only types the properties that `static properties` creates. */
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import type { InputIssue } from '../../core/errors.js';
import type { QuizPath, QuizStep } from '../../core/flow.js';
import type { Recommendation } from '../../core/recommend.js';
import { CarepathCtaEvent } from '../../events/cta.js';
import { CarepathQuizCompleteEvent } from '../../events/quiz-complete.js';
import { CarepathQuizStartEvent } from '../../events/quiz-start.js';
import { CarepathQuizStepEvent } from '../../events/quiz-step.js';
import { COMMON_FIELDS, COMMON_SHAPE, CarepathElement } from '../../internal/carepath-element.js';
import { centerLinePlain, centerPhone, renderCenterAction } from '../../internal/crisis-line.js';
import { propertiesOf, shapeOf, specsOf } from '../../internal/fields.js';
import { FocusAfterRender } from '../../internal/focus-after-render.js';
import { FormFields, formFieldStyles } from '../../internal/form-fields.js';
import { CRISIS_ACTIONS, crisisText, renderAction } from '../../internal/help-text.js';
import { crisisStyles } from '../../styles/crisis.js';
import { baseStyles } from '../../styles/tokens.js';
import { enQuiz } from '../../translations/en.js';
import { FamilyPath } from './family/family-path.js';
import { familyStyles } from './family/family.styles.js';
import { QuizFlowState, definitionIn } from './quiz-config.js';
import { QuizMemory } from './quiz-memory.js';
import { outcomeOf, quizView, stepAfter, stepBefore, stepOn, type Answer, type Answers, type Outcome, type QuizView, type Screen } from './quiz-model.js';
import { callsToAction, quizSay, resultPlainText, type QuizSay } from './quiz-text.js';
import { QUIZ_FIELDS, type QuizConfig, type QuizFieldProperties } from './quiz.fields.js';
import { quizStyles } from './quiz.styles.js';
import { renderCrisisLine } from './screens/crisis.js';
import { renderQuizScreen, type QuizScreenHandlers, type QuizScreenState } from './screens/screen.js';

export { QUIZ_PERSIST, QUIZ_STRING_KEYS, type QuizConfig, type QuizPersist, type QuizStringKey, type QuizStrings, type QuizText } from './quiz.fields.js';

export { QUIZ_STORAGE_PREFIX } from './quiz-memory.js';

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
 * @cssproperty --carepath-quiz-error-color - Deprecated: set `--carepath-color-error`, which every widget's errors use. Still wins over it when set.
 * @cssproperty --carepath-quiz-error-color-dark - Deprecated: set `--carepath-color-error-dark`. Still wins over it when set.
 */
export class CarepathQuiz extends CarepathElement<QuizConfig> {
  static override widget = 'quiz';
  static override translations = { en: enQuiz };
  // The fixed crisis styles are unlayered, so they win over every rule in the `carepath` layer wherever they sit.
  static override styles = [baseStyles, formFieldStyles, crisisStyles, quizStyles, familyStyles];
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

  /** The validated flow (recompiled only when its inputs change) and the path for the current answers. */
  readonly #flows = new QuizFlowState();
  /** What this update shows, computed in `willUpdate`. */
  #view: QuizView | undefined;
  /** Where focus goes after the next render (a visitor's action only; never on the first render). */
  readonly #focus = new FocusAfterRender(this);
  /** The shared error summary and its focus (form-fields.ts). */
  readonly #fields = new FormFields(this, this.#focus);
  /** The `answering-for` in effect at the last update: a change starts again at the new mode's intro. */
  #answeringFor: QuizConfig['answeringFor'] | undefined;
  /** Session storage, the sticky crisis answer and the channel (quiz-memory.ts). */
  readonly #memory = new QuizMemory(() => this.config);
  /** "Who is this for?" and the path for family and friends: their own screens, state and rules. */
  readonly #family = new FamilyPath(this, {
    answeringFor: () => this.config?.answeringFor ?? 'ask',
    lang: () => this.lang_,
    crisisLine: () => renderCrisisLine(this.lang_),
    centerLine: () => renderCenterAction(centerPhone(this.lang_, this.config)),
    // The other ways to reach help (Crisis Text Line, veterans, ASL Now…), after the path's own; 911 is already there.
    moreHelp: () => html`${CRISIS_ACTIONS[this.lang_].more.filter((action) => action.href !== 'tel:911').map((action) => renderAction(this.lang_, action))}`,
    intro: () => ({ heading: this.config.heading, lead: this.config.intro }),
    ctas: () => callsToAction(this.#say(), this.config),
    onStart: () => this.emit(new CarepathQuizStartEvent({})),
    onSelf: () => this.#firstQuestion(),
    onExit: () => this.#go('intro'),
    // The same rule as the self-assessment's crisis answers.
    onCrisis: () => this.#memory.disclose(),
    onStep: (index, total) => this.emit(new CarepathQuizStepEvent({ index, total })),
    onComplete: (crisis) => this.emit(new CarepathQuizCompleteEvent({ answeringFor: 'someone-else', level: null, crisis, instruments: [] })),
    onCta: ({ kind, href }) => this.#onCta(kind, href),
    onStartOver: () => this.#onStartOver(),
    focus: this.#focus,
    fields: this.#fields,
  });

  /** What the screens call back (built once, so a render hands the same functions to the templates). */
  readonly #handlers: QuizScreenHandlers = {
    onStart: () => this.#start(),
    onBack: () => this.#onBack(),
    onSelect: (index) => (this.selection = index), // the error stays until the next Continue (GOV.UK)
    onSubmit: () => this.#onSubmit(),
    onSkip: () => this.#onSkip(),
    onContinueAfterCrisis: () => {
      if (this.currentKey) this.#advanceFrom(this.currentKey);
    },
    onFollow: (event, id) => this.#fields.focus(event, id),
    onCta: ({ kind, href }) => this.#onCta(kind, href),
    onPrint: () => window.print(),
    onCopy: () => void this.#onCopy(),
    onStartOver: () => this.#onStartOver(),
  };

  /** Clears the answers, the stored copy and the result, and goes back to the intro. Fires no event. */
  reset(): void {
    this.#clear();
    if (this.hasUpdated) this.#memory.publish(null, false);
  }

  protected override refineConfig(config: QuizConfig): { config: QuizConfig; issues: readonly InputIssue[] } {
    return this.#flows.refine(config, this.lang_, this.rawConfigValue('instruments'));
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const saved = this.#memory.restore();
    if (saved) this.answers = { ...saved, ...this.answers };
    const mode = this.config.answeringFor;
    if (this.#answeringFor !== undefined && mode !== this.#answeringFor) this.#restart();
    this.#answeringFor = mode;
    const flow = this.#flows.current;
    const state = { screen: this.screen, currentKey: this.currentKey, outcome: this.outcome };
    this.#view = flow ? quizView(state, this.#family.active, () => this.#path(), flow.compiled.length) : undefined;
  }

  protected override renderWidget(): TemplateResult {
    const view = this.#view;
    if (!view) throw this.#flows.failure; // the base shows the neutral notice
    const { config, selection, showError, copyState, announcement } = this;
    const center = centerPhone(this.lang_, config);
    const state: QuizScreenState = {
      config,
      selection,
      showError,
      copyState,
      announcement,
      definition: (id: string) => definitionIn(this.#flows.flow, id),
      family: () => this.#family.render(),
      centerLine: renderCenterAction(center),
      centerLinePlain: centerLinePlain(center),
    };
    return renderQuizScreen(this.#say(), view, state, this.#handlers);
  }

  #say(): QuizSay {
    return quizSay(this.lang_, this.localize, this.config.strings);
  }

  // ---------------------------------------------------------------------------------------------------------
  // Navigation

  #path(): QuizPath {
    return this.#flows.path(this.answers);
  }

  #go(screen: Screen, key: string | null = null): void {
    this.screen = screen;
    this.currentKey = key;
    this.showError = false;
    this.announcement = '';
    this.copyState = 'idle';
    this.#focus.request('[data-focus]');
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
    const next = stepAfter(path, key);
    if (next) this.#showQuestion(next, path.total);
    else this.#finish();
  }

  #start(): void {
    this.emit(new CarepathQuizStartEvent({}));
    if (!this.#family.interceptStart()) this.#firstQuestion();
  }

  #firstQuestion(): void {
    const path = this.#path();
    const first = path.steps[0];
    if (first) this.#showQuestion(first, path.total);
  }

  #answer(step: QuizStep, value: Answer, crisis: boolean): void {
    this.answers = { ...this.answers, [step.key]: value };
    // A crisis answer sticks until Start over, stops storage and tells the linked widgets at once.
    this.#memory.answered(step.key, this.answers, step.options.some((option) => option.crisis), crisis);
    // The crisis screen comes at once, not at the end.
    if (crisis) this.#go('crisis', step.key);
    else this.#advanceFrom(step.key);
  }

  #onSubmit(): void {
    const step = stepOn(this.#path(), this.currentKey);
    if (!step) return;
    const option = this.selection === undefined ? undefined : step.options[this.selection];
    // An optional context question left blank is skipped, as GOV.UK does; a required one says what to do.
    if (!option && !step.required) {
      this.#answer(step, null, false);
      return;
    }
    if (!option) {
      this.showError = true;
      this.#fields.showErrors();
      return;
    }
    this.#answer(step, option.value, option.crisis);
  }

  #onSkip(): void {
    const step = stepOn(this.#path(), this.currentKey);
    if (step && !step.required) this.#answer(step, null, false);
  }

  #onBack(): void {
    const path = this.#path();
    const step = stepOn(path, this.currentKey);
    if (this.screen === 'crisis' && step) {
      this.#showQuestion(step, path.total);
      return;
    }
    const previous = stepBefore(path, step);
    if (previous) this.#showQuestion(previous, path.total);
    else if (!this.#family.backToWho()) this.#go('intro');
  }

  #finish(): void {
    const assessment = this.#flows.flow.compiled.assess(this.answers);
    if (!assessment.complete) {
      const path = this.#path();
      if (path.next) this.#showQuestion(path.next, path.total);
      return;
    }
    const outcome = outcomeOf(assessment, this.#memory.crisisDisclosed, (id) => definitionIn(this.#flows.flow, id));
    const { recommendation } = outcome;
    this.outcome = outcome;
    // The result is all the widget needs now: the answers themselves go.
    this.answers = {};
    this.#memory.finished();
    this.#go('result');
    this.announcement = recommendation.crisis ? crisisText(this.lang_, 'carepath.quiz.announceCrisis') : this.localize.term('carepath.quiz.announce');
    const { level, crisis } = recommendation;
    this.emit(
      new CarepathQuizCompleteEvent({
        answeringFor: 'self',
        level,
        crisis,
        instruments: outcome.screens.map(({ result: { id, total, band, positive } }) => ({ id, total, band, positive })),
      }),
    );
    // In a crisis the linked widgets keep their configured state: the quiz leads to help, not to a price.
    this.#memory.publish(level, crisis);
  }

  #onStartOver(): void {
    this.#clear();
    this.#focus.request('[data-focus]');
    this.#memory.publish(null, false);
  }

  #clear(): void {
    this.#family.reset();
    this.#forget(true);
  }

  /**
   * `answering-for` changed: back to the new mode's intro with nothing answered, as if the page had just loaded,
   * except that a crisis answer still sticks until Start over (and the linked widgets keep holding it). A result
   * that suggested a level is withdrawn from the channel, as Start over would; focus stays where the page put it.
   */
  #restart(): void {
    const published = this.outcome !== null && !this.outcome.recommendation.crisis && !this.#memory.crisisDisclosed;
    this.#family.leave();
    this.#forget(false);
    if (published) this.#memory.publish(null, false);
  }

  /** The answers (in memory and stored), the result and the place go; the intro shows. A crisis answer only with `crisisToo`. */
  #forget(crisisToo: boolean): void {
    this.answers = {};
    this.outcome = null;
    this.selection = undefined;
    this.#memory.forget(crisisToo);
    this.#go('intro');
    this.#focus.cancel(); // the page, not the visitor, changed the screen
  }

  #onCta(kind: 'primary' | 'secondary', href: string): void {
    this.emit(new CarepathCtaEvent({ kind, href }));
  }

  // ---------------------------------------------------------------------------------------------------------
  // Copy

  async #onCopy(): Promise<void> {
    const outcome = this.outcome;
    const text = outcome ? resultPlainText(this.#say(), outcome, centerLinePlain(centerPhone(this.lang_, this.config))) : '';
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      this.copyState = 'copied';
    } catch {
      this.copyState = 'failed';
      this.#focus.request('.copy-fallback textarea', { select: true });
    }
  }
}

// The config properties Lit creates from the field table (`static properties`), typed from the same table, so
// `el.instruments`, `el.persist` and the others stay typed without a second declaration.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface CarepathQuiz extends QuizFieldProperties {}
