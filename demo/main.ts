// The demo page: the widgets built so far, and a live cost estimate straight from carepath/core (until the
// <carepath-cost> widget exists).
import '../src/index.js';
import { CarepathInputError, estimateCost, type CostInput } from '../src/core/index.js';

const dollars = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });

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

const form = document.querySelector<HTMLFormElement>('#cost');
const output = document.querySelector<HTMLOutputElement>('#cost-result');
if (form && output) {
  form.addEventListener('input', () => renderCost(form, output));
  renderCost(form, output);
}
