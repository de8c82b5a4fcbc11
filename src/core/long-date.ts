import { dateParts, type IsoDate } from './calendar.js';
import { GoldenThreadError } from './errors.js';
import { describeValue } from './internal/describe-value.js';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/**
 * Writes a calendar date the way UK easy-read and plain-English documents do: day, month
 * name, year ("3 October 2026").
 *
 * @remarks English month names, no leading zero, no weekday. It does not use `Intl`, so the
 * text is the same on every machine whatever its locale and time zone.
 * @param date - A calendar date.
 * @returns The date in words.
 * @throws {@link GoldenThreadError} `invalid_date` when `date` is not a calendar date.
 * @example
 * ```ts
 * formatLongDate('2026-10-03'); // => '3 October 2026'
 * ```
 * @category Dates
 */
export function formatLongDate(date: IsoDate): string {
  const parts = typeof date === 'string' ? dateParts(date) : undefined;
  if (parts === undefined) {
    throw new GoldenThreadError(
      'invalid_date',
      `formatLongDate: the date must be a calendar date written as YYYY-MM-DD (such as '2026-07-01'), but it is ${describeValue(date)}.`,
    );
  }
  const [year, month, day] = parts;
  return `${day} ${MONTHS[month - 1] as string} ${year}`;
}
