import type { IsoDate } from './calendar.js';
import { GoldenThreadError } from './errors.js';
import {
  dayNumber,
  daysInMonth,
  formatPacked,
  inDateRange,
  packedDate,
  packedOfDayNumber,
} from './internal/day-number.js';
import { describeValue } from './internal/describe-value.js';

// Dates are read once from their character codes into day numbers (days since 1970-01-01),
// counted with integers and written back only for the result: no `Date`, no time zone, no
// date library. The property tests check every function against date-fns on `UTCDate`s
// over the years 0001–9999, which is where date-fns earns its place here: as the reference.

function notADate(fn: string, date: unknown): never {
  throw new GoldenThreadError(
    'invalid_date',
    `${fn}: the date must be a calendar date written as YYYY-MM-DD (such as '2026-07-01'), but it is ${describeValue(date)}; parse it with parseIsoDate first.`,
  );
}

function outOfRange(fn: string): never {
  throw new GoldenThreadError(
    'date_out_of_range',
    `${fn}: the result falls outside the years 0001–9999.`,
  );
}

/**
 * Reads a calendar date as its day number, or throws `invalid_date` when it is not one.
 *
 * @internal
 */
export function toDayNumber(date: IsoDate, fn: string): number {
  const day = typeof date === 'string' ? dayNumber(date) : undefined;
  return day === undefined ? notADate(fn, date) : day;
}

/**
 * Writes a day number as a calendar date, or throws `date_out_of_range` when it falls
 * outside the years 0001–9999.
 *
 * @internal
 */
export function fromDayNumber(day: number, fn: string): IsoDate {
  if (!inDateRange(day)) outOfRange(fn);
  return formatPacked(packedOfDayNumber(day));
}

function wholeNumber(amount: number, fn: string): number {
  if (!Number.isSafeInteger(amount)) {
    throw new GoldenThreadError(
      'invalid_argument',
      `${fn}: the amount must be a whole number, but it is ${describeValue(amount)}.`,
    );
  }
  return amount;
}

/**
 * Adds a number of calendar days to a date.
 *
 * @remarks Days are counted as whole numbers on the calendar, with no time of day, so the
 * result never depends on the process time zone or on a clock change. A negative amount goes
 * back in time.
 *
 * **At the edge of the calendar.** An {@link IsoDate} runs from `0001-01-01` to `9999-12-31`.
 * A result outside that range has no date to give, so it is reported (`date_out_of_range`)
 * rather than moved silently to the nearest end. {@link daysBetween} never throws for two
 * real dates, and the governance metrics count in day numbers, so a record dated at either
 * end (such as the `9999-12-31` some systems write for "no end date") never makes them throw.
 * @param date - A calendar date.
 * @param amount - Whole days to add (may be negative).
 * @returns The date `amount` days later.
 * @throws {@link GoldenThreadError} `invalid_date` when `date` is not a calendar date,
 * `invalid_argument` when `amount` is not a whole number, `date_out_of_range` when the
 * result leaves the years 0001–9999.
 * @example
 * ```ts
 * addDays('2026-03-28', 2); // => '2026-03-30' (across the UK clock change)
 * addDays('2028-03-01', -1); // => '2028-02-29'
 * ```
 * @category Dates
 */
export function addDays(date: IsoDate, amount: number): IsoDate {
  const days = wholeNumber(amount, 'addDays');
  return fromDayNumber(toDayNumber(date, 'addDays') + days, 'addDays');
}

/**
 * Adds a number of weeks (seven calendar days each) to a date.
 *
 * @param date - A calendar date.
 * @param amount - Whole weeks to add (may be negative).
 * @returns The date `7 × amount` days later.
 * @throws {@link GoldenThreadError} as {@link addDays} does.
 * @example
 * ```ts
 * addWeeks('2026-01-05', 6); // => '2026-02-16' (a first review six weeks after a start)
 * ```
 * @category Dates
 */
export function addWeeks(date: IsoDate, amount: number): IsoDate {
  const weeks = wholeNumber(amount, 'addWeeks');
  return fromDayNumber(toDayNumber(date, 'addWeeks') + weeks * 7, 'addWeeks');
}

/**
 * Adds a number of calendar months to a date, keeping the day of the month where it exists
 * and otherwise using the last day of the target month.
 *
 * @remarks This is how a "review every 3 months" schedule is read: 31 January plus one
 * month is 28 (or 29) February. As a consequence, adding one month twice can differ from
 * adding two months once (`2026-01-31` → `2026-02-28` → `2026-03-28`, but
 * `2026-01-31` + 2 → `2026-03-31`); compute schedules from the start date, not step by step.
 * @param date - A calendar date.
 * @param amount - Whole months to add (may be negative).
 * @returns The date `amount` months later.
 * @throws {@link GoldenThreadError} `invalid_date`, `invalid_argument` or `date_out_of_range`
 * as {@link addDays} does (a result after December 9999 or before January 0001 is reported).
 * @example
 * ```ts
 * addMonths('2026-01-31', 1); // => '2026-02-28'
 * addMonths('2026-05-15', 12); // => '2027-05-15'
 * ```
 * @category Dates
 */
export function addMonths(date: IsoDate, amount: number): IsoDate {
  const months = wholeNumber(amount, 'addMonths');
  const packed = typeof date === 'string' ? packedDate(date) : undefined;
  if (packed === undefined) return notADate('addMonths', date);
  const monthIndex = Math.floor(packed / 10_000) * 12 + (Math.floor(packed / 100) % 100) - 1;
  const target = monthIndex + months;
  const year = Math.floor(target / 12);
  if (year < 1 || year > 9999) return outOfRange('addMonths');
  const month = target - year * 12 + 1;
  const day = Math.min(packed % 100, daysInMonth(year, month));
  return formatPacked(year * 10_000 + month * 100 + day);
}

/**
 * Counts the calendar days from one date to another.
 *
 * @remarks Positive when `to` is later than `from`, negative when it is earlier, zero on
 * the same day; `daysBetween(a, b) === -daysBetween(b, a)`.
 * @param from - The earlier date, usually.
 * @param to - The later date, usually.
 * @returns The signed number of days.
 * @throws {@link GoldenThreadError} `invalid_date` when either is not a calendar date.
 * @example
 * ```ts
 * daysBetween('2026-03-01', '2026-03-15'); // => 14
 * daysBetween('2026-03-15', '2026-03-01'); // => -14
 * ```
 * @category Dates
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumberOf(to) - dayNumberOf(from);
}

/**
 * The day number of a date for {@link daysBetween}: Hinnant's `days_from_civil` on the
 * numbers read from the text. Counting days needs no time zone, and this is about forty
 * times faster than date-fns' `differenceInCalendarDays` on `UTCDate`s; the property tests
 * check the two agree.
 */
function dayNumberOf(date: IsoDate): number {
  const day = typeof date === 'string' ? dayNumber(date) : undefined;
  if (day === undefined) {
    throw new GoldenThreadError(
      'invalid_date',
      `daysBetween: each date must be a calendar date written as YYYY-MM-DD (such as '2026-07-01'), but one is ${describeValue(date)}; parse it with parseIsoDate first.`,
    );
  }
  return day;
}
