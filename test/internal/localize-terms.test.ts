/**
 * Typed placeholders: `term(key, values)` is checked when compiled against the `{name}` placeholders of the English
 * string, and every Spanish string carries the same placeholders as its English one. The `@ts-expect-error` lines
 * are the compile-time half of this test: `npm run typecheck` fails if any of them stops being an error (TS2578).
 * At run time `term` stays as small as it was: it fills what it is given and leaves an unfilled `{name}` visible.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { Localizer, type Term, type TermArgs } from '../../src/internal/localize.js';
import { enCommon, enCost, enLevels, enQuiz, enSchedule, type Strings, type TranslationKey } from '../../src/translations/en.js';
import { esCommon, esCost, esLevels, esQuiz, esSchedule } from '../../src/translations/es.js';

class TermsDemo extends LitElement {
  readonly t = new Localizer(this, () => ({ en: { ...enSchedule, ...enCost } }));
}
customElements.define('terms-demo', TermsDemo);

const SECTIONS = [
  ['common', enCommon, esCommon],
  ['levels', enLevels, esLevels],
  ['schedule', enSchedule, esSchedule],
  ['quiz', enQuiz, esQuiz],
  ['cost', enCost, esCost],
] as const;

/** The `{name}` placeholders of a string, sorted. */
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('typed placeholders (src/internal/localize.ts, src/translations)', () => {
  it('fills the placeholders it is given, numbers included', async () => {
    const { t } = await fixture<TermsDemo>(html`<terms-demo></terms-demo>`);
    expect(t.term('carepath.schedule.fit.when', { day: 'Monday', start: '9:00 AM', end: '5:00 PM' })).to.equal('Monday, 9:00 AM–5:00 PM');
    expect(t.term('carepath.cost.chart.weekN', { week: 3 })).to.equal('Week 3');
    expect(t.term('carepath.schedule.fit.add')).to.equal('Add');
  });

  it('compiles only calls that name exactly the English string\'s placeholders (and leaves a missing one visible)', async () => {
    const { t } = await fixture<TermsDemo>(html`<terms-demo></terms-demo>`);
    // @ts-expect-error: a misspelt placeholder ("exampel" for "example")
    expect(t.term('carepath.schedule.fit.errorFrom', { exampel: '9:00 AM' })).to.equal('Enter a start time, like {example}.');
    // @ts-expect-error: a missing placeholder ("end")
    expect(t.term('carepath.schedule.fit.when', { day: 'Monday', start: '9:00 AM' })).to.equal('Monday, 9:00 AM–{end}');
    // @ts-expect-error: the values left out altogether
    expect(t.term('carepath.schedule.fit.errorTo')).to.equal('Enter an end time, like {example}.');
    // @ts-expect-error: a placeholder the string does not have
    expect(t.term('carepath.schedule.fit.errorTo', { example: '5:00 PM', time: '5:00 PM' })).to.equal('Enter an end time, like 5:00 PM.');
    // @ts-expect-error: values for a string without placeholders (a sign the key or the string is not the intended one)
    expect(t.term('carepath.schedule.fit.add', { count: 1 })).to.equal('Add');
    // Either of two keys: the values must cover both strings' placeholders.
    const either = (first: boolean) => (first ? 'carepath.schedule.fit.errorFrom' : 'carepath.schedule.fit.errorTo') as 'carepath.schedule.fit.errorFrom' | 'carepath.schedule.fit.errorTo';
    expect(t.term(either(false), { example: '5:00 PM' })).to.equal('Enter an end time, like 5:00 PM.');
    // A key only known at run time takes any values, as before.
    const key = ((): TranslationKey => 'carepath.schedule.fit.errorFrom')();
    expect(t.term(key, { example: '9:00 AM' })).to.equal('Enter a start time, like 9:00 AM.');
    expect(t.term(key)).to.equal('Enter a start time, like {example}.');
  });

  it('types a forwarded term the same way (`Term`, `TermArgs`)', async () => {
    const { t } = await fixture<TermsDemo>(html`<terms-demo></terms-demo>`);
    const term: Term = (key, ...values) => t.term(key, ...values);
    expect(term('carepath.cost.chart.weekN', { week: 2 })).to.equal('Week 2');
    // @ts-expect-error: the forwarded function checks placeholders too
    expect(term('carepath.cost.chart.weekN', { weeks: 2 })).to.equal('Week {week}');
    const none: TermArgs<'carepath.schedule.fit.add'> = [];
    const one: TermArgs<'carepath.cost.chart.weekN'> = [{ week: 1 }];
    expect([none.length, one.length]).to.deep.equal([0, 1]);
  });

  it('refuses, when compiled, a translation that drops or misspells a placeholder', () => {
    type English = { readonly 'carepath.x.range': 'From {low} to {high}'; readonly 'carepath.x.plain': 'Plain' };
    const moved: Strings<English> = { 'carepath.x.range': 'Hasta {high}, desde {low}', 'carepath.x.plain': 'Sencillo' };
    // @ts-expect-error: "{high}" dropped
    const dropped: Strings<English> = { 'carepath.x.range': 'Desde {low}', 'carepath.x.plain': 'Sencillo' };
    // @ts-expect-error: "{lo}" for "{low}"
    const misspelt: Strings<English> = { 'carepath.x.range': 'De {lo} a {high}', 'carepath.x.plain': 'Sencillo' };
    expect([moved, dropped, misspelt].map((strings) => placeholders(strings['carepath.x.range']))).to.deep.equal([['high', 'low'], ['low'], ['high', 'lo']]);
  });

  for (const [name, english, spanish] of SECTIONS) {
    it(`Spanish ${name}: every string carries exactly the English placeholders`, () => {
      const en = english as Readonly<Record<string, string>>;
      const es = spanish as Readonly<Record<string, string>>;
      expect(Object.keys(es).sort()).to.deep.equal(Object.keys(en).sort());
      const differ = Object.keys(en).filter((key) => placeholders(en[key] ?? '').join() !== placeholders(es[key] ?? '').join());
      expect(differ).to.deep.equal([]);
    });
  }

  it('shows a Spanish string with its placeholders filled', async () => {
    const { t } = await fixture<TermsDemo>(html`<terms-demo lang="es"></terms-demo>`);
    const { loadSpanish } = await import('../../src/internal/localize.js');
    await loadSpanish();
    expect(t.term('carepath.schedule.fit.when', { day: 'lunes', start: '9:00 a.m.', end: '5:00 p.m.' })).to.equal('lunes, 9:00 a.m.–5:00 p.m.');
  });
});
