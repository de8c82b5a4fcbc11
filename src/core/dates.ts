import * as z from 'zod';
import { createParser } from './parse.js';

/**
 * A calendar date written `YYYY-MM-DD`: the UK local date a thing belongs to, with no time
 * and no time zone. Values of this type come from {@link IsoDateSchema} / `parseIsoDate` or
 * from the library's date helpers, so they are always real calendar dates.
 *
 * @category Dates
 */
export type IsoDate = `${number}-${number}-${number}`;

/**
 * An instant written in ISO 8601 with an explicit offset, such as `2026-03-14T09:30:00Z` or
 * `2026-07-01T18:05:00+01:00`. A date-time without an offset is ambiguous and is rejected.
 *
 * @category Dates
 */
export type IsoDateTime = `${number}-${number}-${number}T${string}`;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,9})?)?(Z|[+-](?:0\d|1[0-4]):[0-5]\d)$/;
const MAX_DATE_TIME_LENGTH = 35;

function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Splits a date into numbers, or returns `undefined` when it is not a real calendar date in
 * the years 0001–9999.
 *
 * @internal
 */
export function dateParts(value: string): [number, number, number] | undefined {
  const match = DATE.exec(value);
  if (match === null) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return undefined;
  }
  return [year, month, day];
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
  return typeof value === 'string' && value.length === 10 && dateParts(value) !== undefined;
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
  return match !== null && dateParts(match[1] as string) !== undefined;
}

/**
 * The zod schema of an {@link IsoDate}.
 *
 * @remarks Text that is not `YYYY-MM-DD` gives an `invalid_format` issue (format `date`); a
 * well-formed date that is not on the calendar gives `invalid_date`. Long input is rejected
 * before any pattern is tried.
 * @example
 * ```ts
 * IsoDateSchema.safeParse('2026-02-30').success; // => false
 * ```
 * @category Dates
 */
export const IsoDateSchema = z.string().superRefine((value, ctx) => {
  if (value.length !== 10 || !DATE.test(value)) {
    ctx.addIssue({
      code: 'invalid_format',
      format: 'date',
      input: value,
      message: 'Must be a date written as YYYY-MM-DD.',
    });
  } else if (dateParts(value) === undefined) {
    ctx.addIssue({
      code: 'custom',
      input: value,
      params: { code: 'invalid_date' },
      message: 'Must be a real calendar date written as YYYY-MM-DD.',
    });
  }
}) as unknown as z.ZodType<IsoDate, string>;

/**
 * The zod schema of an {@link IsoDateTime}.
 *
 * @remarks Text that is not an ISO 8601 date-time with an offset gives an `invalid_format`
 * issue (format `datetime`); an impossible date part gives `invalid_date`.
 * @example
 * ```ts
 * IsoDateTimeSchema.safeParse('2026-03-14T09:30:00+00:00').success; // => true
 * ```
 * @category Dates
 */
export const IsoDateTimeSchema = z.string().superRefine((value, ctx) => {
  const match = value.length <= MAX_DATE_TIME_LENGTH ? DATE_TIME.exec(value) : null;
  if (match === null) {
    ctx.addIssue({
      code: 'invalid_format',
      format: 'datetime',
      input: value,
      message: 'Must be a date and time with an offset, like 2026-03-14T09:30:00Z.',
    });
  } else if (dateParts(match[1] as string) === undefined) {
    ctx.addIssue({
      code: 'custom',
      input: value,
      params: { code: 'invalid_date' },
      message: 'Must be a real calendar date and time.',
    });
  }
}) as unknown as z.ZodType<IsoDateTime, string>;

/**
 * Reads an untrusted value as an {@link IsoDate}.
 *
 * @param input - Anything (typically a form field or a database column).
 * @returns The date, or issues: `invalid_type` / `required` for a non-string,
 * `invalid_format` for text that is not `YYYY-MM-DD`, `invalid_date` for a date that is not
 * on the calendar.
 * @example
 * ```ts
 * parseIsoDate('2026-03-14'); // => { success: true, data: '2026-03-14' }
 * parseIsoDate('2026-02-30'); // => { success: false, issues: [{ code: 'invalid_date', … }] }
 * ```
 * @category Dates
 */
export const parseIsoDate = createParser(IsoDateSchema);

/**
 * Reads an untrusted value as an {@link IsoDateTime}.
 *
 * @param input - Anything.
 * @returns The date-time, or issues (`invalid_type`, `invalid_format`, `invalid_date`).
 * @example
 * ```ts
 * parseIsoDateTime('2026-03-14T09:30:00Z').success; // => true
 * parseIsoDateTime('2026-03-14 09:30').success; // => false
 * ```
 * @category Dates
 */
export const parseIsoDateTime = createParser(IsoDateTimeSchema);
