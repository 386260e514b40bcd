/**
 * The estimator's form, as template functions: the level, how the visitor pays, the plan design and the number
 * fields (labelled native inputs, a hint, and beside a wrong entry the message saying what to do). A locked field
 * shows its fixed value instead of an input.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { PLAN_DESIGNS, type ClampedField } from '../../../core/cost.js';
import { CARE_LEVEL_IDS, getCareLevel, type CareLevelId } from '../../../core/levels.js';
import type { TranslationKey } from '../../../translations/en.js';
import { renderErrorSummary, renderFieldError } from '../../../internal/form-fields.js';
import { COVERAGE_CHOICES } from '../cost.fields.js';
import { NUMBERS, type CostNumberInput, type CostWords, type NumberSpec } from '../cost.inputs.js';
import { likelyPercent, type CostModel, type FieldView } from '../cost.model.js';

export interface FormHandlers {
  readonly locked: (field: 'level' | 'coverage' | 'design') => boolean;
  readonly onSubmit: (event: Event) => void;
  readonly onLevel: (event: Event) => void;
  readonly onCoverage: (event: Event) => void;
  readonly onDesign: (event: Event) => void;
  readonly onNumberInput: (event: Event) => void;
  readonly onNumberChange: (event: Event) => void;
  /** The visitor opened or closed "More plan details". */
  readonly onPlanToggle: (event: Event) => void;
  /** A summary link: moves focus to the control with that id. */
  readonly focusField: (event: Event, id: string) => void;
}

const CLAMPED_INPUT: Readonly<Record<ClampedField['field'], CostNumberInput>> = {
  'coverage.deductibleMet': 'deductible-met',
  'coverage.outOfPocketMet': 'oop-met',
};

const CLAMP_NOTES: Readonly<Record<ClampedField['field'], TranslationKey>> = {
  'coverage.deductibleMet': 'carepath.cost.note.deductibleMet',
  'coverage.outOfPocketMet': 'carepath.cost.note.oopMet',
};

/** The message beside a wrong entry: "Enter the number of weeks, like 8." */
export function errorText(words: CostWords, field: FieldView): string {
  const spec = NUMBERS[field.name];
  const example = spec.unit === 'money' ? words.money(spec.example) : words.number(spec.example);
  return words.term(field.error === 'range' ? spec.range : spec.enter, { example });
}

/**
 * The form, in the order a visitor on a phone needs it: how they pay, then the essential inputs (level, price per
 * day — out of network both the plan's allowed amount and the center's price, whose gap is the balance bill — days
 * and weeks), then the plan's details folded under "More plan details". The fold opens by itself when a field inside
 * gets an error or a needed value there is missing (a boolean attribute binding: Lit sets it only when that changes,
 * so the visitor can still close it), and otherwise keeps the visitor's own choice (`planOpen`).
 */
export function renderForm(words: CostWords, model: CostModel, on: FormHandlers, planOpen: boolean): TemplateResult {
  const program = model.fields.filter((field) => field.group === 'program');
  const plan = model.fields.filter((field) => field.group === 'plan');
  const open = planOpen || plan.some((field) => field.error !== undefined || field.missing);
  return html`<form class="form" part="form" novalidate @submit=${on.onSubmit}>
    ${renderErrorSummary({
      title: words.term('carepath.common.errorSummary'),
      errors: model.errors.map((field) => ({ id: `field-${field.name}`, message: errorText(words, field) })),
      onFollow: on.focusField,
    })}
    ${model.allDay ? nothing : html`<div class="group">${renderChoice(words, 'coverage', COVERAGE_CHOICES, model.coverage, on)}</div>`}
    <fieldset class="group">
      <legend>${words.term('carepath.cost.program')}</legend>
      ${renderLevel(words, model.level, on)} ${program.map((field) => renderNumber(words, field, model, on))}
    </fieldset>
    ${model.insured
      ? html`<details class="more" part="plan-details" ?open=${open} @toggle=${on.onPlanToggle}>
          <summary>${words.term('carepath.cost.morePlan')}</summary>
          <div class="group more-fields">
            ${renderChoice(words, 'design', PLAN_DESIGNS, model.design, on)}
            <p class="hint">${words.term('carepath.cost.planHint')}</p>
            ${plan.map((field) => renderNumber(words, field, model, on))}
          </div>
        </details>`
      : nothing}
  </form>`;
}

function renderLevel(words: CostWords, level: CareLevelId, on: FormHandlers): TemplateResult {
  if (on.locked('level')) return renderFixed('level', words.term('carepath.cost.label.level'), words.levelName(level));
  return html`<div class="field" part="field">
    <label for="field-level">${words.term('carepath.cost.label.level')}</label>
    <select id="field-level" @change=${on.onLevel}>
      ${CARE_LEVEL_IDS.map((id) => html`<option value=${id} .selected=${id === level}>${words.levelName(id)}</option>`)}
    </select>
  </div>`;
}

