/**
 * Weekly schedules: lays out a sample program week, classifies it by hours, and checks it against the times a
 * visitor is busy. Descriptive only: hours decide nothing about what care a person needs.
 *
 * Sources:
 * - IOP is "9–19 hours of structured programming per week for adults and 6–19 hours for adolescents"; 20 or more
 *   is partial hospitalization (ASAM Criteria 3rd ed., as quoted by Aetna's ASAM criteria page; Illinois
 *   77 Ill. Adm. Code 2060.410).
 * - Billing code H0015 (SUD IOP): "at least 3 hours/day and at least 3 days/week".
 * - SAMHSA TIP 47: IOP core services are group therapy ("the core of most IOT programs"), individual counseling,
 *   psychoeducation and family involvement; a typical IOP day is about 3 hours.
 */
import * as z from 'zod/mini';
import { CarepathInputError, customIssue, parseInput } from './errors.js';
import { deepFreeze } from './freeze.js';

export const DAY_IDS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type DayId = (typeof DAY_IDS)[number];

export const BLOCK_KINDS = ['group', 'individual', 'family', 'psychoeducation', 'skills', 'check-in', 'break'] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];

export const AUDIENCES = ['adult', 'adolescent'] as const;
export type Audience = (typeof AUDIENCES)[number];

import type { HoursIntensity } from './weekly-levels.js';
export type { HoursIntensity } from './weekly-levels.js';

export { WEEKLY_LEVELS, isWeeklyLevel } from './weekly-levels.js';

export interface ScheduleBlockInput {
  readonly kind: BlockKind;
  /** Whole minutes. */
  readonly minutes: number;
  /** Shown instead of the kind's name; at most 80 characters. */
  readonly title?: string;
}

export interface ScheduleInput {
  /** Program days, 1–7, each once; the plan lists them Monday first whatever the order here. */
  readonly days: readonly DayId[];
  /** When each program day starts, 'HH:MM' from '00:00' to '23:59'. */
  readonly start: string;
  /** One group block this long each day. Give this or `blocks`, not both; neither gives a typical IOP day. */
  readonly hoursPerDay?: number;
  /** The blocks of each program day, run back to back from `start`. */
  readonly blocks?: readonly ScheduleBlockInput[];
  /** Blocks for particular days, replacing `blocks`/`hoursPerDay` on those days. Keys must be in `days`. */
  readonly blocksByDay?: Partial<Record<DayId, readonly ScheduleBlockInput[]>>;
  /** Decides the hours thresholds; default 'adult'. */
  readonly audience?: Audience;
}

export interface PlannedBlock {
  readonly kind: BlockKind;
  readonly start: string;
  readonly end: string;
  readonly title?: string;
}

export interface PlannedDay {
  readonly day: DayId;
  readonly start: string;
  /** 'HH:MM'; '24:00' when the day runs to midnight. */
  readonly end: string;
  readonly blocks: readonly PlannedBlock[];
}

export interface WeekPlan {
  readonly days: readonly PlannedDay[];
  /** Non-break minutes of the week ÷ 60, unrounded. */
  readonly hoursPerWeek: number;
  readonly intensity: HoursIntensity;
  /** The H0015 pattern: every program day has at least 3 non-break hours, on at least 3 days. */
  readonly meetsDayMinimum: boolean;
  readonly audience: Audience;
}

export interface BusyTime {
  readonly day: DayId;
  readonly start: string;
  /** May be '24:00'. */
  readonly end: string;
}

export interface Conflict {
  readonly day: DayId;
  /** Where the busy time and the program day overlap. */
  readonly start: string;
  readonly end: string;
  /** The busy time as given. */
  readonly busy: { readonly start: string; readonly end: string };
  /** Kinds of the non-break blocks the busy time overlaps, in schedule order, each once. */
  readonly blocks: readonly BlockKind[];
}

const MINUTES_PER_DAY = 24 * 60;
// H0015: "at least 3 hours/day and at least 3 days/week".
const DAY_MINIMUM_MINUTES = 3 * 60;
const DAY_MINIMUM_DAYS = 3;

