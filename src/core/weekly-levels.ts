/** The hours-a-week levels of care (what `classifyHours` returns and what has a sample week). */
export type HoursIntensity = 'outpatient' | 'iop' | 'php';

/**
 * The levels of care with a weekly program: a sample week, hours a week, and a price per program day. The
 * others, inpatient and residential care, are 24-hour care: there is no week to show or price by the day, so
 * the widgets say "24-hour care: ask the center". The one place this rule is written.
 */
export const WEEKLY_LEVELS = ['php', 'iop', 'outpatient'] as const satisfies readonly HoursIntensity[];

/** Whether `level` has a weekly program (`php`, `iop`, `outpatient`); false for the 24-hour levels. */
export function isWeeklyLevel(level: string): level is HoursIntensity {
  return (WEEKLY_LEVELS as readonly string[]).includes(level);
}
