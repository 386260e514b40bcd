import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import type { TemplateResult } from 'lit';
import '../../src/components/schedule/define.js';
import { CarepathSchedule } from '../../src/components/schedule/schedule.js';
import { levelName } from '../../src/core/level-words.js';
import type { DayId } from '../../src/core/schedule.js';
import { publish } from '../../src/internal/channel.js';
import { contrastRatio, parseColor } from '../../src/internal/contrast.js';
import { formFieldStyles } from '../../src/internal/form-fields.js';
import { itHandlesBadAttributes } from '../helpers/bad-config.js';
import { captureWarnings } from '../helpers/console.js';

const WIDGET_EVENTS = ['carepath-track-change', 'carepath-calendar-download', 'carepath-config-error'] as const;

const root = (el: CarepathSchedule) => el.shadowRoot as ShadowRoot;
const $ = <T extends Element = HTMLElement>(el: CarepathSchedule, selector: string) => root(el).querySelector<T>(selector) as T;
const $$ = <T extends Element = HTMLElement>(el: CarepathSchedule, selector: string) => Array.from(root(el).querySelectorAll<T>(selector));
/** Visible-ish text with whitespace squashed (includes visually hidden words). */
const textOf = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const dayNames = (el: CarepathSchedule) => $$(el, '.day-name').map((node) => textOf(node));
const fitText = (el: CarepathSchedule) => textOf($(el, '.fit-results'));

/** Records the widget's events, to check that none fire. */
function recordEvents(el: EventTarget): string[] {
  const seen: string[] = [];
  for (const type of WIDGET_EVENTS) el.addEventListener(type, () => seen.push(type));
  return seen;
}

/** A widget inside a wrapper of a given width (the widget's container queries read its own width). */
async function atWidth(width: number, template: TemplateResult): Promise<CarepathSchedule> {
  const wrapper = await fixture<HTMLDivElement>(html`<div>${template}</div>`);
  wrapper.style.width = `${width}px`;
  const el = wrapper.querySelector('carepath-schedule') as CarepathSchedule;
  await el.updateComplete;
  return el;
}

/** Opens the fit check's form (closed until the visitor asks), as a click on its button does. */
async function openFitCheck(el: CarepathSchedule): Promise<void> {
  const button = root(el).querySelector<HTMLButtonElement>('button.open-fit');
  if (!button) return;
  button.click();
  await el.updateComplete;
}

/** Enters busy hours the way a visitor does: open the check, tick days, set the times, press Add. */
async function addBusy(el: CarepathSchedule, days: readonly DayId[], from: string, to: string): Promise<void> {
  await openFitCheck(el);
  for (const day of days) $<HTMLInputElement>(el, `input[name="busy-day"][value="${day}"]`).click();
  for (const [id, value] of [['busy-from', from], ['busy-to', to]] as const) {
    const input = $<HTMLInputElement>(el, `#${id}`);
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }
  await el.updateComplete;
  $(el, 'button.add').click();
  await el.updateComplete;
}

/** Presses Tab until `done` holds for the focused element in the widget (at most `max` times). */
async function tabUntil(el: CarepathSchedule, done: (active: Element | null) => boolean, max = 6): Promise<void> {
  for (let i = 0; i < max && !done(root(el).activeElement); i += 1) await sendKeys({ press: 'Tab' });
  expect(done(root(el).activeElement), `focus is on ${root(el).activeElement?.outerHTML}`).to.equal(true);
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));

