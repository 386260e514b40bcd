/**
 * Localization for the widgets. We keep our own small controller rather than a page-wide library: the popular
 * one for web components (@shoelace-style/localize) observes <html> at import time, and the widgets promise that
 * importing carepath never touches the DOM; @lit/localize is configured once per page and belongs to the host.
 *
 * Language (docs/reference/attributes.md): the primary subtag of the element's own `lang`, else of the nearest `[lang]`
 * ancestor (across shadow roots), else of `<html lang>`; `es` → Spanish, anything else → English, silently.
 * Numbers, money, weekdays and times read as `Intl` prints them in that language (US conventions: `en-US`,
 * `es-US`); the common cases are formatted by ./format.js without Intl, which costs a first render 35–80 ms.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Language } from '../core/text.js';
import { enCommon, type Dictionary, type EnglishText, type Placeholders, type TranslationKey } from '../translations/en.js';
import { formatClock, formatCurrencySymbol, formatList, formatPlainNumber, formatWeekday } from './format.js';
import { importSpanish } from './spanish.js';

/**
 * A widget's own English strings; the shared ones are always there too. Spanish is one dictionary for every
 * widget, keyed by the same ids, loaded on first need (./spanish.ts).
 */
export type Translations = { readonly en: Dictionary };

/** Values for `{name}` placeholders, by name. */
export type TermValues = Readonly<Record<string, string | number>>;

/**
 * What `term(key, …)` takes after the key, worked out from the English string at compile time: the values for
 * exactly its `{name}` placeholders (a missing or misspelt one is a type error), nothing for a string without any,
 * and any values for a key only known at run time (typed as the whole `TranslationKey`).
 */
export type TermArgs<Key extends TranslationKey> = TranslationKey extends Key
  ? [values?: TermValues]
  : [Placeholders<EnglishText[Key]>] extends [never]
    ? []
    : [values: { readonly [Name in Placeholders<EnglishText[Key]>]: string | number }];

/** `term`'s shape, for a part that receives it from its widget. */
export type Term = <Key extends TranslationKey>(key: Key, ...values: TermArgs<Key>) => string;

let spanish: Dictionary | undefined;
let spanishLoad: Promise<void> | undefined;
let spanishSettled = false;

/** Whether the Spanish strings are in (or failed to load, so English stands in): a Spanish widget may render. */
export function spanishSettledNow(): boolean {
  return spanishSettled;
}

/**
 * Loads the Spanish strings once per page. If the file fails, one warning, and the widgets show English (the
 * crisis text, which ships in both languages in every main file, stays Spanish).
 */
export function loadSpanish(load: () => Promise<Dictionary> = importSpanish): Promise<void> {
  spanishLoad ??= load().then(
    (dictionary) => {
      spanish = dictionary;
    },
    (error: unknown) => {
      console.warn('carepath: the Spanish text file did not load, so the widgets show English text.', error);
    },
  ).finally(() => {
    spanishSettled = true;
  });
  return spanishLoad;
}

/**
 * Installs the Spanish strings at once, for a renderer that cannot wait (carepath/ssr renders synchronously, and
 * the browser hydrates only markup whose text it would render itself).
 */
export function useSpanish(dictionary: Dictionary): void {
  spanish = dictionary;
  spanishLoad = Promise.resolve();
  spanishSettled = true;
}

const LOCALES: Readonly<Record<Language, string>> = { en: 'en-US', es: 'es-US' };

/** The nearest `lang` at or above `element`, crossing shadow-root boundaries. */
export function nearestLang(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang') ?? '';
    node = node instanceof ShadowRoot ? node.host : (node.parentNode ?? null);
  }
  return typeof document === 'undefined' ? '' : document.documentElement.lang;
}

export function resolveLanguage(tag: string): Language {
  return tag.trim().toLowerCase().split(/[-_]/)[0] === 'es' ? 'es' : 'en';
}

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Intl formatters are slow to build (tens of microseconds each) and a page renders hundreds of figures, so
 * each locale-and-options pair is built once per page and shared by every widget.
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>();

