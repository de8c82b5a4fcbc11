import { UTCDate } from '@date-fns/utc';
import { addDays as addDaysFns, addMonths as addMonthsFns } from 'date-fns';
import { dateParts, type IsoDate } from './calendar.js';
import { GoldenThreadError } from './errors.js';
import { describeValue } from './internal/describe-value.js';

/**
 * Reads an {@link IsoDate} as a UTC midnight, or throws when it is not one.
 *
 * @internal
 */
export function toUtcDate(date: IsoDate, fn: string): UTCDate {
  const parts = typeof date === 'string' ? dateParts(date) : undefined;
  if (parts === undefined) {
    throw new GoldenThreadError(
      'invalid_date',
      `${fn}: the date must be a calendar date written as YYYY-MM-DD (such as '2026-07-01'), but it is ${describeValue(date)}; parse it with parseIsoDate first.`,
    );
  }
  const utc = new UTCDate(0);
  utc.setUTCFullYear(parts[0], parts[1] - 1, parts[2]);
  return utc;
}

/**
 * Writes a UTC date back as an {@link IsoDate}, or throws when it left the years 0001–9999.
 *
 * @internal
 */
export function fromUtcDate(date: Date, fn: string): IsoDate {
  const year = date.getUTCFullYear();
  if (!(year >= 1 && year <= 9999)) {
    throw new GoldenThreadError(
      'date_out_of_range',
      `${fn}: the result falls outside the years 0001–9999.`,
    );
  }
  const month = String(date.getUTCMonth() + 1).padStart(2, '0');
  const day = String(date.getUTCDate()).padStart(2, '0');
  return `${String(year).padStart(4, '0')}-${month}-${day}` as IsoDate;
}

function wholeNumber(amount: number, fn: string): number {
  if (!Number.isSafeInteger(amount)) {
    throw new GoldenThreadError(
      'invalid_argument',
      `${fn}: the amount must be a whole number, but it is ${String(amount)}.`,
    );
  }
  return amount;
}

/**
 * Adds a number of calendar days to a date.
 *
 * @remarks The arithmetic is done in UTC, so the result never depends on the process time
 * zone or on a clock change. A negative amount goes back in time.
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
  return fromUtcDate(addDaysFns(toUtcDate(date, 'addDays'), days), 'addDays');
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
  return fromUtcDate(addDaysFns(toUtcDate(date, 'addWeeks'), weeks * 7), 'addWeeks');
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
 * @throws {@link GoldenThreadError} as {@link addDays} does.
 * @example
 * ```ts
 * addMonths('2026-01-31', 1); // => '2026-02-28'
 * addMonths('2026-05-15', 12); // => '2027-05-15'
 * ```
 * @category Dates
 */
export function addMonths(date: IsoDate, amount: number): IsoDate {
  const months = wholeNumber(amount, 'addMonths');
  return fromUtcDate(addMonthsFns(toUtcDate(date, 'addMonths'), months), 'addMonths');
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
  return dayNumber(to) - dayNumber(from);
}

/**
 * The number of days from 1970-01-01 to a date in the proleptic Gregorian calendar, by
 * integer arithmetic (Hinnant's `days_from_civil`). Counting days needs no time zone, and this
 * is about forty times faster than date-fns' `differenceInCalendarDays` on `UTCDate`s, which
 * mattered in `reviewsDue` (it counts days in its inner loop); the date-arithmetic property
 * tests check the two agree.
 */
function dayNumber(date: IsoDate): number {
  const parts = typeof date === 'string' ? dateParts(date) : undefined;
  if (parts === undefined) {
    throw new GoldenThreadError(
      'invalid_date',
      `daysBetween: each date must be a calendar date written as YYYY-MM-DD (such as '2026-07-01'), but one is ${describeValue(date)}; parse it with parseIsoDate first.`,
    );
  }
  const [year, month, day] = parts;
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}
