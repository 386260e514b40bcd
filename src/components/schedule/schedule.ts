/**
 * `<carepath-schedule>`: a sample program week. Every hour, intensity and conflict comes from the core
 * (`buildWeek`, `findConflicts`, `weekToICS`); this file only chooses the input and draws the result.
 * Importing it registers nothing (see `define.ts`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import * as z from 'zod/mini';
import type { InputIssue } from '../../core/errors.js';
import { weekToICS } from '../../core/ics.js';
import { CARE_LEVEL_IDS, getCareLevel, type CareLevelId } from '../../core/levels.js';
import {
  AUDIENCES,
  BusyTimeSchema,
  DAY_IDS,
  ScheduleInputSchema,
  buildWeek,
  defaultSchedule,
  findConflicts,
  type Audience,
  type BlockKind,
  type BusyTime,
  type DayId,
  type HoursIntensity,
  type PlannedBlock,
  type PlannedDay,
  type ScheduleBlockInput,
  type ScheduleInput,
  type WeekPlan,
} from '../../core/schedule.js';
import { localize as inLanguage } from '../../core/text.js';
import { CarepathCalendarDownloadEvent } from '../../events/calendar-download.js';
import { CarepathTrackChangeEvent } from '../../events/track-change.js';
import { COMMON_FIELDS, COMMON_SHAPE, CarepathElement, type CommonConfig } from '../../internal/carepath-element.js';
import { baseStyles } from '../../styles/tokens.js';
import { enSchedule, type TranslationKey } from '../../translations/en.js';
import { scheduleStyles } from './schedule.styles.js';

export interface ScheduleConfig extends CommonConfig {
  readonly level: CareLevelId;
  readonly days?: readonly DayId[];
  readonly start?: string;
  readonly hoursPerDay?: number;
  readonly blocks?: readonly ScheduleBlockInput[];
  readonly blocksByDay?: ScheduleInput['blocksByDay'];
  readonly track?: string;
  readonly tracks?: Readonly<Record<string, string>>;
  readonly audience: Audience;
}

/** Field schemas come from the core's own `ScheduleInputSchema`, so the widget and the core cannot drift. */
const SCHEDULE = ScheduleInputSchema.shape;
const TRACK_NAME = /^[\p{L}\p{N}_-]{1,32}$/u;
const TRACK_NAME_MESSAGE = 'must be a short name of letters, digits, "-" or "_", like "morning"';
const TRACK_NAMES_MESSAGE = 'must have short names of letters, digits, "-" or "_", like "morning=09:00"';
const MAX_TRACKS = 6;
/** The right-hand side of the calendar file's UIDs when the page's host name cannot be one (an IPv6 literal). */
const FALLBACK_UID_DOMAIN = 'carepath.invalid';
/** How long the object URL of a download lives: long enough for the browser to start saving the file. */
const REVOKE_AFTER_MS = 1000;

const KIND_KEYS: Readonly<Record<BlockKind, TranslationKey>> = {
  group: 'carepath.schedule.kind.group',
  individual: 'carepath.schedule.kind.individual',
  family: 'carepath.schedule.kind.family',
  psychoeducation: 'carepath.schedule.kind.psychoeducation',
  skills: 'carepath.schedule.kind.skills',
  'check-in': 'carepath.schedule.kind.check-in',
  break: 'carepath.schedule.kind.break',
};

/** Track names we translate; any other name is shown as the partner wrote it. */
const TRACK_KEYS: Readonly<Record<string, TranslationKey>> = {
  morning: 'carepath.schedule.track.morning',
  afternoon: 'carepath.schedule.track.afternoon',
  evening: 'carepath.schedule.track.evening',
  day: 'carepath.schedule.track.day',
  weekend: 'carepath.schedule.track.weekend',
};

type WeeklyLevel = HoursIntensity;

function isWeekly(level: CareLevelId): level is WeeklyLevel {
  return level === 'php' || level === 'iop' || level === 'outpatient';
}

/**
 * The core's input for `level`. The partner's days, hours and blocks describe the program of the configured
 * level, so they apply only while that level is shown; a level suggested by the channel shows that level's
 * default week (`defaultSchedule`). The start time (a track's, else `start`) applies to any level.
 */
