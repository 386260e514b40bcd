/**
 * `<carepath-levels>`: the five levels of care side by side, from the core's catalog. A real table (the levels as
 * its columns) from a usual content column up, stacked cards below (it follows the space the partner gives it, not
 * the window: shown-view.ts). The visitor may pick a level; a quiz in the same group may suggest one through the
 * channel.
 *
 * This file has no side effects: registering is `define.ts`'s job.
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import type { InputIssue } from '../../core/errors.js';
import { RELATIVE_SCALE, getCareLevel, type CareLevel, type CareLevelId, type Relative } from '../../core/levels.js';
import { localize, type Language } from '../../core/text.js';
import { levelName } from '../../core/level-words.js';
import { CarepathCtaEvent } from '../../events/cta.js';
import { CarepathLevelSelectEvent } from '../../events/level-select.js';
import { COMMON_FIELDS, COMMON_SHAPE, CarepathElement } from '../../internal/carepath-element.js';
import { publish } from '../../internal/channel.js';
import { propertiesOf, shapeOf, specsOf, type FieldProperties } from '../../internal/fields.js';
import { baseStyles } from '../../styles/tokens.js';
import { enLevels, type TranslationKey } from '../../translations/en.js';
import { LEVELS_FIELDS, type LevelColumn, type LevelText, type LevelsConfig } from './levels.fields.js';
import { levelsStyles } from './levels.styles.js';
import { ShownViewController, levelSpan, type ShownView } from './shown-view.js';

export {
  LEVEL_COLUMNS,
  LEVEL_LAYOUTS,
  type LevelColumn,
  type LevelOverride,
  type LevelOverrides,
  type LevelText,
  type LevelsConfig,
  type LevelsLayout,
} from './levels.fields.js';

/** Which kind of emphasis a row carries, and so which badge it shows: only the quiz's answers "suggest". */
type EmphasisSource = 'visitor' | 'quiz' | 'table' | 'channel' | 'config';

const COLUMN_TERMS: Readonly<Record<LevelColumn, TranslationKey>> = {
  setting: 'carepath.levels.column.setting',
  hours: 'carepath.levels.column.hours',
  supervision: 'carepath.levels.column.supervision',
  length: 'carepath.levels.column.length',
  cost: 'carepath.levels.column.cost',
  autonomy: 'carepath.levels.column.autonomy',
  fit: 'carepath.levels.column.fit',
};

const BADGE_TERMS: Readonly<Record<EmphasisSource, TranslationKey>> = {
  visitor: 'carepath.levels.badge.chosen',
  quiz: 'carepath.levels.badge.fromQuiz',
  // Chosen by the visitor in another table of the group.
  table: 'carepath.levels.badge.chosen',
  channel: 'carepath.levels.badge.linked',
  config: 'carepath.levels.badge.offered',
};

// The config properties (`levels`, `columns`, `highlight`, …) are typed by this interface and created by
// `static properties`, both from LEVELS_FIELDS.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type
export interface CarepathLevels extends FieldProperties<typeof LEVELS_FIELDS> {}

