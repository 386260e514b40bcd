/**
 * Crisis and help text as the widgets show it: fixed links, the list of ways to reach someone, and the two renderings
 * of a string with link markers (as links on screen, as plain words when copied). Everything here reads
 * `crisisStrings`, never the partner-replaceable UI strings.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Language } from '../core/text.js';
import { crisisStrings, type CrisisKey } from '../translations/crisis.js';

/** Fixed targets of the links marked `<name>…</name>` in the crisis and resource strings. */
const HELP_LINKS: Readonly<Record<string, string>> = {
  tel988: 'tel:988',
  sms988: 'sms:988',
  chat: 'https://988lifeline.org',
  tel911: 'tel:911',
  sms741741: 'sms:741741',
  dvTel: 'tel:18007997233',
  dvSms: 'sms:88788',
  samhsa: 'tel:18006624357',
  samhsaTty: 'tel:18004874889',
};
const LINK_MARKUP = /<(\w+)>(.*?)<\/\1>/g;

export interface HelpAction {
  readonly href?: string;
  readonly label: CrisisKey;
  readonly detail?: CrisisKey;
}

/** 988 itself, the same three ways in both languages (call, text, chat); each label is translated. */
const LIFELINE_988: readonly HelpAction[] = [
  { href: 'tel:988', label: 'carepath.quiz.crisis.call', detail: 'carepath.quiz.crisis.callDetail' },
  { href: 'sms:988', label: 'carepath.quiz.crisis.text' },
  { href: 'https://988lifeline.org', label: 'carepath.quiz.crisis.chat' },
];

/**
 * The crisis panel's ways to reach someone, numbers and keywords written out in each label (links do nothing
 * on many desktops). `first` is 988 itself; a center's own 24/7 line goes right after it; `more` follows.
 */
export const CRISIS_ACTIONS: Readonly<Record<Language, { readonly first: readonly HelpAction[]; readonly more: readonly HelpAction[] }>> = {
  en: {
    first: LIFELINE_988,
    more: [
      { href: 'sms:741741', label: 'carepath.quiz.crisis.textLine', detail: 'carepath.quiz.crisis.textLineDetail' },
      { href: 'tel:988', label: 'carepath.quiz.crisis.veterans', detail: 'carepath.quiz.crisis.veteransDetail' },
      { href: 'https://988lifeline.org', label: 'carepath.quiz.crisis.asl', detail: 'carepath.quiz.crisis.aslDetail' },
      { href: 'tel:911', label: 'carepath.quiz.crisis.emergency', detail: 'carepath.quiz.crisis.emergencyDetail' },
    ],
  },
  es: {
    first: LIFELINE_988,
    more: [
      { href: 'sms:741741', label: 'carepath.quiz.crisis.textLine', detail: 'carepath.quiz.crisis.textLineDetail' },
      // The WhatsApp line is given as letters only; we do not guess a wa.me link, so it is text.
      { label: 'carepath.quiz.crisis.whatsapp', detail: 'carepath.quiz.crisis.textLineDetail' },
      { href: 'tel:988', label: 'carepath.quiz.crisis.veterans', detail: 'carepath.quiz.crisis.veteransDetail' },
      { href: 'https://988lifeline.org', label: 'carepath.quiz.crisis.asl', detail: 'carepath.quiz.crisis.aslDetail' },
      { href: 'tel:911', label: 'carepath.quiz.crisis.emergency', detail: 'carepath.quiz.crisis.emergencyDetail' },
    ],
  },
};

/** A crisis string in `lang`. */
export function crisisText(lang: Language, key: CrisisKey): string {
  return crisisStrings[lang][key];
}

/** Text with `<name>…</name>` markers, the markers as links to the fixed targets (an unknown name stays words). */
export function renderMarked(text: string): (TemplateResult | string)[] {
  const parts: (TemplateResult | string)[] = [];
  let last = 0;
  for (const match of text.matchAll(LINK_MARKUP)) {
    const [whole, name = '', words = ''] = match;
    parts.push(text.slice(last, match.index));
    const href = HELP_LINKS[name];
    parts.push(href ? html`<a class="help-link" href=${href}>${words}</a>` : words);
    last = match.index + whole.length;
  }
  parts.push(text.slice(last));
  return parts;
}

/** Text with `<name>…</name>` markers as plain words. */
export function plainMarked(text: string): string {
  return text.replace(LINK_MARKUP, '$2');
}

/** A crisis string with its `<name>…</name>` markers as links to the fixed targets. */
export function richText(lang: Language, key: CrisisKey): (TemplateResult | string)[] {
  return renderMarked(crisisText(lang, key));
}

/** A crisis string as plain words (for "Copy as plain text"). */
export function plainText(lang: Language, key: CrisisKey): string {
  return plainMarked(crisisText(lang, key));
}

/** One way to reach someone: a link where there is one, its number or keyword always written out. */
export function renderAction(lang: Language, action: HelpAction): TemplateResult {
  // The space keeps label and detail apart in the accessible name (they sit on two lines on screen).
  const content = html`<span class="action-label">${crisisText(lang, action.label)}</span>
    ${action.detail ? html`<span class="action-detail">${crisisText(lang, action.detail)}</span>` : nothing}`;
  return html`<li>
    ${action.href ? html`<a class="help-action" href=${action.href}>${content}</a>` : html`<span class="help-action static">${content}</span>`}
  </li>`;
}

/** The actions as plain lines, "- Call 988 (988 Suicide & Crisis Lifeline)". */
export function actionLines(lang: Language, actions: readonly HelpAction[]): string[] {
  return actions.map((action) => `- ${crisisText(lang, action.label)}${action.detail ? ` (${crisisText(lang, action.detail)})` : ''}`);
}
