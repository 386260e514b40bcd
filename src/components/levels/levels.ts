/**
 * `<carepath-levels>`: the five levels of care side by side, from the core's catalog. A real table
 * on wide containers, stacked cards on narrow ones (a container query, so it follows the space the partner gives
 * it, not the window). The visitor may pick a level; a quiz in the same group may suggest one through the channel.
 *
 * This file has no side effects: registering is `define.ts`'s job.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import * as z from 'zod/mini';
import type { InputIssue } from '../../core/errors.js';
import { CARE_LEVEL_IDS, RELATIVE_SCALE, getCareLevel, type CareLevel, type CareLevelId, type Relative } from '../../core/levels.js';
import { localize, type Language, type LocalizedText } from '../../core/text.js';
import { CarepathCtaEvent } from '../../events/cta.js';
import { CarepathLevelSelectEvent } from '../../events/level-select.js';
import { COMMON_FIELDS, COMMON_SHAPE, CarepathElement, type CommonConfig } from '../../internal/carepath-element.js';
import { publish } from '../../internal/channel.js';
import { SAFE_URL_MESSAGE, isSafeUrl } from '../../internal/safe-url.js';
import { enLevels, type TranslationKey } from '../../translations/en.js';
import { levelsStyles } from './levels.styles.js';

/** The columns the table can show, in their default order. */
export const LEVEL_COLUMNS = ['setting', 'hours', 'supervision', 'length', 'cost', 'autonomy', 'fit'] as const;
export type LevelColumn = (typeof LEVEL_COLUMNS)[number];

export const LEVEL_LAYOUTS = ['auto', 'table', 'cards'] as const;
export type LevelsLayout = (typeof LEVEL_LAYOUTS)[number];

/** A partner's own text: a plain string is shown as-is in every language; `{ en, es }` follows the visitor's. */
export type LevelText = string | LocalizedText;
export type LevelOverride = Partial<Record<LevelColumn, LevelText>>;
export type LevelOverrides = Partial<Record<CareLevelId, LevelOverride>>;

export interface LevelsConfig extends CommonConfig {
  readonly levels: readonly CareLevelId[];
  readonly columns: readonly LevelColumn[];
  readonly highlight?: CareLevelId;
  readonly heading?: string;
  readonly layout: LevelsLayout;
  readonly ctaLabel?: string;
  readonly ctaHref?: string;
  readonly overrides?: LevelOverrides;
}

const noRepeats = (what: string) => z.refine<readonly string[]>((items) => new Set(items).size === items.length, `must not name the same ${what} twice`);

const OverrideTextSchema = z.union([
  z.string().check(z.minLength(1), z.maxLength(400)),
  z.strictObject({ en: z.string().check(z.minLength(1), z.maxLength(400)), es: z.optional(z.string().check(z.minLength(1), z.maxLength(400))) }),
]);

const LevelOverrideSchema = z.strictObject({
  setting: z.optional(OverrideTextSchema),
  hours: z.optional(OverrideTextSchema),
  supervision: z.optional(OverrideTextSchema),
  length: z.optional(OverrideTextSchema),
  cost: z.optional(OverrideTextSchema),
  autonomy: z.optional(OverrideTextSchema),
  fit: z.optional(OverrideTextSchema),
});

/** Strict on both levels: an unknown level id or column name is an issue, not silently dropped. */
const OverridesSchema = z.strictObject({
  inpatient: z.optional(LevelOverrideSchema),
  residential: z.optional(LevelOverrideSchema),
  php: z.optional(LevelOverrideSchema),
  iop: z.optional(LevelOverrideSchema),
  outpatient: z.optional(LevelOverrideSchema),
});

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