function scheduleInput(config: ScheduleConfig, level: WeeklyLevel, trackStart: string | undefined): ScheduleInput {
  const defaults = defaultSchedule(level);
  const own = level === config.level;
  const hoursPerDay = own ? config.hoursPerDay : undefined;
  const blocks = own && config.blocks ? config.blocks : hoursPerDay === undefined ? defaults.blocks : undefined;
  const blocksByDay = own ? config.blocksByDay : undefined;
  return {
    days: (own ? config.days : undefined) ?? defaults.days,
    start: trackStart ?? config.start ?? defaults.start,
    ...(hoursPerDay === undefined ? {} : { hoursPerDay }),
    ...(blocks ? { blocks } : {}),
    ...(blocksByDay ? { blocksByDay } : {}),
    audience: config.audience,
  };
}

/** 'YYYY-MM-DD' of the first Monday after `today`, in the visitor's own calendar. */
function nextMonday(today: Date): string {
  const date = new Date(today.getFullYear(), today.getMonth(), today.getDate());
  date.setDate(date.getDate() + ((8 - date.getDay()) % 7 || 7));
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${String(date.getFullYear()).padStart(4, '0')}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** An HTML valid time string: a day that runs to midnight ends at '24:00', which `<time datetime>` spells '00:00'. */
function datetime(clock: string): string {
  return clock === '24:00' ? '00:00' : clock;
}

interface BusyEntry {
  readonly id: number;
  readonly days: readonly DayId[];
  readonly start: string;
  readonly end: string;
}

interface TrackPlan {
  /** null when the schedule has no tracks. */
  readonly name: string | null;
  readonly plan: WeekPlan;
}

type BusyField = 'days' | 'from' | 'to';

/** What to fix in the busy-hours form; the words are looked up at render, so they follow a change of language. */
interface BusyError {
  readonly field: BusyField;
  readonly key: TranslationKey;
  /** A clock time ('HH:MM') shown as an example, formatted at render. */
  readonly example?: string;
}

/**
 * A sample week of a treatment program: the days as columns (a list on narrow screens), each session with its
 * times and kind, the hours a week and what level of care those hours count as. Visitors can switch between
 * tracks, check the week against their own work or school hours, and download it as a calendar file. For
 * inpatient and residential care it shows a short "24-hour care: ask the center" note instead.
 *
 * @summary A weekly-schedule preview that visitors can check against their own week and download.
 * @tag carepath-schedule
 * @since 0.1
 *
 * @event {CarepathTrackChangeEvent} carepath-track-change - The visitor switched track; `detail.track` is the track's name.
 * @event {CarepathCalendarDownloadEvent} carepath-calendar-download - The visitor downloaded the sample week; `detail` is `{ level, track }`
 *   (`track` is null without tracks).
 * @event {CarepathConfigErrorEvent} carepath-config-error - A configuration issue was found; `detail.issues` lists `{ field, value, message }`.
 *
 * @csspart base - The widget's outer box.
 * @csspart summary - Hours a week, days a week and what those hours count as.
 * @csspart tracks - The track picker (or the track's name and start when there is one track or `track` is locked).
 * @csspart week - The list of program days: columns on wide containers, a list on narrow ones.
 * @csspart day - One program day.
 * @csspart block - One session or break, with its times and its kind in words.
 * @csspart fit-check - The form for the visitor's own work or school hours, and whether each track fits.
 * @csspart download - The "Download a sample week" button and its hint.
 * @csspart note - The "24-hour care: ask the center" note for inpatient and residential care.
 *
 * @cssproperty --carepath-schedule-gap - Space between days and between sessions. Default `0.75rem`.
 * @cssproperty --carepath-schedule-block-background - Background of a session. Default: the alternate surface.
 * @cssproperty --carepath-schedule-break-background - Background of a break. Default `transparent`.
 * @cssproperty --carepath-schedule-stripe-width - Width of the stripe that marks a session's kind. Default `0.375rem`.
 */
export class CarepathSchedule extends CarepathElement<ScheduleConfig> {
  static override styles = [baseStyles, scheduleStyles];
  static override widget = 'schedule';
  static override translations = { en: enSchedule };
  static override configShape = {
    ...COMMON_SHAPE,
    level: z._default(z.enum(CARE_LEVEL_IDS), 'iop'),
    days: z.optional(SCHEDULE.days.check(z.refine((days) => new Set(days).size === days.length, 'must list each day only once'))),
    start: z.optional(SCHEDULE.start),
    hoursPerDay: SCHEDULE.hoursPerDay,
    blocks: SCHEDULE.blocks,
    blocksByDay: SCHEDULE.blocksByDay,
    track: z.optional(z.string().check(z.regex(TRACK_NAME, TRACK_NAME_MESSAGE))),
    tracks: z.optional(
      z.record(z.string(), SCHEDULE.start).check(
        z.refine((tracks) => Object.keys(tracks).length > 0, 'must name at least one track, like "morning=09:00"'),
        z.refine((tracks) => Object.keys(tracks).length <= MAX_TRACKS, `must name at most ${MAX_TRACKS} tracks`),
        // Checked on the whole record: a bad key in z.record reports only "invalid key", not which rule it broke.
        z.refine((tracks) => Object.keys(tracks).every((name) => TRACK_NAME.test(name)), TRACK_NAMES_MESSAGE),
      ),
    ),
    audience: z._default(z.enum(AUDIENCES), 'adult'),
  };
  static override configFields = {
    ...COMMON_FIELDS,
    level: { attribute: 'level', kind: 'string' },
    days: { attribute: 'days', kind: 'list' },
    start: { attribute: 'start', kind: 'string' },
    hoursPerDay: { attribute: 'hours-per-day', kind: 'number' },
    track: { attribute: 'track', kind: 'string' },
    tracks: { attribute: 'tracks', kind: 'pairs' },
    audience: { attribute: 'audience', kind: 'string' },
    // Rich data: the JSON child or the property. An attribute of that name is read only to say so.
    blocks: { attribute: 'blocks', kind: 'json' },
    blocksByDay: { attribute: 'blocks-by-day', kind: 'json' },
  } as const;

  /**
   * The level of care whose sample week to show (`iop` default): `php`, `iop` or `outpatient` show a week;
   * `inpatient` and `residential` show a "24-hour care: ask the center" note. A quiz in the same `group`
   * switches it unless `independent` or `locked="level"`.
   */
  @property() level?: CareLevelId;
  /** Program days, space-separated: `days="mon wed fri"`. Default: the level's typical days. */
  @property({ type: Array }) days?: DayId[];
  /** When each program day starts, 'HH:MM' (24-hour clock): `start="17:30"`. Not used when `tracks` are set. */
  @property() start?: string;
  /** One group session this many hours long each day, instead of the level's typical day: `hours-per-day="3"`. */
  @property({ attribute: 'hours-per-day', type: Number }) hoursPerDay?: number;
  /** The track shown first (a name from `tracks`). Default: the first track. */
  @property() track?: string;
  /** Tracks the visitor can choose, as name=start pairs: `tracks="morning=09:00 evening=18:00"`. */
  @property({ type: Object }) tracks?: Record<string, string>;
  /** Who the program is for, which sets the hours thresholds: `adult` (default) or `adolescent`. */
  @property() audience?: Audience;
  /**
   * The sessions of each program day, run back to back from the start: `[{ kind, minutes, title? }]`, kinds
   * `group`, `individual`, `family`, `psychoeducation`, `skills`, `check-in`, `break`. Set it in the JSON child
   * (`{"blocks": [...]}`) or as a property; give this or `hours-per-day`, not both.
   */
  @property({ attribute: false }) blocks?: ScheduleBlockInput[];
  /** Sessions for particular days, replacing `blocks` on those days: `{"blocksByDay": {"fri": [...]}}`. JSON child or property. */
  @property({ attribute: false }) blocksByDay?: ScheduleInput['blocksByDay'];

  /** The week shown now (the selected track's), or `null` for a 24-hour level or when nothing usable is configured. */
  get plan(): WeekPlan | null {
    return this.#plan;
  }

  /** The track the visitor picked (above every other source, unless `track` is locked). */
  @state() private visitorTrack: string | undefined;
  /** The visitor's busy hours: in memory only, never stored or sent. */
  /**
   * The fit check's form opens on the visitor's request. Why not always: the first native `<input type="time">`
   * in a page costs 50–100 ms of the browser's own work (`npm run bench` machine), which made the schedule's first
   * render the slowest of the four; most visitors never use the check.
   */
  @state() private fitOpen = false;
  @state() private busyEntries: readonly BusyEntry[] = [];
  @state() private busyDays: readonly DayId[] = [];
  @state() private busyFrom = '09:00';
  @state() private busyTo = '17:00';
  @state() private busyError: BusyError | undefined;

  #plan: WeekPlan | null = null;
  #nextEntryId = 1;

  protected override refineConfig(config: ScheduleConfig): { config: ScheduleConfig; issues: readonly InputIssue[] } {
    const issues: InputIssue[] = [];
    let refined = config;
    const names = config.tracks ? Object.keys(config.tracks) : [];
    if (config.track !== undefined && !names.includes(config.track)) {
      const message =
        names.length > 0
          ? `is not one of the tracks (${names.map((name) => `"${name}"`).join(', ')}); using "${names[0]}".`
          : 'needs tracks to choose from, like tracks="morning=09:00 evening=18:00"; it is ignored.';
      issues.push({ field: 'track', value: config.track, message: `<carepath-schedule> track="${config.track}" ${message}` });
      refined = { ...refined, track: undefined };
    }
    if (config.start !== undefined && names.length > 0) {
      issues.push({
        field: 'start',
        value: config.start,
        message: `<carepath-schedule> start="${config.start}" is not used: with tracks, each track sets its own start time.`,
      });
    }
    const mismatch = this.#hoursIssue(refined);
    if (mismatch) issues.push(mismatch);
    return { config: refined, issues };
  }

  /** Warns when the configured week's hours describe another level than the one it is labelled with. */
  #hoursIssue(config: ScheduleConfig): InputIssue | undefined {
    if (!isWeekly(config.level)) return undefined;
    let plan: WeekPlan;
    try {
      plan = buildWeek(scheduleInput(config, config.level, config.tracks ? Object.values(config.tracks)[0] : undefined));
    } catch {
      return undefined; // renderWidget shows the notice with the core's own words
    }
    if (plan.intensity === config.level) return undefined;
    const range = getCareLevel(config.level).weeklyHours?.[plan.audience];
    const rangeWords = !range ? '' : range.below === null ? `${range.min} or more` : range.min === 0 ? `under ${range.below}` : `${range.min} to under ${range.below}`;
    const who = plan.audience === 'adult' ? 'adults' : 'teens';
    return {
      field: 'level',
      value: config.level,
      message:
        `<carepath-schedule> level="${config.level}" does not match the schedule's hours: ${Number(plan.hoursPerWeek.toFixed(2))} hours ` +
        `a week counts as ${plan.intensity} for ${who}, and ${config.level} is ${rangeWords} hours a week. ` +
        `Change days, hours-per-day or the JSON blocks, or set level="${plan.intensity}".`,
    };
  }

  /** Channel › property › attribute › JSON › default, `locked` and the crisis rule (`level-suggestion.ts`). */
  #level(): CareLevelId {
    const choice = this.levelSuggestion.resolve({ configured: this.config.level, locked: this.isLocked('level') });
    return choice?.level ?? this.config.level;
  }

  #tracks(): [string, string][] {
    return Object.entries(this.config.tracks ?? {});
  }

  /** The visitor's pick › channel (none for tracks) › property › attribute › JSON › the first track. */
  #selectedTrack(): string | null {
    const names = this.#tracks().map(([name]) => name);
    if (names.length === 0) return null;
    const picked = !this.isLocked('track') && this.visitorTrack !== undefined && names.includes(this.visitorTrack) ? this.visitorTrack : undefined;
    return picked ?? this.config.track ?? names[0] ?? null;
  }

  protected override renderWidget(): TemplateResult {
    this.#plan = null;
    const level = this.#level();
    if (!isWeekly(level)) return this.#renderAllDay(level);
    // Every track's week is built now, so a track the core rejects shows the notice at once, not after a click.
    const tracks = this.#tracks();
    const plans: TrackPlan[] =
      tracks.length > 0
        ? tracks.map(([name, start]) => ({ name, plan: buildWeek(scheduleInput(this.config, level, start)) }))
        : [{ name: null, plan: buildWeek(scheduleInput(this.config, level, undefined)) }];
    const selected = this.#selectedTrack();
    const current = plans.find((entry) => entry.name === selected) ?? (plans[0] as TrackPlan);
    this.#plan = current.plan;
    const checked = this.isLocked('track') ? [current] : plans;
    return html`<section class="schedule" aria-labelledby="title">
      <h2 class="title" id="title">${this.localize.term('carepath.schedule.title', { level: this.#levelName(level) })}</h2>
      <p class="sample">${this.localize.term('carepath.schedule.sample')}</p>
      ${this.#renderTracks(tracks, selected)} ${this.#renderSummary(current.plan)} ${this.#renderWeek(current.plan)}
      ${this.#renderFitCheck(checked)} ${this.#renderDownload()}
    </section>`;
  }

  #renderAllDay(level: CareLevelId): TemplateResult {
    const key: TranslationKey = level === 'inpatient' ? 'carepath.schedule.allDay.inpatient' : 'carepath.schedule.allDay.residential';
    return html`<section class="schedule" aria-labelledby="title">
      <h2 class="title" id="title">${this.#levelName(level)}</h2>
      <div class="note" part="note">
        <p class="note-heading">${this.localize.term('carepath.schedule.allDay')}</p>
        <p>${this.localize.term(key)}</p>
      </div>
    </section>`;
  }

  #renderTracks(tracks: readonly [string, string][], selected: string | null): TemplateResult | typeof nothing {
    if (tracks.length === 0 || selected === null) return nothing;
    // Nothing to choose with one track, or when the partner locked it: say which it is.
    if (this.isLocked('track') || tracks.length === 1) {
      const start = this.config.tracks?.[selected] ?? '';
      return html`<p class="tracks-fixed" part="tracks">
        ${this.localize.term('carepath.schedule.trackFixed', { track: this.#trackLabel(selected), time: this.localize.time(start) })}
      </p>`;
    }
    return html`<fieldset class="tracks" part="tracks">
      <legend>${this.localize.term('carepath.schedule.tracks')}</legend>
      <div class="segments">
        ${tracks.map(
          ([name, start]) => html`<label class="segment">
            <input type="radio" name="track" value=${name} .checked=${live(name === selected)} @change=${this.#onTrackChange} />
            <span class="segment-text">
              <span class="segment-name">${this.#trackLabel(name)}</span>
              <span class="segment-start">${this.localize.term('carepath.schedule.trackStarts', { time: this.localize.time(start) })}</span>
            </span>
          </label>`,
        )}
      </div>
    </fieldset>`;
  }

  #renderSummary(plan: WeekPlan): TemplateResult {
    const intensityKey: TranslationKey = plan.audience === 'adolescent' ? 'carepath.schedule.intensity.adolescent' : 'carepath.schedule.intensity.adult';
    return html`<div class="summary" part="summary">
      <dl class="stats">
        <div class="stat">
          <dt>${this.localize.term('carepath.schedule.hoursPerWeek')}</dt>
          <dd>${this.localize.number(plan.hoursPerWeek, { maximumFractionDigits: 2 })}</dd>
        </div>
        <div class="stat">
          <dt>${this.localize.term('carepath.schedule.daysPerWeek')}</dt>
          <dd>${this.localize.number(plan.days.length)}</dd>
        </div>
      </dl>
      <p class="intensity">${this.localize.term(intensityKey, { intensity: this.#levelWords(plan.intensity) })}</p>
    </div>`;
  }

  #renderWeek(plan: WeekPlan): TemplateResult {
    return html`<ul class="week" part="week" aria-label=${this.localize.term('carepath.schedule.week')}>
      ${plan.days.map((day) => this.#renderDay(day))}
    </ul>`;
  }

  #renderDay(day: PlannedDay): TemplateResult {
    return html`<li class="day" part="day">
      <h3 class="day-name" id="day-${day.day}">${this.localize.weekday(day.day)}</h3>
      <p class="day-span">${this.#timeRange(day.start, day.end)}</p>
      <ol class="blocks" aria-labelledby="day-${day.day}">
        ${day.blocks.map((block) => this.#renderBlock(block))}
      </ol>
    </li>`;
  }

  #renderBlock(block: PlannedBlock): TemplateResult {
    return html`<li class="block kind-${block.kind} ${block.title ? 'has-title' : ''}" part="block">
      <span class="block-time">${this.#timeRange(block.start, block.end)}</span>
      ${block.title ? html`<span class="block-title">${block.title}</span>` : nothing}
      <span class="block-kind">${this.localize.term(KIND_KEYS[block.kind])}</span>
    </li>`;
  }

  #timeRange(start: string, end: string): TemplateResult {
    return html`<time datetime=${datetime(start)}>${this.localize.time(start)}</time><span aria-hidden="true">–</span
      ><span class="visually-hidden"> ${this.localize.term('carepath.schedule.to')} </span
      ><time datetime=${datetime(end)}>${this.localize.time(end)}</time>`;
  }

  #renderFitCheck(plans: readonly TrackPlan[]): TemplateResult {
    const error = this.busyError;
    const invalid = (field: BusyField) => (error?.field === field ? 'true' : 'false');
    const describedBy = (field: BusyField) => (error?.field === field ? 'busy-error' : nothing);
    const errorMessage = (field: BusyField) =>
      error?.field === field
        ? html`<p class="error" id="busy-error">${this.localize.term(error.key, error.example ? { example: this.localize.time(error.example) } : undefined)}</p>`
        : nothing;
    if (!this.fitOpen) {
      return html`<section class="fit-check" part="fit-check" aria-labelledby="fit-heading">
        <h3 id="fit-heading">${this.localize.term('carepath.schedule.fit.heading')}</h3>
        <p class="hint">${this.localize.term('carepath.schedule.fit.hint')}</p>
        <button type="button" class="button secondary open-fit" aria-expanded="false" @click=${this.#openFit}>
          ${this.localize.term('carepath.schedule.fit.open')}
        </button>
      </section>`;
    }
    return html`<section class="fit-check" part="fit-check" aria-labelledby="fit-heading">
      <h3 id="fit-heading">${this.localize.term('carepath.schedule.fit.heading')}</h3>
      <p class="hint">${this.localize.term('carepath.schedule.fit.hint')}</p>
      <fieldset class="busy-days" aria-describedby=${describedBy('days')}>
        <legend>${this.localize.term('carepath.schedule.fit.days')}</legend>
        ${errorMessage('days')}
        <div class="checks">
          ${DAY_IDS.map(
            (day) => html`<label class="check">
              <input type="checkbox" name="busy-day" value=${day} .checked=${live(this.busyDays.includes(day))} @change=${this.#onBusyDay} />
              <span>${this.localize.weekday(day)}</span>
            </label>`,
          )}
        </div>
      </fieldset>
      <div class="times">
        <div class="field">
          <label for="busy-from">${this.localize.term('carepath.schedule.fit.from')}</label>
          ${errorMessage('from')}
          <input
            id="busy-from"
            type="time"
            .value=${live(this.busyFrom)}
            aria-invalid=${invalid('from')}
            aria-describedby=${describedBy('from')}
            @input=${this.#onBusyTime}
            @change=${this.#onBusyTime}
          />
        </div>
        <div class="field">
          <label for="busy-to">${this.localize.term('carepath.schedule.fit.to')}</label>
          ${errorMessage('to')}
          <input
            id="busy-to"
            type="time"
            .value=${live(this.busyTo)}
            aria-invalid=${invalid('to')}
            aria-describedby=${describedBy('to')}
            @input=${this.#onBusyTime}
            @change=${this.#onBusyTime}
          />
        </div>
        <button type="button" class="button add" @click=${this.#addBusy}>${this.localize.term('carepath.schedule.fit.add')}</button>
      </div>
      ${this.busyEntries.length > 0
        ? html`<ul class="entries" aria-label=${this.localize.term('carepath.schedule.fit.entries')}>
            ${this.busyEntries.map((entry) => {
              const text = this.#when(this.localize.list(entry.days.map((day) => this.localize.weekday(day))), entry.start, entry.end);
              return html`<li class="entry">
                <span>${text}</span>
                <button type="button" class="button quiet" @click=${() => this.#removeBusy(entry.id)}>
                  ${this.localize.term('carepath.schedule.fit.remove')}<span class="visually-hidden"> ${text}</span>
                </button>
              </li>`;
            })}
          </ul>`
        : nothing}
      <div class="fit-results" aria-live="polite">${this.#renderFitResults(plans)}</div>
    </section>`;
  }

  /** Opens the form and puts focus on its first control, Monday, since the button that had it is gone. */
  #openFit = async (): Promise<void> => {
    this.fitOpen = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('input[name="busy-day"]')?.focus();
  };

  #renderFitResults(plans: readonly TrackPlan[]): TemplateResult {
    const busy: BusyTime[] = this.busyEntries.flatMap((entry) => entry.days.map((day) => ({ day, start: entry.start, end: entry.end })));
    if (busy.length === 0) return html`<p class="fit-empty">${this.localize.term('carepath.schedule.fit.empty')}</p>`;
    return html`<ul class="fit-list">
      ${plans.map(({ name, plan }) => {
        const { fits, conflicts } = findConflicts(plan, busy);
        const track = name === null ? undefined : this.#trackWords(name);
        if (fits) {
          const sentence = track === undefined ? this.localize.term('carepath.schedule.fit.planFits') : this.localize.term('carepath.schedule.fit.trackFits', { track });
          return html`<li class="fits"><span class="mark" aria-hidden="true">✓</span> <span>${sentence}</span></li>`;
        }
        const whens = conflicts.map((conflict) => this.#when(this.localize.weekday(conflict.day), conflict.start, conflict.end));
        if (whens.length === 1) {
          const when = whens[0] ?? '';
          const sentence =
            track === undefined
              ? this.localize.term('carepath.schedule.fit.planOverlapsOne', { when })
              : this.localize.term('carepath.schedule.fit.trackOverlapsOne', { track, when });
          return html`<li class="overlaps"><span class="mark" aria-hidden="true">!</span> <span>${sentence}</span></li>`;
        }
        const lead =
          track === undefined
            ? this.localize.term('carepath.schedule.fit.planOverlapsMany')
            : this.localize.term('carepath.schedule.fit.trackOverlapsMany', { track });
        return html`<li class="overlaps">
          <span class="mark" aria-hidden="true">!</span>
          <span>${lead}<ul class="conflicts">${whens.map((when) => html`<li>${when}</li>`)}</ul></span>
        </li>`;
      })}
    </ul>`;
  }

  #renderDownload(): TemplateResult {
    return html`<div class="download" part="download">
      <button type="button" class="button secondary" aria-describedby="download-hint" @click=${this.#download}>
        ${this.localize.term('carepath.schedule.download')}
      </button>
      <p class="hint" id="download-hint">${this.localize.term('carepath.schedule.downloadHint')}</p>
    </div>`;
  }

  /** "Intensive outpatient (IOP)" from the core's catalog, in the visitor's language. */
  #levelName(level: CareLevelId): string {
    const entry = getCareLevel(level);
    const label = inLanguage(entry.label, this.lang_);
    return entry.abbreviation ? `${label} (${inLanguage(entry.abbreviation, this.lang_)})` : label;
  }

  /** The level's name as it reads mid-sentence: "intensive outpatient (IOP)". */
  #levelWords(level: CareLevelId): string {
    const name = this.#levelName(level);
    return name.charAt(0).toLocaleLowerCase(this.localize.locale) + name.slice(1);
  }

  #trackLabel(name: string): string {
    const key = TRACK_KEYS[name.toLowerCase()];
    return key ? this.localize.term(key) : name;
  }

  /** A track's name as it reads mid-sentence ("the evening track", "el turno de noche"). */
  #trackWords(name: string): string {
    return TRACK_KEYS[name.toLowerCase()] ? this.#trackLabel(name).toLocaleLowerCase(this.localize.locale) : name;
  }

  #when(days: string, start: string, end: string): string {
    return this.localize.term('carepath.schedule.fit.when', { day: days, start: this.localize.time(start), end: this.localize.time(end) });
  }

  #onTrackChange = (event: Event): void => {
    const name = (event.target as HTMLInputElement).value;
    if (name === this.#selectedTrack()) return;
    this.visitorTrack = name;
    this.emit(new CarepathTrackChangeEvent({ track: name }));
  };

  #onBusyDay = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const day = input.value as DayId;
    this.busyDays = input.checked ? [...this.busyDays.filter((d) => d !== day), day] : this.busyDays.filter((d) => d !== day);
    if (this.busyError?.field === 'days' && this.busyDays.length > 0) this.busyError = undefined;
  };

  #onBusyTime = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    if (input.id === 'busy-from') this.busyFrom = input.value;
    else this.busyTo = input.value;
  };

  #addBusy = (): void => {
    if (this.busyDays.length === 0) {
      this.#fail({ field: 'days', key: 'carepath.schedule.fit.errorDays' });
      return;
    }
    // The core's own check of a busy time: clock format, and the end after the start.
    const result = BusyTimeSchema.safeParse({ day: this.busyDays[0], start: this.busyFrom, end: this.busyTo });
    if (!result.success) {
      const issue = result.error.issues[0];
      if (issue?.path[0] === 'start') this.#fail({ field: 'from', key: 'carepath.schedule.fit.errorFrom', example: '09:00' });
      else if (issue?.code === 'custom') this.#fail({ field: 'to', key: 'carepath.schedule.fit.errorOrder' });
      else this.#fail({ field: 'to', key: 'carepath.schedule.fit.errorTo', example: '17:00' });
      return;
    }
    const days = DAY_IDS.filter((day) => this.busyDays.includes(day));
    this.busyEntries = [...this.busyEntries, { id: this.#nextEntryId++, days, start: this.busyFrom, end: this.busyTo }];
    this.busyDays = [];
    this.busyError = undefined;
  };

  #fail(error: BusyError): void {
    this.busyError = error;
    const { field } = error;
    void this.updateComplete.then(() => {
      const selector = field === 'days' ? 'input[name="busy-day"]' : field === 'from' ? '#busy-from' : '#busy-to';
      this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
    });
  }

  #removeBusy(id: number): void {
    const index = this.busyEntries.findIndex((entry) => entry.id === id);
    this.busyEntries = this.busyEntries.filter((entry) => entry.id !== id);
    // Keep the keyboard where it was: the next entry's button, else the previous one, else "Add".
    void this.updateComplete.then(() => {
      const buttons = Array.from(this.renderRoot.querySelectorAll<HTMLElement>('.entry button'));
      (buttons[Math.min(index, buttons.length - 1)] ?? this.renderRoot.querySelector<HTMLElement>('.add'))?.focus();
    });
  }

  #download = (): void => {
    const plan = this.#plan;
    if (!plan) return;
    const kinds = Object.fromEntries(Object.entries(KIND_KEYS).map(([kind, key]) => [kind, this.localize.term(key)])) as Record<BlockKind, string>;
    const options = {
      weekOf: nextMonday(new Date()),
      now: new Date(),
      uidDomain: location.hostname || FALLBACK_UID_DOMAIN,
      labels: { summary: this.localize.term('carepath.schedule.icsSummary'), kinds },
    };
    let text: string;
    try {
      text = weekToICS(plan, options);
    } catch {
      // Only the host name can be unusable here (an IPv6 literal such as "[::1]").
      text = weekToICS(plan, { ...options, uidDomain: FALLBACK_UID_DOMAIN });
    }
    const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'sample-week.ics';
    link.hidden = true;
    this.renderRoot.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
    this.emit(new CarepathCalendarDownloadEvent({ level: this.#level(), track: this.#selectedTrack() }));
  };
}
