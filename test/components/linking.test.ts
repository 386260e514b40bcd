/**
 * Widgets in one group, as a visitor meets them: one rule decides whether a channel message moves the table, the
 * estimator and the schedule (visitor › channel › configuration, `locked`, and no move while the group is in
 * crisis); the table's "Choose" moves the others; only the quiz's answers earn "Suggested by your answers".
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/register-all.js';
import type { CarepathCost } from '../../src/components/cost/cost.js';
import type { CarepathLevels } from '../../src/components/levels/levels.js';
import type { CarepathQuiz } from '../../src/components/quiz/quiz.js';
import type { CarepathSchedule } from '../../src/components/schedule/schedule.js';
import { publish } from '../../src/internal/channel.js';
import { $, freshGroup, listen, play, screenOf } from '../helpers/quiz-driver.js';

interface Page {
  readonly group: string;
  readonly quizzes: CarepathQuiz[];
  readonly levels: CarepathLevels;
  readonly cost: CarepathCost;
  readonly schedule: CarepathSchedule;
  readonly events: string[];
}

const WIDGET_EVENTS = ['carepath-level-select', 'carepath-estimate', 'carepath-schedule-change', 'carepath-track-change', 'carepath-config-error'];

/** A page with `quizzes` quizzes and a table, an estimator and a schedule in one fresh group. */
async function page(quizzes: number, extra = ''): Promise<Page> {
  const group = freshGroup();
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
  wrapper.innerHTML = `${'<carepath-quiz></carepath-quiz>'.repeat(quizzes)}
    <carepath-levels ${extra}></carepath-levels>
    <carepath-cost level="php" ${extra}></carepath-cost>
    <carepath-schedule level="php" ${extra}></carepath-schedule>`;
  for (const el of Array.from(wrapper.children)) el.setAttribute('group', group);
  const events: string[] = [];
  for (const type of WIDGET_EVENTS) wrapper.addEventListener(type, () => events.push(type));
  const all = Array.from(wrapper.children) as (HTMLElement & { updateComplete: Promise<unknown> })[];
  for (const el of all) await el.updateComplete;
  return {
    group,
    quizzes: Array.from(wrapper.querySelectorAll('carepath-quiz')),
    levels: wrapper.querySelector('carepath-levels') as CarepathLevels,
    cost: wrapper.querySelector('carepath-cost') as CarepathCost,
    schedule: wrapper.querySelector('carepath-schedule') as CarepathSchedule,
    events,
  };
}

async function settled(p: Page): Promise<void> {
  for (const el of [p.levels, p.cost, p.schedule]) await el.updateComplete;
}

const highlighted = (el: CarepathLevels) =>
  Array.from(el.shadowRoot?.querySelectorAll('.table-view [part~="highlight"]') ?? [], (row) => [
    row.getAttribute('data-level'),
    row.querySelector('[part="badge"]')?.textContent?.trim(),
  ]);
const costLevel = (el: CarepathCost) => (el.shadowRoot?.querySelector('#field-level') as HTMLSelectElement | null)?.value;
const scheduleLevel = (el: CarepathSchedule) => el.plan?.intensity;
// The level's "Choose" in whichever view the widget shows (its column's last cell in the table, or its card).
const choose = (el: CarepathLevels, level: string) => (el.shadowRoot?.querySelector(`[data-level="${level}"] [part="select"]`) as HTMLButtonElement).click();
const startOver = async (quiz: CarepathQuiz) => {
  ($(quiz, '.start-over button') as HTMLButtonElement).click();
  await quiz.updateComplete;
};

