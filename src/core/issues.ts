import type * as z from 'zod';
import type { NoDetails } from './findings.js';
import { deepFreeze } from './internal/freeze.js';
import { unexpected } from './internal/guard.js';
import { requireList, requireRecord } from './internal/require.js';
import {
  type FieldLabels,
  fieldLabel,
  labelFor,
  type MessageSubject,
  type MessageTemplate,
  renderMessage,
  subjectLabel,
} from './messages.js';
import type { Path } from './paths.js';

/**
 * The codes of the problems the core parsers report. Domain modules add their own codes
 * (for example `review_by_not_after_start`); see each module's issue catalogue.
 *
 * - `required`: a required field is missing.
 * - `invalid_type`: a value of the wrong kind (`expected`, `received`).
 * - `too_small` / `too_big`: below `minimum` / above `maximum` (`origin` says whether the
 *   bound is a length, a count of items or a number; `inclusive` whether it is allowed).
 * - `invalid_format`: text not in the expected `format`.
 * - `invalid_value`: not one of the allowed `values`.
 * - `unrecognized_keys`: fields the record does not have (`keys`); they are never dropped
 *   silently.
 * - `invalid_union`: matches none of the allowed shapes.
 * - `invalid_key` / `invalid_element`: a bad key or entry in a map-like field.
 * - `not_multiple_of`: not a multiple of `divisor`.
 * - `invalid_date`: a well-formed date that does not exist on the calendar (`2026-02-30`).
 * - `blank`: required text that is empty or only white space.
 * - `invalid_id`: an identifier with surrounding spaces, line breaks, control characters or
 *   invisible characters (bidirectional controls, zero-width spaces).
 * - `invalid_text`: free text with control characters.
 * - `inconsistent_ratio`: a stored ratio whose `value` is not `numerator / denominator`
 *   (`expected` gives the right value).
 * - `unreadable_input`: the input could not be read at all (a getter that throws, a proxy).
 * - `invalid`: any other check that failed.
 *
 * @example
 * ```ts
 * function hint(issue: ParseIssue): string {
 *   switch (issue.code) {
 *     case 'required': return 'Please fill this in.';
 *     case 'invalid_date': return 'Please pick a real day.';
 *     default: return issue.message;
 *   }
 * }
 * ```
 * @category Parsing
 */
export type CoreParseIssueCode =
  | 'required'
  | 'invalid_type'
  | 'too_small'
  | 'too_big'
  | 'invalid_format'
  | 'invalid_value'
  | 'unrecognized_keys'
  | 'invalid_union'
  | 'invalid_key'
  | 'invalid_element'
  | 'not_multiple_of'
  | 'invalid_date'
  | 'blank'
  | 'invalid_id'
  | 'invalid_text'
  | 'inconsistent_ratio'
  | 'unreadable_input'
  | 'invalid';

/**
 * One problem found while parsing untrusted input.
 *
 * @remarks The fields after `message` are present only for the codes that use them. Input
 * values are never copied into an issue, so issues are safe to log.
 * @example
 * ```ts
 * // { code: 'too_big', path: ['score'], message: '"score" must be at most 5.',
 * //   origin: 'number', maximum: 5, inclusive: true }
 * ```
 * @category Parsing
 */
export interface ParseIssue extends MessageSubject {
  /** A {@link CoreParseIssueCode} or a code from a domain module's issue catalogue. */
  readonly code: CoreParseIssueCode | (string & {});
  /** Where the problem is, from the root of the input. */
  readonly path: Path;
  /** A plain-English sentence (rewrite it with `localize`). */
  readonly message: string;
  /** The field's label, when the issue was made or localized with labels (see `FieldLabels`). */
  readonly field?: string;
  /**
   * For `invalid_type`: the kind of value wanted (`string`, `number`, `int`, `object`, …); for
   * `inconsistent_ratio`: the right value.
   */
  readonly expected?: string | number | null;
  /** For `invalid_type`: the kind of value found. */
  readonly received?: string;
  /** For `too_small` / `too_big`: what was measured (`string`, `number`, `array`, …). */
  readonly origin?: string;
  /** For `too_small`: the lower bound. */
  readonly minimum?: number;
  /** For `too_big`: the upper bound. */
  readonly maximum?: number;
  /** For `too_small` / `too_big`: whether the bound itself is allowed. */
  readonly inclusive?: boolean;
  /** For `invalid_format`: the format wanted. */
  readonly format?: string;
  /** For `invalid_value`: the allowed values. */
  readonly values?: readonly (string | number | boolean | null)[];
  /** For `unrecognized_keys`: the unexpected field names. */
  readonly keys?: readonly string[];
  /** For `not_multiple_of`: the divisor. */
  readonly divisor?: number;
}

