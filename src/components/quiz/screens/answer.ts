/**
 * One question and its answers, GOV.UK style, for the self-assessment and the path for family and friends alike:
 * the error summary (after Continue with no answer), then a form whose `<fieldset>`'s `<legend>` holds the screen's
 * heading (progress, stem, question), a hint, notes, the message beside the field, large native radios, Continue
 * and, for an optional question, Skip. A template function: no state.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { live } from 'lit/directives/live.js';

type Content = TemplateResult | string | typeof nothing;

/** The element ids of one question screen (tests, `aria-describedby` and the error summary's link use them). */
export interface AnswerIds {
  readonly heading: string;
  readonly hint: string;
  readonly error: string;
  readonly errorTitle: string;
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
}

/** The error summary's link moves focus to the first answer (the link's target alone would not, in a shadow root). */
function focusFirst(event: Event, id: string): void {
  event.preventDefault();
  const root = (event.currentTarget as Element | null)?.getRootNode() as ParentNode | undefined;
  root?.querySelector<HTMLInputElement>(`#${id}`)?.focus();
}

/** GOV.UK error summary: a title, and a link to the field that says what to do. It takes focus when shown. */
export function renderErrorSummary(ids: Pick<AnswerIds, 'errorTitle' | 'option'>, title: string, message: string): TemplateResult {
  const target = `${ids.option}-0`;
  return html`<div class="error-summary" part="error-summary" role="alert" tabindex="-1" aria-labelledby=${ids.errorTitle}>
    <h2 id=${ids.errorTitle} class="error-title">${title}</h2>
    <ul role="list">
      <li><a href="#${target}" @click=${(event: Event) => focusFirst(event, target)}>${message}</a></li>
    </ul>
  </div>`;
}

export function renderAnswer(view: AnswerView, handlers: AnswerHandlers): TemplateResult {
  const { ids, error } = view;
  const describedBy = [...(view.hint ? [ids.hint] : []), ...(view.notes ?? []).map((note) => note.id), ...(error ? [ids.error] : [])].join(' ');
  const submit = (event: Event) => {
    event.preventDefault();
    handlers.onSubmit();
  };
  return html`${error ? renderErrorSummary(ids, error.title, error.message) : nothing}
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
            ${error
              ? html`<p class="error-message" id=${ids.error}>
                  <span class="visually-hidden">${error.prefix}</span> ${error.message}
                </p>`
              : nothing}
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
