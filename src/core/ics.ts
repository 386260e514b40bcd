/**
 * The sample week as an iCalendar file (RFC 5545), so a visitor can see it beside their own week. Deterministic:
 * the same plan and options give the same bytes, because the stamp comes from `now` and the UIDs from the dates.
 */
import * as z from 'zod/mini';
import { customIssue, parseInput } from './errors.js';
import { BLOCK_KINDS, DAY_IDS, WeekPlanSchema, parseClock } from './schedule.js';
import type { BlockKind, WeekPlan } from './schedule.js';

export interface WeekToICSOptions {
  /** Any date ('YYYY-MM-DD') in the week to fill; the week starts on Monday. */
  readonly weekOf: string;
  /** When the file is made, for DTSTAMP: a Date, or an ISO date-time with 'Z' or an offset (or a bare date, UTC). */
  readonly now: string | Date;
  /** The right-hand side of every UID, usually the partner's host name. */
  readonly uidDomain: string;
  readonly labels?: {
    /** Each event's title; default 'Program day (sample schedule)'. */
    readonly summary?: string;
    /** Names of block kinds in the description; a block's own title wins. */
    readonly kinds?: Partial<Record<BlockKind, string>>;
  };
}

const DEFAULT_SUMMARY = 'Program day (sample schedule)';
const DEFAULT_KIND_LABELS: Record<BlockKind, string> = {
  group: 'Group therapy',
  individual: 'Individual session',
  family: 'Family session',
  psychoeducation: 'Psychoeducation',
  skills: 'Skills practice',
  'check-in': 'Check-in',
  break: 'Break',
};

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// Only forms that ECMAScript parses the same everywhere: a bare date (UTC) or a date-time with an explicit zone.
// A date-time without a zone would be read in the machine's local time and break determinism.
const INSTANT = /^(\d{4}-\d{2}-\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{3})?)?(?:Z|[+-]\d{2}:\d{2}))?$/;
const HOST = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;

