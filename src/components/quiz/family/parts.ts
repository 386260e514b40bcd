/**
 * Small pieces every screen of the family path shares: text in the visitor's language, our own text with its
 * fixed links, the Back button, the help actions and the progress line (the question and its error summary are
 * the self-assessment's own template, screens/answer.ts). Template functions only: no state.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { FAMILY_LINKS, FAMILY_UI, type FamilyAction, type FamilyText } from '../../../core/family.js';
import type { Language } from '../../../core/text.js';
import { renderBack } from '../screens/back.js';

/** What every family screen gets from the quiz. */
export interface FamilyContext {
  readonly lang: Language;
  /** The quiz's own crisis line: on every screen but the crisis screens (whose panel says the same). */
  readonly crisisLine: TemplateResult | typeof nothing;
  /** A center's own 24/7 line (`crisis-phone`), shown in the crisis panel right after 988; never instead of it. */
  readonly centerLine?: TemplateResult | typeof nothing;
  /** More ways to reach 988 and other crisis lines, after ours in the crisis panel (the quiz's own list). */
  readonly moreHelp?: TemplateResult | typeof nothing;
}

/** Where the visitor is among the six screens that ask something. */
export interface FamilyProgressView {
  readonly number: number;
  readonly total: number;
}

export function say(text: FamilyText, lang: Language, values?: Readonly<Record<string, string | number>>): string {
  const words = text[lang];
  return values ? words.replace(/\{(\w+)\}/g, (match, name: string) => String(values[name] ?? match)) : words;
}

const LINK_MARKUP = /<(\w+)>(.*?)<\/\1>/g;

/** Our own text with `<name>…</name>` links, whose targets are fixed in the core (never a partner's). */
export function rich(text: FamilyText, lang: Language): (TemplateResult | string)[] {
  const words = text[lang];
  const parts: (TemplateResult | string)[] = [];
  let last = 0;
  for (const match of words.matchAll(LINK_MARKUP)) {
    const [whole, name = '', inner = ''] = match;
    parts.push(words.slice(last, match.index));
    const href = FAMILY_LINKS[name];
    parts.push(href ? html`<a class="help-link" href=${href}>${inner}</a>` : inner);
    last = match.index + whole.length;
  }
  parts.push(words.slice(last));
  return parts;
}

/** The text without its link markup (for plain-text uses). */
export function plain(text: FamilyText, lang: Language): string {
  return text[lang].replace(LINK_MARKUP, '$2');
}

export function backButton(lang: Language, onBack: () => void): TemplateResult {
  return renderBack(say(FAMILY_UI.back, lang), onBack);
}

/** The screen's heading: it takes focus when the screen changes (the `data-focus` mark). */
export function heading(text: string | TemplateResult, id = 'family-heading'): TemplateResult {
  return html`<h2 class="heading" part="heading" id=${id} tabindex="-1" data-focus>${text}</h2>`;
}

function helpAction(action: FamilyAction, lang: Language): TemplateResult {
  // The space keeps label and detail apart in the accessible name (they sit on two lines on screen).
  return html`<li>
    <a class="help-action" href=${action.href}
      ><span class="action-label">${say(action.label, lang)}</span>
      ${action.detail ? html`<span class="action-detail">${say(action.detail, lang)}</span>` : nothing}</a
    >
  </li>`;
}

/**
 * Ways to reach help, numbers and keywords written out (links do nothing on many desktops). A center's own line
 * goes right after the last 988 action; `more` (other lines) at the end.
 */
export function helpActions(actions: readonly FamilyAction[], lang: Language, centerLine: TemplateResult | typeof nothing = nothing, more: TemplateResult | typeof nothing = nothing): TemplateResult {
  const after988 = actions.findLastIndex((action) => action.href.includes('988')) + 1;
  return html`<ul class="help-actions" role="list">
    ${actions.slice(0, after988).map((action) => helpAction(action, lang))} ${centerLine} ${actions.slice(after988).map((action) => helpAction(action, lang))} ${more}
  </ul>`;
}

/** "Question 2 of 6". */
export function progressLine(lang: Language, progress: FamilyProgressView): TemplateResult {
  return html`<span class="progress" part="progress">${say(FAMILY_UI.progress, lang, { number: progress.number, total: progress.total })}</span>`;
}

/** One "Continue" (or "Go on") button that moves to the next screen. */
export function nextButton(label: string, onNext: () => void): TemplateResult {
  return html`<div class="actions">
    <button type="button" class="button primary" part="continue" @click=${onNext}>${label}</button>
  </div>`;
}
