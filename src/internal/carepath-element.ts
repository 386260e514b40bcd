/**
 * The base of every carepath widget: configuration through the widget's zod schema (property › attribute › JSON
 * child › default, field by field), issues that warn once per element and field, a "did you mean" for misspelt
 * attribute names, the neutral notice when nothing is usable, the theme, the language, the channel and the
 * opt-in data layer. A widget supplies its schema, its attribute kinds and `renderWidget()`.
 *
 * Config properties are Lit properties, and each attribute and its property are one source: the attribute converts
 * into the property (`weeks="8"` → `el.weeks === 8`; text that does not convert stays text and is reported), a
 * string set on a number, boolean, list or pairs property is read the same way, and the last write wins in either
 * direction. The base remembers which of the two wrote last, so a warning names the attribute or the property.
 * Precedence, field by field: property/attribute › JSON child › default; an invalid value falls back to the next
 * valid source.
 */
import { LitElement, html, nothing, type CSSResultGroup, type CSSResultOrNative, type PropertyDeclaration, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type * as z from 'zod/mini';
import { CarepathInputError, type InputIssue } from '../core/errors.js';
import type { Language } from '../core/text.js';
import { CarepathConfigErrorEvent } from '../events/config-error.js';
import { claimPrerendered, hydrationReady, updateOrHydrate } from '../ssr/client.js';
import { subscribe, type ChannelMessage } from './channel.js';
import { resolveConfig, type FieldSpecs } from './config.js';
import { centerPhone, renderHelpLine } from './crisis-line.js';
import { COMMON_FIELDS, COMMON_SHAPE, type CommonConfig, type Theme } from './common-fields.js';
import { configPropertyOptions, wrapConfigSetters, writerOf, writingFromAttribute } from './config-properties.js';
import { readJsonChild, unknownAttributeIssues, withUnknownKeys, type JsonChild } from './config-issues.js';
import { dataLayerEntry, mirrorsToDataLayer, pushToDataLayer } from './data-layer.js';
import { LevelSuggestion } from './level-suggestion.js';
import { Localizer, loadSpanish, spanishSettledNow, type Translations } from './localize.js';
import { firstRenderTurn } from './render-turns.js';
import { VERSION } from './version.js';
import { helpLineStyles } from '../styles/help-line.js';

export { COMMON_FIELDS, COMMON_SHAPE, THEMES, type CommonConfig, type Theme } from './common-fields.js';

type WidgetClass = typeof CarepathElement & {
  readonly widget: string;
  readonly configShape: Readonly<Record<string, z.ZodMiniType>>;
  readonly configFields: FieldSpecs;
};

/**
 * The shared base of the four widgets (abstract: never registered as a tag). It brings the common attributes
 * (`theme`, `group`, `independent`, `debug`, `data-layer`, `locked`), the `configIssues` list, the
 * `carepath-config-error` event and the global design tokens below; each widget adds its own
 * `--carepath-<widget>-*` properties. Every token is optional and falls back to the default shown.
 *
 * @cssproperty --carepath-font-family - Font family (default: inherited from the page).
 * @cssproperty --carepath-font-size - Base font size (default `1rem`).
 * @cssproperty --carepath-radius - Corner radius of the widget and its boxes (default `0.75rem`).
 * @cssproperty --carepath-space - Base spacing unit (default `1rem`).
 * @cssproperty --carepath-color-surface - Background (default `#ffffff`).
 * @cssproperty --carepath-color-surface-alt - Background of panels, sessions and alternate rows (default `#f3f5f8`).
 * @cssproperty --carepath-color-text - Text colour (default `#1b2330`).
 * @cssproperty --carepath-color-muted - Secondary text colour (default `#4a5568`).
 * @cssproperty --carepath-color-border - Border colour (default `#c9d1dc`).
 * @cssproperty --carepath-color-accent - Your brand colour: buttons, links and emphasis (default `#1d5bbf`). Alone it also sets the highlight, the focus ring and the dark theme's accent.
 * @cssproperty --carepath-color-on-accent - Text on the accent colour (default `#ffffff`); keep it at 4.5:1 or more against the accent (`debug` warns when it is not).
 * @cssproperty --carepath-color-highlight - Background of highlighted and chosen items (default: 12% of the accent over the surface).
 * @cssproperty --carepath-color-focus - Focus ring (default: the accent).
 * @cssproperty --carepath-color-warning - Warnings and the `debug` box's border (default `#8a4b00`).
 * @cssproperty --carepath-color-error - Form errors: the summary's border, the bar beside a field, its message (default `#b3261e`).
 * @cssproperty --carepath-color-surface-dark - Background in the dark theme (`theme="dark"`, or `auto` on a dark system) (default `#151a21`).
 * @cssproperty --carepath-color-surface-alt-dark - Panel background in the dark theme (default `#1f2630`).
 * @cssproperty --carepath-color-text-dark - Text colour in the dark theme (default `#e8edf4`).
 * @cssproperty --carepath-color-muted-dark - Secondary text colour in the dark theme (default `#b3bdca`).
 * @cssproperty --carepath-color-border-dark - Border colour in the dark theme (default `#3b4757`).
 * @cssproperty --carepath-color-accent-dark - Accent in the dark theme (default: the accent mixed half with white).
 * @cssproperty --carepath-color-on-accent-dark - Text on the accent in the dark theme (default `#0b1220`).
 * @cssproperty --carepath-color-highlight-dark - Highlight background in the dark theme (default: 15% of the dark accent over the dark surface).
 * @cssproperty --carepath-color-focus-dark - Focus ring in the dark theme (default: the dark accent).
 * @cssproperty --carepath-color-warning-dark - Warnings in the dark theme (default `#ffc46b`).
 * @cssproperty --carepath-color-error-dark - Form errors in the dark theme (default `#ffb4ab`).
 * @cssstate rendered - Set from the widget's first render on: a page reserves its height until then with `carepath-quiz:not(:state(rendered))` (see docs/performance.md).
 */
export abstract class CarepathElement<C extends CommonConfig = CommonConfig> extends LitElement {
  /** The version of the copy that defined this class, so `define()` can name both copies when two load. */
  static readonly carepathVersion = VERSION;
  /** The widget's short name: `levels`, `quiz`, `cost`, `schedule`. */
  static widget = 'element';
  /** The widget's configuration fields as zod schemas, keyed by property name (published as `dist/schemas/<widget>.json`). */
  static configShape: Readonly<Record<string, z.ZodMiniType>> = COMMON_SHAPE;
  /** Each configuration field's attribute and how its text is read (`string`, `boolean`, `number`, `list`, `pairs`; `json` fields have no attribute). */
  static configFields: FieldSpecs = COMMON_FIELDS;
  /** The widget's own UI strings (the shared ones come with the base), so each bundle carries only its own. */
  static translations: Translations = { en: {} };

  /** Colour scheme: `light` (default), `dark`, or `auto` (follows the visitor's system setting). */
  @property() theme?: Theme;
  /** Widgets with the same group share the quiz's suggestion. Default `default`. */
  @property() group?: string;
  /** Ignore the page's channel: no highlighting or switching from a quiz. */
  @property({ type: Boolean }) independent?: boolean;
  /** Show configuration issues inside the widget (for the page's author, not for visitors). */
  @property({ type: Boolean }) debug?: boolean;
  /** Mirror events into `window.dataLayer` as `{ event, widget, group }` (opt-in). */
  @property({ attribute: 'data-layer', type: Boolean }) dataLayer?: boolean;

  /** Fields (property names, or their attributes) that ignore the visitor and the channel: `locked="level"`. */
  @property({ type: Array }) locked?: string[];

  /**
   * A center's own 24/7 crisis line, shown right after 988 in the widget's help line (and in the quiz's crisis
   * panel), never instead of it: a phone number or a `tel:` link, like `tel:+15555550100`. Anything else, a web link
   * included, is reported and dropped.
   */
  @property({ attribute: 'crisis-phone' }) crisisPhone?: string;
  /** The center's name for its crisis line, plain text up to 60 characters, shown inside fixed text: "Or call {label}, open 24/7: {number}". Default "this center". */
  @property({ attribute: 'crisis-phone-label' }) crisisPhoneLabel?: string;

  /** Every configuration issue found, current as of the last render. */
  get configIssues(): readonly InputIssue[] {
    return this.#issues;
  }

  /**
   * The configuration in effect, as of the last update: each field's value after fallbacks (property/attribute ›
   * JSON child › default) and cross-field clamping. Read-only and frozen; the visitor's own input is not in it.
   */
  get resolvedConfig(): Readonly<C> {
    if (this.#frozen?.[0] !== this.config) this.#frozen = [this.config, Object.freeze({ ...this.config })];
    return this.#frozen[1];
  }

  /**
   * A config field's property options, with the converter for its kind (./config-properties.ts).
   * @internal
   */
  static override getPropertyOptions(name: PropertyKey): PropertyDeclaration {
    return configPropertyOptions(this, name, super.getPropertyOptions(name));
  }

  /**
   * Finalizes the class as Lit does, then wraps each config property's setter: text is read like attribute text,
   * and the last writer (attribute or property) is noted (./config-properties.ts).
   * @internal
   */
  protected static override finalize(): void {
    if (Object.hasOwn(this, 'finalized')) return;
    super.finalize();
    wrapConfigSetters(this as Partial<WidgetClass> & { prototype: object });
  }

  /**
   * The widget's styles, then the help line's fixed styles: every widget gets them, whatever its own `styles` say.
   * @internal
   */
  protected static override finalizeStyles(styles?: CSSResultGroup): CSSResultOrNative[] {
    return [...super.finalizeStyles(styles), helpLineStyles];
  }

  /** The widget's UI strings in the visitor's language (`lang`: `es` → Spanish, else English). */
  protected readonly localize = new Localizer(this, () => (this.constructor as typeof CarepathElement).translations);
  /** The resolved configuration; valid in `willUpdate` and `render`. */
  protected config!: C;
  /** The last channel message for this widget's group, if any (never while `independent`). */
  @state() protected channelMessage: ChannelMessage | undefined;
  /**
   * What the channel suggests for this widget's level, by the one rule the linked widgets share (visitor › channel ›
   * configuration, `locked`, the crisis rule): see `level-suggestion.ts`. Fed by the base, reset with the group.
   */
  protected readonly levelSuggestion = new LevelSuggestion();

  /** For the `rendered` custom state (none where the browser has no `ElementInternals`, or on the server). */
  #internals: ElementInternals | undefined = attachInternalsOf(this);
  #issues: readonly InputIssue[] = [];
  #frozen: [C, Readonly<C>] | undefined;
  #warned = new Set<string>();
  #contrastChecked = false;
  #jsonChild: JsonChild = { json: undefined, issue: undefined, keys: [] };
  #unsubscribe: (() => void) | undefined;
  #subscribedGroup: string | undefined;

  /** This widget's class, for its static `widget`, `configShape` and `configFields`. */
  protected get widgetClass(): WidgetClass {
    return this.constructor as WidgetClass;
  }

  /** The visitor's language, `en` or `es` (from `lang` on the element, the nearest `[lang]`, or `<html lang>`). */
  protected get lang_(): Language {
    return this.localize.lang;
  }

  /**
   * Render scheduling (`updateComplete` waits for all of it):
   * - each widget's first render runs in its own task, after the task that defined the widgets, so a page with
   *   four widgets has five short tasks instead of one long one (the browser may paint or handle input between);
   * - a Spanish widget waits for the Spanish file (loaded once per page), so English never flashes;
   * - a widget that will hydrate pre-rendered markup waits for the hydration code (loaded once per page);
   * - a first render takes its task after those files, so the widgets waiting for one file still render (or
   *   hydrate) one per task when it arrives, not all in the task that received it.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const loads: Promise<void>[] = [];
    if (!spanishSettledNow() && this.localize.lang === 'es') loads.push(loadSpanish());
    const hydration = hydrationReady(this);
    if (hydration) loads.push(hydration);
    if (this.hasUpdated && loads.length === 0) return super.scheduleUpdate();
    const turn = () => (this.hasUpdated ? undefined : firstRenderTurn());
    return Promise.resolve(loads.length === 0 ? turn() : Promise.all(loads).then(turn)).then(() => super.scheduleUpdate());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#jsonChild = readJsonChild(this, this.widgetClass.widget, this.widgetClass.configShape);
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#subscribedGroup = undefined;
  }

  // Pre-rendered markup (`carepath/ssr`): kept and hydrated when its stamp holds, else rendered fresh.
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return claimPrerendered(this, this.lang_, this.widgetClass.elementStyles, () => super.createRenderRoot());
  }

  protected override update(changed: PropertyValues): void {
    updateOrHydrate(this, changed, (c) => super.update(c), () => this.render(), () => this.config);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    writingFromAttribute(this, this.widgetClass.configFields, name, () => super.attributeChangedCallback(name, old, value));
  }

  /** What was given for config field `name`, as given: the attribute's text if the attribute wrote last, else the property. */
  protected rawConfigValue(name: string): unknown {
    const attribute = this.widgetClass.configFields[name]?.attribute;
    if (writerOf(this, name) === 'attribute' && attribute !== undefined) return this.getAttribute(attribute) ?? undefined;
    return (this as unknown as Record<string, unknown>)[name];
  }

  /** Whether `field` (a property name or its attribute) is locked against the visitor and the channel. */
  protected isLocked(field: string): boolean {
    const attribute = this.widgetClass.configFields[field]?.attribute;
    return this.config.locked.some((name) => name === field || name === attribute);
  }

  /** Hook for cross-field rules (clamping, consistency); returns the adjusted config and any issues. */
  protected refineConfig(config: C): { config: C; issues: readonly InputIssue[] } {
    return { config, issues: [] };
  }

  /** Called for each channel message for this group (not while `independent`); the widget decides what to do. */
  protected onChannelMessage(_message: ChannelMessage): void {}

  /** Renders the widget inside the shared outer box (`part="base"`); may throw, and then the notice shows instead. */
  protected abstract renderWidget(): TemplateResult | typeof nothing;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const widget = this.widgetClass.widget;
    const fields = this.widgetClass.configFields;
    const own = this as unknown as Record<string, unknown>;
    // The property holds the last write; hand it over as attribute text when the attribute wrote it, so a warning
    // names what the page's author typed.
    const byAttribute = new Map(Object.entries(fields).map(([name, spec]) => [spec.attribute, name]));
    const resolved = resolveConfig<C>(widget, this.widgetClass.configShape, fields, {
      property: (name) => (writerOf(this, name) === 'attribute' ? undefined : own[name]),
      attribute: (attribute) => {
        const name = byAttribute.get(attribute);
        return name !== undefined && writerOf(this, name) === 'attribute' ? this.getAttribute(attribute) : null;
      },
      json: this.#jsonChild.json,
    });
    const refined = this.refineConfig(resolved.config);
    this.config = refined.config;
    const { fieldIssues, keyIssues } = withUnknownKeys(widget, fields, this.#jsonChild.keys, resolved.issues);
    const jsonIssue = this.#jsonChild.issue;
    const unknownAttributes = unknownAttributeIssues(widget, fields, this.attributes);
    const issues = [...(jsonIssue ? [jsonIssue] : []), ...keyIssues, ...unknownAttributes, ...fieldIssues, ...refined.issues];
    this.#issues = issues;
    this.#report(issues);
    this.#syncChannel();
  }

  protected override render(): TemplateResult {
    let content: TemplateResult | typeof nothing;
    try {
      content = this.renderWidget();
    } catch (error) {
      // A widget never throws out of a lifecycle callback and never renders blank.
      const issues =
        error instanceof CarepathInputError
          ? error.issues.map((issue) => ({ ...issue, message: `<carepath-${this.widgetClass.widget}> ${issue.field ? `${issue.field} ` : ''}${issue.message}` }))
          : [{ field: '', value: undefined, message: `<carepath-${this.widgetClass.widget}> could not render: ${String(error)}` }];
      this.#issues = [...this.#issues, ...issues];
      this.#report(issues);
      content = this.renderNotice();
    }
    const theme = this.config.theme;
    // The help line sits outside the `base` part and carries no part, so no page rule on a part reaches it.
    return html`<div class="root ${theme}" part="base" lang=${this.lang_}>${content}${this.#renderDebug()}</div>${renderHelpLine(
      this.lang_,
      centerPhone(this.lang_, this.config),
      theme,
    )}`;
  }

  /** The short neutral notice shown when nothing usable is configured. */
  protected renderNotice(): TemplateResult {
    return html`<p class="notice" role="status">${this.localize.term('carepath.common.notice')}</p>`;
  }

  /** Dispatches a carepath event and, when opted in, mirrors it into `window.dataLayer` (never a quiz step). */
  protected emit(event: Event): boolean {
    const result = this.dispatchEvent(event);
    if (this.config?.dataLayer && mirrorsToDataLayer(event.type)) pushToDataLayer(dataLayerEntry(event.type, this.widgetClass.widget, this.config.group));
    return result;
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    try {
      this.#internals?.states.add('rendered'); // in the same task as the first render: a reserved height hands over at once
    } catch {
      // a browser without custom states: no `:state(rendered)`, and the page's reservation rule does not apply either
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // The help line steps aside where the widget shows the quiz's crisis panel (fixed on screen too, with the same
    // numbers and more). Set here rather than in the template, so no widget needs code of its own for it; a `:has()`
    // rule was not re-evaluated by WebKit when the panel appeared.
    const panel = this.renderRoot.querySelector('.root .crisis-panel') !== null;
    this.renderRoot.querySelector('.help-line')?.toggleAttribute('data-beside-panel', panel);
    if (this.config.debug && !this.#contrastChecked) this.#checkAccentContrast();
  }

  /** With `debug`: warns once when the theme's button text (on-accent on accent) is below 4.5:1. */
  #checkAccentContrast(): void {
    const root = this.renderRoot.querySelector('.root');
    if (!root) return;
    this.#contrastChecked = true;
    // A page author's check, only with `debug`: loaded on demand (a chunk of its own), so visitors never download it.
    void import('./contrast.js').then(
      ({ measuredAccentWarning }) => {
        const message = measuredAccentWarning(root, this.widgetClass.widget);
        if (message) console.warn(message);
      },
      () => undefined,
    );
  }

  #renderDebug(): TemplateResult | typeof nothing {
    if (!this.config.debug || this.#issues.length === 0) return nothing;
    return html`<div class="debug" role="note">
      <p>${this.localize.term('carepath.common.debugHeading')}</p>
      <ul>
        ${this.#issues.map((issue) => html`<li>${issue.message}</li>`)}
      </ul>
    </div>`;
  }

  /** Warns once per element and field, and fires `carepath-config-error` with the new issues. */
  #report(issues: readonly InputIssue[]): void {
    const fresh = issues.filter((issue) => !this.#warned.has(issue.field));
    if (fresh.length === 0) return;
    for (const issue of fresh) {
      this.#warned.add(issue.field);
      console.warn(issue.message);
    }
    this.emit(new CarepathConfigErrorEvent({ issues: fresh.map(({ field, value, message }) => ({ field, value, message })) }));
  }

  #syncChannel(): void {
    const group = this.config.independent || !this.isConnected ? undefined : this.config.group;
    if (group === this.#subscribedGroup) return;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#subscribedGroup = group;
    this.channelMessage = undefined;
    this.levelSuggestion.reset();
    if (group === undefined) return;
    this.#unsubscribe = subscribe(group, (message) => {
      this.levelSuggestion.receive(message);
      this.channelMessage = message;
      this.onChannelMessage(message);
    });
  }
}

function attachInternalsOf(element: HTMLElement): ElementInternals | undefined {
  try {
    return element.attachInternals();
  } catch {
    return undefined;
  }
}
