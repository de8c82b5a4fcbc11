import * as z from 'zod';

/**
 * The longest free text a record field accepts unless its schema says otherwise: 10,000
 * characters, a few pages — enough for a person's words or a review summary, small enough
 * that a pasted file is rejected rather than stored.
 *
 * @category Core
 */
export const MAX_TEXT_LENGTH = 10_000;

/**
 * The longest identifier accepted: 200 characters (UUIDs, URNs and composite host keys fit).
 *
 * @category Core
 */
export const MAX_ID_LENGTH = 200;

// Control characters (C0, DEL, C1) other than tab, line feed and carriage return.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to find them
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/**
 * An identifier chosen by the host (a database key, a UUID, an NHS-style reference). Values
 * of this type come from {@link IdSchema}.
 *
 * @category Core
 */
export type Id = string;

/**
 * The zod schema of an {@link Id}: 1–200 characters, no leading or trailing white space,
 * no line breaks or control characters.
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
  if (value.length > MAX_ID_LENGTH) {
    ctx.addIssue({
      code: 'too_big',
      origin: 'string',
      maximum: MAX_ID_LENGTH,
      inclusive: true,
      input: value,
      message: `Must be at most ${MAX_ID_LENGTH} characters long.`,
    });
  } else if (value.trim() === '') {
    ctx.addIssue({
      code: 'custom',
      input: value,
      params: { code: 'blank' },
      message: 'Must not be blank.',
    });
  } else if (value.trim() !== value || /[\r\n\t]/.test(value) || CONTROL.test(value)) {
    ctx.addIssue({
      code: 'custom',
      input: value,
      params: { code: 'invalid_id' },
      message: 'Must not start or end with spaces or contain line breaks or control characters.',
    });
  }
}) as z.ZodType<Id, string>;

/**
 * Options for {@link textSchema}.
 *
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
    if (value.length > max) {
      ctx.addIssue({
        code: 'too_big',
        origin: 'string',
        maximum: max,
        inclusive: true,
        input: value,
        message: `Must be at most ${max} characters long.`,
      });
    } else if (value.trim() === '') {
      ctx.addIssue({
        code: 'custom',
        input: value,
        params: { code: 'blank' },
        message: 'Must not be blank.',
      });
    } else if (CONTROL.test(value)) {
      ctx.addIssue({
        code: 'custom',
        input: value,
        params: { code: 'invalid_text' },
        message: 'Must not contain control characters.',
      });
    }
  });
}