describe('widgets in one group', () => {
  it('two quizzes: a crisis in one holds every widget still when the other suggests a level, until Start over', async () => {
    const p = await page(2);
    const [first, second] = p.quizzes as [CarepathQuiz, CarepathQuiz];
    await play(first, { safety: 'yes' }, 'crisis');
    expect(screenOf(first)).to.equal('crisis');
    await play(second, { 'audit-c/0': 4, 'audit-c/1': 4, 'audit-c/2': 4, withdrawal: 'mild' });
    const level = second.result?.level;
    expect(second.result?.crisis, 'the second quiz has no crisis of its own').to.equal(false);
    expect(level !== undefined && level !== null && level !== 'php', `a level other than the configured one (${String(level)})`).to.equal(true);
    await settled(p);
    expect(highlighted(p.levels), 'the table highlights nothing').to.deep.equal([]);
    expect(costLevel(p.cost), 'the estimator keeps its configured level').to.equal('php');
    expect(scheduleLevel(p.schedule), 'the schedule keeps its configured level').to.equal('php');

    await play(first, { safety: 'yes' });
    await startOver(first);
    await settled(p);
    expect(highlighted(p.levels)).to.deep.equal([]);
    await startOver(second);
    await play(second, { 'audit-c/0': 4, 'audit-c/1': 4, 'audit-c/2': 4, withdrawal: 'mild' });
    await settled(p);
    expect(highlighted(p.levels), 'after Start over the quiz leads again').to.deep.equal([[level, 'Suggested by your answers']]);
    expect(costLevel(p.cost)).to.equal(level);
    expect(p.events, 'channel-driven changes fire no event').to.deep.equal([]);
  });

  it('"Choose" in the table moves the estimator and the schedule, with no event from them', async () => {
    const p = await page(0);
    const messages = listen(p.group);
    choose(p.levels, 'iop');
    await settled(p);
    expect(messages.messages.at(-1)).to.deep.equal({ v: 1, group: p.group, level: 'iop', crisis: false, source: 'table' });
    expect(costLevel(p.cost)).to.equal('iop');
    expect(scheduleLevel(p.schedule)).to.equal('iop');
    expect(p.events).to.deep.equal(['carepath-level-select']);
    messages.stop();
  });

  it('"Choose" during a crisis says so, and moves nothing', async () => {
    const p = await page(0);
    publish({ v: 1, group: p.group, level: null, crisis: true, source: 'quiz' });
    const messages = listen(p.group);
    choose(p.levels, 'outpatient');
    await settled(p);
    expect(messages.messages.at(-1)).to.deep.equal({ v: 1, group: p.group, level: 'outpatient', crisis: true, source: 'table' });
    expect(highlighted(p.levels), 'the visitor’s own choice shows').to.deep.equal([['outpatient', 'Your choice']]);
    expect(costLevel(p.cost)).to.equal('php');
    expect(scheduleLevel(p.schedule)).to.equal('php');
    messages.stop();
  });

  it('keeps the visitor’s own level and a locked level above the channel', async () => {
    const p = await page(0, 'locked="highlight"');
    const cost = p.cost.shadowRoot?.querySelector('#field-level') as HTMLSelectElement | null;
    expect(cost, 'level is not locked in the estimator (only highlight is named)').to.not.equal(null);
    if (cost) {
      cost.value = 'outpatient';
      cost.dispatchEvent(new Event('change'));
    }
    publish({ v: 1, group: p.group, level: 'iop', crisis: false, source: 'quiz' });
    await settled(p);
    expect(costLevel(p.cost), 'the visitor’s own choice wins').to.equal('outpatient');
    expect(highlighted(p.levels), 'locked="highlight" ignores the channel').to.deep.equal([]);
    expect(scheduleLevel(p.schedule)).to.equal('iop');
  });
});

describe('the table’s badge says who picked the level', () => {
  const cases: readonly [string, string | undefined, string, string][] = [
    ['the quiz', 'quiz', 'Suggested by your answers', 'Sugerido por sus respuestas'],
    ['another table', 'table', 'Your choice', 'Su elección'],
    ['an unknown sender', undefined, 'Selected', 'Seleccionado'],
  ];
  for (const [who, source, en, es] of cases) {
    it(`${who}: "${en}" / "${es}"`, async () => {
      for (const [lang, text] of [['en', en], ['es', es]] as const) {
        const group = freshGroup();
        const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang} style="width: 1000px"></div>`);
        wrapper.innerHTML = `<carepath-levels group="${group}" highlight="outpatient"></carepath-levels>`;
        const el = wrapper.querySelector('carepath-levels') as CarepathLevels;
        publish(source ? { v: 1, group, level: 'php', crisis: false, source: source as 'quiz' } : { v: 1, group, level: 'php', crisis: false });
        await el.updateComplete;
        expect(highlighted(el)).to.deep.equal([['php', text]]);
      }
    });
  }

  it('a partner’s highlight reads "Offered here" / "Disponible aquí", never "Suggested"', async () => {
    for (const [lang, text] of [['en', 'Offered here'], ['es', 'Disponible aquí']] as const) {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang} style="width: 1000px"></div>`);
      wrapper.innerHTML = `<carepath-levels group="${freshGroup()}" highlight="iop"></carepath-levels>`;
      const el = wrapper.querySelector('carepath-levels') as CarepathLevels;
      await el.updateComplete;
      expect(highlighted(el)).to.deep.equal([['iop', text]]);
    }
  });
});