const DAY_NAMES: Record<DayId, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

/**
 * The day used when neither `hoursPerDay` nor `blocks` is given: 3 program hours (180 non-break minutes), the
 * typical IOP day, built from TIP 47's core services. Each day leads with group therapy ("the core of most IOT
 * programs") and group work is the largest part; individual counseling is about weekly, not daily. So the first
 * program day of the week ends with a one-on-one session, the last with a family session (TIP 47's family
 * involvement), and the days between with skills practice — the same minutes every day.
 */
const DEFAULT_DAY: readonly ScheduleBlockInput[] = [
  { kind: 'group', minutes: 90 },
  { kind: 'break', minutes: 15 },
  { kind: 'psychoeducation', minutes: 60 },
  { kind: 'skills', minutes: 30 },
];
const swapLast = (kind: BlockKind): readonly ScheduleBlockInput[] =>
  DEFAULT_DAY.map((block, index): ScheduleBlockInput => (index === DEFAULT_DAY.length - 1 ? { ...block, kind } : block));
const DEFAULT_FIRST_DAY = swapLast('individual');
const DEFAULT_LAST_DAY = swapLast('family');

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;
const END_CLOCK = /^(?:([01]\d|2[0-3]):[0-5]\d|24:00)$/;
const CLOCK_MESSAGE = 'must be a time from "00:00" to "23:59" with two-digit hours, like "09:00"';
const END_CLOCK_MESSAGE = 'must be a time from "00:00" to "24:00" with two-digit hours, like "17:30"';

const ClockSchema = z.string().check(z.regex(CLOCK, CLOCK_MESSAGE));
const EndClockSchema = z.string().check(z.regex(END_CLOCK, END_CLOCK_MESSAGE));
const DayIdSchema = z.enum(DAY_IDS);
const BlockKindSchema = z.enum(BLOCK_KINDS);

const BlockSchema = z.strictObject({
  kind: BlockKindSchema,
  minutes: z.number().check(z.int(), z.minimum(1), z.maximum(MINUTES_PER_DAY)),
  title: z.optional(z.string().check(z.minLength(1), z.maxLength(80))),
});
const BlockListSchema = z.array(BlockSchema).check(z.minLength(1));

const ScheduleInputShape = z.strictObject({
  days: z.array(DayIdSchema).check(z.minLength(1), z.maxLength(DAY_IDS.length)),
  start: ClockSchema,
  hoursPerDay: z.optional(z.number().check(z.gt(0), z.maximum(24))),
  blocks: z.optional(BlockListSchema),
  blocksByDay: z.optional(z.partialRecord(DayIdSchema, BlockListSchema)),
  audience: z.optional(z.enum(AUDIENCES)),
});
type ParsedSchedule = z.output<typeof ScheduleInputShape>;
type ParsedBlock = z.output<typeof BlockSchema>;

/** Which blocks a day runs, and the input field they came from (for error messages). */
function blocksFor(
  input: ParsedSchedule,
  day: DayId,
  days: readonly DayId[],
): { blocks: readonly ScheduleBlockInput[]; path: PropertyKey[] } {
  const own = input.blocksByDay?.[day];
  if (own) return { blocks: own, path: ['blocksByDay', day] };
  if (input.blocks) return { blocks: input.blocks, path: ['blocks'] };
  if (input.hoursPerDay !== undefined) {
    return { blocks: [{ kind: 'group', minutes: Math.round(input.hoursPerDay * 60) }], path: ['hoursPerDay'] };
  }
  // One program day a week: the one-on-one session (the weekly individual counseling) wins over family.
  const blocks = day === days[0] ? DEFAULT_FIRST_DAY : day === days[days.length - 1] ? DEFAULT_LAST_DAY : DEFAULT_DAY;
  return { blocks, path: ['start'] };
}

function sumMinutes(blocks: readonly ScheduleBlockInput[]): number {
  return blocks.reduce((total, block) => total + block.minutes, 0);
}