/**
 * How a code is explained: its default English message and a description for developers.
 *
 * @typeParam T - The issue or finding the message template is written for.
 * @example
 * ```ts
 * const definition: IssueDefinition = {
 *   message: '{field} must not be before the start date.',
 *   description: 'A review-by date earlier than the start date.',
 * };
 * ```
 * @category Messages
 */
export interface IssueDefinition<T extends MessageSubject = MessageSubject> {
  /** The default English message. */
  readonly message: MessageTemplate<T>;
  /** When this code is reported and what to do about it. */
  readonly description: string;
}

/**
 * The details each parse issue code carries, keyed by code (the counterpart of
 * {@link FindingDetailsMap} for parse issues).
 *
 * @example
 * ```ts
 * interface MyIssueDetails {
 *   end_before_start: { readonly start: string };
 * }
 * const ok: IssueDetailsMap = {} as MyIssueDetails;
 * ```
 * @category Parsing
 */
export type IssueDetailsMap = object;

/**
 * What every parse issue has, whatever its code.
 *
 * @typeParam C - The code.
 * @example
 * ```ts
 * const base: IssueBase<'required'> = { code: 'required', path: ['words'], message: '"words" is required.' };
 * ```
 * @category Parsing
 */
export interface IssueBase<C extends string = string> extends MessageSubject {
  /** The stable snake_case code. */
  readonly code: C;
  /** Where the problem is, from the root of the input. */
  readonly path: Path;
  /** A plain-English sentence (rewrite it with `localize`). */
  readonly message: string;
  /** The field's label, when the issue was made or localized with labels (see `FieldLabels`). */
  readonly field?: string;
}

/**
 * The parse issue type for a details map: one member per code with that code's details, so
 * that `switch (issue.code)` narrows them.
 *
 * @typeParam D - The details map.
 * @example
 * ```ts
 * type DateIssue = ParseIssueOf<{ end_before_start: { start: string } }>;
 * const show = (i: DateIssue) => i.start;
 * ```
 * @category Parsing
 */
export type ParseIssueOf<D extends IssueDetailsMap> = {
  [C in keyof D & string]: IssueBase<C> & Readonly<D[C]>;
}[keyof D & string];

/**
 * A module's parse issue catalogue: one {@link IssueDefinition} per code of its details map.
 *
 * @typeParam D - The details map.
 * @example
 * ```ts
 * const catalogue: IssueCatalogue<{ end_before_start: { start: string } }> = {
 *   end_before_start: { message: '{field} is before {start}.', description: 'An end before the start.' },
 * };
 * ```
 * @category Parsing
 */
export type IssueCatalogue<D extends IssueDetailsMap> = {
  readonly [C in keyof D & string]: IssueDefinition<IssueBase<C> & Readonly<D[C]>>;
};

/**
 * The details of each core parse issue code (see {@link CoreParseIssueCode}).
 *
 * @example
 * ```ts
 * const details: CoreIssueDetails['too_big'] = { origin: 'number', maximum: 5, inclusive: true };
 * ```
 * @category Parsing
 */
export interface CoreIssueDetails {
  /** A required field is missing. */
  readonly required: NoDetails;
  /** A value of the wrong kind. */
  readonly invalid_type: {
    /** The kind wanted (`string`, `number`, `int`, `object`, …). */
    readonly expected: string;
    /** The kind found. */
    readonly received: string;
  };
  /** Below a lower bound. */
  readonly too_small: {
    /** What was measured (`string`, `number`, `array`, …). */
    readonly origin: string;
    /** The lower bound. */
    readonly minimum: number;
    /** Whether the bound itself is allowed. */
    readonly inclusive: boolean;
  };
  /** Above an upper bound. */
  readonly too_big: {
    /** What was measured (`string`, `number`, `array`, …). */
    readonly origin: string;
    /** The upper bound. */
    readonly maximum: number;
    /** Whether the bound itself is allowed. */
    readonly inclusive: boolean;
  };
  /** Text not in the expected format. */
  readonly invalid_format: {
    /** The format wanted. */
    readonly format: string;
  };
  /** Not one of the allowed values. */
  readonly invalid_value: {
    /** The allowed values. */
    readonly values: readonly (string | number | boolean | null)[];
  };
  /** Fields the record does not have. */
  readonly unrecognized_keys: {
    /** The unexpected field names. */
    readonly keys: readonly string[];
  };
  /** Matches none of the allowed shapes. */
  readonly invalid_union: NoDetails;
  /** A bad key in a map-like field. */
  readonly invalid_key: NoDetails;
  /** A bad entry in a map-like field. */
  readonly invalid_element: NoDetails;
  /** Not a multiple of a step. */
  readonly not_multiple_of: {
    /** The step. */
    readonly divisor: number;
  };
  /** A well-formed date that is not on the calendar. */
  readonly invalid_date: {
    /** `datetime` when the value is a date and time (`IsoDateTime`); absent for a date. */
    readonly format?: 'datetime';
  };
  /** Required text that is empty or white space. */
  readonly blank: NoDetails;
  /** An identifier with surrounding spaces or control characters. */
  readonly invalid_id: NoDetails;
  /** Free text with control characters. */
  readonly invalid_text: NoDetails;
  /** A stored ratio whose value is not numerator ÷ denominator. */
  readonly inconsistent_ratio: {
    /** The right value (`null` when the denominator is 0). */
    readonly expected: number | null;
  };
  /** The input could not be read. */
  readonly unreadable_input: NoDetails;
  /** Any other failed check. */
  readonly invalid: NoDetails;
}

