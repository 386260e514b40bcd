/**
 * `<carepath-cost>`: what a program might cost a visitor, with or without insurance. This file wires: the
 * configuration (cost.fields.ts), the view model worked out before each render (cost.model.ts, every figure from the
 * core) and the templates (parts/). Importing it registers nothing (see `define.ts`).
 *
 * Precedence, field by field (docs/reference/attributes.md): the visitor's own entry › the channel (level only) › JS
 * property › attribute › JSON child › default.
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { summarizeCost, type CostEstimate, type PlanDesign } from '../../core/cost.js';
import type { InputIssue } from '../../core/errors.js';
import { getCareLevel, type CareLevelId } from '../../core/levels.js';
import { localize as inLanguage } from '../../core/text.js';
import { CarepathEstimateEvent } from '../../events/estimate.js';
import { COMMON_FIELDS, COMMON_SHAPE, CarepathElement } from '../../internal/carepath-element.js';
import { propertiesOf, shapeOf, specsOf, type FieldProperties } from '../../internal/fields.js';
import { FormFields, formFieldStyles } from '../../internal/form-fields.js';
import { baseStyles } from '../../styles/tokens.js';
import type { Term, TermValues } from '../../internal/localize.js';
import { enCost, type TranslationKey } from '../../translations/en.js';
import { COST_FIELDS, type CostConfig, type CoverageChoice } from './cost.fields.js';
import type { CostInputName, CostNumberInput, CostWords } from './cost.inputs.js';
import { costModel, refineCostConfig, type CostModel } from './cost.model.js';
import { costStyles } from './cost.styles.js';
import { chartStyles } from './parts/chart.styles.js';
import { renderForm, type FormHandlers } from './parts/form.js';
import { renderAbout, renderAllDay, renderBreakdown, renderResults } from './parts/results.js';

export { COST_FIELDS, COVERAGE_CHOICES, type CostConfig, type CostRates, type CoverageChoice } from './cost.fields.js';
export { COST_NUMBER_INPUTS, type CostInputName, type CostNumberInput } from './cost.inputs.js';

/* eslint-disable @typescript-eslint/no-unsafe-declaration-merging -- the class and this interface are one type */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface CarepathCost extends FieldProperties<typeof COST_FIELDS> {}

/**
 * A cost estimator for a program day by day: the visitor picks a level of care and how they pay, enters their
 * plan's numbers, and sees the program cost, what they pay, what their plan pays, any balance bill, the average
 * per week and whether they reach their out-of-pocket maximum — as figures, a bar and a week-by-week chart, each
 * with a table. For inpatient and residential care it shows "24-hour care: ask the center", not a price.
 *
 * @summary Estimates what a program costs a visitor with or without insurance, one plan year, one claim per day.
 * @tag carepath-cost
 * @since 0.1
 *
 * @event {CarepathEstimateEvent} carepath-estimate - The visitor committed a change to an input (its `change` event) and the inputs give an
 *   estimate; `detail` is `{ input, estimate }`, `input` being the attribute name (`weeks`, `coverage`, `level`…).
 *   Not fired for programmatic changes, channel messages, or a change that leaves an input invalid or missing.
 * @event {CarepathConfigErrorEvent} carepath-config-error - A configuration issue was found; `detail.issues` lists `{ field, value, message }`.
 *
 * @csspart base - The widget's outer box (from the shared base).
 * @csspart form - The inputs.
 * @csspart field - One input with its label, hint and any message (or a locked field's fixed value).
 * @csspart error-summary - The list of problems, linking to each field (it takes focus when an invalid value is committed).
 * @csspart results - The estimate: first on a phone, beside the form (sticky) on a wide container.
 * @csspart figures - The `<output>` with the short summary ("You pay $5,400"), announced politely when an input is committed.
 * @csspart plan-details - "More plan details": the plan's own numbers, folded (it opens by itself when one needs attention).
 * @csspart bar - The you-pay / plan-pays bar with its table.
 * @csspart chart - The week-by-week chart with its table.
 * @csspart table - Each table of figures (the bar's and the chart's).
 * @csspart note - The "24-hour care: ask the center" note.
 * @csspart disclaimer - How the estimate was worked out, and that it is an estimate.
 *
 * @cssproperty --carepath-cost-accent - Colour of the visitor's share in the bar and chart. Default: the accent.
 * @cssproperty --carepath-cost-plan-color - Colour of the plan's share (drawn hatched). Default: the muted text colour.
 * @cssproperty --carepath-cost-plan-background - Background behind the plan's hatching. Default: the alternate surface.
 * @cssproperty --carepath-cost-gap - Space between the form's fields. Default `1rem`.
 * @cssproperty --carepath-cost-chart-height - Height of the week-by-week chart. Default `9rem`.
 * @cssproperty --carepath-cost-sticky-top - How far below the top of the window the result stays on wide containers (a fixed page header's height). Default `0.5rem`.
 */
