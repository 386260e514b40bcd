/**
 * While the path's next part loads (or if it failed): the crisis line stays on screen, Back leads the way back,
 * and "Try again" loads it again. In the main file, so it shows without the lazy one.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { FAMILY_UI } from '../../../core/family.js';
import { backButton, say, type FamilyContext } from './parts.js';

export interface LoadingHandlers {
  readonly onBack: () => void;
  readonly onRetry: () => void;
}

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
