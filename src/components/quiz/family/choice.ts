/**
 * A one-answer question of the family path ("Who is this for?", the safety question), GOV.UK style: the question
 * is the `<legend>`'s heading, a hint below it, large native radios and one Continue button.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { FAMILY_SAFETY_QUESTION, FAMILY_UI, WHO_QUESTION, type FamilyQuestion, type FamilySafetyAnswer, type WhoAnswer } from '../../../core/family.js';
import { backButton, errorSummary, progressLine, say, type FamilyContext, type FamilyProgressView } from './parts.js';

export interface ChoiceState<A extends string> {
  readonly selected: A | undefined;
  /** Continue was pressed with no answer. */
  readonly error: boolean;
}

export interface ChoiceHandlers<A extends string> {
  readonly onSelect: (value: A) => void;
  readonly onSubmit: () => void;
  readonly onBack: () => void;
}

function focusFirst(event: Event): void {
  event.preventDefault();
  const root = (event.currentTarget as Element | null)?.getRootNode() as ParentNode | undefined;
  root?.querySelector<HTMLInputElement>('#family-answer-0')?.focus();
}

export function renderChoice<A extends string>(
  ctx: FamilyContext,
  key: string,
  question: FamilyQuestion<A>,
  state: ChoiceState<A>,
  handlers: ChoiceHandlers<A>,
  progress?: FamilyProgressView,
): TemplateResult {
  const { lang } = ctx;
  const describedBy = [question.hint ? 'family-hint' : '', state.error ? 'family-error' : ''].filter(Boolean).join(' ');
  const submit = (event: Event) => {
    event.preventDefault();
    handlers.onSubmit();
  };
  return html`${ctx.crisisLine}
    <div class="screen question-screen family-${key}">
      ${backButton(lang, handlers.onBack)} ${state.error ? errorSummary(lang, question.error, 'family-answer-0', focusFirst) : nothing}
      <form novalidate @submit=${submit}>
        <div class="form-group ${state.error ? 'has-error' : ''}">
          <fieldset class="question" part="question" data-key=${key} aria-describedby=${describedBy || nothing}>
            <legend>
              <h2 class="heading question-heading" part="heading" id="family-heading" tabindex="-1" data-focus>
                ${progress ? progressLine(lang, progress) : nothing}
                <span class="question-text">${say(question.question, lang)}</span>
              </h2>
            </legend>
            ${question.hint ? html`<p class="hint" id="family-hint">${say(question.hint, lang)}</p>` : nothing}
            ${state.error
              ? html`<p class="error-message" id="family-error">
                  <span class="visually-hidden">${say(FAMILY_UI.errorPrefix, lang)}</span> ${say(question.error, lang)}
                </p>`
              : nothing}
            <div class="options">
              ${question.options.map(
                (option, index) => html`<label class="option" part="option">
                  <input
                    type="radio"
                    name="answer"
                    id="family-answer-${index}"
                    value=${option.value}
                    .checked=${live(state.selected === option.value)}
                    @change=${() => handlers.onSelect(option.value)}
                  />
                  <span class="option-label">${say(option.label, lang)}</span>
                </label>`,
              )}
            </div>
          </fieldset>
        </div>
        <div class="actions">
          <button type="submit" class="button primary" part="continue">${say(FAMILY_UI.continue, lang)}</button>
        </div>
      </form>
    </div>`;
}

/** "Who is this for?" — Me / Someone I care about. */
export function renderWho(ctx: FamilyContext, state: ChoiceState<WhoAnswer>, handlers: ChoiceHandlers<WhoAnswer>): TemplateResult {
  return renderChoice(ctx, 'who', WHO_QUESTION, state, handlers);
}

/** Safety first: "Could they hurt themselves or someone else right now?" */
export function renderSafety(
  ctx: FamilyContext,
  state: ChoiceState<FamilySafetyAnswer>,
  handlers: ChoiceHandlers<FamilySafetyAnswer>,
  progress: FamilyProgressView,
): TemplateResult {
  return renderChoice(ctx, 'safety', FAMILY_SAFETY_QUESTION, state, handlers, progress);
}