describe('<carepath-schedule>', () => {
  describe('defaults', () => {
    it('shows a 3-day, 9-hour IOP week with times in <time datetime> and the intensity in words', async () => {
      let el!: CarepathSchedule;
      const warnings = await captureWarnings(async () => {
        el = await fixture<CarepathSchedule>(html`<carepath-schedule></carepath-schedule>`);
      });
      expect(warnings).to.deep.equal([]);
      expect(el.configIssues).to.deep.equal([]);
      expect(textOf($(el, '.title'))).to.equal('A sample week: Intensive outpatient (IOP)');
      expect(dayNames(el)).to.deep.equal(['Monday', 'Wednesday', 'Friday']);
      const [hours, days] = $$(el, '.stat dd').map((node) => textOf(node));
      expect(hours).to.equal('9');
      expect(days).to.equal('3');
      expect(textOf($(el, '.intensity'))).to.equal('For adults, this many hours a week is in the intensive outpatient (IOP) range.');
      const times = $$<HTMLTimeElement>(el, 'time');
      expect(times.length).to.be.greaterThan(10);
      for (const time of times) expect(time.dateTime).to.match(/^([01]\d|2[0-3]):[0-5]\d$/);
      const first = $(el, '.block');
      expect($$<HTMLTimeElement>(el, '.block time').slice(0, 2).map((time) => [time.dateTime, time.textContent])).to.deep.equal([
        ['09:00', '9:00 AM'],
        ['10:30', '10:30 AM'],
      ]);
      expect(textOf(first.querySelector('.block-kind'))).to.equal('Group therapy');
      expect(textOf(first)).to.equal('9:00 AM– to 10:30 AM Group therapy');
      expect(el.plan?.hoursPerWeek).to.equal(9);
      expect(el.plan?.intensity).to.equal('iop');
      expect($(el, '.tracks'), 'no tracks without the attribute').to.equal(null);
    });

    it('marks each session by its kind in words, the last day with a family session', async () => {
      const el = await fixture<CarepathSchedule>(html`<carepath-schedule></carepath-schedule>`);
      const kinds = (day: number) => $$(el, '.day')[day]?.querySelectorAll('.block-kind') ?? [];
      expect(Array.from(kinds(0), (node) => textOf(node))).to.deep.equal(['Group therapy', 'Break', 'Education session', 'One-on-one session']);
      expect(Array.from(kinds(1), (node) => textOf(node)).at(-1)).to.equal('Skills practice');
      expect(Array.from(kinds(2), (node) => textOf(node)).at(-1)).to.equal('Family session');
      for (const block of $$(el, '.block')) expect(Array.from(block.classList).some((name) => name.startsWith('kind-'))).to.equal(true);
    });

    it('exposes plan as a documented read-only getter', async () => {
      const el = await fixture<CarepathSchedule>(html`<carepath-schedule></carepath-schedule>`);
      const descriptor = Object.getOwnPropertyDescriptor(CarepathSchedule.prototype, 'plan');
      expect(descriptor?.get).to.be.a('function');
      expect(descriptor?.set).to.equal(undefined);
      expect(el.plan?.days.map((day) => day.day)).to.deep.equal(['mon', 'wed', 'fri']);
    });

    it('keeps plan current right after a property or attribute set, before the next render', async () => {
      const el = await fixture<CarepathSchedule>(html`<carepath-schedule></carepath-schedule>`);
      el.level = 'php';
      expect(el.plan?.intensity, 'at once, not as of the last render').to.equal('php');
      expect(dayNames(el), 'the DOM is not rendered yet').to.have.length(3);
      el.setAttribute('days', 'tue thu sat');
      el.level = 'iop';
      expect(el.plan?.days.map((day) => day.day)).to.deep.equal(['tue', 'thu', 'sat']);
      el.level = 'residential';
      expect(el.plan, 'a 24-hour level has no week').to.equal(null);
      await el.updateComplete;
      expect(textOf($(el, '.title'))).to.equal('Residential');
      // A fresh element has its plan before its first render (which waits for a task of its own).
      const fresh = document.createElement('carepath-schedule');
      fresh.setAttribute('level', 'outpatient');
      document.body.append(fresh);
      try {
        expect(fresh.shadowRoot?.querySelector('.week') ?? null).to.equal(null);
        expect(fresh.plan?.intensity).to.equal('outpatient');
      } finally {
        fresh.remove();
      }
    });

    it('works out the view before rendering: render() reads the plan, it does not write it', async () => {
      const seen: (string | undefined)[] = [];
      class Probe extends CarepathSchedule {
        protected override renderWidget() {
          seen.push(this.plan?.intensity);
          return super.renderWidget();
        }
      }
      customElements.define('carepath-schedule-probe', Probe);
      const el = await fixture<Probe>(html`<carepath-schedule-probe level="php"></carepath-schedule-probe>`);
      el.level = 'outpatient';
      await el.updateComplete;
      expect(seen).to.deep.equal(['php', 'outpatient']);
    });

    it('names the level as the core does, the same words as every widget', async () => {
      const el = await fixture<CarepathSchedule>(html`<carepath-schedule></carepath-schedule>`);
      expect(textOf($(el, '.title'))).to.contain(levelName('iop', 'en'));
      expect(textOf($(el, '.intensity'))).to.contain(levelName('iop', 'en', 'inline'));
      const es = await fixture<CarepathSchedule>(html`<carepath-schedule lang="es" level="php"></carepath-schedule>`);
      expect(textOf($(es, '.title'))).to.contain(levelName('php', 'es'));
    });
  });

  describe('attributes', () => {
    it('level="php" shows five days of 25 hours as partial hospitalization', async () => {
      const el = await fixture<CarepathSchedule>(html`<carepath-schedule level="php"></carepath-schedule>`);
      expect(dayNames(el)).to.deep.equal(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']);
      expect(textOf($(el, '.stat dd'))).to.equal('25');
      expect(textOf($(el, '.intensity'))).to.contain('partial hospitalization (PHP)');
      expect(el.configIssues).to.deep.equal([]);
    });

    it('level="outpatient" shows one 1-hour session', async () => {
      const el = await fixture<CarepathSchedule>(html`<carepath-schedule level="outpatient"></carepath-schedule>`);
      expect($$(el, '.day')).to.have.length(1);
      expect(textOf($(el, '.stat dd'))).to.equal('1');
      expect(textOf($(el, '.intensity'))).to.equal('For adults, this many hours a week is in the outpatient range.');
      expect(textOf($(el, '.block-kind'))).to.equal('One-on-one session');
    });

    it('days, start and hours-per-day shape the week', async () => {
      const el = await fixture<CarepathSchedule>(html`<carepath-schedule days="thu mon tue wed" start="17:30" hours-per-day="3.5"></carepath-schedule>`);
      expect(dayNames(el), 'Monday first whatever the order').to.deep.equal(['Monday', 'Tuesday', 'Wednesday', 'Thursday']);
      expect(textOf($(el, '.stat dd'))).to.equal('14');
      const [start, end] = $$<HTMLTimeElement>(el, '.block time');
      expect([start?.dateTime, end?.dateTime]).to.deep.equal(['17:30', '21:00']);
      expect($$(el, '.day')[0]?.querySelectorAll('.block')).to.have.length(1);
      expect(el.configIssues).to.deep.equal([]);
    });

    it('tracks and track choose the start time, and name each track with its start', async () => {
      const el = await fixture<CarepathSchedule>(html`<carepath-schedule tracks="morning=09:00 evening=18:00" track="evening"></carepath-schedule>`);
      const radios = $$<HTMLInputElement>(el, 'input[name="track"]');
      expect(radios.map((radio) => [radio.value, radio.checked])).to.deep.equal([
        ['morning', false],
        ['evening', true],
      ]);
      expect(textOf($(el, '.tracks legend'))).to.equal('Choose a time of day');
      expect($$(el, '.segment').map((node) => textOf(node))).to.deep.equal(['Morning starts 9:00 AM', 'Evening starts 6:00 PM']);
      expect($<HTMLTimeElement>(el, '.block time').dateTime).to.equal('18:00');
      expect(el.plan?.days[0]?.start).to.equal('18:00');
    });

    it('names a single track without a picker', async () => {
      const el = await fixture<CarepathSchedule>(html`<carepath-schedule tracks="afternoon=15:30"></carepath-schedule>`);
      expect($(el, 'input[name="track"]')).to.equal(null);
      expect(textOf($(el, '[part="tracks"]'))).to.equal('Program time: Afternoon, starts 3:30 PM');
      await addBusy(el, ['mon'], '09:00', '15:30');
      expect(fitText(el)).to.equal('✓ The afternoon track fits your hours.');
    });

    it('shows a track name it does not know as written', async () => {
      const el = await fixture<CarepathSchedule>(html`<carepath-schedule tracks="early-bird=07:00 evening=18:00"></carepath-schedule>`);
      expect(textOf($(el, '.segment-name'))).to.equal('early-bird');
    });

    it('audience="adolescent" uses the teen thresholds', async () => {
      const el = await fixture<CarepathSchedule>(html`<carepath-schedule audience="adolescent" days="mon tue" hours-per-day="3"></carepath-schedule>`);
      expect(el.plan?.intensity).to.equal('iop');
      expect(textOf($(el, '.intensity'))).to.equal('For teens, this many hours a week is in the intensive outpatient (IOP) range.');
      expect(el.configIssues, '6 hours is IOP for teens: no warning').to.deep.equal([]);
    });

    it('reads custom blocks per day from the JSON child, with their titles', async () => {
      const el = await fixture<CarepathSchedule>(html`<carepath-schedule days="mon wed fri">
        <script type="application/json">
          { "blocks": [{ "kind": "group", "minutes": 120, "title": "Relapse prevention" }, { "kind": "skills", "minutes": 60 }],
            "blocksByDay": { "fri": [{ "kind": "family", "minutes": 180 }] } }
        </script>
      </carepath-schedule>`);
      expect(el.plan?.hoursPerWeek).to.equal(9);
      expect(textOf($(el, '.block-title'))).to.equal('Relapse prevention');
      expect(textOf($(el, '.has-title .block-kind')), 'the kind is still written out').to.equal('Group therapy');
      expect(textOf($$(el, '.day')[2]?.querySelector('.block-kind'))).to.equal('Family session');
      expect(el.configIssues).to.deep.equal([]);
    });

    it('takes a property over its attribute, and the attribute over the JSON child', async () => {
      const el = await fixture<CarepathSchedule>(html`<carepath-schedule level="outpatient">
        <script type="application/json">{ "level": "iop", "start": "08:00" }</script>
      </carepath-schedule>`);
      expect(el.plan?.intensity).to.equal('outpatient');
      expect(el.plan?.days[0]?.start).to.equal('08:00');
      el.level = 'php';
      await el.updateComplete;
      expect(el.plan?.intensity).to.equal('php');
      el.days = ['mon', 'tue', 'wed', 'thu'];
      el.hoursPerDay = 5;
      await el.updateComplete;
      expect(el.plan?.hoursPerWeek).to.equal(20);
    });

    it('locked="track" shows the chosen track without a picker', async () => {
      const el = await fixture<CarepathSchedule>(html`<carepath-schedule locked="track" tracks="morning=09:00 evening=18:00" track="evening"></carepath-schedule>`);
      expect($(el, 'input[name="track"]')).to.equal(null);
      expect(textOf($(el, '.tracks-fixed'))).to.equal('Program time: Evening, starts 6:00 PM');
      expect(el.plan?.days[0]?.start).to.equal('18:00');
    });
  });

  describe('layout', () => {
    it('lays the days out as columns in a wide container', async () => {
      const el = await atWidth(1200, html`<carepath-schedule></carepath-schedule>`);
      const boxes = $$(el, '.day').map((day) => day.getBoundingClientRect());
      expect(boxes).to.have.length(3);
      expect(new Set(boxes.map((box) => Math.round(box.top))).size, 'one row').to.equal(1);
      expect(boxes[1]!.left).to.be.greaterThan(boxes[0]!.right - 1);
    });

    it('lists the days one below the other in a 320 px container, without sideways scrolling', async () => {
      const el = await atWidth(320, html`<carepath-schedule tracks="morning=09:00 evening=18:00"></carepath-schedule>`);
      const boxes = $$(el, '.day').map((day) => day.getBoundingClientRect());
      expect(new Set(boxes.map((box) => Math.round(box.left))).size, 'one column').to.equal(1);
      expect(boxes[1]!.top).to.be.greaterThan(boxes[0]!.bottom - 1);
      expect(el.scrollWidth).to.be.at.most(320);
      expect($(el, '.root').scrollWidth).to.be.at.most(320);
    });

    it('puts the kind stripe on the start edge, so right-to-left pages mirror it', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl"><carepath-schedule></carepath-schedule></div>`);
      const el = wrapper.querySelector('carepath-schedule') as CarepathSchedule;
      await el.updateComplete;
      const style = getComputedStyle($(el, '.block'));
      expect(parseFloat(style.borderRightWidth)).to.be.greaterThan(0);
      expect(parseFloat(style.borderLeftWidth)).to.equal(0);
    });
  });

  describe('24-hour levels', () => {
    for (const level of ['inpatient', 'residential'] as const) {
      it(`shows the "24-hour care: ask the center" note for ${level}, not a grid`, async () => {
        const el = await fixture<CarepathSchedule>(html`<carepath-schedule level=${level} days="mon" tracks="morning=09:00"></carepath-schedule>`);
        expect(textOf($(el, '[part="note"] .note-heading'))).to.equal('24-hour care: ask the center');
        expect(textOf($(el, '[part="note"]'))).to.contain('day and night');
        expect($(el, '.week')).to.equal(null);
        expect($(el, '.fit-check')).to.equal(null);
        expect($(el, '.download')).to.equal(null);
        expect(el.plan).to.equal(null);
      });
    }
  });

  describe('configuration issues', () => {
    it('warns once when the hours do not fit the level (8 hours labelled IOP), and lists it inline with debug', async () => {
      let el!: CarepathSchedule;
      const events: Event[] = [];
      const warnings = await captureWarnings(async () => {
        const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
        wrapper.addEventListener('carepath-config-error', (event) => events.push(event));
        wrapper.innerHTML = '<carepath-schedule debug level="iop" days="mon tue" hours-per-day="4"></carepath-schedule>';
        el = wrapper.querySelector('carepath-schedule') as CarepathSchedule;
        await el.updateComplete;
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<carepath-schedule> level="iop"').and.contain('8 hours a week counts as outpatient').and.contain('9 to under 20');
      expect(el.configIssues).to.have.length(1);
      expect(el.configIssues[0]).to.include({ field: 'level', value: 'iop' });
      expect(events).to.have.length(1);
      expect(textOf($(el, '.debug'))).to.contain('does not match the schedule');
      expect(el.plan?.hoursPerWeek, 'still shows the week').to.equal(8);
    });

    it('warns when PHP is configured with IOP hours, and not for matching hours', async () => {
      const warnings = await captureWarnings(async () => {
        await fixture(html`<carepath-schedule level="php" days="mon tue wed"></carepath-schedule>`);
        await fixture(html`<carepath-schedule level="php" days="mon tue wed thu"></carepath-schedule>`);
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('15 hours a week counts as iop').and.contain('20 or more');
    });

    it('shows the neutral notice, never a blank box or a throw, when the core rejects the week (past 24:00)', async () => {
      let el!: CarepathSchedule;
      const warnings = await captureWarnings(async () => {
        el = await fixture<CarepathSchedule>(html`<carepath-schedule debug start="22:00" hours-per-day="3"></carepath-schedule>`);
      });
      expect(textOf($(el, '.notice'))).to.equal('This section is not available right now.');
      expect($(el, '.week')).to.equal(null);
      expect(el.plan).to.equal(null);
      expect(warnings.join('\n')).to.contain('after midnight');
      expect(textOf($(el, '.debug'))).to.contain('after midnight');
    });

    it('shows the notice when one track runs past midnight, before the visitor does anything', async () => {
      let el!: CarepathSchedule;
      const warnings = await captureWarnings(async () => {
        el = await fixture<CarepathSchedule>(html`<carepath-schedule tracks="morning=09:00 late=22:30"></carepath-schedule>`);
      });
      expect($(el, '.notice')).to.exist;
      expect(warnings).to.have.length(1);
    });

    it('shows the notice when hours-per-day and JSON blocks are both given', async () => {
      let el!: CarepathSchedule;
      const warnings = await captureWarnings(async () => {
        el = await fixture<CarepathSchedule>(html`<carepath-schedule hours-per-day="3">
          <script type="application/json">{ "blocks": [{ "kind": "group", "minutes": 60 }] }</script>
        </carepath-schedule>`);
      });
      expect($(el, '.notice')).to.exist;
      expect(warnings.join('\n')).to.contain('give hoursPerDay or blocks, not both');
    });

    it('says that start is not used when tracks set the start times', async () => {
      let el!: CarepathSchedule;
      const warnings = await captureWarnings(async () => {
        el = await fixture<CarepathSchedule>(html`<carepath-schedule start="10:00" tracks="morning=09:00"></carepath-schedule>`);
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('start="10:00" is not used');
      expect(el.plan?.days[0]?.start).to.equal('09:00');
    });

    const planOf = (el: HTMLElement) => (el as CarepathSchedule).plan;
    itHandlesBadAttributes('carepath-schedule', [
      { attribute: 'level', value: 'detox', check: (el) => void expect(planOf(el)?.intensity).to.equal('iop') },
      { attribute: 'days', value: 'mon funday', check: (el) => void expect(planOf(el)?.days).to.have.length(3) },
      { attribute: 'days', value: 'mon mon' },
      { attribute: 'start', value: '9am', check: (el) => void expect(planOf(el)?.days[0]?.start).to.equal('09:00') },
      { attribute: 'hours-per-day', value: 'lots', check: (el) => void expect(planOf(el)?.hoursPerWeek).to.equal(9) },
      { attribute: 'hours-per-day', value: '30' },
      { attribute: 'track', value: 'lunch' },
      { attribute: 'tracks', value: 'morning', check: (el) => void expect(el.shadowRoot?.querySelector('.tracks')).to.equal(null) },
      { attribute: 'tracks', value: 'morning=9am' },
      { attribute: 'tracks', value: 'after!work=17:00' },
      { attribute: 'tracks', value: 'a=01:00 b=02:00 c=03:00 d=04:00 e=05:00 f=06:00 g=07:00' },
      { attribute: 'audience', value: 'child', check: (el) => void expect(planOf(el)?.audience).to.equal('adult') },
      { attribute: 'blocks', value: 'group 60' },
      { attribute: 'blocks-by-day', value: 'fri' },
      { attribute: 'theme', value: 'purple' },
      { attribute: 'group', value: 'two words' },
    ]);

    it('falls back from a track missing from tracks to the first track', async () => {
      let el!: CarepathSchedule;
      const warnings = await captureWarnings(async () => {
        el = await fixture<CarepathSchedule>(html`<carepath-schedule tracks="morning=09:00 evening=18:00" track="noon"></carepath-schedule>`);
      });
      expect(warnings[0]).to.contain('track="noon" is not one of the tracks ("morning", "evening"); using "morning"');
      expect($<HTMLInputElement>(el, 'input[value="morning"]').checked).to.equal(true);
    });

    it('falls back to the level\'s day when the JSON blocks are invalid, naming the bad field', async () => {
      let el!: CarepathSchedule;
      const warnings = await captureWarnings(async () => {
        el = await fixture<CarepathSchedule>(html`<carepath-schedule>
          <script type="application/json">{ "blocks": [{ "kind": "nap", "minutes": 30 }] }</script>
        </carepath-schedule>`);
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('JSON block blocks=').and.contain('"nap"');
      expect(el.plan?.hoursPerWeek).to.equal(9);
    });

    it('says "did you mean" for a misspelt attribute', async () => {
      const warnings = await captureWarnings(async () => {
        await fixture(html`<carepath-schedule hours_per_day="3" trak="evening" dys="mon"></carepath-schedule>`);
      });
      expect(warnings).to.have.length(3);
      expect(warnings.join('\n'))
        .to.contain('no attribute "hours_per_day"; did you mean "hours-per-day"?')
        .and.contain('did you mean "track"?')
        .and.contain('did you mean "days"?');
    });
  });

  describe('language', () => {
    for (const lang of ['es', 'es-MX']) {
      it(`speaks Spanish with lang="${lang}"`, async () => {
        const el = await fixture<CarepathSchedule>(html`<carepath-schedule lang=${lang} tracks="morning=09:00 evening=18:00"></carepath-schedule>`);
        expect(textOf($(el, '.title'))).to.equal('Una semana de ejemplo: Tratamiento ambulatorio intensivo (IOP)');
        expect(dayNames(el)).to.deep.equal(['lunes', 'miércoles', 'viernes']);
        expect(textOf($(el, '.intensity'))).to.equal('Para adultos, esta cantidad de horas por semana está en el rango de tratamiento ambulatorio intensivo (IOP).');
        expect(textOf($(el, '.block-kind'))).to.equal('Terapia de grupo');
        expect(textOf($(el, '.segment'))).to.equal('Turno de mañana empieza a las 9:00 a.m.');
        expect(textOf($(el, 'button.open-fit'))).to.equal('Compárelo con su semana');
        await openFitCheck(el);
        expect(textOf($(el, 'button.add'))).to.equal('Agregar');
        await addBusy(el, ['mon'], '08:00', '10:15');
        expect($$(el, '.fit-list > li').map((node) => textOf(node))).to.deep.equal([
          '! El lunes, 9:00 a.m.–10:15 a.m., el turno de mañana coincide con sus horas.',
          '✓ El turno de noche encaja con sus horas.',
        ]);
        await addBusy(el, ['tue'], '', '09:00');
        expect(textOf($(el, '#busy-error'))).to.equal('Error: Escriba una hora de inicio. Por ejemplo: 9:00 a.m.');
        expect(textOf($(el, '[part="error-summary"]'))).to.equal('Hay un problema Escriba una hora de inicio. Por ejemplo: 9:00 a.m.');
      });
    }

    it('follows an ancestor lang and shows the Spanish 24-hour note', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="es-US"><carepath-schedule level="residential"></carepath-schedule></div>`);
      const el = wrapper.querySelector('carepath-schedule') as CarepathSchedule;
      await el.updateComplete;
      expect(textOf($(el, '.note-heading'))).to.equal('Atención las 24 horas: pregunte al centro');
    });
  });

  describe('accessibility', () => {
    const states: [string, () => TemplateResult, ((el: CarepathSchedule) => Promise<void>)?][] = [
      ['default', () => html`<carepath-schedule></carepath-schedule>`],
      ['tracks', () => html`<carepath-schedule tracks="morning=09:00 evening=18:00"></carepath-schedule>`],
      ['conflict shown', () => html`<carepath-schedule tracks="morning=09:00 evening=18:00"></carepath-schedule>`, (el) => addBusy(el, ['mon', 'wed'], '08:00', '17:00')],
      ['fits', () => html`<carepath-schedule level="php"></carepath-schedule>`, (el) => addBusy(el, ['sat'], '09:00', '17:00')],
      ['input error', () => html`<carepath-schedule></carepath-schedule>`, (el) => addBusy(el, [], '09:00', '17:00')],
      ['24-hour note', () => html`<carepath-schedule level="inpatient"></carepath-schedule>`],
      ['dark', () => html`<carepath-schedule theme="dark" tracks="morning=09:00 evening=18:00"></carepath-schedule>`, (el) => addBusy(el, ['mon'], '08:00', '10:00')],
      ['dark input error', () => html`<carepath-schedule theme="dark"></carepath-schedule>`, (el) => addBusy(el, ['mon'], '17:00', '09:00')],
      ['dark 24-hour note', () => html`<carepath-schedule theme="dark" level="residential"></carepath-schedule>`],
      ['debug with issues', () => html`<carepath-schedule debug days="mon tue" hours-per-day="4"></carepath-schedule>`],
      ['notice with debug', () => html`<carepath-schedule debug start="23:00"></carepath-schedule>`],
      ['Spanish', () => html`<carepath-schedule lang="es" tracks="morning=09:00 evening=18:00"></carepath-schedule>`, (el) => addBusy(el, ['mon'], '08:00', '10:00')],
    ];
    for (const width of [320, 1200]) {
      for (const [name, template, act] of states) {
        it(`passes axe at ${width} px: ${name}`, async () => {
          let el!: CarepathSchedule;
          await captureWarnings(async () => {
            el = await atWidth(width, template());
            await act?.(el);
          });
          await expect(el).to.be.accessible();
        });
      }
    }

    it('passes axe with theme="auto" under a dark system setting', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      try {
        const el = await fixture<CarepathSchedule>(html`<carepath-schedule theme="auto" tracks="morning=09:00 evening=18:00"></carepath-schedule>`);
        expect(getComputedStyle($(el, '.root')).backgroundColor).to.equal('rgb(21, 26, 33)');
        await expect(el).to.be.accessible();
      } finally {
        await emulateMedia({ colorScheme: 'light' });
      }
    });

    it('announces fit results politely and labels every form control', async () => {
      const el = await fixture<CarepathSchedule>(html`<carepath-schedule></carepath-schedule>`);
      await openFitCheck(el);
      expect($(el, '.fit-results').getAttribute('aria-live')).to.equal('polite');
      for (const input of $$<HTMLInputElement>(el, 'input')) expect(input.labels?.length ?? 0, input.outerHTML).to.be.greaterThan(0);
      expect($<HTMLInputElement>(el, '#busy-from').type).to.equal('time');
    });

    it('keeps the fit check closed until asked: no time field before, a labelled button that opens it', async () => {
      const el = await fixture<CarepathSchedule>(html`<carepath-schedule></carepath-schedule>`);
      expect($$(el, 'input[type="time"]'), 'no native time field on first render').to.have.length(0);
      expect(textOf($(el, '#fit-heading'))).to.equal('Does it fit your week?');
      const button = $(el, 'button.open-fit');
      expect(textOf(button)).to.equal('Check it against your week');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      await expect(el).to.be.accessible();
      button.click();
      await el.updateComplete;
      await nextFrame();
      expect($(el, 'button.open-fit')).to.equal(null);
      expect($$(el, 'input[type="time"]')).to.have.length(2);
      expect(root(el).activeElement).to.equal($(el, 'input[name="busy-day"][value="mon"]'));
      expect(fitText(el)).to.equal('Add your hours to see if the schedule fits.');
      await expect(el).to.be.accessible();
    });

    it('names each entry\'s Remove button after the entry', async () => {
      const el = await fixture<CarepathSchedule>(html`<carepath-schedule></carepath-schedule>`);
      await addBusy(el, ['mon', 'fri'], '09:00', '17:00');
      expect(textOf($(el, '.entry button'))).to.equal('Remove Monday and Friday, 9:00 AM–5:00 PM');
    });
  });

  describe('keyboard', () => {
    it('switches tracks with the arrow keys and fires carepath-track-change', async () => {
      const el = await fixture<CarepathSchedule>(html`<carepath-schedule tracks="morning=09:00 evening=18:00"></carepath-schedule>`);
      $<HTMLInputElement>(el, 'input[value="morning"]').focus();
      const event = oneEvent(el, 'carepath-track-change');
      await sendKeys({ press: 'ArrowRight' });
      const { detail } = await event;
      expect(detail).to.deep.equal({ track: 'evening' });
      await el.updateComplete;
      expect(root(el).activeElement).to.equal($(el, 'input[value="evening"]'));
      expect(el.plan?.days[0]?.start).to.equal('18:00');
    });

    it('adds busy hours with the keyboard alone, and keeps focus when an entry is removed', async () => {
      const el = await fixture<CarepathSchedule>(html`<carepath-schedule></carepath-schedule>`);
      $(el, 'button.open-fit').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await nextFrame();
      expect(root(el).activeElement, 'opening moves focus to Monday').to.equal($(el, 'input[value="mon"]'));
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'Tab' }); // Tuesday
      await sendKeys({ press: 'Tab' }); // Wednesday
      await sendKeys({ press: 'Space' });
      for (let i = 0; i < 5; i += 1) await sendKeys({ press: 'Tab' }); // Thu, Fri, Sat, Sun, From
      expect(root(el).activeElement?.id).to.equal('busy-from');
      await sendKeys({ type: '0800A' });
      await el.updateComplete;
      expect($<HTMLInputElement>(el, '#busy-from').value).to.equal('08:00');
      // Tab walks through a time field's hour, minute and AM/PM parts before it leaves the field.
      await tabUntil(el, (active) => active?.id === 'busy-to');
      await tabUntil(el, (active) => active === $(el, 'button.add'));
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(textOf($(el, '.entry span'))).to.equal('Monday and Wednesday, 8:00 AM–5:00 PM');
      expect(fitText(el)).to.contain('This schedule overlaps your hours at these times:');
      $(el, '.entry button').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await nextFrame();
      expect($(el, '.entry')).to.equal(null);
      expect(root(el).activeElement, 'focus returns to Add').to.equal($(el, 'button.add'));
    });
  });

  describe('tracks and busy hours', () => {
    it('fires carepath-track-change on a click, bubbling and composed', async () => {
      const el = await fixture<CarepathSchedule>(html`<carepath-schedule tracks="morning=09:00 evening=18:00"></carepath-schedule>`);
      setTimeout(() => $(el, 'input[value="evening"]').click());
      const event = await oneEvent(el, 'carepath-track-change');
      expect(event.detail.track).to.equal('evening');
      expect(event.bubbles && event.composed).to.equal(true);
      await el.updateComplete;
      expect($<HTMLTimeElement>(el, '.block time').dateTime).to.equal('18:00');
    });

    it('says in words whether each track fits the visitor\'s hours', async () => {
      const el = await fixture<CarepathSchedule>(html`<carepath-schedule tracks="morning=09:00 evening=18:00"></carepath-schedule>`);
      await openFitCheck(el);
      expect(fitText(el)).to.equal('Add your hours to see if the schedule fits.');
      await addBusy(el, ['mon'], '08:00', '10:15');
      expect($$(el, '.fit-list > li').map((node) => textOf(node))).to.deep.equal([
        '! The morning track overlaps your hours on Monday, 9:00 AM–10:15 AM.',
        '✓ The evening track fits your hours.',
      ]);
      expect(textOf($(el, '.entry span'))).to.equal('Monday, 8:00 AM–10:15 AM');
      expect($$(el, 'input[name="busy-day"]').some((box) => (box as HTMLInputElement).checked), 'days clear after Add').to.equal(false);
    });

    it('lists each overlap when there are several, and checks a week without tracks', async () => {
      const el = await fixture<CarepathSchedule>(html`<carepath-schedule></carepath-schedule>`);
      await addBusy(el, ['mon', 'wed', 'sun'], '11:00', '13:00');
      expect(textOf($(el, '.fit-list > li > span:not(.mark)'))).to.match(/^This schedule overlaps your hours at these times:/);
      expect($$(el, '.conflicts li').map((node) => textOf(node))).to.deep.equal(['Monday, 11:00 AM–12:15 PM', 'Wednesday, 11:00 AM–12:15 PM']);
      $(el, '.entry button').click();
      await el.updateComplete;
      expect(fitText(el)).to.equal('Add your hours to see if the schedule fits.');
      await addBusy(el, ['sun'], '09:00', '17:00');
      expect(fitText(el)).to.equal('✓ This schedule fits your hours.');
    });

    it('checks only the shown track when the track is locked', async () => {
      const el = await fixture<CarepathSchedule>(html`<carepath-schedule locked="track" tracks="morning=09:00 evening=18:00"></carepath-schedule>`);
      await addBusy(el, ['mon'], '08:00', '10:15');
      expect($$(el, '.fit-list > li')).to.have.length(1);
      expect(fitText(el)).to.contain('The morning track overlaps');
    });

    it('says what to fix beside the field, in a summary that takes focus, and links the message to the field', async () => {
      const el = await fixture<CarepathSchedule>(html`<carepath-schedule></carepath-schedule>`);
      await addBusy(el, [], '09:00', '17:00');
      expect(textOf($(el, '#busy-error'))).to.equal('Error: Choose at least one day.');
      expect($(el, '.busy-days').getAttribute('aria-describedby')).to.equal('busy-error');
      expect($(el, '.busy-days').classList.contains('has-error')).to.equal(true);
      expect(root(el).activeElement, 'the summary takes focus').to.equal($(el, '[part="error-summary"]'));
      expect($(el, '.entry')).to.equal(null);

      await addBusy(el, ['mon'], '17:00', '09:00');
      expect(textOf($(el, '#busy-error'))).to.contain('Enter an end time after the start time');
      expect($(el, '#busy-to').getAttribute('aria-invalid')).to.equal('true');
      expect($(el, '#busy-to').getAttribute('aria-describedby')).to.equal('busy-error');
      expect($(el, '#busy-from').getAttribute('aria-invalid')).to.equal('false');
      expect($(el, '#busy-from').hasAttribute('aria-describedby')).to.equal(false);
      expect($(el, '.busy-days').hasAttribute('aria-describedby'), 'the days are fine now').to.equal(false);
      expect($(el, '#busy-to').closest('.field')?.classList.contains('has-error')).to.equal(true);

      $<HTMLInputElement>(el, 'input[value="mon"]').click(); // the failed attempt kept Monday ticked; untick and tick again
      await addBusy(el, ['mon'], '', '09:00');
      expect(textOf($(el, '#busy-error'))).to.equal('Error: Enter a start time, like 9:00 AM.');
      expect($(el, '#busy-from').getAttribute('aria-invalid')).to.equal('true');
      expect($(el, '#busy-from').getAttribute('aria-describedby')).to.equal('busy-error');

      await addBusy(el, [], '08:00', '');
      expect(textOf($(el, '#busy-error'))).to.equal('Error: Enter an end time, like 5:00 PM.');

      await addBusy(el, [], '08:00', '09:00');
      expect($(el, '#busy-error')).to.equal(null);
      expect($(el, '[part="error-summary"]')).to.equal(null);
      expect($$(el, '[aria-invalid="true"], .has-error')).to.have.length(0);
      expect($$(el, '.entry')).to.have.length(1);
    });

    it('shows the error in the language of the moment', async () => {
      const el = await fixture<CarepathSchedule>(html`<carepath-schedule></carepath-schedule>`);
      await addBusy(el, ['mon'], '', '09:00');
      expect(textOf($(el, '#busy-error'))).to.equal('Error: Enter a start time, like 9:00 AM.');
      el.lang = 'es';
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(textOf($(el, '#busy-error'))).to.equal('Error: Escriba una hora de inicio. Por ejemplo: 9:00 a.m.');
      expect(textOf($(el, '[part="error-summary"] h4'))).to.equal('Hay un problema');
    });

    it('keeps the visitor\'s hours in memory only', async () => {
      const stored = [localStorage.length, sessionStorage.length, document.cookie];
      const el = await fixture<CarepathSchedule>(html`<carepath-schedule></carepath-schedule>`);
      await addBusy(el, ['mon'], '08:00', '10:00');
      expect([localStorage.length, sessionStorage.length, document.cookie]).to.deep.equal(stored);
    });
  });

  describe('errors (the one error treatment, shared with the estimator)', () => {
    /** The first opaque background at or above `node`, across the shadow boundary. */
    function backgroundOf(node: Element): string {
      for (let current: Element | null = node; current; current = current.parentElement ?? ((current.getRootNode() as ShadowRoot).host || null)) {
        const color = getComputedStyle(current).backgroundColor;
        if (parseColor(color)) return color;
      }
      return 'rgb(255, 255, 255)';
    }
    const ratio = (a: string, b: string) => contrastRatio(parseColor(a)!, parseColor(b)!);

    /** Text ≥ 4.5:1 and the summary's border, the bar and the control's border ≥ 3:1 against what is behind them. */
    function expectContrast(el: CarepathSchedule, label: string): void {
      const summary = $(el, '[part="error-summary"]');
      const message = $(el, '#busy-error');
      const link = $(el, '[part="error-summary"] a');
      for (const [name, node] of [['message', message], ['summary link', link]] as const) {
        expect(ratio(getComputedStyle(node).color, backgroundOf(node)), `${label}: ${name} text`).to.be.at.least(4.5);
      }
      expect(ratio(getComputedStyle(summary).borderTopColor, backgroundOf(summary)), `${label}: summary border`).to.be.at.least(3);
      const bar = $(el, '.has-error');
      expect(ratio(getComputedStyle(bar).borderInlineStartColor, backgroundOf(bar)), `${label}: the bar`).to.be.at.least(3);
      const input = $(el, '#busy-to');
      expect(ratio(getComputedStyle(input).borderTopColor, backgroundOf(input.parentElement!)), `${label}: the control's border`).to.be.at.least(3);
    }

    it('announces the summary (role="alert", named by its heading), gives it focus, and stays accessible', async () => {
      const el = await fixture<CarepathSchedule>(html`<carepath-schedule></carepath-schedule>`);
      await openFitCheck(el);
      await expect(el).to.be.accessible();
      $(el, 'button.add').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const summary = $(el, '[part="error-summary"]');
      expect(summary.getAttribute('role')).to.equal('alert');
      expect(summary.getAttribute('tabindex')).to.equal('-1');
      const heading = root(el).getElementById(summary.getAttribute('aria-labelledby') ?? '');
      expect(heading?.tagName, 'a heading one level under the fit check\'s').to.equal('H4');
      expect(textOf(heading)).to.equal('There is a problem');
      expect(root(el).activeElement).to.equal(summary);
      expect(summary.compareDocumentPosition($(el, '.busy-days')) & Node.DOCUMENT_POSITION_FOLLOWING, 'the summary comes before the form').to.not.equal(0);
      await expect(el).to.be.accessible();
    });

    it('links each problem to its field: the keyboard follows the link from the summary', async () => {
      const el = await fixture<CarepathSchedule>(html`<carepath-schedule></carepath-schedule>`);
      await addBusy(el, [], '09:00', '17:00');
      const link = $<HTMLAnchorElement>(el, '[part="error-summary"] a');
      expect([link.getAttribute('href'), textOf(link)]).to.deep.equal(['#busy-day-mon', 'Choose at least one day.']);
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement).to.equal(link);
      await sendKeys({ press: 'Enter' });
      expect(root(el).activeElement, 'the first day').to.equal($(el, 'input[value="mon"]'));
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect($(el, '[part="error-summary"]'), 'ticking a day clears the days error').to.equal(null);

      $<HTMLInputElement>(el, '#busy-to').value = '08:00';
      $(el, '#busy-to').dispatchEvent(new Event('input', { bubbles: true }));
      $(el, 'button.add').click();
      await el.updateComplete;
      const toLink = $<HTMLAnchorElement>(el, '[part="error-summary"] a');
      expect(toLink.getAttribute('href')).to.equal('#busy-to');
      toLink.click();
      expect(root(el).activeElement).to.equal($(el, '#busy-to'));
      await expect(el).to.be.accessible();
    });

    it('draws the error in --carepath-color-error (and -dark in the dark theme), not the warning colour', async () => {
      const el = await fixture<CarepathSchedule>(
        html`<carepath-schedule style="--carepath-color-error: rgb(1, 2, 3); --carepath-color-warning: rgb(9, 9, 9)"></carepath-schedule>`,
      );
      await addBusy(el, ['mon'], '17:00', '09:00');
      const summary = getComputedStyle($(el, '[part="error-summary"]'));
      expect([summary.borderTopWidth, summary.borderTopColor]).to.deep.equal(['4px', 'rgb(1, 2, 3)']);
      const bar = getComputedStyle($(el, '.has-error'));
      expect([bar.borderInlineStartWidth, bar.borderInlineStartColor]).to.deep.equal(['4px', 'rgb(1, 2, 3)']);
      const input = getComputedStyle($(el, '#busy-to'));
      expect([input.borderTopWidth, input.borderTopColor]).to.deep.equal(['3px', 'rgb(1, 2, 3)']);
      expect(getComputedStyle($(el, '#busy-error')).color).to.equal('rgb(1, 2, 3)');
      el.theme = 'dark';
      el.style.removeProperty('--carepath-color-error');
      el.style.setProperty('--carepath-color-error-dark', 'rgb(4, 5, 6)');
      await el.updateComplete;
      expect(getComputedStyle($(el, '#busy-error')).color).to.equal('rgb(4, 5, 6)');
    });

    it('shows the days error as a bar beside the days, like any field', async () => {
      const el = await fixture<CarepathSchedule>(html`<carepath-schedule></carepath-schedule>`);
      await addBusy(el, [], '09:00', '17:00');
      const days = getComputedStyle($(el, '.busy-days'));
      expect([days.borderInlineStartStyle, parseFloat(days.borderInlineStartWidth)]).to.deep.equal(['solid', 4]);
      expect(parseFloat(days.paddingInlineStart)).to.be.greaterThan(0);
    });

    for (const theme of ['light', 'dark'] as const) {
      it(`keeps the error legible in the ${theme} theme (text 4.5:1, borders 3:1)`, async () => {
        const el = await fixture<CarepathSchedule>(html`<carepath-schedule theme=${theme}></carepath-schedule>`);
        await addBusy(el, ['mon'], '17:00', '09:00');
        expectContrast(el, theme);
        await expect(el).to.be.accessible();
      });
    }

    it('draws error borders in CanvasText in forced colors and leaves the text colours to the system', () => {
      // The rule itself, in every engine (Chromium's test driver cannot emulate forced colors, WebKit's nothing at all).
      const rules = formFieldStyles.cssText.replace(/\s+/g, ' ');
      expect(rules).to.match(/@media \(forced-colors: active\) \{ \.error-summary, \.has-error, \.has-error :is\(input, select, textarea\)\[aria-invalid='true'\] \{ border-color: CanvasText; \}/);
      expect(rules, 'no error text opts out of the forced palette').to.not.match(/forced-color-adjust/);
    });

    it('keeps the error visible and legible in forced colors', async () => {
      await emulateMedia({ forcedColors: 'active' });
      try {
        const el = await fixture<CarepathSchedule>(html`<carepath-schedule></carepath-schedule>`);
        await addBusy(el, ['mon'], '17:00', '09:00');
        const bar = getComputedStyle($(el, '.has-error'));
        expect([bar.borderInlineStartStyle, parseFloat(bar.borderInlineStartWidth)]).to.deep.equal(['solid', 4]);
        expect(getComputedStyle($(el, '[part="error-summary"]')).borderTopStyle).to.equal('solid');
        // Only where the driver really emulates forced colors: neither Chromium's nor Firefox's does here today (measured
        // with playwright-core instead: CanvasText borders at 21:1 on Canvas in the light and the dark palettes).
        if (matchMedia('(forced-colors: active)').matches) {
          const probe = document.createElement('span');
          probe.style.cssText = 'color: CanvasText; background: Canvas';
          document.body.append(probe);
          const [text, canvas] = [getComputedStyle(probe).color, getComputedStyle(probe).backgroundColor];
          probe.remove();
          expect(getComputedStyle($(el, '[part="error-summary"]')).borderTopColor).to.equal(text);
          expect(ratio(text, canvas), 'CanvasText on Canvas').to.be.at.least(3);
        }
        await expect(el).to.be.accessible();
      } finally {
        await emulateMedia({ forcedColors: 'none' });
      }
    });
  });

  describe('download', () => {
    interface Captured {
      blobs: Blob[];
      revoked: string[];
      clicked: HTMLAnchorElement[];
      fetches: number;
    }

    /** Runs `fn` with object URLs, link clicks and fetch intercepted, so nothing is saved or requested. */
    async function intercept(fn: (captured: Captured) => Promise<void>): Promise<void> {
      const captured: Captured = { blobs: [], revoked: [], clicked: [], fetches: 0 };
      const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL, fetch: window.fetch };
      URL.createObjectURL = (blob: Blob | MediaSource) => {
        captured.blobs.push(blob as Blob);
        return `blob:${location.origin}/sample-${captured.blobs.length}`;
      };
      URL.revokeObjectURL = (url: string) => void captured.revoked.push(url);
      HTMLAnchorElement.prototype.click = function click(this: HTMLAnchorElement) {
        captured.clicked.push(this);
      };
      window.fetch = (...args: Parameters<typeof fetch>) => {
        captured.fetches += 1;
        return original.fetch(...args);
      };
      try {
        await fn(captured);
      } finally {
        URL.createObjectURL = original.create;
        URL.revokeObjectURL = original.revoke;
        window.fetch = original.fetch;
        delete (HTMLAnchorElement.prototype as Partial<HTMLAnchorElement>).click;
      }
    }

    function expectedMonday(): string {
      const today = new Date();
      const monday = new Date(today.getFullYear(), today.getMonth(), today.getDate() + ((8 - today.getDay()) % 7 || 7));
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${monday.getFullYear()}-${pad(monday.getMonth() + 1)}-${pad(monday.getDate())}`;
    }

    it('builds a valid ICS of the shown week, clicks a temporary link, revokes the URL and fires the event', async () => {
      await intercept(async (captured) => {
        const el = await fixture<CarepathSchedule>(html`<carepath-schedule tracks="morning=09:00 evening=18:00" track="evening"></carepath-schedule>`);
        const resources = performance.getEntriesByType('resource').length;
        setTimeout(() => $(el, '.download button').click());
        const event = await oneEvent(el, 'carepath-calendar-download');
        expect(event.detail).to.deep.equal({ level: 'iop', track: 'evening' });
        expect(event.bubbles && event.composed).to.equal(true);
        expect(captured.blobs).to.have.length(1);
        const blob = captured.blobs[0] as Blob;
        expect(blob.type).to.equal('text/calendar;charset=utf-8');
        const text = await blob.text();
        expect(text.startsWith('BEGIN:VCALENDAR\r\n')).to.equal(true);
        expect(text.match(/BEGIN:VEVENT/g)).to.have.length(3);
        const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
        expect(events.map((item) => item.startDate.toString())[0]).to.equal(`${expectedMonday()}T18:00:00`);
        expect(events[0]?.summary).to.equal('Program day (sample schedule)');
        expect(events[0]?.description).to.contain('Group therapy');
        expect(text).to.contain(`@${location.hostname}`);
        expect(captured.clicked).to.have.length(1);
        const link = captured.clicked[0] as HTMLAnchorElement;
        expect(link.download).to.equal('sample-week.ics');
        expect(link.getAttribute('href')).to.equal(`blob:${location.origin}/sample-1`);
        expect(link.isConnected, 'the link is temporary').to.equal(false);
        await new Promise((resolve) => setTimeout(resolve, 1100));
        expect(captured.revoked).to.deep.equal([`blob:${location.origin}/sample-1`]);
        expect(captured.fetches).to.equal(0);
        expect(performance.getEntriesByType('resource').length, 'no network request').to.equal(resources);
      });
    });

    it('writes one event per program day in the visitor\'s language', async () => {
      await intercept(async (captured) => {
        const el = await fixture<CarepathSchedule>(html`<carepath-schedule lang="es" level="php"></carepath-schedule>`);
        $(el, '.download button').click();
        const text = await (captured.blobs[0] as Blob).text();
        expect(text.match(/BEGIN:VEVENT/g)).to.have.length(5);
        expect(text).to.contain('SUMMARY:Día del programa (horario de ejemplo)');
        expect(text.replace(/\r\n /g, '')).to.contain('Terapia de grupo');
      });
    });

    it('reports track null without tracks', async () => {
      await intercept(async () => {
        const el = await fixture<CarepathSchedule>(html`<carepath-schedule level="outpatient"></carepath-schedule>`);
        setTimeout(() => $(el, '.download button').click());
        const { detail } = await oneEvent(el, 'carepath-calendar-download');
        expect(detail).to.deep.equal({ level: 'outpatient', track: null });
      });
    });
  });

  describe('channel', () => {
    it('switches to the level a quiz in its group suggests, firing no event', async () => {
      const el = await fixture<CarepathSchedule>(html`<carepath-schedule group="ch-switch" days="mon tue wed thu"></carepath-schedule>`);
      const seen = recordEvents(el);
      publish({ v: 1, group: 'ch-switch', level: 'php', crisis: false });
      await el.updateComplete;
      expect(textOf($(el, '.title'))).to.equal('A sample week: Partial hospitalization (PHP)');
      expect(el.plan?.intensity).to.equal('php');
      expect(el.plan?.days, "the suggested level's own week, not the configured IOP days").to.have.length(5);
      expect(el.configIssues).to.deep.equal([]);
      publish({ v: 1, group: 'ch-switch', level: 'residential', crisis: false });
      await el.updateComplete;
      expect($(el, '[part="note"]')).to.exist;
      publish({ v: 1, group: 'other-group', level: 'outpatient', crisis: false });
      await el.updateComplete;
      expect($(el, '[part="note"]'), 'other groups are ignored').to.exist;
      expect(seen).to.deep.equal([]);
    });

    it('gives a widget that connects later the last message', async () => {
      publish({ v: 1, group: 'ch-late', level: 'outpatient', crisis: false });
      const el = await fixture<CarepathSchedule>(html`<carepath-schedule group="ch-late"></carepath-schedule>`);
      expect(el.plan?.intensity).to.equal('outpatient');
      expect(el.configIssues).to.deep.equal([]);
    });

    it('switches nothing while the group is in crisis, and shows its configured state', async () => {
      const el = await fixture<CarepathSchedule>(html`<carepath-schedule group="ch-crisis"></carepath-schedule>`);
      publish({ v: 1, group: 'ch-crisis', level: 'php', crisis: true });
      await el.updateComplete;
      expect(el.plan?.intensity).to.equal('iop');
      publish({ v: 1, group: 'ch-crisis', level: 'outpatient', crisis: false });
      await el.updateComplete;
      expect(el.plan?.intensity, 'a level does not end the crisis').to.equal('iop');
      publish({ v: 1, group: 'ch-crisis', level: null, crisis: false });
      publish({ v: 1, group: 'ch-crisis', level: 'outpatient', crisis: false });
      await el.updateComplete;
      expect(el.plan?.intensity, 'after Start over it follows again').to.equal('outpatient');
      publish({ v: 1, group: 'ch-crisis', level: 'inpatient', crisis: true });
      await el.updateComplete;
      expect(el.plan?.intensity, 'back to its configured state in a crisis').to.equal('iop');
    });

    it('ignores the channel while independent', async () => {
      const el = await fixture<CarepathSchedule>(html`<carepath-schedule group="ch-indep" independent></carepath-schedule>`);
      publish({ v: 1, group: 'ch-indep', level: 'php', crisis: false });
      await el.updateComplete;
      expect(el.plan?.intensity).to.equal('iop');
      el.removeAttribute('independent');
      await el.updateComplete;
      expect(el.plan?.intensity, 'follows once it stops being independent').to.equal('php');
      el.setAttribute('independent', '');
      await el.updateComplete;
      expect(el.plan?.intensity, 'and lets go again').to.equal('iop');
    });

    it('ignores the channel for a locked level', async () => {
      const el = await fixture<CarepathSchedule>(html`<carepath-schedule group="ch-locked" locked="level" level="outpatient"></carepath-schedule>`);
      publish({ v: 1, group: 'ch-locked', level: 'php', crisis: false });
      await el.updateComplete;
      expect(el.plan?.intensity).to.equal('outpatient');
    });

    it('reverts to the configured level on level: null, keeping the configured week', async () => {
      const el = await fixture<CarepathSchedule>(html`<carepath-schedule group="ch-null" days="mon tue wed thu"></carepath-schedule>`);
      publish({ v: 1, group: 'ch-null', level: 'php', crisis: false });
      await el.updateComplete;
      expect(el.plan?.intensity).to.equal('php');
      publish({ v: 1, group: 'ch-null', level: null, crisis: false });
      await el.updateComplete;
      expect(el.plan?.intensity).to.equal('iop');
      expect(el.plan?.days).to.have.length(4);
    });

    it('ranks the channel above the property', async () => {
      const el = await fixture<CarepathSchedule>(html`<carepath-schedule group="ch-prop"></carepath-schedule>`);
      publish({ v: 1, group: 'ch-prop', level: 'php', crisis: false });
      el.level = 'outpatient';
      await el.updateComplete;
      expect(el.plan?.intensity).to.equal('php');
      publish({ v: 1, group: 'ch-prop', level: null, crisis: false });
      await el.updateComplete;
      expect(el.plan?.intensity).to.equal('outpatient');
    });
  });

  describe('precedence and events', () => {
    it('fires no event on a programmatic change', async () => {
      const el = await fixture<CarepathSchedule>(html`<carepath-schedule tracks="morning=09:00 evening=18:00"></carepath-schedule>`);
      const seen = recordEvents(el);
      el.track = 'evening';
      el.level = 'php';
      el.audience = 'adolescent';
      el.tracks = { day: '10:00', evening: '17:00' };
      await el.updateComplete;
      expect(el.plan?.days[0]?.start).to.equal('17:00');
      el.setAttribute('days', 'mon tue wed thu fri');
      await el.updateComplete;
      expect(seen).to.deep.equal([]);
    });

    it("ranks the visitor's track above the property", async () => {
      const el = await fixture<CarepathSchedule>(html`<carepath-schedule tracks="morning=09:00 evening=18:00"></carepath-schedule>`);
      $(el, 'input[value="evening"]').click();
      await el.updateComplete;
      el.track = 'morning';
      await el.updateComplete;
      expect(el.plan?.days[0]?.start).to.equal('18:00');
      expect($<HTMLInputElement>(el, 'input[value="evening"]').checked).to.equal(true);
    });
  });
});