export function formatter<K extends 'number' | 'date' | 'list'>(
  kind: K,
  locale: string,
  options: object = {},
): K extends 'number' ? Intl.NumberFormat : K extends 'date' ? Intl.DateTimeFormat : Intl.ListFormat {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached =
      kind === 'number'
        ? new Intl.NumberFormat(locale, options)
        : kind === 'date'
          ? new Intl.DateTimeFormat(locale, options)
          : new Intl.ListFormat(locale, options as Intl.ListFormatOptions);
    formatters.set(key, cached);
  }
  return cached as never;
}

/** Every connected host, so one observer can re-render them when any `lang` on the page changes. */
const hosts = new Set<Host>();
let observer: MutationObserver | undefined;

function watchLang(host: Host): void {
  hosts.add(host);
  if (!observer && typeof MutationObserver !== 'undefined') {
    observer = new MutationObserver(() => hosts.forEach((h) => h.requestUpdate()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
}

function unwatchLang(host: Host): void {
  hosts.delete(host);
  if (hosts.size === 0) {
    observer?.disconnect();
    observer = undefined;
  }
}

export class Localizer implements ReactiveController {
  readonly #host: Host;
  readonly #translations: () => Translations;

  /** `translations` is read at each lookup, so a widget class can supply its own strings statically. */
  constructor(host: Host, translations: () => Translations) {
    this.#host = host;
    this.#translations = translations;
    host.addController(this);
  }

  hostConnected(): void {
    watchLang(this.#host);
  }

  hostDisconnected(): void {
    unwatchLang(this.#host);
  }

  get lang(): Language {
    return resolveLanguage(nearestLang(this.#host));
  }

  get locale(): string {
    return LOCALES[this.lang];
  }

  /** A UI string; its `{name}` placeholders are filled from `values` (checked against the English string when compiled). */
  term<Key extends TranslationKey>(key: Key, ...values: TermArgs<Key>): string;
  term(key: TranslationKey, values?: TermValues): string {
    // Spanish if the page is Spanish and its file is in; else (or if a key is somehow missing) English, never blank.
    const text = (this.lang === 'es' ? spanish?.[key] : undefined) ?? this.#translations().en[key] ?? (enCommon as Dictionary)[key] ?? key;
    return values ? text.replace(/\{(\w+)\}/g, (match, name: string) => String(values[name] ?? match)) : text;
  }

  number(value: number, options?: Intl.NumberFormatOptions): string {
    return formatPlainNumber(value, options) ?? formatter('number', this.locale, options).format(value);
  }

  /** Whole dollars by default (estimates are shown in whole dollars). */
  dollars(value: number, options?: Intl.NumberFormatOptions): string {
    return this.number(value, { style: 'currency', currency: 'USD', maximumFractionDigits: 0, minimumFractionDigits: 0, ...options });
  }

  /** The symbol shown beside a money field for an ISO 4217 code: "$" for USD; the code itself if Intl has none. */
  currencySymbol(currency: string): string {
    const fast = formatCurrencySymbol(currency);
    if (fast !== undefined) return fast;
    const parts = formatter('number', this.locale, { style: 'currency', currency }).formatToParts(0);
    return parts.find((part) => part.type === 'currency')?.value ?? currency;
  }

  /** A weekday name for 'mon'…'sun' (a fixed Monday in January 2024 anchors the week, in UTC). */
  weekday(day: 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun', width: 'long' | 'short' = 'long'): string {
    const index = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].indexOf(day);
    return formatWeekday(index, this.lang, width) ?? formatter('date', this.locale, { weekday: width, timeZone: 'UTC' }).format(Date.UTC(2024, 0, 1 + index));
  }

  /** A clock time 'HH:MM' (24:00 allowed) in the visitor's language: "9:00 AM", "9:00". */
  time(clock: string): string {
    const [hours = 0, minutes = 0] = clock.split(':').map(Number);
    return formatClock(hours, minutes, this.lang) ?? formatter('date', this.locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(
      Date.UTC(2024, 0, 1, hours, minutes),
    );
  }

  /** A list joined the way the language does: "A, B, and C" / "A, B y C". */
  list(items: readonly string[]): string {
    return formatList(items, this.lang) ?? formatter('list', this.locale, { style: 'long', type: 'conjunction' }).format(items);
  }
}
