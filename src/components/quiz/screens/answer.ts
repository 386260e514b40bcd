/**
 * One question and its answers, GOV.UK style, for the self-assessment and the path for family and friends alike:
 * the shared error summary (after Continue with no answer), then a form whose `<fieldset>`'s `<legend>` holds the screen's
 * heading (progress, stem, question), a hint, notes, the message beside the field, large native radios, Continue
 * and, for an optional question, Skip. A template function: no state.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { live } from 'lit/directives/live.js';
import { renderErrorSummary, renderFieldError } from '../../../internal/form-fields.js';

type Content = TemplateResult | string | typeof nothing;

/** The element ids of one question screen (tests, `aria-describedby` and the error summary's link use them). */
export interface AnswerIds {
  readonly heading: string;
  readonly hint: string;
  readonly error: string;
  /** Starts the error summary's heading id (`<prefix>error-summary-title`), so two forms' ids never meet. */
  readonly summaryPrefix: string;
  /** Each answer's radio: `answer-0`, `answer-1`… */
  readonly option: string;
}

export interface AnswerView {
  /** The question's key (the form is rebuilt when it changes, so no answer carries over). */
  readonly key: string;
  readonly ids: AnswerIds;
  readonly progress: Content;
  readonly stem?: Content;
  readonly question: Content;
  readonly hint?: Content;
  /** Notes between the hint and the answers, each with the id the fieldset's description names. */
  readonly notes?: readonly { readonly id: string; readonly content: TemplateResult }[];
  readonly options: readonly { readonly value: string; readonly label: Content }[];
  /** Index of the chosen answer, before Continue. */
  readonly selected: number | undefined;
  /** Continue was pressed with no answer: the summary's title, the message, and its "Error:" prefix. */
  readonly error?: { readonly title: string; readonly message: string; readonly prefix: string };
  readonly continueLabel: string;
  /** An optional question's Skip button. */
  readonly skipLabel?: string;
}

export interface AnswerHandlers {
  readonly onSelect: (index: number) => void;
  readonly onSubmit: () => void;
  readonly onSkip?: () => void;
  /** The error summary's link: moves focus to the first answer (usually `FormFields.focus`). */
  readonly onFollow: (event: Event, id: string) => void;
}

export function renderAnswer(view: AnswerView, handlers: AnswerHandlers): TemplateResult {
  const { ids, error } = view;
  const describedBy = [...(view.hint ? [ids.hint] : []), ...(view.notes ?? []).map((note) => note.id), ...(error ? [ids.error] : [])].join(' ');
  const submit = (event: Event) => {
    event.preventDefault();
    handlers.onSubmit();
  };
  // The shared error summary (form-fields.ts): role="alert", a link to the first answer; it takes focus when shown.
  const summary = error
    ? renderErrorSummary({ title: error.title, errors: [{ id: `${ids.option}-0`, message: error.message }], onFollow: handlers.onFollow, level: 2, idPrefix: ids.summaryPrefix })
    : nothing;
  return html`${summary}
    ${keyed(
      view.key,
      html`<form novalidate @submit=${submit}>
        <div class="form-group ${error ? 'has-error' : ''}">
          <fieldset class="question" part="question" data-key=${view.key} aria-describedby=${describedBy || nothing}>
            <legend>
              <h2 class="heading question-heading" part="heading" id=${ids.heading} tabindex="-1" data-focus>
                ${view.progress} ${view.stem ? html`<span class="stem">${view.stem}</span>` : nothing}
                <span class="question-text">${view.question}</span>
              </h2>
            </legend>
            ${view.hint ? html`<p class="hint" id=${ids.hint}>${view.hint}</p>` : nothing} ${(view.notes ?? []).map((note) => note.content)}
            ${error ? renderFieldError(ids.error, error.prefix, error.message) : nothing}
            <div class="options">
              ${view.options.map(
                (option, index) => html`<label class="option" part="option">
                  <input
                    type="radio"
                    name="answer"
                    id="${ids.option}-${index}"
                    value=${option.value}
                    .checked=${live(view.selected === index)}
                    @change=${() => handlers.onSelect(index)}
                  />
                  <span class="option-label">${option.label}</span>
                </label>`,
              )}
            </div>
          </fieldset>
        </div>
        <div class="actions">
          <button type="submit" class="button primary" part="continue">${view.continueLabel}</button>
          ${view.skipLabel && handlers.onSkip
            ? html`<button type="button" class="button secondary skip" @click=${handlers.onSkip}>${view.skipLabel}</button>`
            : nothing}
        </div>
      </form>`,
    )}`;
}
