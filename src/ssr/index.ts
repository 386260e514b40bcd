/**
 * `carepath/ssr` (Node only): pre-renders a carepath tag into HTML with a declarative shadow root holding the
 * widget's first screen, which browsers paint before any script runs; the carepath script then hydrates it in
 * place. Built on Lit's server renderer (@lit-labs/ssr). The configuration goes through the widget's own code —
 * the same attributes, JSON child, validation and issues as in the browser.
 */
import { LitElementRenderer, render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseFragment, serialize, type DefaultTreeAdapterMap } from 'parse5';
import { CarepathCost } from '../components/cost/cost.js';
import { CarepathLevels } from '../components/levels/levels.js';
import { CarepathQuiz } from '../components/quiz/quiz.js';
import { CarepathSchedule } from '../components/schedule/schedule.js';
import type { InputIssue } from '../core/errors.js';
import type { Language } from '../core/text.js';
import { THEMES, type Theme } from '../internal/carepath-element.js';
import { resolveLanguage, useSpanish } from '../internal/localize.js';
import { VERSION } from '../internal/version.js';
import type { Dictionary } from '../translations/en.js';
import * as spanishDictionaries from '../translations/es.js';
import { PENDING_ATTRIBUTE, STAMP_ATTRIBUTE, stampFor } from './client.js';
import { buildStylesheet } from './css.js';

export type { InputIssue } from '../core/errors.js';
export { renderPage, type RenderedPage, type PageOptions } from './page.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];

/** The tags `renderWidget` pre-renders, with their classes. */
export const WIDGETS = {
  'carepath-cost': CarepathCost,
  'carepath-levels': CarepathLevels,
  'carepath-quiz': CarepathQuiz,
  'carepath-schedule': CarepathSchedule,
} as const;
export type WidgetTag = keyof typeof WIDGETS;

export interface RenderOptions {
  /**
   * The language of the page (or of the nearest ancestor with `lang`) the markup goes into: `es…` → Spanish,
   * anything else → English. The tag's own `lang` attribute wins. Default `en`. Render with the language the page
   * really has: a widget that resolves another language in the browser renders itself again, with a warning.
   */
  readonly lang?: string;
  /** The theme when the tag has no `theme` attribute; it is then written onto the tag, so the browser agrees. */
  readonly theme?: Theme;
  /**
   * Where the page loads `carepath.css` from. Default: the version-pinned jsDelivr copy, with Subresource
   * Integrity. Under `style-src 'self'` host the file yourself and give its URL here.
   */
  readonly stylesheet?: string;
}

export interface RenderedWidget {
  /** The tag with its attributes, the declarative shadow root, and its original children (the JSON block). */
  readonly html: string;
  /** The tag's configuration issues, exactly as the browser reports them (`configIssues`). */
  readonly issues: readonly InputIssue[];
  readonly tag: WidgetTag;
  readonly lang: Language;
}

const FORM_CONTROLS = new Set(['button', 'input', 'select', 'textarea']);
const DEFAULT_STYLESHEET = `https://cdn.jsdelivr.net/npm/carepath@${VERSION}/dist/cdn/carepath.css`;

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/\u00a0/g, '&nbsp;');
}

function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

function isDeclarativeShadowRoot(node: Node): boolean {
  return node.nodeName === 'template' && (attribute(node as Element, 'shadowrootmode') !== undefined || attribute(node as Element, 'shadowroot') !== undefined);
}

function textOf(node: Element): string {
  return node.childNodes.map((child) => ('value' in child && child.nodeName === '#text' ? child.value : '')).join('');
}

/**
 * Boolean attributes that Lit's server renderer writes from property bindings (`.checked=${false}` becomes
 * `checked="false"`, which a browser reads as checked). The first screen must show the values the widget holds.
 */
const BOOLEAN_PROPERTIES = new Set(['checked', 'selected', 'disabled', 'hidden', 'open', 'multiple', 'readonly', 'required', 'indeterminate']);

/**
 * Makes the markup say what the widget's DOM will hold: boolean property bindings as real boolean attributes, and
 * every form control the server rendered enabled disabled until hydration, marked so hydration gives it back.
 */
