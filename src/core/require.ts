import { type IsoDate, isIsoDate } from './calendar.js';
import { GoldenThreadError } from './errors.js';

/**
 * Checks an option that must be a calendar date (such as `asOf`) and returns it typed.
 *
 * @remarks For options, not records: a record's dates are checked by its parser; an option
 * that is not a date is a programmer error and throws.
 * @param fn - The calling function's name, for the message.
 * @param name - The option's name, for the message.
 * @param value - The value passed.
 * @returns The date.
 * @throws {@link GoldenThreadError} `invalid_date` when `value` is not an {@link IsoDate}.
 * @example
 * ```ts
 * const asOf = requireCalendarDate('checkThing', 'asOf', options.asOf);
 * ```
 * @category Core
 */
export function requireCalendarDate(fn: string, name: string, value: unknown): IsoDate {
  if (!isIsoDate(value)) {
    throw new GoldenThreadError(
      'invalid_date',
      `${fn}: ${name} ${JSON.stringify(String(value)).slice(0, 40)} is not a calendar date (YYYY-MM-DD).`,
    );
  }
  return value;
}

/**
 * Reads a whole-number policy option, using its default when it is not given.
 *
 * @param fn - The calling function's name, for the message.
 * @param name - The option's name, for the message.
 * @param value - The value passed, or `undefined`.
 * @param fallback - The documented default.
 * @param least - The smallest value allowed. Default 0.
 * @returns The number to use.
 * @throws {@link GoldenThreadError} `invalid_argument` when the value is fractional, not
 * finite or below `least`.
 * @example
 * ```ts
 * const staleAfterDays = requireWholeNumber('checkOutcome', 'staleAfterDays', options.staleAfterDays, 42);
 * ```
 * @category Core
 */
export function requireWholeNumber(
  fn: string,
  name: string,
  value: number | undefined,
  fallback: number,
  least = 0,
): number {
  const n = value ?? fallback;
  if (!(Number.isSafeInteger(n) && n >= least)) {
    throw new GoldenThreadError(
      'invalid_argument',
      `${fn}: ${name} must be a whole number of at least ${least}, but it is ${String(n)}.`,
    );
  }
  return n;
}
