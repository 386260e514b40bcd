/**
 * One question of the self-assessment: the crisis line, Back, the shared answer form (with the standard-drink note
 * on alcohol questions and the "no official Spanish version" note), and the instrument's source line.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { QuizStep } from '../../../core/flow.js';
import type { InstrumentDefinition } from '../../../core/instrument-definition.js';
import { inLanguage } from '../../../core/language.js';
import { coreText, type QuizSay } from '../quiz-text.js';
import { renderAnswer, type AnswerHandlers, type AnswerIds } from './answer.js';
import { renderCrisisLine } from './crisis.js';

const IDS: AnswerIds = { heading: 'question-heading', hint: 'hint', error: 'answer-error', summaryPrefix: '', option: 'answer' };

export interface QuestionView {
  readonly step: QuizStep;
  readonly total: number;
  readonly selected: number | undefined;
  readonly error: boolean;
  /** The instrument's definition, for its title in the source line. */
  readonly definition: InstrumentDefinition | undefined;
}

export function renderQuestion(say: QuizSay, view: QuestionView, back: TemplateResult, handlers: AnswerHandlers): TemplateResult {
  const { step, error } = view;
  const { lang } = say;
  const instrument = step.instrument;
  const notes: { id: string; content: TemplateResult }[] = [];
  if (instrument?.topic === 'alcohol') {
    notes.push({
      id: 'drink-note',
      content: html`<div class="note" part="note" id="drink-note">
        <p class="note-title">${say.term('carepath.quiz.drinkTitle')}</p>
        <p>${say.term('carepath.quiz.drinkNote')}</p>
      </div>`,
    });
  }
  if (instrument && !instrument.inLanguage) {
    notes.push({ id: 'language-note', content: html`<p class="note" part="note" id="language-note">${say.term('carepath.quiz.noSpanish')}</p>` });
  }
  const form = renderAnswer(
    {
      key: step.key,
      ids: IDS,
      progress: html`<span class="progress" part="progress">${say.term('carepath.quiz.progress', { number: say.number(step.number), total: say.number(view.total) })}</span>`,
      stem: instrument?.stem ? coreText(lang, instrument.stem) : undefined,
      question: coreText(lang, step.question),
      hint: step.hint ? coreText(lang, step.hint) : undefined,
      notes,
      options: step.options.map((option) => ({ value: String(option.value), label: coreText(lang, option.label) })),
      selected: view.selected,
      error: error
        ? { title: say.term('carepath.common.errorSummary'), message: say.term('carepath.quiz.errorRequired'), prefix: say.term('carepath.common.errorPrefix') }
        : undefined,
      continueLabel: say.t('carepath.quiz.continue'),
      skipLabel: step.required ? undefined : say.t('carepath.quiz.skip'),
    },
    handlers,
  );
  return html`${renderCrisisLine(lang)}
    <div class="screen question-screen">
      ${back} ${form}
      ${instrument && view.definition
        ? html`<p class="source" part="note">
            ${say.term('carepath.quiz.source', { name: inLanguage(instrument.name, lang), title: inLanguage(view.definition.title, lang) })}
            ${instrument.attribution ? html` ${coreText(lang, instrument.attribution)}` : nothing}
          </p>`
        : nothing}
    </div>`;
}