export class CarepathCost extends CarepathElement<CostConfig> {
  static override styles = [baseStyles, formFieldStyles, costStyles, chartStyles];
  static override widget = 'cost';
  static override translations = { en: enCost };
  static override configShape = { ...COMMON_SHAPE, ...shapeOf(COST_FIELDS) };
  static override configFields = { ...COMMON_FIELDS, ...specsOf(COST_FIELDS) };
  static override properties = propertiesOf(COST_FIELDS);

  /**
   * The estimate on screen, or `null` when there is none (24-hour care, or an input still missing). While an input
   * is invalid it stays the last valid one. Current after each update (`await el.updateComplete` after a property
   * set), and at once after the visitor commits an input (inside a `carepath-estimate` listener too).
   */
  get estimate(): CostEstimate | null {
    return this.#shown;
  }

  /** The level the visitor picked (above every other source, unless `level` is locked). */
  @state() private visitorLevel: CareLevelId | undefined;
  @state() private visitorCoverage: CoverageChoice | undefined;
  @state() private visitorDesign: PlanDesign | undefined;
  /** What the visitor committed in each number field (its `change` event): in memory only, never stored or sent. */
  @state() private visitorText: Readonly<Partial<Record<CostNumberInput, string>>> = {};
  /** The visitor opened "More plan details" (it also opens by itself while a field inside needs attention). */
  @state() private planOpen = false;

  /** Text being typed but not yet committed, so a re-render mid-typing does not undo it. */
  #drafts = new Map<CostNumberInput, string>();
  /** One error summary and one error style; the summary takes focus when the visitor commits an invalid value. */
  #fields = new FormFields(this);
  #model: CostModel | undefined;
  /** The core could not work out the model (its words are in the notice `render` shows). */
  #modelError: unknown;
  #shown: CostEstimate | null = null;

  protected override refineConfig(config: CostConfig): { config: CostConfig; issues: readonly InputIssue[] } {
    return refineCostConfig(config);
  }

