/**
 * The screen for a view of the quiz (quiz-model.ts), inside the quiz's box with its polite live region. A
 * template function: it reads the view and the state it is given, and calls back the handlers; it writes nothing.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { InstrumentDefinition } from '../../../core/instrument-definition.js';
import type { QuizView } from '../quiz-model.js';
import { callsToAction, resultPlainText, type QuizSay } from '../quiz-text.js';
import type { QuizConfig } from '../quiz.fields.js';
import { renderBack } from './back.js';
import { renderCrisisScreen, type CenterLine } from './crisis.js';
import { renderIntro } from './intro.js';
import type { CallToAction } from './next-steps.js';
import { renderQuestion } from './question.js';
import { renderResult } from './result.js';

export interface QuizScreenState {
  readonly config: QuizConfig;
  /** Index of the chosen answer on a question screen, before Continue. */
  readonly selection: number | undefined;
  readonly showError: boolean;
  readonly copyState: 'idle' | 'copied' | 'failed';
  readonly announcement: string;
  readonly definition: (id: string) => InstrumentDefinition;
  /** A center's own 24/7 line for the crisis panel, after 988 (never instead of it), when the page sets one. */
  readonly centerLine?: CenterLine;
  /** The same line as plain text, for "Copy as plain text". */
  readonly centerLinePlain?: string;
  /** The path for family and friends renders itself (family/family-path.ts). */
  readonly family: () => TemplateResult;
}

export interface QuizScreenHandlers {
  readonly onStart: () => void;
  readonly onBack: () => void;
  readonly onSelect: (index: number) => void;
  readonly onSubmit: () => void;
  readonly onSkip: () => void;
  /** The error summary's link: focus to the first answer. */
  readonly onFollow: (event: Event, id: string) => void;
  readonly onContinueAfterCrisis: () => void;
  readonly onCta: (cta: CallToAction) => void;
  readonly onPrint: () => void;
  readonly onCopy: () => void;
  readonly onStartOver: () => void;
}

function renderContent(say: QuizSay, view: QuizView, state: QuizScreenState, handlers: QuizScreenHandlers): TemplateResult {
  const { config } = state;
  const back = () => renderBack(say.t('carepath.quiz.back'), handlers.onBack);
  switch (view.kind) {
    case 'family':
      return state.family();
    case 'result': {
      const { outcome } = view;
      const ctas = callsToAction(say, config);
      const plainText = () => resultPlainText(say, outcome, state.centerLinePlain);
      return renderResult(say, { outcome, ctas, copyState: state.copyState, plainText, centerLine: state.centerLine ?? nothing }, handlers);
    }
    case 'crisis':
      return renderCrisisScreen(say.lang, { back: back(), onContinue: handlers.onContinueAfterCrisis, centerLine: state.centerLine ?? nothing });
    case 'question': {
      const id = view.step.instrument?.id;
      const definition = id === undefined ? undefined : state.definition(id);
      return renderQuestion(say, { step: view.step, total: view.total, selected: state.selection, error: state.showError, definition }, back(), handlers);
    }
    default:
      return renderIntro(say, { heading: config.heading, lead: config.intro, length: view.length, session: config.persist === 'session' }, handlers.onStart);
  }
}

export function renderQuizScreen(say: QuizSay, view: QuizView, state: QuizScreenState, handlers: QuizScreenHandlers): TemplateResult {
  return html`<div class="quiz">
    <p class="visually-hidden live" role="status" aria-live="polite">${state.announcement}</p>
    ${renderContent(say, view, state, handlers)}
  </div>`;
}
