/**
 * One group of the unscored checklist of what they have seen: the question is the `<legend>`'s heading, a hint,
 * native checkboxes, one Continue. Nothing is required and nothing is scored; nothing checked is ever stored.
 * Lazily loaded: Lit and the shared pieces come in the kit (../kit.ts).
 */
import type { TemplateResult } from 'lit';
import type { FamilyCheckGroup } from '../../../../core/family-content.js';
import type { FamilyLazyContext } from '../kit.js';
import type { FamilyProgressView } from '../parts.js';

export interface ChecklistState {
  readonly checked: ReadonlySet<string>;
}

export interface ChecklistHandlers {
  readonly onToggle: (id: string, checked: boolean) => void;
  readonly onSubmit: () => void;
  readonly onBack: () => void;
}

export function renderChecklist(
  ctx: FamilyLazyContext,
  group: FamilyCheckGroup,
  state: ChecklistState,
  handlers: ChecklistHandlers,
  progress: FamilyProgressView,
): TemplateResult {
  const { lang, kit } = ctx;
  const { html, live, say, ui } = kit;
  const submit = (event: Event) => {
    event.preventDefault();
    handlers.onSubmit();
  };
  return html`${ctx.crisisLine}
    <div class="screen question-screen family-check" data-group=${group.id}>
      ${kit.backButton(lang, handlers.onBack)}
      <form novalidate @submit=${submit}>
        <fieldset class="question" part="question" data-key="check-${group.id}" aria-describedby="family-hint">
          <legend>
            <h2 class="heading question-heading" part="heading" id="family-heading" tabindex="-1" data-focus>
              ${kit.progressLine(lang, progress)}
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
          <button type="submit" class="button primary" part="continue">${say(ui.continue, lang)}</button>
        </div>
      </form>
    </div>`;
}
