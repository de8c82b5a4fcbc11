// Calendar dates as integers. A date `YYYY-MM-DD` is read once, from its character codes,
// into a day number (days since 1970-01-01 in the proleptic Gregorian calendar); day
// arithmetic is then integer arithmetic, and a date is written back as text only at the
// edge, when a result is returned. No `Date`, no time zone, no regular expression and no
// allocation on the way in: this is the hot path of every governance metric.

import type { IsoDate } from '../calendar.js';

/** The day number of 0001-01-01, the first date an {@link IsoDate} can hold. */
export const FIRST_DAY = -719_162;
/** The day number of 9999-12-31, the last date an {@link IsoDate} can hold. */
export const LAST_DAY = 2_932_896;

/** Days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The digit at `i`, or −1 when the character there is not `0`–`9`. */
function digit(text: string, i: number): number {
  const d = text.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : -1;
}

/**
 * Reads `YYYY-MM-DD` into one integer `year × 10000 + month × 100 + day`, or returns
 * `undefined` when the text is not a real calendar date in the years 0001–9999.
 */
export function packedDate(text: string): number | undefined {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) {
    return undefined;
  }
  const y0 = digit(text, 0);
  const y1 = digit(text, 1);
  const y2 = digit(text, 2);
  const y3 = digit(text, 3);
  const m0 = digit(text, 5);
  const m1 = digit(text, 6);
  const d0 = digit(text, 8);
  const d1 = digit(text, 9);
  if (y0 < 0 || y1 < 0 || y2 < 0 || y3 < 0 || m0 < 0 || m1 < 0 || d0 < 0 || d1 < 0) {
    return undefined;
  }
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return undefined;
  }
  return year * 10_000 + month * 100 + day;
}

/**
 * The day number of a year, month (1–12) and day: Howard Hinnant's `days_from_civil`, exact
 * for every date of the proleptic Gregorian calendar. Any integers are accepted (a month
 * past 12 or a day past the month's end count on), as `Date.UTC` does.
 */
export function dayNumberOfParts(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The day number of a packed date (see {@link packedDate}). */
export function dayNumberOfPacked(packed: number): number {
  const year = Math.floor(packed / 10_000);
  const month = Math.floor(packed / 100) % 100;
  return dayNumberOfParts(year, month, packed % 100);
}

/**
 * The day number of a calendar date, or `undefined` when the text is not one: read from its
 * character codes, checked against the calendar.
 */
export function dayNumber(date: string): number | undefined {
  const packed = packedDate(date);
  return packed === undefined ? undefined : dayNumberOfPacked(packed);
}

/** Year, month (1–12) and day of a day number: Hinnant's `civil_from_days`, as one packed integer. */
export function packedOfDayNumber(dayNumber: number): number {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return year * 10_000 + month * 100 + day;
}

const TWO_DIGITS: readonly string[] = Array.from({ length: 100 }, (_, n) =>
  String(n).padStart(2, '0'),
);

/** Writes a packed date in 0001–9999 as `YYYY-MM-DD`. */
export function formatPacked(packed: number): IsoDate {
  const year = Math.floor(packed / 10_000);
  return `${TWO_DIGITS[Math.floor(year / 100)] as string}${TWO_DIGITS[year % 100] as string}-${
    TWO_DIGITS[Math.floor(packed / 100) % 100] as string
  }-${TWO_DIGITS[packed % 100] as string}` as IsoDate;
}

/** Whether a day number is a date an {@link IsoDate} can hold (0001-01-01 to 9999-12-31). */
export const inDateRange = (dayNumber: number): boolean =>
  dayNumber >= FIRST_DAY && dayNumber <= LAST_DAY;

/**
 * Writes a day number as an {@link IsoDate}, saturating at the ends of the range: a day
 * before 0001-01-01 is written `0001-01-01` and a day after 9999-12-31 `9999-12-31`. For
 * internal limits (a window's edge, a search bound) where "no later than the last date" is
 * the right answer; a result a host asked for reports instead (see `addDays`).
 */
export function dateOfDayNumber(dayNumber: number): IsoDate {
  const day = dayNumber < FIRST_DAY ? FIRST_DAY : dayNumber > LAST_DAY ? LAST_DAY : dayNumber;
  return formatPacked(packedOfDayNumber(day));
}
