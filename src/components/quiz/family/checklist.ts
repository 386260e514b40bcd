/**
 * One group of the unscored checklist of what they have seen: the question is the `<legend>`'s heading, a hint,
 * native checkboxes, one Continue. Nothing is required and nothing is scored; nothing checked is ever stored.
 */
import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { FAMILY_UI } from '../../../core/family.js';
import type { FamilyCheckGroup } from '../../../core/family-content.js';
import { backButton, progressLine, say, type FamilyContext, type FamilyProgressView } from './parts.js';

export interface ChecklistState {
  readonly checked: ReadonlySet<string>;
}

export interface ChecklistHandlers {
  readonly onToggle: (id: string, checked: boolean) => void;
  readonly onSubmit: () => void;
  readonly onBack: () => void;
}

export function renderChecklist(
  ctx: FamilyContext,
  group: FamilyCheckGroup,
  state: ChecklistState,
  handlers: ChecklistHandlers,
  progress: FamilyProgressView,
): TemplateResult {
  const { lang } = ctx;
  const submit = (event: Event) => {
    event.preventDefault();
    handlers.onSubmit();
  };
  return html`${ctx.crisisLine}
    <div class="screen question-screen family-check" data-group=${group.id}>
      ${backButton(lang, handlers.onBack)}
      <form novalidate @submit=${submit}>
        <fieldset class="question" part="question" data-key="check-${group.id}" aria-describedby="family-hint">
          <legend>
            <h2 class="heading question-heading" part="heading" id="family-heading" tabindex="-1" data-focus>
              ${progressLine(lang, progress)}
              <span class="question-text">${say(group.question, lang)}</span>
            </h2>
          </legend>
          <p class="hint" id="family-hint">${say(group.hint, lang)}</p>
          <div class="options">
            ${group.items.map(
              (item, index) => html`<label class="option" part="option">
                <input
                  type="checkbox"
                  name=${item.id}
                  id="family-check-${index}"
                  .checked=${live(state.checked.has(item.id))}
                  @change=${(event: Event) => handlers.onToggle(item.id, (event.target as HTMLInputElement).checked)}
                />
                <span class="option-label">${say(item.label, lang)}</span>
              </label>`,
            )}
          </div>
        </fieldset>
        <div class="actions">
          <button type="submit" class="button primary" part="continue">${say(FAMILY_UI.continue, lang)}</button>
        </div>
      </form>
    </div>`;
}
