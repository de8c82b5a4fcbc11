import * as z from 'zod';
import {
  DATE,
  DATE_TIME,
  type IsoDate,
  type IsoDateTime,
  MAX_DATE_TIME_LENGTH,
} from './calendar.js';
import { packedDate } from './internal/day-number.js';
import { MAX_ID_LENGTH, MAX_TEXT_LENGTH } from './limits.js';
import type { FieldLabels } from './messages.js';
import { createParser } from './parse.js';

// The zod schemas of the core conventions. They live apart from the plain functions so that
// a host importing a date helper or `ratio` does not also load zod (see .size-limit.js).

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
  // Read from the character codes first: a real date (nearly every value) needs no pattern.
  if (packedDate(value) !== undefined) return;
  if (value.length !== 10 || !DATE.test(value)) {
    ctx.addIssue({
      code: 'invalid_format',
      format: 'date',
      input: value,
      message: 'Must be a date written as YYYY-MM-DD.',
    });
  } else {
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
  } else if (packedDate(match[1] as string) === undefined) {
    ctx.addIssue({
      code: 'custom',
      input: value,
      params: { code: 'invalid_date', format: 'datetime' },
      message: 'Must be a real calendar date and time, like 2026-03-14T09:30:00Z.',
    });
  }
}) as unknown as z.ZodType<IsoDateTime, string>;

/**
 * Reads an untrusted value as an {@link IsoDate}.
 *
 * @param input - Anything (typically a form field or a database column).
 * @returns The date, or issues: `invalid_type` / `required` for a non-string,
 * `invalid_format` for text that is not `YYYY-MM-DD`, `invalid_date` for a date that is not
 * on the calendar. The messages call the value "the date" (pass `labels: { '': … }` to name
 * it as your form does).
 * @example
 * ```ts
 * parseIsoDate('2026-03-14'); // => { success: true, data: '2026-03-14' }
 * parseIsoDate('2026-02-30'); // => { success: false, issues: [{ code: 'invalid_date', … }] }
 * ```
 * @category Dates
 */
export const parseIsoDate = createParser(IsoDateSchema, { labels: { '': 'the date' } });

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
export const parseIsoDateTime = createParser(IsoDateTimeSchema, {
  labels: { '': 'the timestamp' },
});

const RELATIVE_TOLERANCE = 1e-9;

/**
 * The zod schema of a stored {@link Ratio}: non-negative finite parts, and a `value` that
 * agrees with them (`null` exactly when the denominator is 0).
 *
 * @example
 * ```ts
 * RatioSchema.safeParse({ numerator: 3, denominator: 4, value: 0.75 }).success; // => true
 * ```
 * @category Ratios
 */
export const RatioSchema = z
  .strictObject({
    /** What was counted (reviews on time, uses of a restriction, …). */
    numerator: z.number().min(0),
    /** What it is counted against (reviews due, support days, …). */
    denominator: z.number().min(0),
    /** `numerator / denominator`, or `null` when the denominator is 0. */
    value: z.number().nullable(),
  })
  .superRefine((r, ctx) => {
    const expected = r.denominator === 0 ? null : r.numerator / r.denominator;
    const agrees =
      expected === null || r.value === null
        ? expected === r.value
        : Math.abs(expected - r.value) <= RELATIVE_TOLERANCE * Math.max(1, Math.abs(expected));
    if (!agrees) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        input: r.value,
        params: { code: 'inconsistent_ratio', expected: expected === null ? 'null' : expected },
        message: 'The value must equal numerator ÷ denominator (null when the denominator is 0).',
      });
    }
  });

/**
 * A ratio that keeps its parts: `value` is `numerator / denominator`, or `null` when the
 * denominator is 0 (nothing to measure) — never `NaN`, never a silent 0.
 *
 * @remarks Keeping the numerator and denominator lets a reader judge small numbers ("1 of 2")
 * and lets partial results be added up exactly. The type is derived from {@link RatioSchema}.
 * @example
 * ```ts
 * const onTime: Ratio = ratio(11, 12); // { numerator: 11, denominator: 12, value: 0.9166… }
 * ```
 * @category Ratios
 */
export type Ratio = z.output<typeof RatioSchema>;

/**
 * Plain-English labels for the fields of a {@link Ratio} (see `FieldLabels`), for messages
 * about a stored ratio: `parseRatio(row, { labels: ratioLabels })`.
 *
 * @example
 * ```ts
 * ratioLabels.denominator; // => 'denominator'
 * ```
 * @category Ratios
 */
export const ratioLabels: FieldLabels = Object.freeze({
  '': 'the ratio',
  numerator: 'numerator',
  denominator: 'denominator',
  value: 'value of the ratio',
});

