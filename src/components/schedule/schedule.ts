/**
 * `<carepath-schedule>`: a sample program week. Every hour, intensity and conflict comes from the core
 * (`buildWeek`, `findConflicts`, `weekToICS`); `schedule.model.ts` chooses the input and works out what to show
 * before each render, the templates in `parts/` draw it, and this file wires the two to the visitor.
 * Importing it registers nothing (see `define.ts`).
 */
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { mondayAfter } from '../../core/dates.js';
import type { InputIssue } from '../../core/errors.js';
import { weekToICS } from '../../core/ics.js';
import type { CareLevelId } from '../../core/levels.js';
import { BusyTimeSchema, sortedDays, type BlockKind, type DayId, type WeekPlan } from '../../core/schedule.js';
import { CarepathCalendarDownloadEvent } from '../../events/calendar-download.js';
import { CarepathTrackChangeEvent } from '../../events/track-change.js';
import { COMMON_FIELDS, COMMON_SHAPE, CarepathElement } from '../../internal/carepath-element.js';
import { propertiesOf, shapeOf, specsOf, type FieldProperties } from '../../internal/fields.js';
import { FocusAfterRender } from '../../internal/focus-after-render.js';
import { FormFields, formFieldStyles } from '../../internal/form-fields.js';
import { baseStyles } from '../../styles/tokens.js';
import { enSchedule } from '../../translations/en.js';
import { fitCheckPart, type BusyError } from './parts/fit-check.js';
import { fitCheckStyles } from './parts/fit-check.styles.js';
import { tracksPart } from './parts/tracks.js';
import { KIND_KEYS, allDayPart, downloadPart, summaryPart, weekHeading, weekPart } from './parts/week.js';
import { weekStyles } from './parts/week.styles.js';
import { SCHEDULE_FIELDS, type ScheduleConfig } from './schedule.fields.js';
import { hoursIssue, scheduleView, selectedTrack, type BusyEntry, type ScheduleView } from './schedule.model.js';
import { scheduleStyles } from './schedule.styles.js';

export type { ScheduleConfig } from './schedule.fields.js';

/** The right-hand side of the calendar file's UIDs when the page's host name cannot be one (an IPv6 literal). */
const FALLBACK_UID_DOMAIN = 'carepath.invalid';
/** How long the object URL of a download lives: long enough for the browser to start saving the file. */
const REVOKE_AFTER_MS = 1000;