  /** Visitor › channel › property › attribute › JSON › default, `locked` and the crisis rule (`level-suggestion.ts`). */
  #level(): CareLevelId {
    const choice = this.levelSuggestion.resolve({ visitor: this.visitorLevel, configured: this.config.level, locked: this.isLocked('level') });
    return choice?.level ?? this.config.level;
  }

  /** Works out the view model and the figures on screen from the configuration and the visitor's input. */
  #computeModel(): void {
    try {
      const model = costModel({
        config: this.config,
        level: this.#level(),
        coverage: (!this.isLocked('coverage') && this.visitorCoverage) || this.config.coverage,
        design: (!this.isLocked('design') && this.visitorDesign) || this.config.design,
        isLocked: (field) => this.isLocked(field),
        committed: this.visitorText,
        drafts: this.#drafts,
      });
      this.#model = model;
      this.#modelError = undefined;
      // Keep the figures on screen while the visitor fixes a typo; clear them when something is simply missing.
      if (model.estimate) this.#shown = model.estimate;
      else if (model.errors.length === 0) this.#shown = null;
    } catch (error) {
      this.#model = undefined;
      this.#modelError = error;
      this.#shown = null;
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.#computeModel();
  }

  /** The words and formats the templates use, in the visitor's language and the configured currency. */
  #words(): CostWords {
    const currency = this.config.currency.toUpperCase();
    const lang = this.lang_;
    return {
      // The same checked signature as the localizer's (a plain forward at run time).
      term: ((key: TranslationKey, values?: TermValues) => this.localize.term(key, values)) as Term,
      number: (value) => this.localize.number(value),
      list: (items) => this.localize.list(items),
      money: (value, fractionDigits = 0) => this.localize.dollars(value, { currency, maximumFractionDigits: fractionDigits }),
      currencySymbol: this.localize.currencySymbol(currency),
      levelName: (level) => {
        const entry = getCareLevel(level);
        const label = inLanguage(entry.label, lang);
        return entry.abbreviation ? `${label} (${inLanguage(entry.abbreviation, lang)})` : label;
      },
    };
  }

  protected override renderWidget(): TemplateResult {
    const model = this.#model;
    if (!model) throw this.#modelError; // the base shows the notice, with the core's own words
    const words = this.#words();
    const shown = this.#shown;
    const inputs = [...(this.isLocked('level') ? [] : ['field-level']), ...model.fields.filter((field) => !field.locked).map((field) => `field-${field.name}`)];
    const results = { model, shown, summary: shown ? summarizeCost(shown) : null, stale: model.estimate === null && shown !== null, inputs };
    return html`<section class="cost" aria-labelledby="cost-heading">
      <header class="intro">
        <h2 id="cost-heading">${words.term('carepath.cost.heading')}</h2>
        <p class="lede">${words.term('carepath.cost.intro')}</p>
      </header>
      <div class="layout">
        <div class="results" part="results">${model.allDay ? renderAllDay(words, model.level) : renderResults(words, results)}</div>
        ${renderForm(words, model, this.#handlers, this.planOpen)}
      </div>
      ${model.allDay ? nothing : html`${renderBreakdown(words, results)} ${renderAbout(words, model)}`}
    </section>`;
  }

  // ——— The visitor ———

  #handlers: FormHandlers = {
    locked: (field) => this.isLocked(field),
    // There is nothing to send: every figure is worked out on the page as the visitor goes.
    onSubmit: (event) => event.preventDefault(),
    focusField: (event, id) => this.#fields.focus(event, id),
    onLevel: (event) => {
      this.visitorLevel = (event.target as HTMLSelectElement).value as CareLevelId;
      // A new level comes with its own price: the one the visitor typed was for the old level.
      this.visitorText = Object.fromEntries(Object.entries(this.visitorText).filter(([name]) => name !== 'daily-rate'));
      this.#drafts.delete('daily-rate');
      this.#commit('level');
    },
    onCoverage: (event) => {
      this.visitorCoverage = (event.target as HTMLInputElement).value as CoverageChoice;
      this.#commit('coverage');
    },
    onDesign: (event) => {
      this.visitorDesign = (event.target as HTMLInputElement).value as PlanDesign;
      this.#commit('design');
    },
    onPlanToggle: (event) => {
      this.planOpen = (event.target as HTMLDetailsElement).open;
    },
    onNumberInput: (event) => {
      const input = event.target as HTMLInputElement;
      this.#drafts.set(input.dataset.field as CostNumberInput, input.value);
    },
    onNumberChange: (event) => {
      const input = event.target as HTMLInputElement;
      const name = input.dataset.field as CostNumberInput;
      this.#drafts.delete(name);
      this.visitorText = { ...this.visitorText, [name]: input.value };
      this.#commit(name);
      if (this.#model?.errors.some((field) => field.name === name)) this.#fields.showErrors();
    },
  };

  /** Brings the model up to date at once, then fires `carepath-estimate` when the change gives an estimate. */
  #commit(input: CostInputName): void {
    this.#computeModel();
    const estimate = this.#model?.estimate;
    if (estimate) this.emit(new CarepathEstimateEvent({ input, estimate }));
  }
}
