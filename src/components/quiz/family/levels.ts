/**
 * The path's last screen: the levels of care to read about — all five, none suggested — then the partner's calls
 * to action (never in a crisis: a crisis shows help only, with the crisis panel first) and Start over.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { FAMILY_UI } from '../../../core/family.js';
import type { FAMILY_LEVELS } from '../../../core/family-content.js';
import { levelName } from '../../../core/level-words.js';
import type { CareLevel } from '../../../core/levels.js';
import { localize } from '../../../core/text.js';
import { renderNextSteps, type CallToAction } from '../screens/next-steps.js';
import { renderFamilyCrisisPanel, type FamilyCrisisKind } from './crisis.js';
import { backButton, heading, say, type FamilyContext } from './parts.js';

/** The partner's calls to action, as the self-assessment's result shows them. */
export type FamilyCta = CallToAction;

export interface LevelsState {
  readonly levels: readonly CareLevel[];
  /** The crisis answer given in this visit (it sticks until Start over), or null. */
  readonly crisis: FamilyCrisisKind | null;
  /** The partner's calls to action; not shown in a crisis. */
  readonly ctas: readonly FamilyCta[];
}

export interface LevelsHandlers {
  readonly onBack: () => void;
  readonly onCta: (cta: FamilyCta) => void;
  readonly onStartOver: () => void;
}

export function renderLevels(ctx: FamilyContext, content: typeof FAMILY_LEVELS, state: LevelsState, handlers: LevelsHandlers): TemplateResult {
  const { lang } = ctx;
  const crisis = state.crisis;
  // No `result` part here: the crisis panel sits inside, and no page rule on a part may reach it.
  return html`${crisis ? nothing : ctx.crisisLine}
    <div class="screen family-levels">
    ${backButton(lang, handlers.onBack)} ${crisis ? renderFamilyCrisisPanel(lang, crisis, true, ctx) : nothing}
    ${crisis ? html`<h2 class="heading" part="heading" id="family-heading" tabindex="-1">${say(content.heading, lang)}</h2>` : heading(say(content.heading, lang))}
    <p class="lead">${say(content.lead, lang)}</p>
    <ul class="family-level-list" role="list">
      ${state.levels.map(
        (level) => html`<li data-level-id=${level.id}>
          <h3>${levelName(level.id, lang)}</h3>
          <p>${localize(level.setting, lang)}. ${localize(level.hours, lang)}.</p>
        </li>`,
      )}
    </ul>
    ${crisis ? nothing : renderNextSteps(say(content.nextSteps, lang), state.ctas, handlers.onCta)}
    <div class="start-over">
      <button type="button" class="button secondary" aria-describedby="family-start-over-hint" @click=${handlers.onStartOver}>${say(FAMILY_UI.startOver, lang)}</button>
      <p class="hint" id="family-start-over-hint">${say(FAMILY_UI.startOverHint, lang)}</p>
    </div>
  </div>`;
}

export interface LoadingHandlers {
  readonly onBack: () => void;
  readonly onRetry: () => void;
}

/** While the long-form text loads (or if it failed): 988 stays on screen through the crisis line. */
export function renderLoading(ctx: FamilyContext, failed: boolean, handlers: LoadingHandlers): TemplateResult {
  const { lang } = ctx;
  return html`${ctx.crisisLine}
    <div class="screen family-loading">
      ${backButton(lang, handlers.onBack)}
      <p class="lead" role="status">${failed ? say(FAMILY_UI.loadFailed, lang) : say(FAMILY_UI.loading, lang)}</p>
      ${failed
        ? html`<div class="actions">
            <button type="button" class="button primary" part="continue" @click=${handlers.onRetry}>${say(FAMILY_UI.retry, lang)}</button>
          </div>`
        : nothing}
    </div>`;
}
