import { expect } from '@open-wc/testing';
import { formatClock, formatCurrencySymbol, formatList, formatPlainNumber, formatWeekday } from '../../src/internal/format.js';

// The fast formatters must print exactly what Intl prints, or step aside (undefined) so the caller uses Intl.
const LOCALES = { en: 'en-US', es: 'es-US' } as const;
const LANGS = ['en', 'es'] as const;
const SHOW = (text: string | undefined) => JSON.stringify(text);

describe('formatting without Intl', () => {
  it('prints numbers exactly as Intl does, or steps aside when Intl would round', () => {
    const values = [0, 1, 7, 9, 12.5, 9.75, 999, 1000, 1500, 12345, 123456, 1234567.25, 10_000_000, 0.1, 0.125, 1e20, 1.0005, 2 / 3];
    const optionSets: Intl.NumberFormatOptions[] = [{}, { maximumFractionDigits: 2 }, { maximumFractionDigits: 0 }, { minimumFractionDigits: 1 }];
    let fast = 0;
    for (const lang of LANGS) {
      for (const options of optionSets) {
        for (const value of values) {
          const mine = formatPlainNumber(value, options);
          if (mine === undefined) continue;
          fast += 1;
          expect(mine, `${lang} ${value} ${JSON.stringify(options)}`).to.equal(new Intl.NumberFormat(LOCALES[lang], options).format(value));
        }
      }
    }
    expect(fast).to.be.greaterThan(100);
    // Rounding, negatives, NaN and exponents go to Intl.
    expect(formatPlainNumber(2 / 3)).to.equal(undefined);
    expect(formatPlainNumber(2.5, { maximumFractionDigits: 0 })).to.equal(undefined);
    expect(formatPlainNumber(-3)).to.equal(undefined);
    expect(formatPlainNumber(-0)).to.equal(undefined);
    expect(formatPlainNumber(Number.NaN)).to.equal(undefined);
    expect(formatPlainNumber(Infinity)).to.equal(undefined);
    expect(formatPlainNumber(1e21)).to.equal(undefined);
    expect(formatPlainNumber(5, { minimumFractionDigits: 3, maximumFractionDigits: 1 })).to.equal(undefined);
  });

  it('prints US dollars as Intl does, and leaves other currencies and options to Intl', () => {
    const optionSets: Intl.NumberFormatOptions[] = [
      { maximumFractionDigits: 0, minimumFractionDigits: 0 },
      { maximumFractionDigits: 2, minimumFractionDigits: 0 },
      { maximumFractionDigits: 2 },
      {},
    ];
    for (const lang of LANGS) {
      for (const extra of optionSets) {
        for (const value of [0, 5, 300, 1500, 4000, 10.5, 1500.5, 1234567, 10_000_000]) {
          const options: Intl.NumberFormatOptions = { style: 'currency', currency: 'USD', ...extra };
          const mine = formatPlainNumber(value, options);
          if (mine === undefined) continue;
          expect(mine, `${lang} ${value} ${JSON.stringify(extra)}`).to.equal(new Intl.NumberFormat(LOCALES[lang], options).format(value));
        }
      }
    }
    expect(formatPlainNumber(1500, { style: 'currency', currency: 'usd', maximumFractionDigits: 0 })).to.equal('$1,500');
    expect(formatPlainNumber(1500, { style: 'currency', currency: 'EUR' })).to.equal(undefined);
    expect(formatPlainNumber(0.5, { style: 'percent' })).to.equal(undefined);
    expect(formatPlainNumber(5, { currency: 'USD' })).to.equal(undefined);
    expect(formatPlainNumber(5, { useGrouping: false } as never)).to.equal(undefined);
  });

  it('shows the US dollar sign as Intl does, and leaves other currencies to Intl', () => {
    for (const lang of LANGS) {
      const parts = new Intl.NumberFormat(LOCALES[lang], { style: 'currency', currency: 'USD' }).formatToParts(0);
      expect(formatCurrencySymbol('USD')).to.equal(parts.find((part) => part.type === 'currency')?.value);
      expect(formatCurrencySymbol('usd')).to.equal('$');
    }
    expect(formatCurrencySymbol('EUR')).to.equal(undefined);
    expect(formatCurrencySymbol('CAD')).to.equal(undefined);
  });

  it('names every weekday in both widths as Intl does', () => {
    for (const lang of LANGS) {
      for (const width of ['long', 'short'] as const) {
        const intl = new Intl.DateTimeFormat(LOCALES[lang], { weekday: width, timeZone: 'UTC' });
        for (let index = 0; index < 7; index += 1) {
          expect(formatWeekday(index, lang, width)).to.equal(intl.format(Date.UTC(2024, 0, 1 + index)));
        }
      }
    }
  });

  it('prints every quarter hour from 00:00 to 24:00 as Intl does', () => {
    for (const lang of LANGS) {
      const intl = new Intl.DateTimeFormat(LOCALES[lang], { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
      for (let minutes = 0; minutes <= 24 * 60; minutes += 5) {
        const [h, m] = [Math.floor(minutes / 60), minutes % 60];
        expect(SHOW(formatClock(h, m, lang)), `${lang} ${h}:${m}`).to.equal(SHOW(intl.format(Date.UTC(2024, 0, 1, h, m))));
      }
    }
    expect(formatClock(25, 0, 'en')).to.equal(undefined);
    expect(formatClock(9, 60, 'en')).to.equal(undefined);
    expect(formatClock(Number.NaN, 0, 'en')).to.equal(undefined);
  });

  it('joins lists as Intl does, leaving the Spanish "e" before an i sound to Intl', () => {
    const lists = [[], ['Monday'], ['Monday', 'Friday'], ['Monday', 'Wednesday', 'Friday'], ['a', 'b', 'c', 'd']];
    for (const lang of LANGS) {
      const intl = new Intl.ListFormat(LOCALES[lang], { style: 'long', type: 'conjunction' });
      for (const items of lists) expect(formatList(items, lang)).to.equal(intl.format(items));
    }
    expect(formatList(['a', 'Ibiza'], 'es')).to.equal(undefined);
    expect(formatList(['a', 'hilo'], 'es')).to.equal(undefined);
    expect(formatList(['a', 'Ibiza'], 'en')).to.equal('a and Ibiza');
  });
});
