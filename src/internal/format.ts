/**
 * Formatting without `Intl` for the cases the widgets actually print: whole and short decimal numbers, US dollars,
 * weekday names, clock times and short lists, in `en-US` and `es-US`.
 *
 * Why: the first `Intl.NumberFormat`, `DateTimeFormat` or `ListFormat` in a page loads the ICU data, 35–80 ms of
 * main-thread work on this project's bench machine (`npm run bench`), which made every widget's first render one
 * long task. These functions return exactly what Intl returns in those locales (test/internal/format.test.ts
 * compares them value by value), and `undefined` whenever they could not be sure — a rounding, a negative, an
 * unusual option — so the caller falls back to Intl and nothing is ever formatted differently.
 */
import type { Language } from '../core/text.js';

/** Monday first, as the core's day ids. */
const WEEKDAYS: Readonly<Record<Language, Readonly<Record<'long' | 'short', readonly string[]>>>> = {
  en: {
    long: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    short: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  },
  es: {
    long: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'],
    short: ['lun', 'mar', 'mié', 'jue', 'vie', 'sáb', 'dom'],
  },
};

const DAY_PERIODS: Readonly<Record<Language, readonly [string, string]>> = { en: ['AM', 'PM'], es: ['a.m.', 'p.m.'] };

/** Options the fast path understands; anything else goes to Intl. */
export interface PlainNumberOptions {
  minimumFractionDigits?: number;
  maximumFractionDigits?: number;
  style?: string;
  currency?: string;
}

/**
 * A non-negative number with comma grouping and a point for decimals (both locales), or `undefined` when printing
 * it would need rounding (Intl rounds half away from zero on the exact binary value: not worth copying).
 * `style: 'currency'` is handled for USD only ("$1,500" in both locales).
 */
export function formatPlainNumber(value: number, options: PlainNumberOptions = {}): string | undefined {
  const { style, currency, ...digits } = options;
  const known = Object.keys(digits).every((key) => key === 'minimumFractionDigits' || key === 'maximumFractionDigits');
  const isDollars = style === 'currency' && currency?.toUpperCase() === 'USD';
  if (!known || (style !== undefined && !isDollars) || (style === undefined && currency !== undefined)) return undefined;
  // Intl's defaults: 0–3 fraction digits for plain numbers, 2–2 for dollars.
  const min = digits.minimumFractionDigits ?? (isDollars ? Math.min(2, digits.maximumFractionDigits ?? 2) : 0);
  const max = digits.maximumFractionDigits ?? Math.max(min, isDollars ? 2 : 3);
  if (!Number.isFinite(value) || value < 0 || Object.is(value, -0) || min > max) return undefined;
  const text = String(value);
  if (text.includes('e')) return undefined; // 1e21 and up, or below 1e-6
  const [whole = '', fraction = ''] = text.split('.');
  if (fraction.length > max) return undefined;
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  const decimals = fraction.padEnd(min, '0');
  return `${isDollars ? '$' : ''}${grouped}${decimals ? `.${decimals}` : ''}`;
}

/** The symbol Intl shows for a currency code: "$" for US dollars in both locales; others go to Intl. */
export function formatCurrencySymbol(currency: string): string | undefined {
  return currency.toUpperCase() === 'USD' ? '$' : undefined;
}

/** 'mon'…'sun' → "Monday" / "lunes" (Intl's capitalization: Spanish weekdays are lower case). */
export function formatWeekday(index: number, lang: Language, width: 'long' | 'short'): string | undefined {
  return WEEKDAYS[lang][width][index];
}

/** 0–24 hours and 0–59 minutes → "9:05 AM" / "9:05 a.m."; 24:00 reads as midnight, "12:00 AM", as Intl does. */
export function formatClock(hours: number, minutes: number, lang: Language): string | undefined {
  if (!Number.isInteger(hours) || !Number.isInteger(minutes) || hours < 0 || hours > 24 || minutes < 0 || minutes > 59) return undefined;
  const hour24 = hours % 24;
  const hour12 = hour24 % 12 === 0 ? 12 : hour24 % 12;
  return `${hour12}:${String(minutes).padStart(2, '0')} ${DAY_PERIODS[lang][hour24 < 12 ? 0 : 1]}`;
}

/**
 * "A, B, and C" / "A, B y C". Spanish writes "e" instead of "y" before an "i" sound ("a e Ibiza", but "a y
 * hielo"): that case goes to Intl, which knows the rule.
 */
export function formatList(items: readonly string[], lang: Language): string | undefined {
  if (items.length <= 1) return items[0] ?? '';
  const last = items[items.length - 1] ?? '';
  if (lang === 'es' && /^h?[ií]/i.test(last)) return undefined;
  const head = items.slice(0, -1).join(', ');
  const and = lang === 'es' ? ' y ' : items.length > 2 ? ', and ' : ' and ';
  return `${head}${and}${last}`;
}
