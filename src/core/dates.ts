/** Calendar dates as 'YYYY-MM-DD' text. Pure: the caller passes "today"; the core never reads the clock. */

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** A Date's own calendar day (its local year, month and day), or a 'YYYY-MM-DD' string, as [year, month 1–12, day]. */
function calendarDay(date: Date | string): [number, number, number] {
  if (typeof date !== 'string') return [date.getFullYear(), date.getMonth() + 1, date.getDate()];
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const day = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
  if (!match || !day || day.getUTCDate() !== Number(match[3]) || day.getUTCMonth() !== Number(match[2]) - 1) {
    throw new RangeError(`mondayAfter: "${date}" must be a date written YYYY-MM-DD, like "2026-12-04"`);
  }
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/**
 * The first Monday strictly after `date`, as 'YYYY-MM-DD': Friday 2026-12-04 → '2026-12-07'; a Monday gives the
 * next week's Monday. A Date is read in its own (local) calendar, so "today" is the visitor's today.
 */
export function mondayAfter(date: Date | string): string {
  const [year, month, day] = calendarDay(date);
  // UTC arithmetic: no daylight-saving day is 23 or 25 hours long here.
  const at = new Date(Date.UTC(year, month - 1, day));
  at.setUTCDate(at.getUTCDate() + ((8 - at.getUTCDay()) % 7 || 7));
  return `${pad(at.getUTCFullYear(), 4)}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}`;
}
