import { type IsoDate, isIsoDate } from '../calendar.js';
import { GoldenThreadError } from '../errors.js';
import { describeValue } from './describe-value.js';

/** A number as it is (`NaN`, `-1`); anything else by its kind (never read as text). */
function shown(value: unknown): string {
  return typeof value === 'number' ? String(value) : describeValue(value);
}

function fail(fn: string, message: string): never {
  throw new GoldenThreadError('invalid_argument', `${fn}: ${message}`);
}

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
      `${fn}: ${name} must be a calendar date written as YYYY-MM-DD (such as '2026-07-01'), but it is ${describeValue(value)}.`,
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
      `${fn}: ${name} must be a whole number of at least ${least}, but it is ${shown(n)}.`,
    );
  }
  return n;
}

/** A count of events: a whole number of at least 0. */
export function requireCount(fn: string, name: string, value: number): number {
  if (!(Number.isSafeInteger(value) && value >= 0)) {
    fail(fn, `${name} must be a whole number of at least 0, but it is ${shown(value)}.`);
  }
  return value;
}

/** A finite number of at least 0 (an exposure such as support days). */
export function requireNonNegative(fn: string, name: string, value: number): number {
  if (!(Number.isFinite(value) && value >= 0)) {
    fail(fn, `${name} must be a finite number of at least 0, but it is ${shown(value)}.`);
  }
  return value;
}

/** A finite number greater than 0. */
export function requirePositive(fn: string, name: string, value: number): number {
  if (!(Number.isFinite(value) && value > 0)) {
    fail(fn, `${name} must be a finite number greater than 0, but it is ${shown(value)}.`);
  }
  return value;
}

/** A confidence level strictly between 0 and 1; default 0.95. */
export function requireConfidence(fn: string, value: number | undefined): number {
  const confidence = value ?? 0.95;
  if (!(Number.isFinite(confidence) && confidence > 0 && confidence < 1)) {
    fail(
      fn,
      `confidence must be a number between 0 and 1 (such as 0.95), but it is ${shown(confidence)}.`,
    );
  }
  return confidence;
}

/**
 * Whether a value is an object that can be looked at: not a revoked proxy (on which even
 * `Array.isArray` throws).
 */
function readable(value: object): boolean {
  try {
    Array.isArray(value);
    return true;
  } catch {
    return false;
  }
}

/**
 * Checks that an options argument is an object (a JavaScript caller may pass `null`, a
 * string, nothing or a revoked proxy) and returns it typed.
 */
export function requireOptions<T extends object>(fn: string, options: T): T {
  return requireRecord(fn, 'options', options);
}

/**
 * Checks that an argument is a record (an object that is not a list, and can be read) and
 * returns it typed; the message names the argument.
 */
export function requireRecord<T>(fn: string, name: string, value: T): T {
  if (typeof value !== 'object' || value === null || !readable(value) || Array.isArray(value)) {
    fail(fn, `${name} must be an object, but it is ${describeValue(value)}.`);
  }
  return value;
}

/**
 * Checks that an argument is a list (an array that can be read) and returns it typed; the
 * message names the argument.
 */
export function requireList<T>(fn: string, name: string, value: T): T {
  if (typeof value !== 'object' || value === null || !readable(value) || !Array.isArray(value)) {
    fail(fn, `${name} must be a list, but it is ${describeValue(value)}.`);
  }
  return value;
}

/**
 * Checks that an argument is text and returns it typed; the message names the argument
 * (and never quotes it).
 */
export function requireText(fn: string, name: string, value: unknown): string {
  if (typeof value !== 'string') {
    fail(fn, `${name} must be text, but it is ${describeValue(value)}.`);
  }
  return value;
}

/**
 * Checks that an argument can be iterated (a list, a generator, a stream of records read
 * one by one) and returns it typed; the message names the argument.
 */
export function requireIterable<T>(fn: string, name: string, value: T): T {
  let iterable = false;
  try {
    iterable =
      typeof value === 'object' &&
      value !== null &&
      typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function';
  } catch {
    iterable = false;
  }
  if (!iterable) fail(fn, `${name} must be a list of records, but it is ${describeValue(value)}.`);
  return value;
}