/** Days since 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The inverse of `daysFromCivil`, as 'YYYYMMDD'. */
function civilFromDays(days: number): string {
  const shifted = days + 719468;
  const era = Math.floor(shifted / 146097);
  const dayOfEra = shifted - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${pad(year, 4)}${pad(month, 2)}${pad(day, 2)}`;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** Days since 1970-01-01 for a real 'YYYY-MM-DD' date, else null (so '2026-02-30' is rejected, not rolled over). */
function dayNumber(date: string): number | null {
  const match = DATE.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const monthLength = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  if (monthLength === undefined || day < 1 || day > monthLength) return null;
  return daysFromCivil(year, month, day);
}

/**
 * A valid Date or any string: `z.union([z.date(), z.string()])` without zod's union and date code, which only this
 * field would bring into a bundle. Anything else gets the union's own issue ("does not match any allowed form").
 */
const DateOrString = z.unknown().check((ctx) => {
  const value = ctx.value;
  if (typeof value === 'string' || (value instanceof Date && !Number.isNaN(value.getTime()))) return;
  ctx.issues.push({ code: 'invalid_union', input: value, errors: [] });
}) as z.ZodMiniType<Date | string>;

const OptionsSchema = z.strictObject({
  weekOf: z.string().check(
    z.regex(DATE, 'must be a date written YYYY-MM-DD, like "2026-11-23"'),
    (ctx) => {
      const weekOf = ctx.value;
      if (ctx.issues.length > 0) return; // the regex above has reported it
      const year = Number(weekOf.slice(0, 4));
      // Year 1 starts on a Monday and 9998 leaves room for a Sunday that runs to midnight, so every date written
      // into the file keeps four digits.
      if (dayNumber(weekOf) === null || year < 1 || year > 9998) {
        ctx.issues.push(customIssue(weekOf, [], 'must be a real calendar date from year 0001 to 9998'));
      }
    },
  ),
  // Checked below, so a bad string gets a message that says what is allowed instead of "matches no form".
  now: DateOrString,
  uidDomain: z
    .string()
    .check(
      z.maxLength(253),
      z.regex(HOST, 'must be a host name such as "example.org": letters, digits, dots and hyphens only'),
    ),
  labels: z.optional(
    z.strictObject({
      summary: z.optional(z.string().check(z.minLength(1))),
      kinds: z.optional(z.partialRecord(z.enum(BLOCK_KINDS), z.string().check(z.minLength(1)))),
    }),
  ),
});

const WeekToICSSchema = z.object({ plan: WeekPlanSchema, options: OptionsSchema }).check(
  (ctx) => {
    const { options } = ctx.value;
    if (ctx.issues.length > 0) return;
    const path = ['options', 'now'];
    if (typeof options.now === 'string' && !INSTANT.test(options.now)) {
      const message = 'must be a Date or an ISO date-time with "Z" or an offset, like "2026-11-20T15:04:05Z"';
      ctx.issues.push(customIssue(options.now, path, message));
      return;
    }
    const now = typeof options.now === 'string' ? new Date(options.now) : options.now;
    const year = now.getUTCFullYear();
    const realDate = typeof options.now !== 'string' || dayNumber(options.now.slice(0, 10)) !== null;
    if (Number.isNaN(now.getTime()) || !realDate || year < 1 || year > 9999) {
      ctx.issues.push(customIssue(options.now, path, 'must be a real moment from year 0001 to 9999'));
    }
  },
);

/** 'YYYYMMDDTHHMMSSZ' in UTC: DTSTAMP must be UTC (RFC 5545 §3.8.7.2). */
function utcStamp(date: Date): string {
  return (
    `${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1, 2)}${pad(date.getUTCDate(), 2)}` +
    `T${pad(date.getUTCHours(), 2)}${pad(date.getUTCMinutes(), 2)}${pad(date.getUTCSeconds(), 2)}Z`
  );
}

/**
 * A TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma escaped, line breaks as "\n". Other control
 * characters are not allowed in TEXT and are dropped; a lone surrogate cannot be written as UTF-8 and becomes
 * U+FFFD, as an encoder would make it, so `fold` counts the bytes that are really written.
 */
function escapeText(value: string): string {
  let out = '';
  for (const char of value.replace(/\r\n?/g, '\n')) {
    const code = char.codePointAt(0) ?? 0;
    if (char === '\\' || char === ';' || char === ',') out += `\\${char}`;
    else if (char === '\n') out += '\\n';
    else if ((code < 0x20 && char !== '\t') || code === 0x7f) continue;
    else if (code >= 0xd800 && code <= 0xdfff) out += '\uFFFD';
    else out += char;
  }
  return out;
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  return codePoint < 0x10000 ? 3 : 4;
}

/**
 * One content line, folded so no physical line passes 75 octets (RFC 5545 §3.1), counting UTF-8 bytes and never
 * cutting a character in two; the continuation's leading space counts toward its 75.
 */
function fold(line: string): string {
  let out = '';
  let width = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) ?? 0);
    if (width + size > 75) {
      out += '\r\n ';
      width = 1;
    }
    out += char;
    width += size;
  }
  return `${out}\r\n`;
}

/**
 * One VEVENT per program day, in the Monday-start week that holds `options.weekOf`. Times are floating local
 * date-times (no TZID, no "Z"): this is a sample week, not a booking, so 09:00 should land at 09:00 in whatever
 * time zone the visitor's calendar uses rather than at the center's clock time converted. Throws
 * `CarepathInputError`.
 */
export function weekToICS(plan: WeekPlan, options: WeekToICSOptions): string {
  const { plan: parsedPlan, options: parsed } = parseInput(WeekToICSSchema, { plan, options }, 'weekToICS');
  const weekOf = dayNumber(parsed.weekOf) ?? 0;
  // 1970-01-01 was a Thursday, three days after a Monday.
  const monday = weekOf - ((((weekOf + 3) % 7) + 7) % 7);
  const stamp = utcStamp(typeof parsed.now === 'string' ? new Date(parsed.now) : parsed.now);
  const summary = escapeText(parsed.labels?.summary ?? DEFAULT_SUMMARY);
  const kindLabels = parsed.labels?.kinds ?? {};

  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//carepath//sample week//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  parsedPlan.days.forEach((day, index) => {
    const date = monday + DAY_IDS.indexOf(day.day);
    const end = parseClock(day.end);
    const at = (days: number, minutes: number) =>
      `${civilFromDays(days)}T${pad(Math.floor(minutes / 60), 2)}${pad(minutes % 60, 2)}00`;
    const description = day.blocks
      .map((block) => {
        const label = block.title ?? kindLabels[block.kind] ?? DEFAULT_KIND_LABELS[block.kind];
        return `${block.start}–${block.end} ${label}`;
      })
      .join('\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:carepath-${civilFromDays(date)}-${day.day}-${index + 1}@${parsed.uidDomain}`,
      `DTSTAMP:${stamp}`,
      `DTSTART:${at(date, parseClock(day.start))}`,
      // A day that runs to 24:00 ends at midnight starting the next day; RFC 5545 has no hour 24.
      `DTEND:${end === 24 * 60 ? at(date + 1, 0) : at(date, end)}`,
      `SUMMARY:${summary}`,
      `DESCRIPTION:${escapeText(description)}`,
      'END:VEVENT',
    );
  });
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('');
}
