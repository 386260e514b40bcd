import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/components/levels/define.js';
import { CarepathLevels } from '../../src/components/levels/levels.js';
import { levelsStyles } from '../../src/components/levels/levels.styles.js';
import { TABLE_FROM_REM, levelSpan } from '../../src/components/levels/shown-view.js';
import { CARE_LEVEL_IDS } from '../../src/core/levels.js';
import type { CarepathCtaEvent } from '../../src/events/cta.js';
import type { CarepathLevelSelectEvent } from '../../src/events/level-select.js';
import { publish } from '../../src/internal/channel.js';
import { define } from '../../src/internal/define.js';
import { SAFE_URL_MESSAGE } from '../../src/internal/safe-url.js';
import { itHandlesBadAttributes } from '../helpers/bad-config.js';
import { captureWarnings } from '../helpers/console.js';

const COLUMNS = ['setting', 'hours', 'supervision', 'length', 'cost', 'autonomy', 'fit'];
const CAREPATH_EVENTS = ['carepath-level-select', 'carepath-cta', 'carepath-config-error'];

/** Mounts `markup` inside a wrapper `width` px wide (the host is a size container, so this picks the view). */
async function mount(markup: string, width = 1200): Promise<CarepathLevels> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.style.width = `${width}px`;
  wrapper.innerHTML = markup;
  const el = wrapper.querySelector('carepath-levels') as CarepathLevels;
  await el.updateComplete;
  return el;
}

/** Like `mount`, but returns the warnings too (and keeps them out of the log). */
async function mountQuietly(markup: string, width = 1200): Promise<{ el: CarepathLevels; warnings: string[] }> {
  let el!: CarepathLevels;
  const warnings = await captureWarnings(async () => {
    el = await mount(markup, width);
  });
  return { el, warnings };
}

const root = (el: CarepathLevels) => el.shadowRoot as ShadowRoot;
const shown = (node: Element | null): boolean => node !== null && getComputedStyle(node).display !== 'none';
const tableView = (el: CarepathLevels) => root(el).querySelector('.table-view');
const cardView = (el: CarepathLevels) => root(el).querySelector('.card-view');
/** The view a visitor sees right now. */
const visibleView = (el: CarepathLevels): Element => {
  const view = [tableView(el), cardView(el)].find(shown);
  expect(view, 'a visible view').to.exist;
  return view as Element;
};
/** The table's levels, its columns in order (the cards are checked with `cardIds`). */
const rowIds = (el: CarepathLevels) => Array.from(root(el).querySelectorAll('thead th[data-level]')).map((th) => th.getAttribute('data-level'));
const cardIds = (el: CarepathLevels) => Array.from(root(el).querySelectorAll('.card')).map((card) => card.getAttribute('data-level'));
/** The table's attributes, its rows in order. */
const headerColumns = (el: CarepathLevels) => Array.from(root(el).querySelectorAll('tbody tr[data-column]')).map((tr) => tr.getAttribute('data-column'));
/** The levels and attributes in whichever view is built, in order. */
const shownLevels = (el: CarepathLevels) => Array.from(root(el).querySelectorAll('thead th[data-level], .card[data-level]')).map((node) => node.getAttribute('data-level'));
const shownColumns = (el: CarepathLevels) =>
  Array.from(root(el).querySelectorAll('tbody tr[data-column], .card:first-child .pair[data-column]')).map((node) => node.getAttribute('data-column'));
const highlighted = (el: CarepathLevels) =>
  Array.from(visibleView(el).querySelectorAll('[part~="highlight"]')).map((node) => [node.getAttribute('data-level'), node.querySelector('[part="badge"]')?.textContent?.trim()]);
const selectButton = (el: CarepathLevels, level: string) =>
  visibleView(el).querySelector(`[data-level="${level}"] button[part="select"]`) as HTMLButtonElement;
const cell = (el: CarepathLevels, level: string, column: string) =>
  (visibleView(el).querySelector(`td[data-level="${level}"][data-column="${column}"], .card[data-level="${level}"] [data-column="${column}"] dd`)?.textContent ?? '')
    .replace(/\s+/g, ' ')
    .trim();

/** Resizes the widget's wrapper and waits for the view to follow (an observer, then a frame, then a render). */
async function resize(el: CarepathLevels, width: number): Promise<void> {
  (el.parentElement as HTMLElement).style.width = `${width}px`;
  for (let frame = 0; frame < 3; frame += 1) await new Promise((resolve) => requestAnimationFrame(resolve));
  await el.updateComplete;
}

/** Counts every carepath event the element fires while `fn` runs. */
async function countEvents(el: Element, fn: () => Promise<unknown> | unknown): Promise<string[]> {
  const fired: string[] = [];
  const listener = (event: Event) => fired.push(event.type);
  for (const type of CAREPATH_EVENTS) el.addEventListener(type, listener);
  try {
    await fn();
  } finally {
    for (const type of CAREPATH_EVENTS) el.removeEventListener(type, listener);
  }
  return fired;
}

let groupCount = 0;
/** A fresh channel group per test: the channel replays each group's last message for the whole page. */
const freshGroup = () => `levels-test-${(groupCount += 1)}`;