/**
 * A parse issue with a core code, typed per code: `switch (issue.code)` narrows its details.
 *
 * @example
 * ```ts
 * function hint(issue: CoreParseIssue): string {
 *   return issue.code === 'too_big' ? `at most ${issue.maximum}` : issue.message;
 * }
 * ```
 * @category Parsing
 */
export type CoreParseIssue = ParseIssueOf<CoreIssueDetails>;

const KIND_WORDS: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  bigint: 'a whole number',
  boolean: 'true or false',
  object: 'a group of fields',
  array: 'a list',
  date: 'a date',
  null: 'empty (null)',
  nan: 'not a number (NaN)',
  function: 'a function',
  symbol: 'a symbol',
  undefined: 'missing',
};

function kind(word: unknown): string {
  return typeof word === 'string' && Object.hasOwn(KIND_WORDS, word)
    ? (KIND_WORDS[word] as string)
    : String(word);
}

// A list in a message is given whole up to this many items; a longer one is counted.
const MAX_LISTED = 12;
const MAX_KEY_SHOWN = 40;

/** A field name from the input; a very long one is described by its length, never cut. */
function shownKey(key: string): string {
  return key.length <= MAX_KEY_SHOWN ? key : `a name of ${key.length} characters`;
}

function bound(item: MessageSubject, which: 'minimum' | 'maximum'): string {
  const limit = String(item[which]);
  const inclusive = item.inclusive !== false;
  const least = which === 'minimum';
  switch (item.origin) {
    case 'string':
      if (least && limit === '1') return `${subjectLabel(item)} must not be empty.`;
      return `${subjectLabel(item)} must be ${least ? 'at least' : 'at most'} ${limit} characters long.`;
    case 'array':
    case 'set':
      return `${subjectLabel(item)} must have ${least ? 'at least' : 'at most'} ${limit} item${limit === '1' ? '' : 's'}.`;
    default:
      if (inclusive)
        return `${subjectLabel(item)} must be ${least ? 'at least' : 'at most'} ${limit}.`;
      return `${subjectLabel(item)} must be ${least ? 'more' : 'less'} than ${limit}.`;
  }
}

/**
 * The default English messages and descriptions of the {@link CoreParseIssueCode}s.
 *
 * @example
 * ```ts
 * parseIssueCatalogue.invalid_date.description;
 * ```
 * @category Messages
 */