// The config properties (`level`, `days`, `tracks`, …) are typed by this interface and created by
// `static properties`, both from SCHEDULE_FIELDS.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type
export interface CarepathSchedule extends FieldProperties<typeof SCHEDULE_FIELDS> {}

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
 * @csspart error-summary - The fit check's list of problems, linking to each field (it takes focus when "Add" finds one).
 * @csspart download - The "Download a sample week" button and its hint.
 * @csspart note - The "24-hour care: ask the center" note for inpatient and residential care.
 *
 * @cssproperty --carepath-schedule-gap - Space between days and between sessions. Default `0.75rem`.
 * @cssproperty --carepath-schedule-block-background - Background of a session. Default: the alternate surface.
 * @cssproperty --carepath-schedule-break-background - Background of a break. Default `transparent`.
 * @cssproperty --carepath-schedule-stripe-width - Width of the stripe that marks a session's kind. Default `0.375rem`.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class CarepathSchedule extends CarepathElement<ScheduleConfig> {
  static override styles = [baseStyles, formFieldStyles, scheduleStyles, weekStyles, fitCheckStyles];
  static override widget = 'schedule';
  static override translations = { en: enSchedule };
  static override configShape = { ...COMMON_SHAPE, ...shapeOf(SCHEDULE_FIELDS) };
  static override configFields = { ...COMMON_FIELDS, ...specsOf(SCHEDULE_FIELDS) };
  static override properties = propertiesOf(SCHEDULE_FIELDS);

  /**
   * The week shown now (the selected track's), or `null` for a 24-hour level or when nothing usable is configured.
   * Current as soon as a property or attribute changes, before the next render.
   */
  get plan(): WeekPlan | null {
    // An update is pending after a change: work the view out now (the next update does the same again).
    if (this.isUpdatePending && this.isConnected) this.willUpdate(new Map());
    return this.#view?.kind === 'week' ? this.#view.current.plan : null;
  }

  /** The track the visitor picked (above every other source, unless `track` is locked). */
  @state() private visitorTrack: string | undefined;
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

  /** What the next render shows, worked out in `willUpdate`; null with `#viewError` when the core refused the input. */
  #view: ScheduleView | null = null;
  #viewError: unknown;
  #nextEntryId = 1;
  /** Where the keyboard goes when the visitor's action replaces what had focus. */
  #focus = new FocusAfterRender(this);
  /** The fit check's error summary and error style, shared with the estimator; the summary takes focus on a failed Add. */
  #fields = new FormFields(this, this.#focus);

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
    const mismatch = hoursIssue(refined);
    if (mismatch) issues.push(mismatch);
    return { config: refined, issues };
  }

  /** Channel › property › attribute › JSON › default, `locked` and the crisis rule (`level-suggestion.ts`). */
  #level(): CareLevelId {
    const choice = this.levelSuggestion.resolve({ configured: this.config.level, locked: this.isLocked('level') });
    return choice?.level ?? this.config.level;
  }

  #selectedTrack(): string | null {
    return selectedTrack(this.config, this.visitorTrack, this.isLocked('track'));
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    try {
      this.#view = scheduleView({ config: this.config, level: this.#level(), visitorTrack: this.visitorTrack, trackLocked: this.isLocked('track'), busy: this.busyEntries });
      this.#viewError = undefined;
    } catch (error) {
      // Shown as the neutral notice, with the core's own words in the issues (the base catches it from render).
      this.#view = null;
      this.#viewError = error;
    }
  }

  protected override renderWidget(): TemplateResult {
    if (this.#viewError !== undefined || !this.#view) throw this.#viewError;
    const view = this.#view;
    const t = this.localize;
    if (view.kind === 'all-day') return allDayPart(t, view.level);
    return html`<section class="schedule" aria-labelledby="title">
      ${weekHeading(t, view.level)}
      ${tracksPart(t, { tracks: view.tracks, selected: view.selected, locked: this.isLocked('track'), onChange: this.#onTrackChange })}
      ${summaryPart(t, view.current.plan)} ${weekPart(t, view.current.plan)}
      ${fitCheckPart(t, {
        open: this.fitOpen,
        days: this.busyDays,
        from: this.busyFrom,
        to: this.busyTo,
        error: this.busyError,
        entries: this.busyEntries,
        fit: view.fit,
        onOpen: this.#openFit,
        onDay: this.#onBusyDay,
        onTime: this.#onBusyTime,
        onAdd: this.#addBusy,
        onRemove: (id) => this.#removeBusy(id),
        onFollow: (event, id) => this.#fields.focus(event, id),
      })}
      ${downloadPart(t, this.#download)}
    </section>`;
  }

  /** Opens the form and puts focus on its first control, Monday, since the button that had it is gone. */
  #openFit = (): void => {
    this.fitOpen = true;
    this.#focus.request('input[name="busy-day"]');
  };

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
    const days = sortedDays(this.busyDays);
    this.busyEntries = [...this.busyEntries, { id: this.#nextEntryId++, days, start: this.busyFrom, end: this.busyTo }];
    this.busyDays = [];
    this.busyError = undefined;
  };

  #fail(error: BusyError): void {
    this.busyError = error;
    this.#fields.showErrors();
  }

  #removeBusy(id: number): void {
    const index = this.busyEntries.findIndex((entry) => entry.id === id);
    this.busyEntries = this.busyEntries.filter((entry) => entry.id !== id);
    // Keep the keyboard where it was: the next entry's button, else the previous one, else "Add".
    this.#focus.request(
      (root) => {
        const buttons = root.querySelectorAll('.entry button');
        return buttons[Math.min(index, buttons.length - 1)];
      },
      { fallback: 'button.add' },
    );
  }

  #download = (): void => {
    const plan = this.plan;
    if (!plan) return;
    const kinds = Object.fromEntries(Object.entries(KIND_KEYS).map(([kind, key]) => [kind, this.localize.term(key)])) as Record<BlockKind, string>;
    const options = {
      weekOf: mondayAfter(new Date()),
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