function renderChoice<T extends string>(words: CostWords, name: 'coverage' | 'design', choices: readonly T[], current: T, on: FormHandlers): TemplateResult {
  const legend = words.term(name === 'coverage' ? 'carepath.cost.label.coverage' : 'carepath.cost.label.design');
  const word = (choice: T) => words.term(`carepath.cost.${name}.${choice}` as TranslationKey);
  if (on.locked(name)) return renderFixed(name, legend, word(current));
  return html`<fieldset class="field choices ${name}" part="field">
    <legend>${legend}</legend>
    ${choices.map(
      (choice) => html`<label class="choice">
        <input type="radio" name=${name} value=${choice} .checked=${live(choice === current)} @change=${name === 'coverage' ? on.onCoverage : on.onDesign} />
        <span>${word(choice)}</span>
      </label>`,
    )}
  </fieldset>`;
}

function renderFixed(name: string, label: string, value: string): TemplateResult {
  return html`<div class="field fixed" part="field" data-field=${name}>
    <span class="fixed-label">${label}</span>
    <span class="fixed-value">${value}</span>
  </div>`;
}

function label(words: CostWords, field: FieldView, model: CostModel): string {
  if (field.name === 'daily-rate' && model.insured) return words.term('carepath.cost.label.allowedRate');
  return words.term(NUMBERS[field.name].label);
}

function hint(words: CostWords, field: FieldView, model: CostModel): string | undefined {
  if (field.name !== 'daily-rate') {
    const key = NUMBERS[field.name].hint;
    return key === undefined ? undefined : words.term(key);
  }
  if (model.insured) return words.term('carepath.cost.hint.rate.allowed');
  const range = getCareLevel(model.level).dailyRate;
  if (model.rateSource === 'center') return words.term('carepath.cost.hint.rate.center');
  if (model.rateSource === 'typical' && range) return words.term('carepath.cost.hint.rate.typical', { low: words.money(range.low), high: words.money(range.high) });
  return words.term('carepath.cost.hint.rate.ask');
}

function unitText(words: CostWords, value: number, unit: NumberSpec['unit']): string {
  if (unit === 'money') return words.money(value, 2);
  if (unit === 'percent') return `${words.number(value)}%`;
  return words.number(value);
}

/** A note beside the field: an "already met" amount clamped to its plan amount, or a coinsurance that looks like a fraction. */
function note(words: CostWords, field: FieldView, model: CostModel): string | undefined {
  const clamp = model.clamped.find((entry) => CLAMPED_INPUT[entry.field] === field.name);
  if (clamp !== undefined) return words.term(CLAMP_NOTES[clamp.field], { amount: words.money(clamp.clampedTo, 2) });
  const likely = field.name === 'coinsurance' ? likelyPercent(field.value) : undefined;
  return likely === undefined || field.value === undefined ? undefined : words.term('carepath.cost.note.percent', { value: words.number(field.value), percent: words.number(likely) });
}

export function renderNumber(words: CostWords, field: FieldView, model: CostModel, on: FormHandlers): TemplateResult {
  const spec = NUMBERS[field.name];
  const text = label(words, field, model);
  if (field.locked) {
    const shown = field.value === undefined ? words.term(field.name === 'daily-rate' ? 'carepath.cost.ask' : 'carepath.cost.none') : unitText(words, field.value, spec.unit);
    return renderFixed(field.name, text, shown);
  }
  const id = `field-${field.name}`;
  const hintText = hint(words, field, model);
  const noteText = note(words, field, model);
  const describedBy = [hintText ? `hint-${field.name}` : '', field.error ? `error-${field.name}` : '', noteText ? `note-${field.name}` : ''].filter(Boolean).join(' ');
  const affix = spec.unit === 'money' ? words.currencySymbol : spec.unit === 'percent' ? '%' : undefined;
  return html`<div class="field ${field.error ? 'has-error' : ''}" part="field" data-field=${field.name}>
    <label for=${id}>${text}</label>
    ${hintText ? html`<p class="hint" id="hint-${field.name}">${hintText}</p>` : nothing}
    ${field.error
      ? renderFieldError(`error-${field.name}`, words.term('carepath.common.errorPrefix'), errorText(words, field))
      : nothing}
    <div class="control ${spec.unit}">
      ${affix && spec.unit === 'money' ? html`<span class="affix prefix" aria-hidden="true">${affix}</span>` : nothing}
      <input
        id=${id}
        name=${field.name}
        type="text"
        inputmode=${spec.unit === 'count' ? 'numeric' : 'decimal'}
        autocomplete="off"
        spellcheck="false"
        .value=${live(field.text)}
        aria-invalid=${field.error ? 'true' : 'false'}
        aria-describedby=${describedBy || nothing}
        data-field=${field.name}
        @input=${on.onNumberInput}
        @change=${on.onNumberChange}
      />
      ${affix && spec.unit === 'percent' ? html`<span class="affix suffix" aria-hidden="true">${affix}</span>` : nothing}
    </div>
    ${noteText ? html`<p class="note-inline" id="note-${field.name}">${noteText}</p>` : nothing}
  </div>`;
}
