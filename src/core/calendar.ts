import { packedDate } from './internal/day-number.js';

/**
 * A calendar date written `YYYY-MM-DD`: the UK local date a thing belongs to, with no time
 * and no time zone. Values of this type come from {@link IsoDateSchema} / `parseIsoDate` or
 * from the library's date helpers, so they are always real calendar dates.
 *
 * @example
 * ```ts
 * const start: IsoDate = '2026-03-14';
 * ```
 * @category Dates
 */
export type IsoDate = `${number}-${number}-${number}`;

/**
 * An instant written in ISO 8601 with an explicit offset, such as `2026-03-14T09:30:00Z` or
 * `2026-07-01T18:05:00+01:00`. A date-time without an offset is ambiguous and is rejected.
 *
 * @example
 * ```ts
 * const loggedAt: IsoDateTime = '2026-07-01T18:05:00+01:00';
 * ```
 * @category Dates
 */
export type IsoDateTime = `${number}-${number}-${number}T${string}`;

/** @internal */
export const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** @internal */
export const DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,9})?)?(Z|[+-](?:0\d|1[0-4]):[0-5]\d)$/;
/** @internal */
export const MAX_DATE_TIME_LENGTH = 35;

/**
 * Splits a date into numbers, or returns `undefined` when it is not a real calendar date in
 * the years 0001–9999.
 *
 * @internal
 */
export function dateParts(value: string): [number, number, number] | undefined {
  const packed = packedDate(value);
  if (packed === undefined) return undefined;
  return [Math.floor(packed / 10_000), Math.floor(packed / 100) % 100, packed % 100];
}

/**
 * Says whether a value is a real calendar date written `YYYY-MM-DD`.
 *
 * @remarks Checks the calendar, not just the pattern: `2026-02-29` and `2026-04-31` are not
 * dates; `2028-02-29` is. Years run from 0001 to 9999.
 * @param value - Anything.
 * @returns `true` when `value` is an {@link IsoDate}.
 * @example
 * ```ts
 * isIsoDate('2026-03-14'); // => true
 * isIsoDate('2026-02-30'); // => false
 * isIsoDate('14/03/2026'); // => false
 * ```
 * @category Dates
 */
export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && packedDate(value) !== undefined;
}

/**
 * Says whether a value is an ISO 8601 date-time with an offset (`Z` or `±hh:mm`) whose date
 * part is a real calendar date.
 *
 * @param value - Anything.
 * @returns `true` when `value` is an {@link IsoDateTime}.
 * @example
 * ```ts
 * isIsoDateTime('2026-03-14T09:30:00Z'); // => true
 * isIsoDateTime('2026-03-14T09:30:00'); // => false (no offset)
 * ```
 * @category Dates
 */
export function isIsoDateTime(value: unknown): value is IsoDateTime {
  if (typeof value !== 'string' || value.length > MAX_DATE_TIME_LENGTH) return false;
  const match = DATE_TIME.exec(value);
  return match !== null && packedDate(match[1] as string) !== undefined;
}
