/**
 * Every widget's own help line, and a center's own 24/7 line after 988.
 *
 * The help line is small and calm, and nothing from the page can switch it off: "Need help now? Call or text 988."
 * then "If you are in immediate danger, call 911." (988 Suicide & Crisis Lifeline; in Spanish, call 988 and press 2,
 * or text AYUDA to 988, per 988lifeline.org and SAMHSA). The base element renders it after each widget's content,
 * outside the `base` part, with no part of its own; its colours and sizes are fixed in `src/styles/crisis.ts`, never
 * read from the theme tokens; its text is in `src/translations/crisis.ts` (both languages, in every main file),
 * never in the partner-replaceable `strings`.
 *
 * `crisis-phone` (a phone number or a `tel:` link; anything else, a web link included, is a configuration issue and
 * is dropped: 988 stays) and `crisis-phone-label` add the center's own line between 988 and 911, inside fixed text:
 * "Or call {label}, open 24/7: {number}". The label is plain text, one line, at most 60 characters.
 */
import { html, nothing, type TemplateResult } from 'lit';
import * as z from 'zod/mini';
import type { Language } from '../core/text.js';
import { helpStrings, type HelpKey } from '../translations/crisis.js';
import { plainMarked, renderMarked } from './help-text.js';

/** 3 to 15 digits, written with spaces, dots, dashes, brackets and one leading +, optionally as a `tel:` link. */
const PHONE = /^(?:tel:)?(?=(?:\D*\d){3,15}\D*$)\+?[\d\s().-]+$/i;
/** One line of plain text: no control characters and no markup brackets. */
// eslint-disable-next-line no-control-regex
const PLAIN_LINE = /^[^\u0000-\u001f\u007f<>]+$/;

export const CRISIS_PHONE_SCHEMA = z.optional(
  z.string().check(
    z.maxLength(40),
    z.regex(PHONE, 'must be a phone number or a tel: link, like "tel:+15555550100" (not a web link); 988 is always shown'),
  ),
);
export const CRISIS_PHONE_LABEL_SCHEMA = z.optional(
  z.string().check(z.minLength(1), z.maxLength(60), z.regex(PLAIN_LINE, 'must be plain text on one line, like "Sunrise Recovery\'s crisis line"')),
);

/** The fields a center's line is read from (common to the four widgets). */
export interface CenterLineConfig {
  readonly crisisPhone?: string | undefined;
  readonly crisisPhoneLabel?: string | undefined;
}

export interface CenterPhone {
  /** `tel:` and the digits (with the leading + when one was given). */
  readonly href: string;
  /** The number as the center wrote it (without `tel:`), shown as the link's text. */
  readonly number: string;
  /** "Or call {label}, open 24/7:" with the center's label (or "this center"). */
  readonly lead: string;
}

function helpText(lang: Language, key: HelpKey): string {
  return helpStrings[lang][key];
}

/** The center's line from a resolved configuration; undefined when none is set (or the one set is not a phone). */
export function centerPhone(lang: Language, config: CenterLineConfig | undefined): CenterPhone | undefined {
  const raw = config?.crisisPhone?.trim();
  if (!raw || !PHONE.test(raw)) return undefined;
  const number = raw.replace(/^tel:/i, '').trim();
  const digits = number.replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '');
  const label = config?.crisisPhoneLabel?.trim() || helpText(lang, 'carepath.help.centerDefault');
  return { href: `tel:${digits}`, number, lead: helpText(lang, 'carepath.help.center').replace('{label}', label) };
}

/** The center's line as one of the quiz crisis panel's ways to reach someone (right after 988). */
export function renderCenterAction(center: CenterPhone | undefined): TemplateResult | typeof nothing {
  if (!center) return nothing;
  return html`<li>
    <a class="help-action" href=${center.href}><span class="action-label">${center.number}</span> <span class="action-detail">${center.lead.replace(/:$/, '')}</span></a>
  </li>`;
}

/** The center's line as plain words (for "Copy as plain text"). */
export function centerLinePlain(center: CenterPhone | undefined): string | undefined {
  return center ? `${center.lead} ${center.number}` : undefined;
}

/** The help line as plain words, in reading order. */
export function helpLinePlain(lang: Language, center: CenterPhone | undefined): string {
  return [plainMarked(helpText(lang, 'carepath.help.line')), centerLinePlain(center), plainMarked(helpText(lang, 'carepath.help.danger'))].filter(Boolean).join(' ');
}

/**
 * The small help line every widget carries: 988 by call or text, the center's own line when one is configured,
 * then 911 for immediate danger. `theme` is the widget's theme (the line has its own fixed colour pairs, as it
 * sits outside the themed root).
 */
export function renderHelpLine(lang: Language, center: CenterPhone | undefined, theme: string): TemplateResult {
  return html`<p class="help-line ${theme}" lang=${lang}>
    ${renderMarked(helpText(lang, 'carepath.help.line'))}
    ${center ? html`<span class="center-line">${center.lead} <a class="help-link" href=${center.href}>${center.number}</a>.</span>` : nothing}
    ${renderMarked(helpText(lang, 'carepath.help.danger'))}
  </p>`;
}
