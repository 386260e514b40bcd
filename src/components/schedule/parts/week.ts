/** The schedule's heading, its summary (hours and days a week, and what they count as) and the week itself. */
import { html, nothing, type TemplateResult } from 'lit';
import { levelName } from '../../../core/level-words.js';
import type { CareLevelId } from '../../../core/levels.js';
import type { BlockKind, PlannedBlock, PlannedDay, WeekPlan } from '../../../core/schedule.js';
import type { Localizer } from '../../../internal/localize.js';
import type { TranslationKey } from '../../../translations/en.js';

export const KIND_KEYS: Readonly<Record<BlockKind, TranslationKey>> = {
  group: 'carepath.schedule.kind.group',
  individual: 'carepath.schedule.kind.individual',
  family: 'carepath.schedule.kind.family',
  psychoeducation: 'carepath.schedule.kind.psychoeducation',
  skills: 'carepath.schedule.kind.skills',
  'check-in': 'carepath.schedule.kind.check-in',
  break: 'carepath.schedule.kind.break',
};

/** An HTML valid time string: a day that runs to midnight ends at '24:00', which `<time datetime>` spells '00:00'. */
function datetime(clock: string): string {
  return clock === '24:00' ? '00:00' : clock;
}

export function timeRange(t: Localizer, start: string, end: string): TemplateResult {
  return html`<time datetime=${datetime(start)}>${t.time(start)}</time><span aria-hidden="true">–</span
    ><span class="visually-hidden"> ${t.term('carepath.schedule.to')} </span
    ><time datetime=${datetime(end)}>${t.time(end)}</time>`;
}

/** "A sample intensive outpatient (IOP) week" and the line under it. */
export function weekHeading(t: Localizer, level: CareLevelId): TemplateResult {
  return html`<h2 class="title" id="title">${t.term('carepath.schedule.title', { level: levelName(level, t.lang) })}</h2>
    <p class="sample">${t.term('carepath.schedule.sample')}</p>`;
}

export function summaryPart(t: Localizer, plan: WeekPlan): TemplateResult {
  const intensityKey: TranslationKey = plan.audience === 'adolescent' ? 'carepath.schedule.intensity.adolescent' : 'carepath.schedule.intensity.adult';
  return html`<div class="summary" part="summary">
    <dl class="stats">
      <div class="stat">
        <dt>${t.term('carepath.schedule.hoursPerWeek')}</dt>
        <dd>${t.number(plan.hoursPerWeek, { maximumFractionDigits: 2 })}</dd>
      </div>
      <div class="stat">
        <dt>${t.term('carepath.schedule.daysPerWeek')}</dt>
        <dd>${t.number(plan.days.length)}</dd>
      </div>
    </dl>
    <p class="intensity">${t.term(intensityKey, { intensity: levelName(plan.intensity, t.lang, 'inline') })}</p>
  </div>`;
}

function blockPart(t: Localizer, block: PlannedBlock): TemplateResult {
  return html`<li class="block kind-${block.kind} ${block.title ? 'has-title' : ''}" part="block">
    <span class="block-time">${timeRange(t, block.start, block.end)}</span>
    ${block.title ? html`<span class="block-title">${block.title}</span>` : nothing}
    <span class="block-kind">${t.term(KIND_KEYS[block.kind])}</span>
  </li>`;
}

function dayPart(t: Localizer, day: PlannedDay): TemplateResult {
  return html`<li class="day" part="day">
    <h3 class="day-name" id="day-${day.day}">${t.weekday(day.day)}</h3>
    <p class="day-span">${timeRange(t, day.start, day.end)}</p>
    <ol class="blocks" aria-labelledby="day-${day.day}">
      ${day.blocks.map((block) => blockPart(t, block))}
    </ol>
  </li>`;
}

export function weekPart(t: Localizer, plan: WeekPlan): TemplateResult {
  return html`<ul class="week" part="week" aria-label=${t.term('carepath.schedule.week')}>
    ${plan.days.map((day) => dayPart(t, day))}
  </ul>`;
}

/** Inpatient and residential care: a short "24-hour care: ask the center" note instead of a week. */
export function allDayPart(t: Localizer, level: CareLevelId): TemplateResult {
  const key: TranslationKey = level === 'inpatient' ? 'carepath.schedule.allDay.inpatient' : 'carepath.schedule.allDay.residential';
  return html`<section class="schedule" aria-labelledby="title">
    <h2 class="title" id="title">${levelName(level, t.lang)}</h2>
    <div class="note" part="note">
      <p class="note-heading">${t.term('carepath.schedule.allDay')}</p>
      <p>${t.term(key)}</p>
    </div>
  </section>`;
}

export function downloadPart(t: Localizer, onDownload: () => void): TemplateResult {
  return html`<div class="download" part="download">
    <button type="button" class="button secondary" aria-describedby="download-hint" @click=${onDownload}>${t.term('carepath.schedule.download')}</button>
    <p class="hint" id="download-hint">${t.term('carepath.schedule.downloadHint')}</p>
  </div>`;
}