function markPending(node: ParentNode): void {
  for (const child of node.childNodes) {
    if (!('tagName' in child)) continue;
    child.attrs = child.attrs
      .filter((attr) => !(BOOLEAN_PROPERTIES.has(attr.name) && attr.value === 'false'))
      .map((attr) => (BOOLEAN_PROPERTIES.has(attr.name) && attr.value === 'true' ? { ...attr, value: '' } : attr));
    if (FORM_CONTROLS.has(child.tagName) && attribute(child, 'disabled') === undefined) {
      child.attrs.push({ name: 'disabled', value: '' }, { name: PENDING_ATTRIBUTE, value: '' });
    }
    markPending(child.tagName === 'template' ? (child as DefaultTreeAdapterMap['template']).content : child);
  }
}

let integrity: string | undefined;
/** The Subresource Integrity hash of the stylesheet this package ships (for the default, CDN-hosted link). */
function stylesheetIntegrity(): string | undefined {
  if (integrity !== undefined) return integrity || undefined;
  try {
    const file = '../cdn/carepath.css'; // beside this module in dist/ (a variable, so the bundler leaves the URL alone)
    integrity = `sha384-${createHash('sha384').update(readFileSync(new URL(file, import.meta.url))).digest('base64')}`;
  } catch {
    integrity = '';
  }
  return integrity || undefined;
}

/** The `<link>` that loads carepath.css, for a shadow root or the page's `<head>`. */
export function stylesheetLink(href: string = DEFAULT_STYLESHEET): string {
  const sri = href === DEFAULT_STYLESHEET ? stylesheetIntegrity() : undefined;
  return `<link rel="stylesheet" href="${escapeAttribute(href)}"${sri ? ` integrity="${sri}" crossorigin="anonymous"` : ''}>`;
}

/** The one element a tag's HTML holds, or a TypeError that says what was expected. */
function parseTag(tagHtml: string): { element: Element; tag: WidgetTag } {
  const fragment = parseFragment(tagHtml, { sourceCodeLocationInfo: true });
  const elements = fragment.childNodes.filter((node): node is Element => 'tagName' in node);
  const stray = fragment.childNodes.some((node) => node.nodeName === '#text' && 'value' in node && node.value.trim() !== '');
  const element = elements[0];
  if (!element || elements.length > 1 || stray || !(element.tagName in WIDGETS)) {
    throw new TypeError(
      `renderWidget() takes the HTML of one carepath tag (${Object.keys(WIDGETS).join(', ')}), like <carepath-quiz lang="es"></carepath-quiz>; got ${JSON.stringify(tagHtml.slice(0, 80))}.`,
    );
  }
  return { element, tag: element.tagName as WidgetTag };
}

let spanishInstalled = false;

type ServerElement = InstanceType<(typeof WIDGETS)[WidgetTag]> & {
  enableUpdating(requested: boolean): void;
  querySelector(selector: string): { textContent: string } | null;
  render(): unknown;
  readonly localize: object;
};

/**
 * Pre-renders one carepath tag. `tagHtml` is the tag as a page would hold it, attributes and JSON child included
 * (`<carepath-cost daily-rate="300"><script type="application/json">{…}</script></carepath-cost>`). Returns the
 * same tag with a declarative shadow root holding the widget's first screen, and its configuration issues.
 * Throws a TypeError when `tagHtml` is not one carepath tag.
 */
