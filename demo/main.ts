// The demo page: the levels catalog as a table and a live cost estimate, straight from carepath/core.
import { CarepathInputError, careLevels, estimateCost, localize, type CostInput } from '../src/core/index.js';

const dollars = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });

function cell(tag: 'th' | 'td', text: string, scope?: string): HTMLTableCellElement {
  const element = document.createElement(tag);
  element.textContent = text;
  if (scope) element.scope = scope;
  return element;
}

function renderLevels(table: HTMLTableElement): void {
  const head = table.createTHead().insertRow();
  for (const title of ['Level', 'Where you live', 'Hours', 'Supervision', 'Length', 'Cost', 'Independence', 'Often a fit when…']) {
    head.append(cell('th', title, 'col'));
  }
  const body = table.createTBody();
  for (const level of careLevels) {
    const row = body.insertRow();
    const name = level.abbreviation ? `${localize(level.label)} (${localize(level.abbreviation)})` : localize(level.label);
    row.append(
      cell('th', name, 'row'),
      cell('td', localize(level.setting)),
      cell('td', localize(level.hours)),
      cell('td', localize(level.supervision)),
      cell('td', localize(level.length)),
      cell('td', level.relativeCost),
      cell('td', level.autonomy),
      cell('td', localize(level.fit)),
    );
  }
}

function readCost(form: HTMLFormElement): CostInput {
  const data = new FormData(form);
  const number = (name: string) => {
    const raw = String(data.get(name) ?? '').trim();
    return raw === '' ? Number.NaN : Number(raw);
  };
  const network = String(data.get('network'));
  const base = { dailyRate: number('dailyRate'), daysPerWeek: number('daysPerWeek'), weeks: number('weeks') };
  if (network === 'self-pay') return base;
  return {
    ...base,
    coverage: {
      network: network as 'in' | 'out' | 'none',
      deductible: number('deductible'),
      coinsurance: number('coinsurance') / 100,
      outOfPocketMax: number('outOfPocketMax'),
    },
  };
}

function renderCost(form: HTMLFormElement, output: HTMLOutputElement): void {
  try {
    const estimate = estimateCost(readCost(form));
    const youPay = Math.round(estimate.patientCost);
    const total = Math.round(estimate.patientCost + estimate.planCost);
    output.className = '';
    output.textContent =
      `${estimate.days} program days. You pay about ${dollars.format(youPay)}; ` +
      `your plan pays about ${dollars.format(total - youPay)}` +
      (estimate.outOfPocketMaxReached ? ' (you reach your out-of-pocket maximum).' : '.');
  } catch (error) {
    if (!(error instanceof CarepathInputError)) throw error;
    output.className = 'error';
    output.textContent = error.issues.map((issue) => `${issue.field}: ${issue.message}`).join('; ');
  }
}

const table = document.querySelector<HTMLTableElement>('#levels');
const form = document.querySelector<HTMLFormElement>('#cost');
const output = document.querySelector<HTMLOutputElement>('#cost-result');
if (table) renderLevels(table);
if (form && output) {
  form.addEventListener('input', () => renderCost(form, output));
  renderCost(form, output);
}