describe('<carepath-levels>', () => {
  describe('defaults', () => {
    it('shows the five levels as columns and the seven attributes as rows of a real table with a caption and scopes at 1200 px', async () => {
      const el = await mount('<carepath-levels></carepath-levels>', 1200);
      expect(el.configIssues).to.deep.equal([]);
      expect(shown(tableView(el)), 'table shown').to.equal(true);
      expect(shown(cardView(el)), 'cards hidden').to.equal(false);
      const table = root(el).querySelector('table') as HTMLTableElement;
      expect(table.getAttribute('part')).to.equal('table');
      expect(table.caption?.textContent).to.contain('Compare levels of care');
      expect(rowIds(el)).to.deep.equal([...CARE_LEVEL_IDS]);
      expect(headerColumns(el)).to.deep.equal(COLUMNS);
      const headers = Array.from(table.querySelectorAll('thead th'));
      expect(headers).to.have.length(5); // one per level; the corner cell is not a header
      expect(headers.every((th) => th.getAttribute('scope') === 'col')).to.equal(true);
      const rowHeaders = Array.from(table.querySelectorAll('tbody th'));
      expect(rowHeaders.map((th) => th.getAttribute('scope'))).to.deep.equal(Array(8).fill('row')); // seven attributes + "Choose a level"
      expect(rowHeaders.map((th) => th.textContent?.trim())).to.deep.equal([
        'Where you live',
        'Hours of care',
        'Support from staff',
        'How long it lasts',
        'Cost',
        'Freedom day to day',
        'Often a fit when…',
        'Choose a level',
      ]);
      expect(headers.map((th) => th.querySelector('.level-name')?.textContent?.trim())).to.deep.equal([
        'Inpatient (hospital)',
        'Residential',
        'Partial hospitalization (PHP)',
        'Intensive outpatient (IOP)',
        'Outpatient',
      ]);
      expect(table.querySelectorAll('tbody tr:first-child td[data-level]')).to.have.length(5);
      expect(table.querySelectorAll('td[data-level][data-column]')).to.have.length(35);
      expect(highlighted(el)).to.deep.equal([]);
      expect(root(el).querySelector('[part="cta"]'), 'no link without cta-href').to.equal(null);
    });

    it('shows the same information in the same order as stacked cards at 320 px, without sideways scrolling', async () => {
      const el = await mount('<carepath-levels></carepath-levels>', 320);
      expect(shown(cardView(el)), 'cards shown').to.equal(true);
      expect(shown(tableView(el)), 'table hidden').to.equal(false);
      expect(cardIds(el)).to.deep.equal([...CARE_LEVEL_IDS]);
      for (const card of Array.from(root(el).querySelectorAll('.card'))) {
        expect(card.getAttribute('part')).to.equal('card');
        expect(Array.from(card.querySelectorAll('.pair')).map((pair) => pair.getAttribute('data-column'))).to.deep.equal(COLUMNS);
        expect(card.querySelector('h3')).to.exist;
      }
      const box = root(el).querySelector('.root') as HTMLElement;
      expect(box.scrollWidth, 'no sideways scroll inside').to.be.at.most(box.clientWidth);
      expect(el.scrollWidth, 'no sideways scroll of the host').to.be.at.most(320);
      expect(document.documentElement.scrollWidth, 'nor of the page').to.be.at.most(window.innerWidth);
      // The table on a wide container holds the same text, cell for cell.
      const wide = await mount('<carepath-levels></carepath-levels>', 1200);
      for (const level of CARE_LEVEL_IDS) {
        for (const column of COLUMNS) {
          const fromCard = root(el).querySelector(`.card[data-level="${level}"] [data-column="${column}"] dd`)?.textContent?.replace(/\s+/g, ' ').trim();
          const fromTable = root(wide).querySelector(`td[data-level="${level}"][data-column="${column}"]`)?.textContent?.replace(/\s+/g, ' ').trim();
          expect(fromCard, `${level} ${column}`).to.equal(fromTable);
          expect(fromCard, `${level} ${column}`).to.not.equal('');
        }
      }
    });

    it('shows the catalog text, "varies" where the catalog says so, and cost and freedom as words plus a 5-dot scale', async () => {
      const el = await mount('<carepath-levels></carepath-levels>', 1200);
      expect(cell(el, 'inpatient', 'length')).to.equal('Varies — ask the center');
      expect(cell(el, 'iop', 'hours')).to.equal('9–19 hours a week for adults, 6–19 for teens (often 3 hours a day, 3–5 days a week)');
      expect(cell(el, 'iop', 'cost')).to.equal('Medium (3 of 5)');
      expect(cell(el, 'inpatient', 'cost')).to.equal('Highest (5 of 5)');
      expect(cell(el, 'outpatient', 'cost')).to.equal('Lowest (1 of 5)');
      expect(cell(el, 'inpatient', 'autonomy')).to.equal('Least (1 of 5)');
      expect(cell(el, 'outpatient', 'autonomy')).to.equal('Most (5 of 5)');
      const scale = visibleView(el).querySelector('[data-level="php"][data-column="cost"] [part="scale"]') as HTMLElement;
      expect(scale.getAttribute('aria-hidden'), 'the dots are drawn; the words and "4 of 5" are read').to.equal('true');
      expect(scale.querySelectorAll('.dot')).to.have.length(5);
      expect(scale.querySelectorAll('.dot.on')).to.have.length(4);
      // Filled and empty differ by fill, not only by colour.
      const [on, off] = [scale.querySelector('.dot.on'), scale.querySelector('.dot:not(.on)')].map((dot) => getComputedStyle(dot as Element));
      expect(on?.backgroundColor).to.not.equal(off?.backgroundColor);
      expect(on?.borderTopColor).to.equal(off?.borderTopColor);
    });

    it('gives the sources once each and says that only a clinician decides the level of care', async () => {
      const el = await mount('<carepath-levels></carepath-levels>');
      const footnote = root(el).querySelector('[part="footnote"]') as HTMLElement;
      expect(footnote.textContent).to.contain('Only a licensed clinician can say which level of care is right for you. They decide after a full assessment.');
      const sources = Array.from(footnote.querySelectorAll('li')).map((li) => li.textContent);
      expect(sources).to.have.length(4);
      expect(new Set(sources).size).to.equal(sources.length);
      expect(sources.join(' ')).to.contain('SAMHSA').and.contain('H0015').and.contain('ASAM');
      // Lengths and prices are credited to secondary sources, never to ASAM or TIP 47.
      for (const source of sources) if (/ASAM|TIP 47/.test(source ?? '')) expect(source).to.not.match(/long|last|cost|price|week(?!s? ?:)/i);
      expect(sources.some((source) => /How long programs last and what they cost: .*secondary sources/.test(source ?? ''))).to.equal(true);
      const fewer = await mount('<carepath-levels levels="inpatient outpatient"></carepath-levels>');
      expect(root(fewer).querySelectorAll('[part="footnote"] li'), 'only the shown levels’ sources').to.have.length(1);
      const spanish = await mount('<carepath-levels lang="es"></carepath-levels>');
      const spanishSources = Array.from(root(spanish).querySelectorAll('[part="footnote"] li'), (li) => li.textContent ?? '');
      expect(spanishSources.join(' '), 'the footnote follows the visitor’s language').to.contain('Niveles y horas por semana').and.contain('fuentes secundarias');
    });
  });

  describe('attributes', () => {
    it('levels: which levels, in this order', async () => {
      const el = await mount('<carepath-levels levels="outpatient iop php"></carepath-levels>');
      expect(rowIds(el)).to.deep.equal(['outpatient', 'iop', 'php']);
      const narrow = await mount('<carepath-levels levels="outpatient iop php"></carepath-levels>', 320);
      expect(cardIds(narrow)).to.deep.equal(['outpatient', 'iop', 'php']);
    });

    it('columns: which columns, in this order, in both views', async () => {
      const el = await mount('<carepath-levels columns="fit hours cost"></carepath-levels>');
      expect(headerColumns(el)).to.deep.equal(['fit', 'hours', 'cost']);
      expect(root(el).querySelectorAll('tbody tr:first-child td[data-level]')).to.have.length(5);
      const narrow = await mount('<carepath-levels columns="fit hours cost"></carepath-levels>', 320);
      const pairs = Array.from(root(narrow).querySelectorAll('.card:first-child .pair')).map((pair) => pair.getAttribute('data-column'));
      expect(pairs).to.deep.equal(['fit', 'hours', 'cost']);
      const noRatings = await mount('<carepath-levels columns="hours"></carepath-levels>');
      expect(root(noRatings).querySelector('.note'), 'no dots, no note about dots').to.equal(null);
    });

    it('highlight: marks the level with a text badge and the highlight part, in both views', async () => {
      for (const width of [1200, 320]) {
        const el = await mount('<carepath-levels highlight="php"></carepath-levels>', width);
        expect(highlighted(el), `at ${width}px`).to.deep.equal([['php', 'Offered here']]);
      }
      const el = await mount('<carepath-levels highlight="php"></carepath-levels>');
      el.highlight = 'iop';
      await el.updateComplete;
      expect(highlighted(el), 'the property wins over the attribute').to.deep.equal([['iop', 'Offered here']]);
    });

    it('highlight: a level that is not shown is an issue and highlights nothing', async () => {
      const { el, warnings } = await mountQuietly('<carepath-levels levels="php iop" highlight="residential"></carepath-levels>');
      expect(highlighted(el)).to.deep.equal([]);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('highlight="residential" is not one of the levels shown');
      expect(el.configIssues.map((issue) => issue.field)).to.deep.equal(['highlight']);
    });

    it('heading: replaces the default heading in the caption and above the cards', async () => {
      const el = await mount('<carepath-levels heading="Which program fits?"></carepath-levels>');
      expect(root(el).querySelector('caption h2')?.textContent).to.equal('Which program fits?');
      const narrow = await mount('<carepath-levels heading="Which program fits?"></carepath-levels>', 320);
      expect(root(narrow).querySelector('.card-view h2')?.textContent).to.equal('Which program fits?');
      expect(root(narrow).querySelector('.card-view h2')?.getAttribute('part')).to.equal('heading');
    });

    it('layout="table": a table even at 320 px, scrolling inside a labelled, focusable region', async () => {
      const el = await mount('<carepath-levels layout="table"></carepath-levels>', 320);
      expect(cardView(el), 'no cards').to.equal(null);
      const region = root(el).querySelector('[role="region"]') as HTMLElement;
      expect(region).to.exist;
      expect(shown(region)).to.equal(true);
      expect(region.getAttribute('tabindex')).to.equal('0');
      expect(region.getAttribute('part')).to.equal('region');
      const label = root(el).getElementById(region.getAttribute('aria-labelledby') ?? '');
      expect(label?.textContent).to.equal('Compare levels of care');
      expect(region.contains(root(el).querySelector('table'))).to.equal(true);
      expect(region.scrollWidth, 'the table scrolls inside the region').to.be.greaterThan(region.clientWidth);
      expect(el.scrollWidth, 'the host does not scroll').to.be.at.most(320);
      expect(document.documentElement.scrollWidth, 'nor the page').to.be.at.most(window.innerWidth);
    });

    it('layout="cards": cards even at 1200 px; layout="auto" is the default', async () => {
      const el = await mount('<carepath-levels layout="cards"></carepath-levels>', 1200);
      expect(tableView(el)).to.equal(null);
      expect(shown(cardView(el))).to.equal(true);
      const auto = await mount('<carepath-levels layout="auto"></carepath-levels>', 1200);
      expect(shown(tableView(auto))).to.equal(true);
      expect(root(auto).querySelector('[role="region"]'), 'no scroll region when auto').to.equal(null);
      auto.layout = 'cards';
      await auto.updateComplete;
      expect(tableView(auto)).to.equal(null);
    });

    it('layout="auto" switches to the table sooner when there are fewer levels', async () => {
      const two = await mount('<carepath-levels levels="php iop"></carepath-levels>', 520);
      expect(shown(tableView(two))).to.equal(true);
      const three = await mount('<carepath-levels levels="php iop outpatient"></carepath-levels>', 520);
      expect(shown(cardView(three))).to.equal(true);
      const threeWider = await mount('<carepath-levels levels="php iop outpatient"></carepath-levels>', 680);
      expect(shown(tableView(threeWider))).to.equal(true);
      const all = await mount('<carepath-levels></carepath-levels>', 680);
      expect(shown(cardView(all))).to.equal(true);
      const allInAContentColumn = await mount('<carepath-levels></carepath-levels>', 800);
      expect(shown(tableView(allInAContentColumn)), 'every level at 800 px, a usual content column').to.equal(true);
    });

    it('cta-href and cta-label: a link that fires carepath-cta with kind "level"', async () => {
      const el = await mount('<carepath-levels cta-href="/contact"></carepath-levels>');
      const link = root(el).querySelector('a[part="cta"]') as HTMLAnchorElement;
      expect(link.getAttribute('href')).to.equal('/contact');
      expect(link.textContent?.trim()).to.equal('Ask us which level of care fits you');
      el.parentElement?.addEventListener('click', (event) => event.preventDefault()); // stay on the test page
      setTimeout(() => link.click());
      const event = (await oneEvent(el, 'carepath-cta')) as CarepathCtaEvent;
      expect(event.detail).to.deep.equal({ kind: 'level', href: '/contact' });
      expect(event.bubbles && event.composed).to.equal(true);

      const labelled = await mount('<carepath-levels cta-href="tel:+15555550100" cta-label="Call us: (555) 555-0100"></carepath-levels>');
      expect(root(labelled).querySelector('a[part="cta"]')?.textContent?.trim()).to.equal('Call us: (555) 555-0100');
      const labelOnly = await mount('<carepath-levels cta-label="Call us"></carepath-levels>');
      expect(root(labelOnly).querySelector('.root a'), 'no link without cta-href').to.equal(null);
    });

    it('refuses a javascript: cta-href and renders no link', async () => {
      const { el, warnings } = await mountQuietly('<carepath-levels cta-href="javascript:alert(1)" cta-label="Click"></carepath-levels>');
      expect(root(el).querySelector('.root a'), 'no link in the widget').to.equal(null);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('cta-href').and.contain(SAFE_URL_MESSAGE);
    });

    it('says "did you mean" for a misspelt attribute', async () => {
      const { el, warnings } = await mountQuietly('<carepath-levels colums="fit" cta_href="/x" hightlight="iop"></carepath-levels>');
      expect(warnings).to.have.length(3);
      expect(warnings.join('\n'))
        .to.contain('no attribute "colums"; did you mean "columns"?')
        .and.contain('no attribute "cta_href"; did you mean "cta-href"?')
        .and.contain('no attribute "hightlight"; did you mean "highlight"?');
      expect(headerColumns(el)).to.deep.equal(COLUMNS);
    });
  });

  describe('JSON overrides', () => {
    const json = (value: unknown) => `<script type="application/json">${JSON.stringify(value)}</script>`;

    it('shows a partner’s strings as-is in every language, and { en, es } texts per language', async () => {
      const overrides = { iop: { hours: '12 hours a week', length: { en: '8 weeks', es: '8 semanas' }, cost: '$300 a day here' } };
      const el = await mount(`<carepath-levels>${json({ overrides })}</carepath-levels>`);
      expect(el.configIssues).to.deep.equal([]);
      expect(cell(el, 'iop', 'hours')).to.equal('12 hours a week');
      expect(cell(el, 'iop', 'length')).to.equal('8 weeks');
      expect(cell(el, 'iop', 'cost'), 'the scale stays; the partner’s price is added').to.equal('Medium (3 of 5) $300 a day here');
      expect(cell(el, 'php', 'hours'), 'other levels keep the catalog').to.contain('20 or more hours a week');
      const es = await mount(`<carepath-levels lang="es">${json({ overrides })}</carepath-levels>`);
      expect(cell(es, 'iop', 'hours')).to.equal('12 hours a week');
      expect(cell(es, 'iop', 'length')).to.equal('8 semanas');
      expect(cell(es, 'iop', 'setting')).to.equal('Vive en casa y va al programa unos días por semana');
    });

    it('rejects unknown level ids and column names (strict), keeping the catalog text', async () => {
      for (const overrides of [{ detox: { hours: 'x' } }, { iop: { price: '$300' } }, { iop: { hours: { en: 'x', fr: 'y' } } }, { iop: { hours: 12 } }]) {
        const { el, warnings } = await mountQuietly(`<carepath-levels>${json({ overrides })}</carepath-levels>`);
        expect(warnings, JSON.stringify(overrides)).to.have.length(1);
        expect(warnings[0]).to.contain('<carepath-levels> JSON block overrides=');
        expect(el.configIssues[0]?.field).to.equal('overrides');
        expect(cell(el, 'iop', 'hours')).to.contain('9–19 hours a week');
      }
      const { warnings } = await mountQuietly(`<carepath-levels>${json({ overrides: { detox: { hours: 'x' } } })}</carepath-levels>`);
      expect(warnings[0]).to.contain('unknown field "detox"');
    });

    it('ranks the overrides property above the JSON block, and takes other fields from the JSON block too', async () => {
      const el = await mount(`<carepath-levels>${json({ levels: ['iop', 'php'], overrides: { iop: { hours: 'From JSON' } } })}</carepath-levels>`);
      expect(rowIds(el)).to.deep.equal(['iop', 'php']);
      expect(cell(el, 'iop', 'hours')).to.equal('From JSON');
      el.overrides = { iop: { hours: 'From the property' } };
      await el.updateComplete;
      expect(cell(el, 'iop', 'hours')).to.equal('From the property');
    });
  });

  describe('automatic layout', () => {
    it('shows the table from a usual content column (800 px) up, all of it inside its box, from 600 to 1,600 px', async function () {
      // 126 widths, three frames each: about 6 s at 60 frames a second, and WebKit under Xvfb on a busy machine is slower.
      this.timeout(40_000);
      const wrapper = await fixture<HTMLDivElement>(html`<div style="font-family: system-ui"><carepath-levels></carepath-levels></div>`);
      const el = wrapper.querySelector('carepath-levels') as CarepathLevels;
      // The fixture is the wrapper, so wait for the widget's own first render (it runs in a task of its own).
      await el.updateComplete;
      const root = el.shadowRoot as ShadowRoot;
      const shown: number[] = [];
      for (let width = 600; width <= 1600; width += 8) {
        wrapper.style.inlineSize = `${width}px`;
        for (let frame = 0; frame < 3; frame += 1) await new Promise((resolve) => requestAnimationFrame(resolve));
        await el.updateComplete;
        const view = root.querySelector('.table-view') as HTMLElement | null;
        if (!view || getComputedStyle(view).display === 'none') continue;
        shown.push(width);
        const table = view.querySelector('table') as HTMLTableElement;
        // Nothing cut off: the table (its last level's column) ends inside its box, and no cell's text overflows it.
        expect(table.getBoundingClientRect().right, `at ${width}px`).to.be.at.most(view.getBoundingClientRect().right + 1);
        for (const cell of Array.from(table.querySelectorAll<HTMLElement>('th, td'))) {
          expect(cell.scrollWidth, `a ${cell.dataset.level ?? ''} ${cell.dataset.column ?? ''} cell at ${width}px`).to.be.at.most(cell.clientWidth + 1);
        }
      }
      expect(shown[0], 'a usual content column gets the table').to.be.at.most(800);
      expect(shown, 'and every wider one').to.deep.equal(Array.from({ length: (1600 - (shown[0] ?? 0)) / 8 + 1 }, (_, index) => (shown[0] ?? 0) + index * 8));
    });

    it('layout="table" in an 1,100 px column shows every level and its "Choose" button without scrolling', async () => {
      const el = await mount('<carepath-levels layout="table"></carepath-levels>', 1100);
      const region = root(el).querySelector('[role="region"]') as HTMLElement;
      expect(region.scrollWidth, 'nothing hidden to the side').to.be.at.most(region.clientWidth);
      const last = root(el).querySelector('.choose-row td:last-child button') as HTMLElement;
      expect(last.getBoundingClientRect().right).to.be.at.most(region.getBoundingClientRect().right);
    });
  });

  describe('one view at a time', () => {
    it('builds only the view its container shows: the table when wide, the cards when narrow', async () => {
      const wide = await mount('<carepath-levels highlight="iop"></carepath-levels>', 1200);
      expect(tableView(wide)).to.exist;
      expect(cardView(wide), 'no hidden cards').to.equal(null);
      const narrow = await mount('<carepath-levels highlight="iop"></carepath-levels>', 320);
      expect(cardView(narrow)).to.exist;
      expect(tableView(narrow), 'no hidden table').to.equal(null);
      expect(root(narrow).querySelector('.both'), 'no container query needed').to.equal(null);
      // The same widths as the container query: every level from 50rem, three from 40rem, two from 30rem.
      const rules = levelsStyles.cssText;
      for (const [span, rem] of Object.entries(TABLE_FROM_REM)) {
        expect(rules.replace(/\s+/g, ' '), span).to.contain(`@container (min-width: ${rem}rem) { .both.span-${span} .table-view`);
      }
      for (const [levels, span] of [[1, 'few'], [2, 'few'], [3, 'three'], [4, 'many'], [5, 'many']] as const) expect(levelSpan(levels)).to.equal(span);
    });

    it('switches view when its container is resized, both ways, and then holds still', async () => {
      const errors: string[] = [];
      const onError = (event: ErrorEvent) => errors.push(event.message);
      window.addEventListener('error', onError);
      try {
        const el = await mount('<carepath-levels></carepath-levels>', 1200);
        await resize(el, 700);
        expect(cardView(el), 'cards below 50rem').to.exist;
        expect(tableView(el)).to.equal(null);
        await resize(el, 900);
        expect(tableView(el), 'the table again').to.exist;
        expect(cardView(el)).to.equal(null);
        // Nothing keeps changing after a switch (no loop between the two views).
        await resize(el, 640);
        const changes: MutationRecord[] = [];
        const watcher = new MutationObserver((records) => changes.push(...records));
        watcher.observe(root(el), { childList: true, subtree: true, attributes: true });
        for (let frame = 0; frame < 6; frame += 1) await new Promise((resolve) => requestAnimationFrame(resolve));
        watcher.disconnect();
        expect(changes, 'no further renders').to.have.length(0);
        expect(errors, 'no ResizeObserver loop').to.deep.equal([]);
      } finally {
        window.removeEventListener('error', onError);
      }
    });

    it('switches for a change in the number of levels too (fewer levels fit a narrower box)', async () => {
      const el = await mount('<carepath-levels></carepath-levels>', 560);
      expect(cardView(el)).to.exist;
      el.levels = ['php', 'iop'];
      await el.updateComplete;
      expect(tableView(el), 'two levels fit 560 px').to.exist;
    });

    it('builds both views for print, where the container query picks one, and one again after', async () => {
      const el = await mount('<carepath-levels highlight="php"></carepath-levels>', 1200);
      window.dispatchEvent(new Event('beforeprint'));
      await el.updateComplete;
      expect(tableView(el)).to.exist;
      expect(cardView(el), 'beforeprint builds both').to.exist;
      expect(root(el).querySelector('.both'), 'the container query picks').to.exist;
      expect(highlighted(el)).to.deep.equal([['php', 'Offered here']]);
      window.dispatchEvent(new Event('afterprint'));
      await el.updateComplete;
      expect(cardView(el), 'afterprint, one again').to.equal(null);
    });

    it('builds both views while the print media query matches', async () => {
      const el = await mount('<carepath-levels></carepath-levels>', 1200);
      const frames = async () => {
        for (let frame = 0; frame < 3; frame += 1) await new Promise((resolve) => requestAnimationFrame(resolve));
      };
      await emulateMedia({ media: 'print' });
      try {
        await frames(); // the media query's change is reported a frame or two later
        await el.updateComplete;
        expect(tableView(el)).to.exist;
        expect(cardView(el)).to.exist;
      } finally {
        await emulateMedia({ media: 'screen' });
      }
      await frames();
      await el.updateComplete;
      expect(cardView(el), 'one view on screen').to.equal(null);
    });
  });

  describe('bad configuration', () => {
    const as = (el: HTMLElement) => el as CarepathLevels;
    itHandlesBadAttributes('carepath-levels', [
      { attribute: 'levels', value: 'iop detox', check: (el) => void expect(shownLevels(as(el))).to.deep.equal([...CARE_LEVEL_IDS]) },
      { attribute: 'levels', value: 'iop iop' },
      { attribute: 'columns', value: 'hours price', check: (el) => void expect(shownColumns(as(el))).to.deep.equal(COLUMNS) },
      { attribute: 'highlight', value: 'detox', check: (el) => void expect(highlighted(as(el))).to.deep.equal([]) },
      { attribute: 'heading', value: '', check: (el) => void expect(root(as(el)).querySelector('h2.heading')?.textContent).to.equal('Compare levels of care') },
      { attribute: 'layout', value: 'grid', check: (el) => void expect(root(as(el)).querySelector('.layout-auto')).to.exist },
      { attribute: 'cta-label', value: '' },
      { attribute: 'cta-href', value: 'javascript:alert(1)', check: (el) => void expect(root(as(el)).querySelector('.root a')).to.equal(null) },
      { attribute: 'overrides', value: 'iop' },
      { attribute: 'theme', value: 'neon' },
      { attribute: 'group', value: 'two words' },
    ]);
  });

  describe('language', () => {
    for (const lang of ['es', 'es-MX']) {
      it(`speaks Spanish with lang="${lang}"`, async () => {
        const el = await mount(`<carepath-levels lang="${lang}" highlight="php" cta-href="/contacto"></carepath-levels>`);
        expect(root(el).querySelector('.root')?.getAttribute('lang')).to.equal('es');
        expect(root(el).querySelector('caption h2')?.textContent).to.equal('Compare los niveles de atención');
        expect(Array.from(root(el).querySelectorAll('thead th .level-name')).map((th) => th.textContent)).to.deep.equal([
          'Hospitalización',
          'Residencial',
          'Hospitalización parcial (PHP)',
          'Tratamiento ambulatorio intensivo (IOP)',
          'Tratamiento ambulatorio',
        ]);
        expect(cell(el, 'inpatient', 'length')).to.equal('Varía — pregunte al centro');
        expect(cell(el, 'iop', 'cost')).to.equal('Medio (3 de 5)');
        expect(highlighted(el)).to.deep.equal([['php', 'Disponible aquí']]);
        expect(selectButton(el, 'iop').textContent?.replace(/\s+/g, ' ').trim()).to.equal('Elegir Tratamiento ambulatorio intensivo (IOP)');
        expect(root(el).querySelector('[part="cta"]')?.textContent?.trim()).to.equal('Pregúntenos qué nivel de atención es para usted');
        expect(root(el).querySelector('[part="footnote"]')?.textContent).to.contain('Solo un profesional clínico con licencia');
      });
    }
  });

  describe('choosing a level', () => {
    it('works with the keyboard: Space and Enter on the Choose buttons fire carepath-level-select', async () => {
      const el = await mount('<carepath-levels></carepath-levels>', 320);
      const iop = selectButton(el, 'iop');
      expect(iop.getAttribute('aria-pressed')).to.equal('false');
      expect(iop.textContent?.replace(/\s+/g, ' ').trim(), 'the name starts with the visible label').to.equal('Choose Intensive outpatient (IOP)');
      // Reach it with Tab from the button before, so the focus ring is the keyboard one.
      selectButton(el, 'php').focus();
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement).to.equal(iop);
      expect(iop.matches(':focus-visible')).to.equal(true);
      expect(getComputedStyle(iop).outlineStyle).to.equal('solid');
      expect(parseFloat(getComputedStyle(iop).outlineWidth)).to.be.at.least(2);
      setTimeout(() => sendKeys({ press: 'Space' }));
      const first = (await oneEvent(el, 'carepath-level-select')) as CarepathLevelSelectEvent;
      expect(first.detail).to.deep.equal({ level: 'iop' });
      expect(first.bubbles && first.composed).to.equal(true);
      await el.updateComplete;
      expect(selectButton(el, 'iop').getAttribute('aria-pressed')).to.equal('true');
      expect(el.selected).to.equal('iop');
      expect(highlighted(el)).to.deep.equal([['iop', 'Your choice']]);

      const php = selectButton(el, 'php');
      php.focus();
      setTimeout(() => sendKeys({ press: 'Enter' }));
      const second = (await oneEvent(el, 'carepath-level-select')) as CarepathLevelSelectEvent;
      expect(second.detail.level).to.equal('php');
      await el.updateComplete;
      expect(Array.from(visibleView(el).querySelectorAll('button[aria-pressed="true"]')).map((b) => b.closest('[data-level]')?.getAttribute('data-level'))).to.deep.equal(['php']);

      const again = await countEvents(el, async () => {
        selectButton(el, 'php').click();
        await el.updateComplete;
      });
      expect(again, 'choosing the chosen level again fires nothing').to.deep.equal([]);
    });

    it('keeps the choice in both views, so resizing does not lose it', async () => {
      const el = await mount('<carepath-levels></carepath-levels>', 1200);
      selectButton(el, 'residential').click();
      await el.updateComplete;
      await resize(el, 320);
      expect(cardView(el), 'the cards now').to.exist;
      expect(highlighted(el)).to.deep.equal([['residential', 'Your choice']]);
      expect(selectButton(el, 'residential').getAttribute('aria-pressed')).to.equal('true');
    });

    it('ranks the visitor’s choice above the channel and the highlight attribute', async () => {
      const group = freshGroup();
      const el = await mount(`<carepath-levels group="${group}" highlight="outpatient"></carepath-levels>`);
      selectButton(el, 'residential').click();
      await el.updateComplete;
      publish({ v: 1, group, level: 'php', crisis: false });
      await el.updateComplete;
      expect(highlighted(el)).to.deep.equal([['residential', 'Your choice']]);
    });

    it('mirrors the event into dataLayer when opted in, with widget and group only', async () => {
      const host = window as unknown as { dataLayer?: unknown[] };
      host.dataLayer = [];
      const el = await mount('<carepath-levels data-layer group="site"></carepath-levels>');
      selectButton(el, 'iop').click();
      expect(host.dataLayer).to.deep.equal([{ event: 'carepath_level_select', widget: 'levels', group: 'site' }]);
    });
  });

  describe('the channel', () => {
    it('highlights the level a quiz in the same group suggests, above the highlight attribute', async () => {
      const group = freshGroup();
      const el = await mount(`<carepath-levels group="${group}" highlight="outpatient"></carepath-levels>`);
      publish({ v: 1, group, level: 'iop', crisis: false, source: 'quiz' });
      await el.updateComplete;
      expect(highlighted(el)).to.deep.equal([['iop', 'Suggested by your answers']]);
      publish({ v: 1, group: freshGroup(), level: 'php', crisis: false, source: 'quiz' });
      await el.updateComplete;
      expect(highlighted(el), 'other groups are ignored').to.deep.equal([['iop', 'Suggested by your answers']]);
    });

    it('replays the last message to a widget that connects later', async () => {
      const group = freshGroup();
      publish({ v: 1, group, level: 'php', crisis: false, source: 'quiz' });
      const el = await mount(`<carepath-levels group="${group}"></carepath-levels>`);
      await el.updateComplete;
      expect(highlighted(el)).to.deep.equal([['php', 'Suggested by your answers']]);
    });

    it('highlights nothing from a crisis message; the page’s own highlight stays', async () => {
      const group = freshGroup();
      const el = await mount(`<carepath-levels group="${group}"></carepath-levels>`);
      publish({ v: 1, group, level: 'php', crisis: false });
      publish({ v: 1, group, level: 'iop', crisis: true });
      await el.updateComplete;
      expect(highlighted(el)).to.deep.equal([]);
      const withAttribute = await mount(`<carepath-levels group="${group}" highlight="outpatient"></carepath-levels>`);
      expect(highlighted(withAttribute)).to.deep.equal([['outpatient', 'Offered here']]);
    });

    it('clears the channel highlight on level: null, and the highlight attribute applies again', async () => {
      const group = freshGroup();
      const el = await mount(`<carepath-levels group="${group}" highlight="outpatient"></carepath-levels>`);
      publish({ v: 1, group, level: 'php', crisis: false, source: 'quiz' });
      await el.updateComplete;
      expect(highlighted(el)).to.deep.equal([['php', 'Suggested by your answers']]);
      publish({ v: 1, group, level: null, crisis: false });
      await el.updateComplete;
      expect(highlighted(el)).to.deep.equal([['outpatient', 'Offered here']]);
    });

    it('ignores the channel when independent', async () => {
      const group = freshGroup();
      const el = await mount(`<carepath-levels group="${group}" independent></carepath-levels>`);
      publish({ v: 1, group, level: 'iop', crisis: false });
      await el.updateComplete;
      expect(highlighted(el)).to.deep.equal([]);
    });

    it('ignores the channel and the visitor for the highlight when locked="highlight"', async () => {
      const group = freshGroup();
      const el = await mount(`<carepath-levels group="${group}" highlight="php" locked="highlight"></carepath-levels>`);
      publish({ v: 1, group, level: 'iop', crisis: false });
      await el.updateComplete;
      expect(highlighted(el)).to.deep.equal([['php', 'Offered here']]);
      // The visitor can still choose (the button says so), but the highlight stays where the page put it.
      const fired = await countEvents(el, async () => {
        selectButton(el, 'outpatient').click();
        await el.updateComplete;
      });
      expect(fired).to.deep.equal(['carepath-level-select']);
      expect(selectButton(el, 'outpatient').getAttribute('aria-pressed')).to.equal('true');
      expect(highlighted(el)).to.deep.equal([['php', 'Offered here']]);
    });

    it('fires no event on programmatic changes or channel messages', async () => {
      const group = freshGroup();
      const el = await mount(`<carepath-levels group="${group}" cta-href="/contact"></carepath-levels>`);
      const fired = await countEvents(el, async () => {
        el.highlight = 'php';
        el.levels = ['php', 'iop'];
        el.columns = ['hours', 'fit'];
        el.layout = 'cards';
        el.heading = 'Programs';
        el.ctaHref = '/elsewhere';
        el.overrides = { iop: { hours: '10 hours' } };
        await el.updateComplete;
        publish({ v: 1, group, level: 'iop', crisis: false });
        await el.updateComplete;
        publish({ v: 1, group, level: null, crisis: false });
        await el.updateComplete;
      });
      expect(fired).to.deep.equal([]);
      expect(rowIds(el)).to.deep.equal([]);
      expect(cardIds(el)).to.deep.equal(['php', 'iop']);
    });
  });

  describe('accessibility (axe) in every state', () => {
    const states: { name: string; markup: string; act?: (el: CarepathLevels) => Promise<void> }[] = [
      { name: 'default', markup: '<carepath-levels cta-href="/contact"></carepath-levels>' },
      { name: 'highlighted', markup: '<carepath-levels highlight="iop"></carepath-levels>' },
      {
        name: 'selected',
        markup: '<carepath-levels highlight="php"></carepath-levels>',
        act: async (el) => {
          selectButton(el, 'iop').click();
          await el.updateComplete;
        },
      },
      { name: 'cards', markup: '<carepath-levels layout="cards" highlight="php"></carepath-levels>' },
      { name: 'forced table', markup: '<carepath-levels layout="table" highlight="php"></carepath-levels>' },
      { name: 'dark theme', markup: '<carepath-levels theme="dark" highlight="php" cta-href="/contact"></carepath-levels>' },
      { name: 'Spanish', markup: '<carepath-levels lang="es" highlight="php" cta-href="/contacto"></carepath-levels>' },
      { name: 'debug with issues', markup: '<carepath-levels debug layout="grid" columns="hours price"></carepath-levels>' },
    ];
    for (const { name, markup, act } of states) {
      for (const width of [320, 1200]) {
        it(`${name} at ${width}px`, async () => {
          const { el } = await mountQuietly(markup, width);
          await act?.(el);
          if (name === 'selected') expect(highlighted(el)).to.deep.equal([['iop', 'Your choice']]);
          if (name === 'debug with issues') expect(root(el).querySelectorAll('.debug li')).to.have.length(2);
          await expect(el).to.be.accessible();
        });
      }
    }

    it('theme="auto" follows a dark system setting and stays accessible', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      try {
        const el = await mount('<carepath-levels theme="auto" highlight="iop"></carepath-levels>', 1200);
        const surface = getComputedStyle(root(el).querySelector('.root') as Element).backgroundColor;
        expect(surface).to.equal('rgb(21, 26, 33)');
        await expect(el).to.be.accessible();
      } finally {
        await emulateMedia({ colorScheme: 'light' });
      }
    });
  });

  describe('registration', () => {
    it('is registered by the define file, and a second definition warns at most once and keeps the first', async () => {
      expect(customElements.get('carepath-levels') === CarepathLevels, 'registered').to.equal(true);
      class SecondCopy extends CarepathLevels {
        static override readonly carepathVersion = '9.9.9';
      }
      const warnings = await captureWarnings(() => {
        define('carepath-levels', SecondCopy);
        define('carepath-levels', SecondCopy);
        define('carepath-levels', CarepathLevels);
      });
      expect(customElements.get('carepath-levels') === CarepathLevels, 'the first definition stays').to.equal(true);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<carepath-levels> is already defined').and.contain('9.9.9');
    });
  });
});
