/** The partner's calls to action, for the result and the family path's last screen (never shown in a crisis). */
import { html, nothing, type TemplateResult } from 'lit';

export interface CallToAction {
  readonly kind: 'primary' | 'secondary';
  readonly href: string;
  readonly label: string;
}

export function renderNextSteps(heading: string, ctas: readonly CallToAction[], onCta: (cta: CallToAction) => void): TemplateResult | typeof nothing {
  if (ctas.length === 0) return nothing;
  return html`<div class="next-steps">
    <h3>${heading}</h3>
    <div class="actions">
      ${ctas.map((cta) =>
        cta.kind === 'primary'
          ? html`<a class="button primary" part="cta" href=${cta.href} @click=${() => onCta(cta)}>${cta.label}</a>`
          : html`<a class="button secondary" part="secondary-cta" href=${cta.href} @click=${() => onCta(cta)}>${cta.label}</a>`,
      )}
    </div>
  </div>`;
}
