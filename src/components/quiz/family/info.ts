/**
 * The path's reading screens: the intro, the overdose steps, "About what you checked", what tends to help (CRAFT),
 * how to start the talk, support for the family member, and the teen note. One thing per screen, a heading that
 * takes focus, Back above and one button to go on.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { FAMILY_INTRO, FAMILY_OVERDOSE, FAMILY_UI } from '../../../core/family.js';
import type { FAMILY_HELP, FAMILY_NOTES, FAMILY_SUPPORT, FAMILY_TALK, FAMILY_TEEN, FamilyNote } from '../../../core/family-content.js';
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

/** "About what you checked": the plain notes that go with what was checked (never a score). */
export function renderSeen(ctx: FamilyContext, title: typeof FAMILY_NOTES.general.heading, notes: readonly FamilyNote[], handlers: ReadingHandlers): TemplateResult {
  const { lang } = ctx;
  return html`${ctx.crisisLine}
    <div class="screen family-seen">
      ${backButton(lang, handlers.onBack)} ${heading(say(title, lang))}
      ${notes.map(
        (note) => html`<section class="resource">
          <h3>${say(note.heading, lang)}</h3>
          ${note.text.map((line) => html`<p>${rich(line, lang)}</p>`)}
        </section>`,
      )}
      ${nextButton(say(FAMILY_UI.continue, lang), handlers.onNext)}
    </div>`;
}

/** What tends to help (CRAFT), and what tends to backfire. */
export function renderHelp(ctx: FamilyContext, content: typeof FAMILY_HELP, handlers: ReadingHandlers): TemplateResult {
  const { lang } = ctx;
  return html`${ctx.crisisLine}
    <div class="screen family-help">
      ${backButton(lang, handlers.onBack)} ${heading(say(content.heading, lang))}
      <p class="lead">${say(content.lead, lang)}</p>
      <ul class="family-list">
        ${content.helps.map((line) => html`<li>${say(line, lang)}</li>`)}
      </ul>
      <h3>${say(content.backfiresHeading, lang)}</h3>
      <ul class="family-list">
        ${content.backfires.map((line) => html`<li>${say(line, lang)}</li>`)}
      </ul>
      <p class="hint">${say(content.summary, lang)}</p>
      ${nextButton(say(FAMILY_UI.continue, lang), handlers.onNext)}
    </div>`;
}

/** How to start the talk. */
export function renderTalk(ctx: FamilyContext, content: typeof FAMILY_TALK, handlers: ReadingHandlers): TemplateResult {
  const { lang } = ctx;
  return html`${ctx.crisisLine}
    <div class="screen family-talk">
      ${backButton(lang, handlers.onBack)} ${heading(say(content.heading, lang))}
      <ol class="family-steps">
        ${content.steps.map((line) => html`<li>${say(line, lang)}</li>`)}
      </ol>
      ${nextButton(say(FAMILY_UI.continue, lang), handlers.onNext)}
    </div>`;
}

/** Support for the family member: the verified groups and lines, as text with their links. */
export function renderSupport(ctx: FamilyContext, content: typeof FAMILY_SUPPORT, handlers: ReadingHandlers): TemplateResult {
  const { lang } = ctx;
  return html`${ctx.crisisLine}
    <div class="screen family-support">
      ${backButton(lang, handlers.onBack)} ${heading(say(content.heading, lang))}
      <p class="lead">${say(content.lead, lang)}</p>
      <ul class="family-resources" role="list">
        ${content.resources.map(
          (resource) => html`<li class="resource">
            <h3 lang="en">${resource.name}</h3>
            <p>${rich(resource.text, lang)}</p>
          </li>`,
        )}
      </ul>
      ${nextButton(say(FAMILY_UI.continue, lang), handlers.onNext)}
    </div>`;
}

/** For a teen: ask their doctor for a private check-up (no teen screen is embedded). */
export function renderTeen(ctx: FamilyContext, content: typeof FAMILY_TEEN, handlers: ReadingHandlers): TemplateResult {
  const { lang } = ctx;
  const [first, ...rest] = content.text;
  return html`${ctx.crisisLine}
    <div class="screen family-teen">
      ${backButton(lang, handlers.onBack)} ${heading(say(content.heading, lang))}
      ${first ? html`<p class="lead">${say(first, lang)}</p>` : nothing} ${rest.map((line) => html`<p>${say(line, lang)}</p>`)}
      ${nextButton(say(FAMILY_UI.continue, lang), handlers.onNext)}
    </div>`;
}