export const parseIssueCatalogue: IssueCatalogue<CoreIssueDetails> = /* @__PURE__ */ deepFreeze({
  required: {
    message: '{field} is required.',
    description: 'A required field is missing (or undefined).',
  },
  invalid_type: {
    message: (item) =>
      `${subjectLabel(item)} must be ${kind(item.expected)}, but it is ${kind(item.received)}.`,
    description: 'The value is of the wrong kind, for example a number where text is wanted.',
  },
  too_small: {
    message: (item) => bound(item, 'minimum'),
    description: 'Text is too short, a list has too few items, or a number is below its minimum.',
  },
  too_big: {
    message: (item) => bound(item, 'maximum'),
    description: 'Text is too long, a list has too many items, or a number is above its maximum.',
  },
  invalid_format: {
    message: (item) => {
      const field = subjectLabel(item);
      if (item.format === 'date') return `${field} must be a date written as YYYY-MM-DD.`;
      if (item.format === 'datetime') {
        return `${field} must be a date and time with an offset, like 2026-03-14T09:30:00Z.`;
      }
      return `${field} is not in the expected format (${String(item.format)}).`;
    },
    description: 'Text does not follow the required pattern, such as YYYY-MM-DD for a date.',
  },
  invalid_value: {
    message: (item) => {
      const values = Array.isArray(item.values) ? item.values : [];
      return values.length <= MAX_LISTED
        ? `${subjectLabel(item)} must be one of: ${values.map(String).join(', ')}.`
        : `${subjectLabel(item)} must be one of the ${values.length} allowed values.`;
    },
    description: 'The value is not one of the allowed options.',
  },
  unrecognized_keys: {
    message: (item) => {
      const keys = Array.isArray(item.keys) ? item.keys.map(String) : [];
      const named = keys.slice(0, MAX_LISTED).map(shownKey).join(', ');
      const more = keys.length > MAX_LISTED ? ` and ${keys.length - MAX_LISTED} more` : '';
      return `${subjectLabel(item)} has fields that are not part of this record: ${named}${more}.`;
    },
    description:
      'The input has fields the schema does not define. They are reported rather than dropped so that no data is lost without notice.',
  },
  invalid_union: {
    message: '{field} does not match any of the allowed shapes.',
    description: 'The value fits none of the alternatives allowed at this place.',
  },
  invalid_key: {
    message: '{field} has a key that is not allowed.',
    description: 'A key in a map-like field is not valid.',
  },
  invalid_element: {
    message: '{field} has an entry that is not valid.',
    description: 'An entry in a map-like or set-like field is not valid.',
  },
  not_multiple_of: {
    message: '{field} must be a multiple of {divisor}.',
    description: 'The number must be a multiple of a given step.',
  },
  invalid_date: {
    message: (item) =>
      item.format === 'datetime'
        ? `${subjectLabel(item)} must be a real calendar date and time, like 2026-03-14T09:30:00Z.`
        : `${subjectLabel(item)} must be a real calendar date written as YYYY-MM-DD (for example 2026-03-14).`,
    description:
      'The text looks like a date but is not one on the calendar (such as 2026-02-30), or the year is outside 0001–9999.',
  },
  blank: {
    message: '{field} must not be blank.',
    description: 'Required text is empty or contains only spaces.',
  },
  invalid_id: {
    message:
      '{field} must be an identifier without surrounding spaces, line breaks, control characters or invisible characters.',
    description:
      'An id has leading or trailing white space, a line break, a control character or an invisible character (a bidirectional control such as U+202E, a zero-width space or joiner, a byte-order mark).',
  },
  invalid_text: {
    message: '{field} contains control characters that cannot be stored as text.',
    description: 'Free text contains control characters other than tabs and line breaks.',
  },
  inconsistent_ratio: {
    message: '{field} must equal numerator ÷ denominator ({expected}).',
    description:
      'A stored ratio whose value disagrees with its numerator and denominator; the value must be null exactly when the denominator is 0.',
  },
  unreadable_input: {
    message: '{field} could not be read.',
    description:
      'Reading the input threw an error (a getter or proxy that throws). Pass plain data.',
  },
  invalid: {
    message: '{field} is not valid.',
    description: 'A check failed that has no more specific code.',
  },
});

type ZodIssue = z.core.$ZodIssue;

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

function valueAt(input: unknown, path: Path): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    const k = String(key);
    if (!Object.hasOwn(current, k)) return undefined;
    current = (current as Record<string, unknown>)[k];
  }
  return current;
}

/**
 * The value an issue is about: what zod reported (`reportInput`, as {@link createParser}
 * asks), or else the value found at the issue's path in the input. Reading a hostile input
 * here must never throw: an unreadable value counts as missing.
 */
function foundValue(issue: ZodIssue, input: unknown, path: Path): unknown {
  if (Object.hasOwn(issue, 'input')) return (issue as { input?: unknown }).input;
  try {
    return valueAt(input, path);
  } catch {
    return undefined;
  }
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && Number.isNaN(value)) return 'nan';
  if (value instanceof Date) return 'date';
  return typeof value;
}

function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  return undefined;
}

function primitives(values: readonly unknown[]): (string | number | boolean | null)[] {
  return values.map((v) =>
    typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v === null
      ? v
      : String(v),
  );
}