function sortedDays(days: readonly DayId[]): DayId[] {
  return DAY_IDS.filter((day) => days.includes(day));
}

function listNames(days: readonly DayId[]): string {
  const names = days.map((day) => DAY_NAMES[day]);
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function hasProgramBlock(blocks: readonly ParsedBlock[]): boolean {
  return blocks.some((block) => block.kind !== 'break');
}

export const ScheduleInputSchema = ScheduleInputShape.check(
  (ctx) => {
    const input = ctx.value;
    // zod runs refinements after non-fatal issues too; cross-field rules only make sense on clean fields.
    if (ctx.issues.length > 0) return;
    const push = (path: PropertyKey[], message: string) => ctx.issues.push(customIssue(input, path, message));
    input.days.forEach((day, index) => {
      if (input.days.indexOf(day) !== index) push(['days', index], `lists "${day}" more than once`);
    });
    if (input.hoursPerDay !== undefined && input.blocks) push([], 'give hoursPerDay or blocks, not both');
    if (input.hoursPerDay !== undefined && Math.round(input.hoursPerDay * 60) < 1) {
      push(['hoursPerDay'], `must come to at least 1 minute, got ${input.hoursPerDay}`);
    }
    if (input.blocks && !hasProgramBlock(input.blocks)) push(['blocks'], 'must include a block that is not a break');
    for (const [day, blocks] of Object.entries(input.blocksByDay ?? {})) {
      if (!input.days.includes(day as DayId)) {
        push(['blocksByDay', day], `is for a day not in days; add "${day}" to days or remove these blocks`);
      } else if (blocks && !hasProgramBlock(blocks)) {
        push(['blocksByDay', day], 'must include a block that is not a break');
      }
    }
    if (ctx.issues.length > 0) return;

    // Days sharing a source have the same length (the default's family swap keeps the minutes), so one issue
    // per source field names every day it pushes past midnight.
    const start = parseClock(input.start);
    const days = sortedDays(input.days);
    const late = new Map<string, { path: PropertyKey[]; end: number; days: DayId[] }>();
    for (const day of days) {
      const { blocks, path } = blocksFor(input, day, days);
      const end = start + sumMinutes(blocks);
      if (end <= MINUTES_PER_DAY) continue;
      const key = path.join('.');
      const entry = late.get(key) ?? { path, end, days: [] };
      entry.end = Math.max(entry.end, end);
      entry.days.push(day);
      late.set(key, entry);
    }
    for (const { path, end, days: lateDays } of late.values()) {
      push(
        path,
        `makes the program day end at ${formatClock(end)} on ${listNames(lateDays)}, after midnight (24:00); ` +
          'start earlier or make the day shorter',
      );
    }
  },
);

export const BusyTimeSchema = z
  .object({ day: DayIdSchema, start: ClockSchema, end: EndClockSchema })
  .check(
    (ctx) => {
      const busy = ctx.value;
      if (ctx.issues.length > 0) return;
      if (parseClock(busy.end) <= parseClock(busy.start)) {
        ctx.issues.push(customIssue(busy, ['end'], `must be after the start time (${busy.start})`));
      }
    },
  );

const PlannedBlockSchema = z.object({
  kind: BlockKindSchema,
  start: ClockSchema,
  end: EndClockSchema,
  title: z.optional(z.string()),
});

/**
 * A plan handed back to `findConflicts` or `weekToICS`. Lenient about extra fields; checks only what those
 * functions read, since a caller may build or edit a plan by hand.
 */
export const WeekPlanSchema = z.object({
  days: z
    .array(
      z
        .object({ day: DayIdSchema, start: ClockSchema, end: EndClockSchema, blocks: z.array(PlannedBlockSchema) })
        .check(
          (ctx) => {
            const day = ctx.value;
            if (ctx.issues.length > 0) return;
            if (parseClock(day.end) <= parseClock(day.start)) {
              ctx.issues.push(customIssue(day, ['end'], `must be after the start time (${day.start})`));
            }
          },
        ),
    )
    .check(z.minLength(1), z.maxLength(DAY_IDS.length)),
});

/** 'HH:MM' ('00:00'–'24:00', two-digit hours) → minutes after midnight. */
export function parseClock(clock: string): number {
  const match = typeof clock === 'string' ? END_CLOCK.exec(clock) : null;
  if (!match) throw new CarepathInputError([{ field: '', value: clock, message: END_CLOCK_MESSAGE }], 'parseClock');
  return Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
}

/**
 * Minutes after midnight → 'HH:MM'. 1440 gives '24:00' (a day that runs to midnight); larger counts keep
 * counting hours ('25:15') so an error can say how far past midnight a day would run.
 */
export function formatClock(minutes: number): string {
  if (!Number.isSafeInteger(minutes) || minutes < 0) {
    throw new CarepathInputError(
      [{ field: '', value: minutes, message: 'must be a whole number of minutes, 0 or more' }],
      'formatClock',
    );
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

const ClassifyHoursSchema = z.object({
  hoursPerWeek: z.number().check(z.minimum(0)),
  audience: z.optional(z.enum(AUDIENCES)),
});

/**
 * Hours of structured programming per week → the level those hours describe. Adults: under 9 outpatient,
 * 9 to under 20 IOP, 20 or more PHP; adolescents: IOP from 6 (ASAM 3rd ed. via Aetna; 77 Ill. Adm. Code
 * 2060.410). The sources say "9–19"; read as `9 <= h < 20` so 19.5 hours is still IOP.
 */
export function classifyHours(hoursPerWeek: number, audience: Audience = 'adult'): HoursIntensity {
  const parsed = parseInput(ClassifyHoursSchema, { hoursPerWeek, audience }, 'classifyHours');
  const iopFloor = parsed.audience === 'adolescent' ? 6 : 9;
  if (parsed.hoursPerWeek >= 20) return 'php';
  return parsed.hoursPerWeek >= iopFloor ? 'iop' : 'outpatient';
}

/**
 * The sample week a widget shows for a level when the partner gives no schedule of its own. Each is
 * the typical pattern the sources describe, so its hours land inside the level's own range:
 * - IOP: "typically 3 h/day, 3–5 days" → buildWeek's default 3-hour day on Monday, Wednesday and Friday = 9 hours,
 *   the adult floor of "9–19 hours" and the H0015 minimum ("at least 3 hours/day and at least 3 days/week").
 * - PHP: "20 or more (typically 5–6 h/day, 4–5 days)" → 5 program hours on 5 days = 25 hours, from TIP 47's core
 *   services, with a morning break and a lunch break. Each day leads with group therapy and group work is the
 *   largest part; the one-on-one session is weekly (Monday), the family session too (Friday), and the other
 *   days hold a second group in that slot.
 * - Outpatient: "under 9" hours, sessions "about once a week" → one 1-hour individual session.
 */
function phpDay(lastKind: BlockKind): ScheduleBlockInput[] {
  return [
    { kind: 'group', minutes: 90 },
    { kind: 'break', minutes: 15 },
    { kind: 'psychoeducation', minutes: 60 },
    { kind: 'break', minutes: 30 },
    { kind: 'skills', minutes: 90 },
    { kind: lastKind, minutes: 60 },
  ];
}
const DEFAULT_SCHEDULES: Readonly<Record<HoursIntensity, ScheduleInput>> = deepFreeze({
  iop: { days: ['mon', 'wed', 'fri'], start: '09:00' },
  php: {
    days: ['mon', 'tue', 'wed', 'thu', 'fri'],
    start: '09:00',
    blocks: phpDay('group'),
    blocksByDay: { mon: phpDay('individual'), fri: phpDay('family') },
  },
  outpatient: { days: ['wed'], start: '09:00', blocks: [{ kind: 'individual', minutes: 60 }] },
});

const DefaultScheduleLevelSchema = z.enum(['php', 'iop', 'outpatient']);

/**
 * The default `ScheduleInput` parts (days, start and, except for IOP, blocks) for a level that has a weekly
 * schedule; pass the result, with an `audience` if needed, to `buildWeek`. The object is frozen and shared:
 * spread it to change a field. Throws `CarepathInputError` for any other level (the 24-hour levels have no week).
 */
export function defaultSchedule(level: HoursIntensity): ScheduleInput {
  return DEFAULT_SCHEDULES[parseInput(DefaultScheduleLevelSchema, level, 'defaultSchedule')];
}

/** Lays out a sample week: each day's blocks back to back from `start`. Throws `CarepathInputError`. */
export function buildWeek(input: ScheduleInput): WeekPlan {
  const parsed = parseInput(ScheduleInputSchema, input, 'buildWeek');
  const start = parseClock(parsed.start);
  const days = sortedDays(parsed.days);
  let weekMinutes = 0;
  let everyDayLongEnough = true;

  const planned = days.map((day): PlannedDay => {
    let clock = start;
    let dayMinutes = 0;
    const blocks = blocksFor(parsed, day, days).blocks.map((block): PlannedBlock => {
      const blockStart = clock;
      clock += block.minutes;
      if (block.kind !== 'break') dayMinutes += block.minutes;
      const entry = { kind: block.kind, start: formatClock(blockStart), end: formatClock(clock) };
      return block.title === undefined ? entry : { ...entry, title: block.title };
    });
    weekMinutes += dayMinutes;
    if (dayMinutes < DAY_MINIMUM_MINUTES) everyDayLongEnough = false;
    return { day, start: formatClock(start), end: formatClock(clock), blocks };
  });

  const audience = parsed.audience ?? 'adult';
  const hoursPerWeek = weekMinutes / 60;
  return {
    days: planned,
    hoursPerWeek,
    intensity: classifyHours(hoursPerWeek, audience),
    meetsDayMinimum: everyDayLongEnough && days.length >= DAY_MINIMUM_DAYS,
    audience,
  };
}

const FindConflictsSchema = z.object({ plan: WeekPlanSchema, busy: z.array(BusyTimeSchema) });

/**
 * Busy times that overlap a program day's span [start, end). Intervals are half-open, so a busy time that ends
 * exactly when the program starts (or starts when it ends) fits. A busy time inside a break still conflicts:
 * the visitor is expected on site for the whole day; its `blocks` list is then empty.
 */
export function findConflicts(
  plan: WeekPlan,
  busy: readonly BusyTime[],
): { fits: boolean; conflicts: Conflict[] } {
  const parsed = parseInput(FindConflictsSchema, { plan, busy }, 'findConflicts');
  const conflicts: { order: number; from: number; to: number; conflict: Conflict }[] = [];
  for (const item of parsed.busy) {
    const busyStart = parseClock(item.start);
    const busyEnd = parseClock(item.end);
    for (const day of parsed.plan.days) {
      if (day.day !== item.day) continue;
      const from = Math.max(busyStart, parseClock(day.start));
      const to = Math.min(busyEnd, parseClock(day.end));
      if (from >= to) continue;
      const kinds: BlockKind[] = [];
      for (const block of day.blocks) {
        const overlaps = parseClock(block.start) < busyEnd && busyStart < parseClock(block.end);
        if (overlaps && block.kind !== 'break' && !kinds.includes(block.kind)) kinds.push(block.kind);
      }
      conflicts.push({
        order: DAY_IDS.indexOf(item.day),
        from,
        to,
        conflict: {
          day: item.day,
          start: formatClock(from),
          end: formatClock(to),
          busy: { start: item.start, end: item.end },
          blocks: kinds,
        },
      });
    }
  }
  // Array.prototype.sort is stable, so equal keys keep the order the busy times were given in.
  conflicts.sort((a, b) => a.order - b.order || a.from - b.from || a.to - b.to);
  return { fits: conflicts.length === 0, conflicts: conflicts.map((entry) => entry.conflict) };
}

/** The given days in week order, Monday first, each once: `sortedDays(['fri', 'mon'])` → `['mon', 'fri']`. */
export { sortedDays };
