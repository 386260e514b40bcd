/**
 * The estimator's results, as template functions: the figures (in an `<output>` announced politely), the prompt
 * when an input is missing, the bar and chart, the next step, the "24-hour care" note and how the estimate was
 * worked out. Every amount comes from the core (`summarizeCost`); these functions only place words around it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { CostEstimate, CostSummary } from '../../../core/cost.js';
import type { CareLevelId } from '../../../core/levels.js';
import type { TranslationKey } from '../../../translations/en.js';
import { NUMBERS, type CostWords } from '../cost.inputs.js';
import type { CostModel } from '../cost.model.js';
import { renderBar, renderChart } from './chart.js';

/** What the results show: the model, the figures on screen (the last valid ones while a typo is fixed). */
export interface ResultsView {
  readonly model: CostModel;
  readonly shown: CostEstimate | null;
  readonly summary: CostSummary | null;
  /** The figures are from earlier entries: an input is invalid now. */
  readonly stale: boolean;
  /** The ids of the inputs the figures come from (the `<output>`'s `for`). */
  readonly inputs: readonly string[];
}

export function renderAllDay(words: CostWords, level: CareLevelId): TemplateResult {
  const key: TranslationKey = level === 'inpatient' ? 'carepath.cost.allDay.inpatient' : 'carepath.cost.allDay.residential';
  return html`<div class="note" part="note">
    <h3 class="note-heading">${words.term('carepath.cost.allDay')}</h3>
    <p>${words.term(key)}</p>
  </div>`;
}

/**
 * The result, first on a phone and beside the form (sticky) on a wide container: the heading, then a short summary
 * in a polite `<output>` — "You pay $5,400", or what is still needed — which changes only when the visitor commits
 * an input (a `change`, not each keystroke), then the other figures, which are not announced.
 */
export function renderResults(words: CostWords, view: ResultsView): TemplateResult {
  const { model, shown, summary } = view;
  return html`<h3 class="results-heading" id="results-heading">${words.term('carepath.cost.results', { level: words.levelName(model.level) })}</h3>
    <output class="figures" part="figures" aria-live="polite" for=${view.inputs.join(' ')}>
      ${shown && summary ? renderLead(words, summary, view.stale) : renderPrompt(words, model)}
    </output>
    ${shown && summary ? renderFigures(words, shown, summary, model) : nothing}`;
}

/** The bar, the week-by-week chart and the next step: below the form on a phone, below both columns when wide. */
export function renderBreakdown(words: CostWords, view: ResultsView): TemplateResult | typeof nothing {
  const { model, shown, summary } = view;
  if (!shown || !summary) return nothing;
  return html`<div class="breakdown">
    ${model.network === undefined ? nothing : renderBar(words, summary)} ${renderChart(words, summary, model.network !== undefined)}
    <p class="next">${words.term(model.insured ? 'carepath.cost.next.insured' : 'carepath.cost.next.selfPay')}</p>
  </div>`;
}

/** "Enter the number of weeks to see your estimate", or "Fix the marked fields…" while an input is wrong. */
export function promptText(words: CostWords, model: CostModel): string {
  const missing = model.fields.filter((field) => field.missing);
  if (missing.length === 0 || model.errors.length > 0) return words.term('carepath.cost.fixToSee');
  const names = missing.map((field) => {
    const need = field.name === 'daily-rate' && model.insured ? 'carepath.cost.need.allowedRate' : NUMBERS[field.name].need;
    return need === undefined ? field.name : words.term(need);
  });
  return words.term('carepath.cost.prompt', { fields: words.list(names) });
}

function renderPrompt(words: CostWords, model: CostModel): TemplateResult {
  return html`<span class="prompt">${promptText(words, model)}</span>`;
}

function renderLead(words: CostWords, summary: CostSummary, stale: boolean): TemplateResult {
  return html`${stale ? html`<span class="sentence stale" data-figure="stale">${words.term('carepath.cost.stale')}</span>` : nothing}
    <span class="lead" data-figure="you-pay"
      ><span class="lead-label">${words.term('carepath.cost.figure.youPay')}</span>
      <span class="lead-value figure-value">${words.money(summary.youPay)}</span></span
    >`;
}

function renderFigures(words: CostWords, estimate: CostEstimate, summary: CostSummary, model: CostModel): TemplateResult {
  const figure = (name: string, key: TranslationKey, amount: string) =>
    html`<div class="figure" data-figure=${name}><dt class="figure-label">${words.term(key)}</dt> <dd class="figure-value">${amount}</dd></div>`;
  const capKey: TranslationKey = estimate.outOfPocketMaxReached
    ? 'carepath.cost.cap.reached'
    : model.fields.find((field) => field.name === 'oop-max')?.value === undefined
      ? 'carepath.cost.cap.none'
      : 'carepath.cost.cap.notReached';
  return html`<dl class="figure-list">
      ${figure('program-cost', 'carepath.cost.figure.programCost', words.money(summary.programCost))}
      ${model.network === undefined ? nothing : figure('plan-pays', 'carepath.cost.figure.planPays', words.money(summary.planPays))}
      ${model.network === 'out' ? figure('balance-bill', 'carepath.cost.figure.balanceBill', words.money(summary.balanceBill)) : nothing}
      ${figure('per-week', 'carepath.cost.figure.perWeek', words.money(summary.youPayPerWeek))}
      ${figure('days', 'carepath.cost.figure.days', words.number(estimate.days))}
    </dl>
    ${model.network === 'out' ? html`<p class="sentence" data-figure="balance-note">${words.term('carepath.cost.balanceNote')}</p>` : nothing}
    ${model.insured ? html`<p class="sentence cap ${estimate.outOfPocketMaxReached ? 'is-reached' : ''}" data-figure="cap">${words.term(capKey)}</p>` : nothing}`;
}

export function renderAbout(words: CostWords, model: CostModel): TemplateResult {
  return html`<div class="about" part="disclaimer">
    <h3>${words.term('carepath.cost.assumptions')}</h3>
    <ul>
      ${model.insured
        ? html`<li>${words.term('carepath.cost.assume.year')}</li>
            <li>${words.term('carepath.cost.assume.claim')}</li>
            <li>${words.term('carepath.cost.assume.allowed')}</li>`
        : html`<li>${words.term('carepath.cost.assume.price')}</li>`}
    </ul>
    <p class="disclaimer">${words.term(model.insured ? 'carepath.cost.disclaimer' : 'carepath.cost.disclaimer.selfPay')}</p>
  </div>`;
}