/**
 * Reads an untrusted stored ratio.
 *
 * @param input - Anything.
 * @returns The typed ratio, or issues (`invalid_type`, `too_small` for a negative part,
 * `inconsistent_ratio` when `value` disagrees with its parts, `unrecognized_keys`, …).
 * @example
 * ```ts
 * parseRatio({ numerator: 1, denominator: 0, value: 0 });
 * // => { success: false, issues: [{ code: 'inconsistent_ratio', path: ['value'], … }] }
 * ```
 * @category Ratios
 */
export const parseRatio = createParser(RatioSchema, { labels: { '': 'the ratio' } });

// Control characters (C0, DEL, C1) other than tab, line feed and carriage return.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to find them
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

// Characters that are invisible or reorder the text around them: bidirectional marks,
// embeddings, overrides and isolates (U+061C, U+200E–U+200F, U+202A–U+202E, U+2066–U+2069),
// zero-width spaces and joiners (U+200B–U+200D, U+2060–U+2064) and the byte-order mark. An
// id is a machine key shown to people: one that looks like another ("Trojan Source") is
// refused. Free text keeps them: a person's words in Arabic or Urdu need their marks.
const INVISIBLE = /[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;

/** Reports text that is too long or blank; says whether it passed both checks. */
function lengthAndBlankOk(value: string, ctx: z.core.$RefinementCtx<string>, max: number): boolean {
  if (value.length > max) {
    ctx.addIssue({
      code: 'too_big',
      origin: 'string',
      maximum: max,
      inclusive: true,
      input: value,
      message: `Must be at most ${max} characters long.`,
    });
    return false;
  }
  if (value.trim() === '') {
    ctx.addIssue({
      code: 'custom',
      input: value,
      params: { code: 'blank' },
      message: 'Must not be blank.',
    });
    return false;
  }
  return true;
}

/**
 * An identifier chosen by the host (a database key, a UUID, an NHS-style reference). Values
 * of this type come from {@link IdSchema}.
 *
 * @example
 * ```ts
 * const personId: Id = 'person-0042';
 * ```
 * @category Core
 */
export type Id = string;

/**
 * The zod schema of an {@link Id}: 1–200 characters, no leading or trailing white space,
 * no line breaks, control characters or invisible characters (bidirectional controls such as
 * U+202E, zero-width spaces and joiners, the byte-order mark), so that an id cannot look like
 * another.
 *
 * @remarks Bad ids give `blank` (empty or only spaces), `too_big`, or `invalid_id`.
 * @example
 * ```ts
 * IdSchema.safeParse('person-0042').success; // => true
 * IdSchema.safeParse(' person-0042').success; // => false
 * ```
 * @category Core
 */
export const IdSchema = z.string().superRefine((value, ctx) => {
  if (!lengthAndBlankOk(value, ctx, MAX_ID_LENGTH)) return;
  if (
    value.trim() !== value ||
    /[\r\n\t]/.test(value) ||
    CONTROL.test(value) ||
    INVISIBLE.test(value)
  ) {
    ctx.addIssue({
      code: 'custom',
      input: value,
      params: { code: 'invalid_id' },
      message:
        'Must not start or end with spaces or contain line breaks, control characters or invisible characters.',
    });
  }
}) as z.ZodType<Id, string>;

/**
 * Options for {@link textSchema}.
 *
 * @example
 * ```ts
 * const SummarySchema = textSchema({ max: 500 });
 * ```
 * @category Core
 */
export interface TextSchemaOptions {
  /** The most characters allowed. Default {@link MAX_TEXT_LENGTH}. */
  readonly max?: number;
}

/**
 * Makes the zod schema of a required free-text field: not blank, at most `max` characters,
 * no control characters other than tab and line breaks. The text is kept exactly as given —
 * a person's words are never trimmed or rewritten.
 *
 * @param options - `max`: the longest text allowed.
 * @returns The schema. Bad text gives `blank`, `too_big` or `invalid_text`.
 * @example
 * ```ts
 * const WordsSchema = textSchema({ max: 2000 });
 * WordsSchema.safeParse('I want to go to the art group on my own').success; // => true
 * WordsSchema.safeParse('   ').success; // => false
 * ```
 * @category Core
 */
export function textSchema(options: TextSchemaOptions = {}): z.ZodType<string, string> {
  const max = options.max ?? MAX_TEXT_LENGTH;
  return z.string().superRefine((value, ctx) => {
    if (!lengthAndBlankOk(value, ctx, max)) return;
    if (CONTROL.test(value)) {
      ctx.addIssue({
        code: 'custom',
        input: value,
        params: { code: 'invalid_text' },
        message: 'Must not contain control characters.',
      });
    }
  });
}
