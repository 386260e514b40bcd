/**
 * The family path's crisis screens. "Yes" shows 911 and 988 at once; "I'm not sure" shows 988 (which also helps
 * people worried about someone else), 911, and the #BeThe1To steps. The panel carries no `part`, and the quiz's
 * fixed crisis styles (on `.crisis-panel`) keep any page style from hiding, shrinking or recolouring it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { FAMILY_CRISIS, FAMILY_UI } from '../../../core/family.js';
import type { Language } from '../../../core/text.js';
import { backButton, helpActions, say, type FamilyContext } from './parts.js';

export type FamilyCrisisKind = keyof typeof FAMILY_CRISIS;

/** The panel alone: the crisis screen, and the top of the last screen once a crisis answer was given. */
export function renderFamilyCrisisPanel(
  lang: Language,
  kind: FamilyCrisisKind,
  focus: boolean,
  { centerLine = nothing, moreHelp = nothing }: Pick<FamilyContext, 'centerLine' | 'moreHelp'> = {},
): TemplateResult {
  const screen = FAMILY_CRISIS[kind];
  return html`<div class="crisis-panel family-crisis" data-crisis=${kind}>
    <h2 class="heading crisis-heading" id="family-crisis-heading" tabindex="-1" ?data-focus=${focus}>${say(screen.heading, lang)}</h2>
    ${screen.lead.map((line) => html`<p>${say(line, lang)}</p>`)}
    <p>${say(FAMILY_UI.notWatching, lang)}</p>
    ${helpActions(screen.actions, lang, centerLine, moreHelp)} ${screen.after.map((line) => html`<p>${say(line, lang)}</p>`)}
    ${screen.steps
      ? html`<h3>${say(screen.steps.heading, lang)}</h3>
          <ol class="family-steps">
            ${screen.steps.items.map((step) => html`<li><strong>${say(step.name, lang)}</strong> ${say(step.text, lang)}</li>`)}
          </ol>`
      : nothing}
  </div>`;
}

export interface FamilyCrisisHandlers {
  readonly onBack: () => void;
  readonly onContinue: () => void;
}

export function renderFamilyCrisis(ctx: FamilyContext, kind: FamilyCrisisKind, handlers: FamilyCrisisHandlers): TemplateResult {
  const { lang } = ctx;
  const screen = FAMILY_CRISIS[kind];
  return html`<div class="screen crisis-screen family-crisis-screen">
    ${backButton(lang, handlers.onBack)} ${renderFamilyCrisisPanel(lang, kind, true, ctx)}
    <p class="go-on">${say(screen.goOn, lang)}</p>
    <div class="actions">
      <button type="button" class="button secondary" @click=${handlers.onContinue}>${say(screen.continue, lang)}</button>
    </div>
  </div>`;
}
