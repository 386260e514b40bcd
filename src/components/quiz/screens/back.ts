/** The link-styled Back button above a screen (GOV.UK's "Back" link, as a button because it changes the screen). */
import { html, type TemplateResult } from 'lit';

export function renderBack(label: string, onBack: () => void): TemplateResult {
  return html`<button type="button" class="back" part="back" @click=${onBack}>
    <span class="back-arrow" aria-hidden="true"></span>${label}
  </button>`;
}
