import type * as z from 'zod';
import type { NoDetails } from '../findings.js';
import type { IssueCatalogue, IssueDefinition, IssueDetailsMap } from '../issues.js';
import { renderMessage } from '../messages.js';

/** The details argument for one issue code: optional when the code has none. */
type DetailsArgument<T> = NoDetails extends T ? [details?: T] : [details: T];

/**
 * Adds a custom issue with a stable code to a zod refinement, the way every schema in the
 * library reports its cross-field rules.
 *
 * The code and details go in `params`, where `toParseIssues` finds them; the message is
 * rendered from the definition so that callers using zod directly (a form library's zod
 * resolver, say) also see plain English. Pass the same catalogue to `createParser` so the
 * parser renders the message with the full path.
 */
export function reportIssue<D extends IssueDetailsMap, C extends keyof D & string>(
  ctx: z.core.$RefinementCtx<unknown>,
  catalogue: IssueCatalogue<D>,
  code: C,
  path: (string | number)[],
  ...[details]: DetailsArgument<D[C]>
): void {
  const definition = catalogue[code] as IssueDefinition;
  const params = { ...(details as object), code };
  ctx.addIssue({
    code: 'custom',
    path,
    input: undefined,
    params,
    message: renderMessage(definition.message, { ...params, path, message: '' }),
  });
}

/** A module's {@link reportIssue}, bound to its catalogue. */
export type IssueReporter<D extends IssueDetailsMap> = <C extends keyof D & string>(
  ctx: z.core.$RefinementCtx<unknown>,
  code: C,
  path: (string | number)[],
  ...details: DetailsArgument<D[C]>
) => void;

/** Binds {@link reportIssue} to a module's catalogue (one line in each schema file). */
export function issueReporter<D extends IssueDetailsMap>(
  catalogue: IssueCatalogue<D>,
): IssueReporter<D> {
  return (ctx, code, path, ...details) => reportIssue(ctx, catalogue, code, path, ...details);
}
