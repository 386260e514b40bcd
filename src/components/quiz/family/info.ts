/**
 * The path's reading screens that ship in the main file: the intro (the way to the safety question) and the
 * overdose steps, so neither waits for a download. The other reading screens are in lazy/reading.ts. One thing per
 * screen, a heading that takes focus, Back above and one button to go on.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { FAMILY_INTRO, FAMILY_OVERDOSE, FAMILY_UI } from '../../../core/family.js';
import { backButton, heading, nextButton, rich, say, type FamilyContext } from './parts.js';

export interface ReadingHandlers {
  readonly onBack: () => void;
  readonly onNext: () => void;
}

export interface FamilyIntroOptions {
  /** A partner's heading or intro, shown as written; else ours. */
  readonly heading?: string;
  readonly lead?: string;
  /** Whether this is the widget's first screen (Start, no Back) or follows "Who is this for?" (Continue, Back). */
  readonly first: boolean;
}

export function renderFamilyIntro(ctx: FamilyContext, options: FamilyIntroOptions, handlers: Partial<ReadingHandlers> & { readonly onNext: () => void }): TemplateResult {
  const { lang } = ctx;
  return html`${ctx.crisisLine}
    <div class="screen intro family-intro" part="intro">
      ${!options.first && handlers.onBack ? backButton(lang, handlers.onBack) : nothing} ${heading(options.heading ?? say(FAMILY_INTRO.heading, lang))}
      <p class="lead">${options.lead ?? say(FAMILY_INTRO.lead, lang)}</p>
      <ul class="facts">
        ${FAMILY_INTRO.facts.map((fact) => html`<li>${say(fact, lang)}</li>`)}
      </ul>
      ${nextButton(say(options.first ? FAMILY_UI.start : FAMILY_UI.continue, lang), handlers.onNext)}
    </div>`;
}

/** What to do for an overdose: straight after any overdose sign is checked. */
export function renderOverdose(ctx: FamilyContext, handlers: ReadingHandlers): TemplateResult {
  const { lang } = ctx;
  return html`${ctx.crisisLine}
    <div class="screen family-overdose">
      ${backButton(lang, handlers.onBack)} ${heading(say(FAMILY_OVERDOSE.heading, lang))}
      <div class="resource urgent">
        <p>${say(FAMILY_OVERDOSE.lead, lang)}</p>
        <ol class="family-steps">
          ${FAMILY_OVERDOSE.steps.map((step) => html`<li>${rich(step, lang)}</li>`)}
        </ol>
      </div>
      ${FAMILY_OVERDOSE.notes.map((note) => html`<p>${say(note, lang)}</p>`)} ${nextButton(say(FAMILY_OVERDOSE.continue, lang), handlers.onNext)}
    </div>`;
}
