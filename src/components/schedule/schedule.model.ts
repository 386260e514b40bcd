/**
 * What `<carepath-schedule>` shows, worked out before it renders: which level and track, each track's week from
 * the core (`buildWeek`), and how the visitor's busy hours fit (`findConflicts`). Plain functions over the
 * resolved configuration and the visitor's input; no Lit, no DOM, no math of their own.
 */
import type { InputIssue } from '../../core/errors.js';
import { hoursRangePhrase } from '../../core/level-words.js';
import { getCareLevel, type CareLevelId } from '../../core/levels.js';
import {
  buildWeek,
  defaultSchedule,
  findConflicts,
  isWeeklyLevel,
  type BusyTime,
  type Conflict,
  type DayId,
  type HoursIntensity,
  type ScheduleInput,
  type WeekPlan,
} from '../../core/schedule.js';
import type { ScheduleConfig } from './schedule.fields.js';

/** A row of the visitor's busy hours: in memory only, never stored or sent. */
export interface BusyEntry {
  readonly id: number;
  readonly days: readonly DayId[];
  readonly start: string;
  readonly end: string;
}

export interface TrackPlan {
  /** null when the schedule has no tracks. */
  readonly name: string | null;
  readonly plan: WeekPlan;
}

/** How one track's week (or the week, without tracks) fits the visitor's busy hours. */
export interface FitResult {
  readonly name: string | null;
  readonly fits: boolean;
  readonly conflicts: readonly Conflict[];
}

export type ScheduleView =
  /** Inpatient and residential care: 24-hour care, no week to show. */
  | { readonly kind: 'all-day'; readonly level: CareLevelId }
  | {
      readonly kind: 'week';
      readonly level: HoursIntensity;
      /** The configured tracks as [name, start] pairs, in the order given. */
      readonly tracks: readonly (readonly [string, string])[];
      readonly selected: string | null;
      /** The week shown (the selected track's). */
      readonly current: TrackPlan;
      /** One result per track checked (only the shown one when `track` is locked); null before any busy hours. */
      readonly fit: readonly FitResult[] | null;
    };

export interface ViewInput {
  readonly config: ScheduleConfig;
  /** The level in effect: the channel's suggestion or the configured level. */
  readonly level: CareLevelId;
  /** The track the visitor picked, if any. */
  readonly visitorTrack: string | undefined;
  readonly trackLocked: boolean;
  readonly busy: readonly BusyEntry[];
}

/**
 * The core's input for `level`. The partner's days, hours and blocks describe the program of the configured
 * level, so they apply only while that level is shown; a level suggested by the channel shows that level's
 * default week (`defaultSchedule`). The start time (a track's, else `start`) applies to any level.
 */
export function scheduleInput(config: ScheduleConfig, level: HoursIntensity, trackStart: string | undefined): ScheduleInput {
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

/** The visitor's pick (unless `track` is locked) › property › attribute › JSON › the first track; null without tracks. */
export function selectedTrack(config: ScheduleConfig, visitorTrack: string | undefined, trackLocked: boolean): string | null {
  const names = Object.keys(config.tracks ?? {});
  if (names.length === 0) return null;
  const picked = !trackLocked && visitorTrack !== undefined && names.includes(visitorTrack) ? visitorTrack : undefined;
  return picked ?? config.track ?? names[0] ?? null;
}

/**
 * Everything the schedule shows. Every track's week is built, so a track the core rejects shows the notice at
 * once, not after a click: throws the core's `CarepathInputError` then.
 */
export function scheduleView({ config, level, visitorTrack, trackLocked, busy }: ViewInput): ScheduleView {
  if (!isWeeklyLevel(level)) return { kind: 'all-day', level };
  const tracks = Object.entries(config.tracks ?? {});
  const plans: TrackPlan[] =
    tracks.length > 0
      ? tracks.map(([name, start]) => ({ name, plan: buildWeek(scheduleInput(config, level, start)) }))
      : [{ name: null, plan: buildWeek(scheduleInput(config, level, undefined)) }];
  const selected = selectedTrack(config, visitorTrack, trackLocked);
  const current = plans.find((entry) => entry.name === selected) ?? (plans[0] as TrackPlan);
  const times: BusyTime[] = busy.flatMap((entry) => entry.days.map((day) => ({ day, start: entry.start, end: entry.end })));
  const fit =
    times.length === 0
      ? null
      : (trackLocked ? [current] : plans).map(({ name, plan }) => {
          const { fits, conflicts } = findConflicts(plan, times);
          return { name, fits, conflicts };
        });
  return { kind: 'week', level, tracks, selected, current, fit };
}

/** A warning when the configured week's hours describe another level than the one it is labelled with. */
export function hoursIssue(config: ScheduleConfig): InputIssue | undefined {
  if (!isWeeklyLevel(config.level)) return undefined;
  let plan: WeekPlan;
  try {
    plan = buildWeek(scheduleInput(config, config.level, config.tracks ? Object.values(config.tracks)[0] : undefined));
  } catch {
    return undefined; // the widget shows the notice with the core's own words
  }
  if (plan.intensity === config.level) return undefined;
  const range = getCareLevel(config.level).weeklyHours?.[plan.audience];
  const who = plan.audience === 'adult' ? 'adults' : 'teens';
  return {
    field: 'level',
    value: config.level,
    message:
      `<carepath-schedule> level="${config.level}" does not match the schedule's hours: ${Number(plan.hoursPerWeek.toFixed(2))} hours ` +
      `a week counts as ${plan.intensity} for ${who}, and ${config.level} is ${range ? hoursRangePhrase(range) : ''} hours a week. ` +
      `Change days, hours-per-day or the JSON blocks, or set level="${plan.intensity}".`,
  };
}
