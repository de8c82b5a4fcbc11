import type * as z from 'zod';
import { type IssueDefinition, type ParseIssue, toParseIssues } from './issues.js';
import type { Result } from './result.js';

/**
 * A function that reads untrusted input against one schema.
 *
 * @example
 * ```ts
 * const parseStart: Parser<IsoDate> = createParser(IsoDateSchema);
 * ```
 * @category Parsing
 */
export type Parser<T> = (input: unknown) => Result<T, ParseIssue>;

/**
 * Options for {@link createParser}.
 *
 * @example
 * ```ts
 * const parse = createParser(schema, {
 *   issues: { range_reversed: { message: '{field} is before the start.', description: '…' } },
 * });
 * ```
 * @category Parsing
 */
export interface CreateParserOptions {
  /** Definitions of the schema's own issue codes (those raised with `params.code`). */
  readonly issues?: Readonly<Record<string, IssueDefinition>>;
}

/**
 * Turns a zod schema into a `parseX(input: unknown)` function that never throws.
 *
 * @remarks
 * The parser runs `schema.safeParse` and converts zod's issues with {@link toParseIssues}, so
 * every issue has a stable `code`, a `path` and a plain-English `message`. Zod's global
 * configuration is never touched. If reading the input throws (a getter or proxy that
 * throws), the parser returns one `unreadable_input` issue instead of throwing.
 * @param schema - Any zod schema.
 * @param options - The schema's own issue definitions.
 * @returns The parser.
 * @example
 * ```ts
 * const parseScore = createParser(z.number().int().min(1).max(5));
 * parseScore(7); // => { success: false, issues: [{ code: 'too_big', maximum: 5, … }] }
 * ```
 * @category Parsing
 */
export function createParser<S extends z.ZodType>(
  schema: S,
  options: CreateParserOptions = {},
): Parser<z.output<S>> {
  const catalogue = options.issues ?? {};
  return (input: unknown) => {
    let parsed: ReturnType<S['safeParse']>;
    try {
      parsed = schema.safeParse(input) as ReturnType<S['safeParse']>;
    } catch {
      return {
        success: false,
        issues: toParseIssues(
          [{ code: 'custom', path: [], message: '', input, params: { code: 'unreadable_input' } }],
          input,
          catalogue,
        ),
      };
    }
    if (parsed.success) return { success: true, data: parsed.data as z.output<S> };
    return { success: false, issues: toParseIssues(parsed.error.issues, input, catalogue) };
  };
}
