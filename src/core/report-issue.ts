import type * as z from 'zod';
import type { IssueDefinition } from './issues.js';
import { renderMessage } from './messages.js';

/**
 * Adds a custom issue with a stable code to a zod refinement, the way every schema in the
 * library reports its cross-field rules.
 *
 * @remarks The code and details go in `params`, where {@link toParseIssues} finds them; the
 * message is rendered from the definition so that callers using zod directly (a form
 * library's zod resolver, say) also see plain English. Pass the same definitions to
 * `createParser` so the parser renders the message with the full path.
 * @param ctx - The refinement context from `superRefine`.
 * @param definitions - The module's issue definitions.
 * @param code - The code to report.
 * @param path - Where, relative to the refined schema.
 * @param details - Values for the message and the host.
 * @returns Nothing: the issue is added to `ctx`.
 * @example
 * ```ts
 * Schema.superRefine((value, ctx) => {
 *   if (value.end < value.start) reportIssue(ctx, issues, 'end_before_start', ['end'], { start: value.start });
 * });
 * ```
 * @category Parsing
 */
export function reportIssue<C extends string>(
  ctx: z.core.$RefinementCtx<unknown>,
  definitions: Readonly<Record<C, IssueDefinition>>,
  code: C,
  path: (string | number)[],
  details: Readonly<Record<string, unknown>> = {},
): void {
  ctx.addIssue({
    code: 'custom',
    path,
    input: undefined,
    params: { ...details, code },
    message: renderMessage(definitions[code].message, { ...details, code, path, message: '' }),
  });
}
