/**
 * The path's long-form reading screens, lazily loaded: "About what you checked", what tends to help (CRAFT), how to
 * start the talk, support for the family member, and the teen note. One thing per screen, a heading that takes
 * focus, Back above and one button to go on. Lit and the shared pieces come in the kit (../kit.ts).
 */
import type { TemplateResult } from 'lit';
import type { FAMILY_HELP, FAMILY_NOTES, FAMILY_SUPPORT, FAMILY_TALK, FAMILY_TEEN, FamilyNote } from '../../../../core/family-content.js';
import type { ReadingHandlers } from '../info.js';
import type { FamilyLazyContext } from '../kit.js';

/** "About what you checked": the plain notes that go with what was checked (never a score). */
export function renderSeen(ctx: FamilyLazyContext, title: typeof FAMILY_NOTES.general.heading, notes: readonly FamilyNote[], handlers: ReadingHandlers): TemplateResult {
  const { lang, kit } = ctx;
  const { html, say } = kit;
  return html`${ctx.crisisLine}
    <div class="screen family-seen">
      ${kit.backButton(lang, handlers.onBack)} ${kit.heading(say(title, lang))}
      ${notes.map(
        (note) => html`<section class="resource">
          <h3>${say(note.heading, lang)}</h3>
          ${note.text.map((line) => html`<p>${kit.rich(line, lang)}</p>`)}
        </section>`,
      )}
      ${kit.nextButton(say(kit.ui.continue, lang), handlers.onNext)}
    </div>`;
}

/** What tends to help (CRAFT), and what tends to backfire. */
export function renderHelp(ctx: FamilyLazyContext, content: typeof FAMILY_HELP, handlers: ReadingHandlers): TemplateResult {
  const { lang, kit } = ctx;
  const { html, say } = kit;
  return html`${ctx.crisisLine}
    <div class="screen family-help">
      ${kit.backButton(lang, handlers.onBack)} ${kit.heading(say(content.heading, lang))}
      <p class="lead">${say(content.lead, lang)}</p>
      <ul class="family-list">
        ${content.helps.map((line) => html`<li>${say(line, lang)}</li>`)}
      </ul>
      <h3>${say(content.backfiresHeading, lang)}</h3>
      <ul class="family-list">
        ${content.backfires.map((line) => html`<li>${say(line, lang)}</li>`)}
      </ul>
      <p class="hint">${say(content.summary, lang)}</p>
      ${kit.nextButton(say(kit.ui.continue, lang), handlers.onNext)}
    </div>`;
}

/** How to start the talk. */
export function renderTalk(ctx: FamilyLazyContext, content: typeof FAMILY_TALK, handlers: ReadingHandlers): TemplateResult {
  const { lang, kit } = ctx;
  const { html, say } = kit;
  return html`${ctx.crisisLine}
    <div class="screen family-talk">
      ${kit.backButton(lang, handlers.onBack)} ${kit.heading(say(content.heading, lang))}
      <ol class="family-steps">
        ${content.steps.map((line) => html`<li>${say(line, lang)}</li>`)}
      </ol>
      ${kit.nextButton(say(kit.ui.continue, lang), handlers.onNext)}
    </div>`;
}

/** Support for the family member: the verified groups and lines, as text with their links. */
export function renderSupport(ctx: FamilyLazyContext, content: typeof FAMILY_SUPPORT, handlers: ReadingHandlers): TemplateResult {
  const { lang, kit } = ctx;
  const { html, say } = kit;
  return html`${ctx.crisisLine}
    <div class="screen family-support">
      ${kit.backButton(lang, handlers.onBack)} ${kit.heading(say(content.heading, lang))}
      <p class="lead">${say(content.lead, lang)}</p>
      <ul class="family-resources" role="list">
        ${content.resources.map(
          (resource) => html`<li class="resource">
            <h3 lang="en">${resource.name}</h3>
            <p>${kit.rich(resource.text, lang)}</p>
          </li>`,
        )}
      </ul>
      ${kit.nextButton(say(kit.ui.continue, lang), handlers.onNext)}
    </div>`;
}

/** For a teen: ask their doctor for a private check-up (no teen screen is embedded). */
export function renderTeen(ctx: FamilyLazyContext, content: typeof FAMILY_TEEN, handlers: ReadingHandlers): TemplateResult {
  const { lang, kit } = ctx;
  const { html, nothing, say } = kit;
  const [first, ...rest] = content.text;
  return html`${ctx.crisisLine}
    <div class="screen family-teen">
      ${kit.backButton(lang, handlers.onBack)} ${kit.heading(say(content.heading, lang))}
      ${first ? html`<p class="lead">${say(first, lang)}</p>` : nothing} ${rest.map((line) => html`<p>${say(line, lang)}</p>`)}
      ${kit.nextButton(say(kit.ui.continue, lang), handlers.onNext)}
    </div>`;
}