/**
 * The five levels of care (inpatient, residential, PHP, IOP, outpatient) from the core's catalog, side by side: a
 * table on wide containers and stacked cards on narrow ones (a container query, so it follows the space the page
 * gives it). The visitor can mark a level with its "Choose" button; a quiz in the same `group` highlights its
 * suggestion, except after a crisis answer. `overrides` replaces a level's text with the center's own.
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
 * @csspart row - Each level's table row.
 * @csspart card - Each level's card (narrow containers and `layout="cards"`).
 * @csspart highlight - The row or card that is emphasised (the visitor's choice, the quiz's suggestion, or `highlight`).
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
export class CarepathLevels extends CarepathElement<LevelsConfig> {
  static override widget = 'levels';
  static override translations = { en: enLevels };
  static override styles = levelsStyles;

  static override configShape = {
    ...COMMON_SHAPE,
    levels: z._default(z.array(z.enum(CARE_LEVEL_IDS)).check(z.minLength(1), noRepeats('level')), [...CARE_LEVEL_IDS]),
    columns: z._default(z.array(z.enum(LEVEL_COLUMNS)).check(z.minLength(1), noRepeats('column')), [...LEVEL_COLUMNS]),
    highlight: z.optional(z.enum(CARE_LEVEL_IDS)),
    heading: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
    layout: z._default(z.enum(LEVEL_LAYOUTS), 'auto'),
    ctaLabel: z.optional(z.string().check(z.minLength(1), z.maxLength(120))),
    ctaHref: z.optional(z.string().check(z.refine(isSafeUrl, SAFE_URL_MESSAGE))),
    overrides: z.optional(OverridesSchema),
  };

  static override configFields = {
    ...COMMON_FIELDS,
    levels: { attribute: 'levels', kind: 'list' },
    columns: { attribute: 'columns', kind: 'list' },
    highlight: { attribute: 'highlight', kind: 'string' },
    heading: { attribute: 'heading', kind: 'string' },
    layout: { attribute: 'layout', kind: 'string' },
    ctaLabel: { attribute: 'cta-label', kind: 'string' },
    ctaHref: { attribute: 'cta-href', kind: 'string' },
    // Rich data: set in the JSON block or the property. Attribute text is never an object, so it is reported.
    overrides: { attribute: 'overrides', kind: 'json' },
  } as const;

  /** Which levels to show, in this order (space-separated ids): `inpatient residential php iop outpatient` by default. */
  @property({ type: Array }) levels?: CareLevelId[];
  /** Which columns to show, in this order: `setting hours supervision length cost autonomy fit` by default. */
  @property({ type: Array }) columns?: LevelColumn[];
  /** A level to mark as suggested (a quiz's suggestion in the same group, and the visitor's own choice, come first). */
  @property() highlight?: CareLevelId;
  /** The heading, shown as written in every language (default: "Compare levels of care", translated). */
  @property() heading?: string;
  /** `auto` (default): a table on wide containers, cards on narrow ones; `table` (scrolls sideways when narrow); `cards`. */
  @property() layout?: LevelsLayout;
  /** Text of the call-to-action link (default: "Ask us which level of care fits you", translated). */
  @property({ attribute: 'cta-label' }) ctaLabel?: string;
  /** Where the call-to-action goes: an https:, http:, relative, tel:, sms: or mailto: link. No link without it. */
  @property({ attribute: 'cta-href' }) ctaHref?: string;
  /**
   * A partner's own text per level and column, e.g. `{ "iop": { "hours": "12 hours a week", "length": "8 weeks" } }`:
   * a string is shown as-is in every language, `{ "en": …, "es": … }` follows the visitor's. For `cost` and
   * `autonomy` the text is shown under the 1–5 rating. Set it in the JSON block or as a property (no attribute).
   */
  @property({ attribute: false }) overrides?: LevelOverrides;

  /** The level the visitor picked with a "Choose" button, or null. */
  get selected(): CareLevelId | null {
    return this.chosen;
  }

  @state() private chosen: CareLevelId | null = null;

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

  #label(level: CareLevel, lang: Language): string {
    const label = localize(level.label, lang);
    return level.abbreviation ? `${label} (${localize(level.abbreviation, lang)})` : label;
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

  #renderTable(levels: readonly CareLevel[], forced: boolean, lang: Language): TemplateResult {
    const emphasis = this.#emphasis();
    const table = html`<table part="table">
      <caption>
        <h2 class="heading" part="heading" id="table-heading">${this.#headingText()}</h2>
        ${this.#note()}
      </caption>
      <thead>
        <tr>
          <th scope="col">${this.localize.term('carepath.levels.levelHeader')}</th>
          ${this.config.columns.map((column) => html`<th scope="col" data-column=${column}>${this.localize.term(COLUMN_TERMS[column])}</th>`)}
          <th scope="col"><span class="visually-hidden">${this.localize.term('carepath.levels.chooseHeader')}</span></th>
        </tr>
      </thead>
      <tbody>
        ${levels.map((level) => {
          const label = this.#label(level, lang);
          const emphasised = emphasis?.level === level.id ? emphasis : null;
          return html`<tr class=${emphasised ? 'is-highlight' : ''} part=${emphasised ? 'row highlight' : 'row'} data-level=${level.id}>
            <th scope="row"><span class="level-name">${label}</span>${emphasised ? this.#badge(emphasised.source) : nothing}</th>
            ${this.config.columns.map((column) => html`<td data-column=${column}>${this.#cell(level, column, lang)}</td>`)}
            <td class="choose">${this.#select(level, label)}</td>
          </tr>`;
        })}
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
          const label = this.#label(level, lang);
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

  protected override renderWidget(): TemplateResult {
    const { layout, columns, ctaHref } = this.config;
    const lang = this.lang_;
    const levels = this.config.levels.map(getCareLevel);
    // Wider tables need more room before they beat cards: the switch point grows with the number of columns.
    const span = columns.length <= 2 ? 'span-s' : columns.length <= 4 ? 'span-m' : 'span-l';
    return html`<div class="levels layout-${layout} ${span}">
      ${layout === 'cards' ? nothing : this.#renderTable(levels, layout === 'table', lang)}
      ${layout === 'table' ? nothing : this.#renderCards(levels, lang)}
      ${ctaHref
        ? html`<p class="cta-row">
            <a class="cta" part="cta" href=${ctaHref} @click=${() => this.#onCta(ctaHref)}>${this.config.ctaLabel ?? this.localize.term('carepath.levels.cta')}</a>
          </p>`
        : nothing}
      ${this.#renderFootnote(levels)}
    </div>`;
  }
}
