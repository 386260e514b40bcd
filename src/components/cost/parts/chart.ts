/**
 * The estimator's two drawings, as template functions: the you-pay / plan-pays bar and the week-by-week chart. Each
 * comes with a table of the same figures; the plan's share is hatched, so the two shares never differ by colour
 * alone. The SVG geometry is drawing only (percents of the drawing); every amount comes from the core's summary.
 */
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { CostSummary } from '../../../core/cost.js';
import type { CostWords } from '../cost.inputs.js';

/** An SVG hatch for the plan's share. */
function hatch(id: string): SVGTemplateResult {
  return svg`<defs>
    <pattern id=${id} class="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect class="hatch-back" width="6" height="6"></rect>
      <line class="hatch-line" x1="0" y1="0" x2="0" y2="6"></line>
    </pattern>
  </defs>`;
}

function swatch(segment: 'you' | 'plan'): TemplateResult {
  const id = `hatch-key-${segment}`;
  return html`<svg class="swatch" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
    ${segment === 'plan' ? hatch(id) : nothing}
    <rect class="seg ${segment}" x="0.5" y="0.5" width="15" height="15" fill=${segment === 'plan' ? `url(#${id})` : nothing}></rect>
  </svg>`;
}

export function renderBar(words: CostWords, summary: CostSummary): TemplateResult {
  const total = summary.programCost;
  const you = total > 0 ? (summary.youPay / total) * 100 : 0;
  const plan = total > 0 ? 100 - you : 0;
  return html`<div class="bar" part="bar">
    <svg class="bar-svg" aria-hidden="true" focusable="false">
      ${hatch('hatch-bar')}
      <rect class="seg you" x="0" y="0" width="${you}%" height="100%"></rect>
      <rect class="seg plan" x="${you}%" y="0" width="${plan}%" height="100%" fill="url(#hatch-bar)"></rect>
    </svg>
    <table class="split" part="table">
      <caption>
        ${words.term('carepath.cost.bar.caption')}
      </caption>
      <tbody>
        <tr data-row="you">
          <th scope="row">${swatch('you')}${words.term('carepath.cost.figure.youPay')}</th>
          <td>${words.money(summary.youPay)}</td>
        </tr>
        <tr data-row="plan">
          <th scope="row">${swatch('plan')}${words.term('carepath.cost.figure.planPays')}</th>
          <td>${words.money(summary.planPays)}</td>
        </tr>
      </tbody>
    </table>
  </div>`;
}

/** `withPlan`: false for self-pay, where there is no plan to draw or list. */
export function renderChart(words: CostWords, summary: CostSummary, withPlan: boolean): TemplateResult {
  const weeks = summary.byWeek;
  const highest = Math.max(0, ...weeks.map((week) => week.programCost));
  const slot = 100 / Math.max(1, weeks.length);
  // Columns as percents of the chart, the visitor's share at the bottom of each.
  const bars = weeks.map((week, index) => {
    const you = highest > 0 ? (week.youPay / highest) * 100 : 0;
    const plan = highest > 0 ? (week.planPays / highest) * 100 : 0;
    const x = `${index * slot + slot * 0.15}%`;
    const width = `${slot * 0.7}%`;
    return svg`<rect class="seg you" x=${x} y="${100 - you}%" width=${width} height="${you}%"></rect>
      <rect class="seg plan" x=${x} y="${100 - you - plan}%" width=${width} height="${plan}%" fill="url(#hatch-chart)"></rect>`;
  });
  const last = weeks.at(-1)?.week ?? 1;
  return html`<div class="chart" part="chart">
    <h4 class="chart-heading" id="chart-heading">${words.term('carepath.cost.chart.heading')}</h4>
    <svg class="chart-svg" role="img" aria-label=${words.term('carepath.cost.chart.label')} focusable="false">
      ${hatch('hatch-chart')} ${bars}
      <line class="baseline" x1="0" y1="100%" x2="100%" y2="100%"></line>
    </svg>
    <div class="axis" aria-hidden="true">
      <span>${words.term('carepath.cost.chart.weekN', { week: words.number(1) })}</span>
      ${last > 1 ? html`<span>${words.term('carepath.cost.chart.weekN', { week: words.number(last) })}</span>` : nothing}
    </div>
    <details class="by-week">
      <summary>${words.term('carepath.cost.chart.show')}</summary>
      <table part="table" class="weeks">
        <caption>
          ${words.term('carepath.cost.chart.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${words.term('carepath.cost.chart.week')}</th>
            <th scope="col">${words.term('carepath.cost.figure.youPay')}</th>
            ${withPlan
              ? html`<th scope="col">${words.term('carepath.cost.figure.planPays')}</th>
                  <th scope="col">${words.term('carepath.cost.chart.total')}</th>`
              : nothing}
          </tr>
        </thead>
        <tbody>
          ${weeks.map(
            (week) => html`<tr>
              <th scope="row">${words.number(week.week)}</th>
              <td>${words.money(week.youPay)}</td>
              ${withPlan
                ? html`<td>${words.money(week.planPays)}</td>
                    <td>${words.money(week.programCost)}</td>`
                : nothing}
            </tr>`,
          )}
        </tbody>
      </table>
    </details>
  </div>`;
}
