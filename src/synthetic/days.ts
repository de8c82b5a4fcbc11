// Calendar arithmetic on day numbers (days since 1970-01-01), internal to the generator.
// It works on whole days with integer formulas (Howard Hinnant's civil-calendar algorithms),
// so it never reads the process time zone and costs no Date object per call: the generator
// does millions of these. The formulas are core's (`core/internal/day-number.ts`).
import { GoldenThreadError, type IsoDate } from '../core/index.js';
import { dateOfDayNumber, dayNumber as dayNumberOf } from '../core/internal/index.js';

/** The day number of a valid `YYYY-MM-DD` date (the generator only writes valid ones). */
export function dayNumber(date: string): number {
  const day = dayNumberOf(date);
  if (day === undefined) {
    throw new GoldenThreadError('invariant_violation', `synthetic: "${date}" is not a date.`);
  }
  return day;
}

/** The `YYYY-MM-DD` date of a day number. */
export const isoDate: (dayNum: number) => IsoDate = dateOfDayNumber;

/** The day number of the last Sunday of a month (`month` 1–12). */
function lastSunday(year: number, month: number): number {
  const firstOfNext =
    month === 12 ? dayNumber(`${year + 1}-01-01`) : dayNumber(`${year}-${pad(month + 1)}-01`);
  const last = firstOfNext - 1;
  // 1970-01-01 (day 0) was a Thursday: weekday 4 when Sunday is 0.
  const weekday = (((last + 4) % 7) + 7) % 7;
  return last - weekday;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * The UK offset (`+00:00` or `+01:00`) of a local time on a day, for hours from 03:00 on.
 * British Summer Time runs from 01:00 UTC on the last Sunday of March to 01:00 UTC on the
 * last Sunday of October: from 03:00 local time on either changeover day the new offset
 * already applies.
 */
export function ukOffset(dayNum: number): '+00:00' | '+01:00' {
  const year = Number(isoDate(dayNum).slice(0, 4));
  return dayNum >= lastSunday(year, 3) && dayNum < lastSunday(year, 10) ? '+01:00' : '+00:00';
}

/** A UK local date-time with its offset, e.g. `2026-07-04T18:30:00+01:00` (hour 3–23). */
export function ukDateTime(dayNum: number, hour: number, minute: number): string {
  return `${isoDate(dayNum)}T${pad(hour)}:${pad(minute)}:00${ukOffset(dayNum)}`;
}
