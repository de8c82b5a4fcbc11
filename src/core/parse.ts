import type * as z from 'zod';
import type { NoDetails } from './findings.js';
import {
  type CoreParseIssue,
  type IssueBase,
  type IssueCatalogue,
  type IssueDetailsMap,
  type ParseIssue,
  type ParseIssueOf,
  toParseIssues,
} from './issues.js';
import type { FieldLabels } from './messages.js';
import type { Result } from './result.js';

/**
 * A function that reads untrusted input against one schema, and never throws.
 *
 * @typeParam T - The parsed value's type.
 * @typeParam I - The issues it can report (a union typed per code).
 * @example
 * ```ts
 * const parseStart: Parser<IsoDate> = createParser(IsoDateSchema);
 * ```
 * @category Parsing
 */
export type Parser<T, I extends IssueBase = ParseIssue> = (input: unknown) => Result<T, I>;

/**
 * Options for {@link createParser}.
 *
 * @typeParam D - The details map of the schema's own issue codes.
 * @example
 * ```ts
 * const parse = createParser(schema, {
 *   issues: { range_reversed: { message: '{field} is before the start.', description: '…' } },
 * });
 * ```
 * @category Parsing
 */
export interface CreateParserOptions<D extends IssueDetailsMap = NoDetails> {
  /** Definitions of the schema's own issue codes (those raised with `params.code`). */
  readonly issues?: IssueCatalogue<D>;
  /**
   * What `{field}` says in the parser's messages, keyed by path (see {@link FieldLabels}).
   * A parser of one value names it here — `{ '': 'the date' }` — so that its messages say
   * "The date must be…" rather than "The record must be…". Without a label, a message names
   * the path. (To relabel issues a parser has already returned, use `localize`.)
   */
  readonly labels?: FieldLabels;
}

/**
 * Turns a zod schema into a `parseX(input: unknown)` function that never throws.
 *
 * @remarks
 * The parser runs `schema.safeParse` and converts zod's issues with {@link toParseIssues}, so
 * every issue has a stable `code`, a `path` and a plain-English `message`, typed per code.
 * Zod's global configuration is never touched. The input is read once; if reading it throws
 * (a getter or proxy that throws), the parser returns one `unreadable_input` issue instead of
 * throwing.
 * @typeParam S - The zod schema.
 * @typeParam D - The details map of the schema's own issue codes.
 * @param schema - Any zod schema.
 * @param options - The schema's own issue definitions, and the labels of its fields.
 * @returns The parser.
 * @example
 * ```ts
 * const parseScore = createParser(z.number().int().min(1).max(5));
 * parseScore(7); // => { success: false, issues: [{ code: 'too_big', maximum: 5, … }] }
 * ```
 * @category Parsing
 */
export function createParser<S extends z.ZodType, D extends IssueDetailsMap = NoDetails>(
  schema: S,
  options: CreateParserOptions<D> = {},
): Parser<z.output<S>, CoreParseIssue | ParseIssueOf<D>> {
  const catalogue = options.issues ?? {};
  const how = options.labels === undefined ? {} : { labels: options.labels };
  type Issue = CoreParseIssue | ParseIssueOf<D>;
  return (input: unknown) => {
    // Everything that can touch the input is inside the guard: zod's parse, reading its lazy
    // `error`, and turning its issues into ours. The input is read once, by zod: the issues
    // carry what was found (`reportInput`), so nothing goes back to a getter or proxy.
    try {
      const parsed = schema.safeParse(input, { reportInput: true });
      if (parsed.success) return { success: true, data: parsed.data as z.output<S> };
      return {
        success: false,
        issues: toParseIssues(parsed.error.issues, undefined, catalogue, how) as Issue[],
      };
    } catch {
      return {
        success: false,
        issues: toParseIssues(
          [
            {
              code: 'custom',
              path: [],
              message: '',
              input: undefined,
              params: { code: 'unreadable_input' },
            },
          ],
          undefined,
          catalogue,
          how,
        ) as Issue[],
      };
    }
  };
}
