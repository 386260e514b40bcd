/**
 * The result: severe withdrawal first, the level to talk about, the safety boxes, the partner's calls to action
 * (never on a crisis result, which offers help only), why, the screens' results, SAMHSA's helpline, the disclaimer,
 * print / copy, and Start over. In a crisis the crisis panel comes first and takes focus.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Outcome } from '../quiz-model.js';
import { bandWords, coreText, levelText, reasonText, scoreWords, type QuizSay } from '../quiz-text.js';
import { renderCrisisLine, renderCrisisPanel, type CenterLine } from './crisis.js';
import { renderNextSteps, type CallToAction } from './next-steps.js';
import { richText } from '../../../internal/help-text.js';
import { renderSafetyResources, renderWithdrawalFirst } from './safety.js';

export interface ResultView {
  readonly outcome: Outcome;
  readonly ctas: readonly CallToAction[];
  readonly copyState: 'idle' | 'copied' | 'failed';
  /** A center's own 24/7 line for a crisis result's panel, after 988. */
  readonly centerLine: CenterLine;
  /** The result as plain text, for the fallback box when copying failed. */
  readonly plainText: () => string;
}

export interface ResultHandlers {
  readonly onCta: (cta: CallToAction) => void;
  readonly onPrint: () => void;
  readonly onCopy: () => void;
  readonly onStartOver: () => void;
}

export function renderResult(say: QuizSay, view: ResultView, handlers: ResultHandlers): TemplateResult {
  const { outcome, copyState } = view;
  const { recommendation } = outcome;
  const crisis = recommendation.crisis;
  const { lang } = say;
  // The crisis panel and line sit outside the `result` part, so no rule on that part reaches them.
  return html`${crisis ? renderCrisisPanel(lang, { focus: true, centerLine: view.centerLine }) : renderCrisisLine(lang)}
    <div class="screen result" part="result">
      <h2 class="heading" part="heading" id="result-heading" tabindex="-1" ?data-focus=${!crisis}>${say.t('carepath.quiz.resultHeading')}</h2>
      ${renderWithdrawalFirst(lang, outcome.safety)}
      <p class="level" part="level">${levelText(say, recommendation)}</p>
      ${renderSafetyResources(lang, outcome.safety)} ${crisis ? nothing : renderNextSteps(say.t('carepath.quiz.nextSteps'), view.ctas, handlers.onCta)}
      <h3>${say.term('carepath.quiz.reasonsHeading')}</h3>
      <ul class="reasons">
        ${recommendation.reasons.map((reason) => html`<li data-reason=${reason}>${reasonText(say, reason, outcome)}</li>`)}
      </ul>
      ${outcome.screens.length > 0
        ? html`<h3>${say.term('carepath.quiz.screensHeading')}</h3>
            <ul class="screens">
              ${outcome.screens.map(
                ({ result, def }) => html`<li data-instrument=${result.id}>
                  <span class="screen-name">${coreText(lang, def.name)}</span>: <span class="band">${bandWords(say, def, result)}</span>.
                  <span class="score">${scoreWords(say, result)}</span>
                  <span class="screen-title">${coreText(lang, def.title)}</span>
                </li>`,
              )}
            </ul>`
        : nothing}
      <p class="samhsa resource-line">${richText(lang, 'carepath.quiz.samhsa')}</p>
      <p class="disclaimer">${say.term('carepath.quiz.disclaimer')}</p>
      <div class="save">
        <h3>${say.t('carepath.quiz.saveHeading')}</h3>
        <div class="actions">
          <button type="button" class="button secondary" @click=${handlers.onPrint}>${say.t('carepath.quiz.print')}</button>
          <button type="button" class="button secondary" @click=${handlers.onCopy}>${say.t('carepath.quiz.copy')}</button>
        </div>
        <p class="copy-status" role="status">
          ${copyState === 'copied' ? say.term('carepath.quiz.copied') : copyState === 'failed' ? say.term('carepath.quiz.copyFailed') : nothing}
        </p>
        ${copyState === 'failed'
          ? html`<div class="copy-fallback">
              <label for="copy-text">${say.term('carepath.quiz.copyLabel')}</label>
              <textarea id="copy-text" readonly rows="10" .value=${view.plainText()}></textarea>
            </div>`
          : nothing}
      </div>
      <div class="start-over">
        <button type="button" class="button secondary" aria-describedby="start-over-hint" @click=${handlers.onStartOver}>${say.t('carepath.quiz.startOver')}</button>
        <p class="hint" id="start-over-hint">${say.term('carepath.quiz.startOverHint')}</p>
      </div>
    </div>`;
}
