/**
 * A one-answer question of the family path ("Who is this for?", the safety question), GOV.UK style: the question
 * is the `<legend>`'s heading, a hint below it, large native radios and one Continue button.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { FAMILY_SAFETY_QUESTION, FAMILY_UI, WHO_QUESTION, type FamilyQuestion, type FamilySafetyAnswer, type WhoAnswer } from '../../../core/family.js';
import { renderAnswer, type AnswerIds } from '../screens/answer.js';
import { backButton, progressLine, say, type FamilyContext, type FamilyProgressView } from './parts.js';

export interface ChoiceState<A extends string> {
  readonly selected: A | undefined;
  /** Continue was pressed with no answer. */
  readonly error: boolean;
}

export interface ChoiceHandlers<A extends string> {
  readonly onSelect: (value: A) => void;
  readonly onSubmit: () => void;
  readonly onBack: () => void;
  /** The error summary's link: focus to the first answer. */
  readonly onFollow: (event: Event, id: string) => void;
}

const IDS: AnswerIds = { heading: 'family-heading', hint: 'family-hint', error: 'family-error', summaryPrefix: 'family-', option: 'family-answer' };

/** The question in the self-assessment's own answer template (screens/answer.ts), with the path's ids and words. */
export function renderChoice<A extends string>(
  ctx: FamilyContext,
  key: string,
  question: FamilyQuestion<A>,
  state: ChoiceState<A>,
  handlers: ChoiceHandlers<A>,
  progress?: FamilyProgressView,
): TemplateResult {
  const { lang } = ctx;
  const selected = question.options.findIndex((option) => option.value === state.selected);
  const form = renderAnswer(
    {
      key,
      ids: IDS,
      progress: progress ? progressLine(lang, progress) : nothing,
      question: say(question.question, lang),
      hint: question.hint ? say(question.hint, lang) : undefined,
      options: question.options.map((option) => ({ value: option.value, label: say(option.label, lang) })),
      selected: selected >= 0 ? selected : undefined,
      error: state.error ? { title: say(FAMILY_UI.errorTitle, lang), message: say(question.error, lang), prefix: say(FAMILY_UI.errorPrefix, lang) } : undefined,
      continueLabel: say(FAMILY_UI.continue, lang),
    },
    {
      onSelect: (index) => {
        const option = question.options[index];
        if (option) handlers.onSelect(option.value);
      },
      onSubmit: handlers.onSubmit,
      onFollow: handlers.onFollow,
    },
  );
  return html`${ctx.crisisLine}
    <div class="screen question-screen family-${key}">${backButton(lang, handlers.onBack)} ${form}</div>`;
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