export function renderWidget(tagHtml: string, options: RenderOptions = {}): RenderedWidget {
  const { element, tag } = parseTag(tagHtml);
  // The browser loads the Spanish UI strings lazily; the server renders at once, so it holds them from the start.
  if (!spanishInstalled) useSpanish(Object.assign({}, ...Object.values(spanishDictionaries)) as Dictionary);
  spanishInstalled = true;
  if (options.theme !== undefined && !THEMES.includes(options.theme)) {
    throw new TypeError(`renderWidget(): theme must be one of ${THEMES.join(', ')}; got ${JSON.stringify(options.theme)}.`);
  }
  const widgetClass = WIDGETS[tag];
  if (!customElements.get(tag)) customElements.define(tag, widgetClass);

  const ownLang = attribute(element, 'lang');
  const lang = resolveLanguage(ownLang ?? options.lang ?? 'en');
  const attrs = element.attrs.filter((attr) => attr.name !== STAMP_ATTRIBUTE).map((attr) => ({ ...attr }));
  if (options.theme !== undefined && attribute(element, 'theme') === undefined) attrs.push({ name: 'theme', value: options.theme });
  const jsonScript = element.childNodes.find(
    (node): node is Element => node.nodeName === 'script' && (attribute(node as Element, 'type') ?? '').trim().toLowerCase() === 'application/json',
  );
  const json = jsonScript ? textOf(jsonScript) : undefined;

  // The widget's own lifecycle, minus the DOM: attributes through its attributeChangedCallback, the JSON child
  // through the one query it makes, connectedCallback with asynchronous updating switched off, then willUpdate
  // (configuration and validation) and render.
  const warn = console.warn;
  const renderer = new LitElementRenderer(tag);
  const el = renderer.element as unknown as ServerElement;
  let content: string;
  try {
    console.warn = () => {}; // issues go to the caller, not to the server's console
    el.enableUpdating = () => {};
    el.querySelector = (selector: string) => (json !== undefined && selector.includes('application/json') ? { textContent: json } : null);
    Object.defineProperty(el.localize, 'lang', { value: lang }); // a server element has no ancestors to ask
    for (const { name, value } of attrs) {
      el.setAttribute(name, value);
      el.attributeChangedCallback(name, null, value);
    }
    el.connectedCallback();
    renderer.connectedCallback();
    content = collectResultSync(render(el.render()));
    el.disconnectedCallback();
  } finally {
    console.warn = warn;
  }

  const shadow = parseFragment(`${stylesheetLink(options.stylesheet)}${content}`);
  markPending(shadow);
  const markup = serialize(shadow);
  attrs.push({ name: STAMP_ATTRIBUTE, value: stampFor(widgetClass.carepathVersion, lang, markup, (el as unknown as { config: unknown }).config) });

  // The tag's own children (the JSON block) as the page wrote them; an earlier pre-rendered root is replaced.
  const children = element.childNodes
    .filter((node) => !isDeclarativeShadowRoot(node))
    .map((node) => (node.sourceCodeLocation ? tagHtml.slice(node.sourceCodeLocation.startOffset, node.sourceCodeLocation.endOffset) : ''))
    .join('');
  const startTag = `<${tag}${attrs.map(({ name, value }) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`)).join('')}>`;
  return {
    html: `${startTag}<template shadowrootmode="open">${markup}</template>${children}</${tag}>`,
    issues: el.configIssues.map(({ field, value, message }) => ({ field, value, message })),
    tag,
    lang,
  };
}

/** The text of `carepath.css`: the four widgets' styles, base included, each scoped to its tag. */
export function widgetStylesheet(): string {
  const widgets = Object.entries(WIDGETS).map(([tag, widgetClass]) => {
    (widgetClass as unknown as { finalize(): void }).finalize(); // builds elementStyles
    return { tag, styles: widgetClass.elementStyles.map((style) => ({ cssText: 'cssText' in style ? String(style.cssText) : '' })) };
  });
  const tags = Object.keys(WIDGETS).join(',');
  // Controls the server disabled until hydration look it (the widgets style their own buttons, so `disabled`
  // alone would leave "Start" looking live). The rule goes with the markup: hydration drops the attribute.
  // Only buttons are dimmed: opacity on an input moves WebKit's layout (measured: the estimator 63 px taller).
  const pending = `:host(:is(${tags})) [${PENDING_ATTRIBUTE}]{cursor: not-allowed;}:host(:is(${tags})) button[${PENDING_ATTRIBUTE}]{opacity: 0.7;}`;
  return `${buildStylesheet(widgets, `/*! carepath ${VERSION} | MIT | styles for pre-rendered widgets (carepath/ssr) */\n`)}${pending}\n`;
}
