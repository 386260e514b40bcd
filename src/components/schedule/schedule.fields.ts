/**
 * The fields of `<carepath-schedule>`, declared once: the Lit properties and their attribute converters, the zod
 * shape, the `ScheduleConfig` type, the manifest, the JSON Schema, the builder form and Storybook's controls all
 * come from this table (`src/internal/fields.ts`). Day, time and block rules come from the core's own
 * `ScheduleInputSchema`, so the widget and the core cannot drift.
 */
import * as z from 'zod/mini';
import { CARE_LEVEL_IDS } from '../../core/levels.js';
import { refine } from '../../core/errors.js';
import { AUDIENCES, DAY_IDS, ScheduleInputSchema, type DayId } from '../../core/schedule.js';
import type { CommonConfig } from '../../internal/carepath-element.js';
import { defineFields, field, type FieldValues } from '../../internal/fields.js';

const SCHEDULE = ScheduleInputSchema.shape;
const TRACK_NAME = /^[\p{L}\p{N}_-]{1,32}$/u;
const TRACK_NAME_MESSAGE = 'must be a short name of letters, digits, "-" or "_", like "morning"';
const TRACK_NAMES_MESSAGE = 'must have short names of letters, digits, "-" or "_", like "morning=09:00"';
const MAX_TRACKS = 6;

const DaysSchema = SCHEDULE.days.check(refine<readonly DayId[]>((days) => new Set(days).size === days.length, 'must list each day only once')) as z.ZodMiniType<readonly DayId[]>;

const TracksSchema = z.record(z.string(), SCHEDULE.start).check(
  refine<Record<string, string>>((tracks) => Object.keys(tracks).length > 0, 'must name at least one track, like "morning=09:00"'),
  refine<Record<string, string>>((tracks) => Object.keys(tracks).length <= MAX_TRACKS, `must name at most ${MAX_TRACKS} tracks`),
  // Checked on the whole record: a bad key in z.record reports only "invalid key", not which rule it broke.
  refine<Record<string, string>>((tracks) => Object.keys(tracks).every((name) => TRACK_NAME.test(name)), TRACK_NAMES_MESSAGE),
) as z.ZodMiniType<Readonly<Record<string, string>>>;

export const SCHEDULE_FIELDS = defineFields({
  level: field.oneOf(CARE_LEVEL_IDS, {
    default: 'iop',
    type: 'CareLevelId',
    doc: 'The level of care whose sample week to show (`iop` default): `php`, `iop` or `outpatient` show a week; `inpatient` and `residential` show a "24-hour care: ask the center" note. A quiz in the same `group` switches it unless `independent` or `locked="level"`.',
  }),
  days: field.list(DAY_IDS, { type: 'DayId[]', schema: DaysSchema, doc: 'Program days, space-separated: `days="mon wed fri"`. Default: the level’s typical days.' }),
  start: field.text({ schema: SCHEDULE.start, doc: 'When each program day starts, HH:MM (24-hour clock): `start="17:30"`. Not used when `tracks` are set.' }),
  hoursPerDay: field.number({
    schema: SCHEDULE.hoursPerDay as z.ZodMiniType<number | undefined>,
    doc: 'One group session this many hours long each day, instead of the level’s typical day: `hours-per-day="3"`.',
  }),
  track: field.text({ schema: z.string().check(z.regex(TRACK_NAME, TRACK_NAME_MESSAGE)), doc: 'The track shown first (a name from `tracks`). Default: the first track.' }),
  tracks: field.pairs(z.string(), { schema: TracksSchema, doc: 'Tracks the visitor can choose, as name=start pairs: `tracks="morning=09:00 evening=18:00"`.' }),
  audience: field.oneOf(AUDIENCES, { default: 'adult', type: 'Audience', doc: 'Who the program is for, which sets the hours thresholds: `adult` (default) or `adolescent`.' }),
  blocks: field.json(SCHEDULE.blocks, {
    type: 'ScheduleBlockInput[]',
    doc: 'The sessions of each program day, run back to back from the start: `[{ kind, minutes, title? }]`, kinds `group`, `individual`, `family`, `psychoeducation`, `skills`, `check-in`, `break`. Set it in the JSON child (`{"blocks": [...]}`) or as a property; give this or `hours-per-day`, not both.',
  }),
  blocksByDay: field.json(SCHEDULE.blocksByDay, {
    type: "ScheduleInput['blocksByDay']",
    doc: 'Sessions for particular days, replacing `blocks` on those days: `{"blocksByDay": {"fri": [...]}}`. JSON child or property.',
  }),
});

export type ScheduleConfig = CommonConfig & FieldValues<typeof SCHEDULE_FIELDS>;