/**
 * The five levels of care (inpatient, residential, PHP, IOP, outpatient) from the core's catalog, side by side: a
 * table on containers from about 50rem (a usual content column; the levels are its columns, the attributes its
 * rows) and stacked cards on narrower ones (it follows the space the page gives it, not the window). The visitor
 * can mark a level with its "Choose" button; a quiz in the same `group` highlights its suggestion, except after a
 * crisis answer. `overrides` replaces a level's text with the center's own.
 *
 * @summary Compares the levels of care — where you live, hours, staff support, length, cost, day-to-day freedom
 * and when each is often a fit — as a table on wide screens and as cards on phones.
 * @tag carepath-levels
 * @since 0.1
 *
 * @event {CarepathLevelSelectEvent} carepath-level-select - The visitor picked a level with its "Choose" button; `detail.level` is its id.
 *   Not fired for programmatic changes or channel messages.
 * @event {CarepathCtaEvent} carepath-cta - The visitor followed the call to action; `detail` is `{ kind: 'level', href }`.
 * @event {CarepathConfigErrorEvent} carepath-config-error - A configuration issue was found; `detail.issues` lists them.
 *
 * @csspart base - The widget's outer box (from the shared base).
 * @csspart heading - The heading (in the table's caption, or above the cards).
 * @csspart region - The scrolling box around a forced `layout="table"`.
 * @csspart table - The `<table>`.
 * @csspart row - Each row of the table: one per attribute (the levels are the columns), then the row of "Choose" buttons.
 * @csspart card - Each level's card (narrow containers and `layout="cards"`).
 * @csspart highlight - The emphasised level (the visitor's choice, the quiz's suggestion, or `highlight`): its column heading in the table, or its card.
 * @csspart badge - The text badge on the emphasised level ("Suggested by your answers", "Your choice", "Offered here").
 * @csspart scale - The five dots of a cost or freedom rating.
 * @csspart select - Each level's "Choose" button.
 * @csspart cta - The call-to-action link.
 * @csspart footnote - Sources and the "only a clinician decides" note.
 *
 * @cssproperty --carepath-levels-highlight-color - Border and badge colour of the emphasised level (default: the accent). Badge text uses the on-accent colour, so keep them in contrast.
 * @cssproperty --carepath-levels-highlight-background - Background of the emphasised level (default: the highlight colour).
 * @cssproperty --carepath-levels-scale-color - Colour of the rating dots (default: the text colour).
 * @cssproperty --carepath-levels-cell-padding - Padding of table cells (default `0.625rem 0.5rem`).
 * @cssproperty --carepath-levels-table-min-width - Width below which a forced `layout="table"` scrolls (default `48rem`).
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class CarepathLevels extends CarepathElement<LevelsConfig> {
  static override widget = 'levels';
  static override translations = { en: enLevels };
  static override styles = [baseStyles, levelsStyles];

  static override configShape = { ...COMMON_SHAPE, ...shapeOf(LEVELS_FIELDS) };
  static override configFields = { ...COMMON_FIELDS, ...specsOf(LEVELS_FIELDS) };
  static override properties = propertiesOf(LEVELS_FIELDS);

  /** The level the visitor picked with a "Choose" button, or null. */
  get selected(): CareLevelId | null {
    return this.chosen;
  }

  @state() private chosen: CareLevelId | null = null;

  /** Which view the container shows; a client-rendered widget builds only that one. */
  readonly #shown = new ShownViewController(this);
  /** The view(s) the next render builds, from `willUpdate`. */
  #view: ShownView = 'both';

  protected override refineConfig(config: LevelsConfig): { config: LevelsConfig; issues: readonly InputIssue[] } {
    if (config.highlight === undefined || config.levels.includes(config.highlight)) return { config, issues: [] };
    return {
      config,
      issues: [
        {
          field: 'highlight',
          value: config.highlight,
          message: `<carepath-levels> highlight="${config.highlight}" is not one of the levels shown (${config.levels.join(' ')}); nothing is highlighted.`,
        },
      ],
    };
  }

  /** Visitor › channel › configuration, `locked` and the crisis rule: the linked widgets' one rule (`level-suggestion.ts`). */
  #emphasis(): { level: CareLevelId; source: EmphasisSource } | null {
    const choice = this.levelSuggestion.resolve({
      visitor: this.chosen ?? undefined,
      configured: this.config.highlight,
      locked: this.isLocked('highlight'),
      accepts: (level) => this.config.levels.includes(level),
    });
    if (!choice) return null;
    return { level: choice.level, source: choice.origin === 'channel' ? (choice.source ?? 'channel') : choice.origin };
  }

  #choose(level: CareLevelId): void {
    if (this.chosen === level) return;
    this.chosen = level;
    this.emit(new CarepathLevelSelectEvent({ level }));
    // The group's estimator and schedule follow the visitor's choice; in a crisis the message says so, and they hold.
    if (!this.config.independent) publish({ v: 1, group: this.config.group, level, crisis: this.levelSuggestion.crisis, source: 'table' });
  }

  #onCta(href: string): void {
    this.emit(new CarepathCtaEvent({ kind: 'level', href }));
  }

  /** A partner's text: a plain string as-is in every language, `{ en, es }` in the visitor's. */
  #partnerText(text: LevelText, lang: Language): string {
    return typeof text === 'string' ? text : localize(text, lang);
  }

  #rating(kind: 'cost' | 'autonomy', value: Relative, extra: string | undefined): TemplateResult {
    const step = RELATIVE_SCALE.indexOf(value) + 1;
    return html`<span class="rating">
        <span class="word">${this.localize.term(`carepath.levels.${kind}.${value}`)}</span>
        <span class="scale" part="scale" aria-hidden="true"
          >${RELATIVE_SCALE.map((_, index) => html`<span class="dot ${index < step ? 'on' : ''}"></span>`)}</span
        >
        <span class="visually-hidden">${this.localize.term('carepath.levels.scaleValue', { value: step })}</span>
      </span>
      ${extra === undefined ? nothing : html`<span class="extra">${extra}</span>`}`;
  }

  #cell(level: CareLevel, column: LevelColumn, lang: Language): TemplateResult | string {
    const override = this.config.overrides?.[level.id]?.[column];
    const partner = override === undefined ? undefined : this.#partnerText(override, lang);
    switch (column) {
      case 'cost':
        return this.#rating('cost', level.relativeCost, partner);
      case 'autonomy':
        return this.#rating('autonomy', level.autonomy, partner);
      default:
        return partner ?? localize(level[column], lang);
    }
  }

  #select(level: CareLevel, label: string): TemplateResult {
    const pressed = this.chosen === level.id;
    return html`<button type="button" class="select" part="select" aria-pressed=${pressed ? 'true' : 'false'} @click=${() => this.#choose(level.id)}>
      <span class="check" aria-hidden="true"></span>${this.localize.term('carepath.levels.choose')}<span class="visually-hidden"> ${label}</span>
    </button>`;
  }

  #badge(source: EmphasisSource): TemplateResult {
    return html`<span class="badge" part="badge">${this.localize.term(BADGE_TERMS[source])}</span>`;
  }

  #headingText(): string {
    return this.config.heading ?? this.localize.term('carepath.levels.heading');
  }

  #note(): TemplateResult | typeof nothing {
    const rated = this.config.columns.some((column) => column === 'cost' || column === 'autonomy');
    return rated ? html`<p class="note">${this.localize.term('carepath.levels.scaleNote')}</p>` : nothing;
  }

  /**
   * The table: the levels as columns (at most five, the least intensive last), the attributes as rows, and a last
   * row of "Choose" buttons, so it fits a usual content column (about 50rem with every level and attribute).
   */
  #renderTable(levels: readonly CareLevel[], forced: boolean, lang: Language): TemplateResult {
    const emphasis = this.#emphasis();
    const labels = levels.map((level) => levelName(level.id, lang));
    const mark = (level: CareLevel) => (emphasis?.level === level.id ? 'is-highlight' : '');
    const table = html`<table part="table" class="levels-${levels.length}">
      <caption>
        <h2 class="heading" part="heading" id="table-heading">${this.#headingText()}</h2>
        ${this.#note()}
      </caption>
      <thead>
        <tr>
          <td class="corner"></td>
          ${levels.map((level, index) => {
            const emphasised = emphasis?.level === level.id ? emphasis : null;
            return html`<th scope="col" class="level ${mark(level)}" part=${emphasised ? 'highlight' : nothing} data-level=${level.id}>
              <span class="level-name">${labels[index]}</span>${emphasised ? this.#badge(emphasised.source) : nothing}
            </th>`;
          })}
        </tr>
      </thead>
      <tbody>
        ${this.config.columns.map(
          (column) => html`<tr part="row" data-column=${column}>
            <th scope="row">${this.localize.term(COLUMN_TERMS[column])}</th>
            ${levels.map((level) => html`<td class=${mark(level)} data-level=${level.id} data-column=${column}>${this.#cell(level, column, lang)}</td>`)}
          </tr>`,
        )}
        <tr part="row" class="choose-row">
          <th scope="row"><span class="visually-hidden">${this.localize.term('carepath.levels.chooseHeader')}</span></th>
          ${levels.map((level, index) => html`<td class="choose ${mark(level)}" data-level=${level.id}>${this.#select(level, labels[index] ?? '')}</td>`)}
        </tr>
      </tbody>
    </table>`;
    // A forced table keeps its shape on narrow screens, so it scrolls inside a named, focusable region.
    return forced
      ? html`<div class="table-view scroller" part="region" role="region" aria-labelledby="table-heading" tabindex="0">${table}</div>`
      : html`<div class="table-view">${table}</div>`;
  }

  #renderCards(levels: readonly CareLevel[], lang: Language): TemplateResult {
    const emphasis = this.#emphasis();
    return html`<div class="card-view">
      <div>
        <h2 class="heading" part="heading">${this.#headingText()}</h2>
        ${this.#note()}
      </div>
      <ul class="cards" role="list">
        ${levels.map((level) => {
          const label = levelName(level.id, lang);
          const emphasised = emphasis?.level === level.id ? emphasis : null;
          return html`<li class="card ${emphasised ? 'is-highlight' : ''}" part=${emphasised ? 'card highlight' : 'card'} data-level=${level.id}>
            <h3 class="card-title"><span class="level-name">${label}</span>${emphasised ? this.#badge(emphasised.source) : nothing}</h3>
            <dl>
              ${this.config.columns.map(
                (column) => html`<div class="pair" data-column=${column}>
                  <dt>${this.localize.term(COLUMN_TERMS[column])}</dt>
                  <dd>${this.#cell(level, column, lang)}</dd>
                </div>`,
              )}
            </dl>
            ${this.#select(level, label)}
          </li>`;
        })}
      </ul>
    </div>`;
  }

  #renderFootnote(levels: readonly CareLevel[]): TemplateResult {
    const sources = [...new Set(levels.flatMap((level) => level.sources))];
    return html`<div class="footnote" part="footnote">
      <p>${this.localize.term('carepath.common.notDiagnosis')}</p>
      <p class="sources-title">${this.localize.term('carepath.levels.sources')}</p>
      <ul class="sources">
        ${sources.map((source) => html`<li>${localize(source, this.lang_)}</li>`)}
      </ul>
    </div>`;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const { layout, levels } = this.config;
    this.#view = layout === 'auto' ? this.#shown.resolve(levels.length) : layout;
  }

  protected override renderWidget(): TemplateResult {
    const { layout, ctaHref } = this.config;
    const lang = this.lang_;
    const levels = this.config.levels.map(getCareLevel);
    const view = this.#view;
    // With both views (pre-rendered, printing), the container query picks one; the table's width grows with the
    // number of levels (its columns), so fewer levels switch to it in a narrower box.
    return html`<div class="levels layout-${layout} span-${levelSpan(levels.length)} ${view === 'both' ? 'both' : ''}">
      ${view === 'cards' ? nothing : this.#renderTable(levels, layout === 'table', lang)}
      ${view === 'table' ? nothing : this.#renderCards(levels, lang)}
      ${ctaHref
        ? html`<p class="cta-row">
            <a class="cta" part="cta" href=${ctaHref} @click=${() => this.#onCta(ctaHref)}>${this.config.ctaLabel ?? this.localize.term('carepath.levels.cta')}</a>
          </p>`
        : nothing}
      ${this.#renderFootnote(levels)}
    </div>`;
  }
}
