/**
 * The crisis line (every screen), the crisis panel (the crisis screen and the top of a crisis result) and the
 * crisis screen itself. None of them carries a `part`, so no `::part()` rule reaches them; their colours and sizes
 * are fixed in `src/styles/crisis.ts`, so no theme token or inherited page style hides, shrinks or recolours them.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Language } from '../../../core/text.js';
import { CRISIS_ACTIONS, actionLines, crisisText, plainText, renderAction, richText } from '../../../internal/help-text.js';

/** A center's own 24/7 line, shown right after 988 (rendered by the caller; absent when none is configured). */
export type CenterLine = TemplateResult | typeof nothing;

export function renderCrisisLine(lang: Language): TemplateResult {
  return html`<p class="crisis-line">${richText(lang, 'carepath.quiz.crisis.line')}</p>`;
}

export interface CrisisPanelOptions {
  /** The panel's heading takes focus (the crisis screen, and a crisis result). */
  readonly focus: boolean;
  readonly centerLine?: CenterLine;
}

export function renderCrisisPanel(lang: Language, { focus, centerLine = nothing }: CrisisPanelOptions): TemplateResult {
  const actions = CRISIS_ACTIONS[lang];
  return html`<div class="crisis-panel">
    <h2 class="heading crisis-heading" id="crisis-heading" tabindex="-1" ?data-focus=${focus}>${crisisText(lang, 'carepath.quiz.crisis.heading')}</h2>
    <p class="crisis-line-text">${richText(lang, 'carepath.quiz.crisis.line')}</p>
    <p>${crisisText(lang, 'carepath.quiz.crisis.lead')}</p>
    <p class="nobody-watches">${crisisText(lang, 'carepath.quiz.crisis.nobodyWatches')}</p>
    <ul class="help-actions" role="list">
      ${actions.first.map((action) => renderAction(lang, action))} ${centerLine} ${actions.more.map((action) => renderAction(lang, action))}
    </ul>
  </div>`;
}

/** The panel as plain lines (for "Copy as plain text"). */
export function crisisPanelLines(lang: Language, centerLine?: string): string[] {
  const actions = CRISIS_ACTIONS[lang];
  return [
    crisisText(lang, 'carepath.quiz.crisis.heading'),
    plainText(lang, 'carepath.quiz.crisis.line'),
    crisisText(lang, 'carepath.quiz.crisis.lead'),
    crisisText(lang, 'carepath.quiz.crisis.nobodyWatches'),
    ...actionLines(lang, actions.first),
    ...(centerLine ? [`- ${centerLine}`] : []),
    ...actionLines(lang, actions.more),
  ];
}

export interface CrisisScreenOptions {
  readonly back: TemplateResult;
  readonly onContinue: () => void;
  readonly centerLine?: CenterLine;
}

/** Shown the moment a crisis answer is given, before any other question. */
export function renderCrisisScreen(lang: Language, { back, onContinue, centerLine }: CrisisScreenOptions): TemplateResult {
  return html`<div class="screen crisis-screen">
    ${back} ${renderCrisisPanel(lang, { focus: true, centerLine })}
    <p class="go-on">${crisisText(lang, 'carepath.quiz.crisis.goOn')}</p>
    <div class="actions">
      <button type="button" class="button secondary" @click=${onContinue}>${crisisText(lang, 'carepath.quiz.crisis.continue')}</button>
    </div>
  </div>`;
}