function details(issue: ZodIssue, input: unknown, path: Path): Record<string, unknown> {
  switch (issue.code) {
    case 'invalid_type': {
      const value = foundValue(issue, input, path);
      if (value === undefined) return { code: 'required' };
      return { code: 'invalid_type', expected: issue.expected, received: kindOf(value) };
    }
    case 'too_small':
      return {
        code: 'too_small',
        origin: issue.origin,
        minimum: toNumber(issue.minimum),
        inclusive: issue.inclusive !== false,
      };
    case 'too_big':
      return {
        code: 'too_big',
        origin: issue.origin,
        maximum: toNumber(issue.maximum),
        inclusive: issue.inclusive !== false,
      };
    case 'invalid_format':
      return { code: 'invalid_format', format: issue.format };
    case 'invalid_value':
      // A missing field is "required", whatever kind of value it would have had.
      if (foundValue(issue, input, path) === undefined) return { code: 'required' };
      return { code: 'invalid_value', values: primitives(issue.values) };
    case 'unrecognized_keys':
      return { code: 'unrecognized_keys', keys: [...issue.keys] };
    case 'not_multiple_of':
      return { code: 'not_multiple_of', divisor: toNumber(issue.divisor) };
    case 'invalid_union':
      if (foundValue(issue, input, path) === undefined) return { code: 'required' };
      return { code: issue.code };
    case 'invalid_key':
    case 'invalid_element':
      return { code: issue.code };
    default: {
      const params = (issue as { params?: Record<string, unknown> }).params ?? {};
      const code = typeof params.code === 'string' ? params.code : 'invalid';
      return { ...params, code };
    }
  }
}

/**
 * Options for {@link toParseIssues}.
 *
 * @example
 * ```ts
 * toParseIssues(zodIssues, input, outcomeIssueCatalogue, { labels: outcomeLabels });
 * ```
 * @category Parsing
 */
export interface ToParseIssuesOptions {
  /**
   * What `{field}` says in each message, keyed by path (see `FieldLabels`). An issue whose
   * path has a label keeps it as `field`. Without a label a message names the path.
   */
  readonly labels?: FieldLabels;
}

/**
 * Turns zod's issues into {@link ParseIssue}s with stable codes and plain-English messages.
 *
 * @remarks
 * Used by `createParser`; exported for hosts that run a schema with zod themselves.
 * A custom zod issue takes its code from `params.code` (schemas in this library set it) and
 * its other `params` become details. The message comes from `catalogue`, then from
 * {@link parseIssueCatalogue}, then from zod.
 * @param issues - zod's issues, from `safeParse(...).error.issues`.
 * @param input - The input that was parsed (used to tell a missing field from a wrong one).
 * @param catalogue - Definitions for a module's own codes.
 * @param options - `labels`: what `{field}` says for each path.
 * @returns One issue per zod issue, in zod's order.
 * @example
 * ```ts
 * const r = IsoDateSchema.safeParse(7);
 * if (!r.success) toParseIssues(r.error.issues, 7)[0]?.code; // => 'invalid_type'
 * ```
 * @category Parsing
 */
export function toParseIssues(
  issues: readonly ZodIssue[],
  input: unknown,
  catalogue: Readonly<Record<string, IssueDefinition>> = {},
  options: ToParseIssuesOptions = {},
): ParseIssue[] {
  requireList('toParseIssues', 'issues', issues);
  requireRecord('toParseIssues', 'catalogue', catalogue);
  requireRecord('toParseIssues', 'options', options);
  try {
    return convertIssues(issues, input, catalogue, options);
  } catch (error) {
    throw unexpected('toParseIssues', error);
  }
}

function convertIssues(
  issues: readonly ZodIssue[],
  input: unknown,
  catalogue: Readonly<Record<string, IssueDefinition>>,
  options: ToParseIssuesOptions,
): ParseIssue[] {
  const labels = options.labels;
  return issues.map((issue) => {
    const path: Path = Object.freeze(
      issue.path.map((k) => (typeof k === 'symbol' ? String(k) : k)),
    );
    const extra = details(issue, input, path);
    const code = extra.code as string;
    const label = labels === undefined ? undefined : labelFor(path, labels);
    const base = {
      ...extra,
      code,
      path,
      message: '',
      ...(label === undefined ? {} : { field: label }),
    };
    const definition = Object.hasOwn(catalogue, code)
      ? catalogue[code]
      : Object.hasOwn(parseIssueCatalogue, code)
        ? parseIssueCatalogue[code as CoreParseIssueCode]
        : undefined;
    const message =
      definition === undefined
        ? capitalised(
            `${path.length === 0 ? '' : `${label ?? fieldLabel(path)}: `}${issue.message}`,
          )
        : renderMessage(definition.message, base);
    return Object.freeze({ ...base, message }) as ParseIssue;
  });
}
