import type * as z from 'zod';
import type { IssueDefinition } from '../core/index.js';
import { deepFreeze, reportIssue } from '../core/internal/index.js';

/**
 * A parse issue code that restriction records add to the core codes.
 *
 * @example
 * ```ts
 * const code: RestrictionIssueCode = 'end_before_start';
 * ```
 * @category Restrictions
 */
export type RestrictionIssueCode =
  | 'end_before_start'
  | 'review_before_start'
  | 'next_review_before_start'
  | 'use_before_start'
  | 'blanket_scope_mismatch'
  | 'decided_before_requested'
  | 'authorisation_ends_before_start'
  | 'extension_not_urgent'
  | 'extension_not_after_expiry';

const issueDefinitions = deepFreeze({
  end_before_start: {
    message: '{field} is before the restriction started ({start}).',
    description: 'An end date earlier than the start date.',
  },
  review_before_start: {
    message: '{field} is a review dated before the restriction started ({start}).',
    description: 'A review dated before the restriction started.',
  },
  next_review_before_start: {
    message: '{field} is before the restriction started ({start}).',
    description: 'A next review date earlier than the start date.',
  },
  use_before_start: {
    message: '{field} records a use before the restriction started ({start}).',
    description: 'A use of the restriction dated (in UK time) before it started.',
  },
  blanket_scope_mismatch: {
    message: '{field} must be "blanket" when the restriction applies to a whole setting.',
    description:
      'A restriction whose scope is a whole setting but whose type is not `blanket`, or the other way round.',
  },
  decided_before_requested: {
    message: '{field} is before the day the authorisation was requested.',
    description: 'An authorisation decided (`decidedOn`) before it was requested (`requestedOn`).',
  },
  authorisation_ends_before_start: {
    message: '{field} is before the day the authorisation came into force.',
    description:
      'An authorisation whose `expiresOn`, `extendedTo` or `endedOn` is before its `startsOn`.',
  },
  extension_not_urgent: {
    message: '{field} is an extension, and only an urgent authorisation can be extended.',
    description:
      'An `extendedTo` date on an authorisation that is not `dols-urgent` (Mental Capacity Act 2005 Schedule A1, paragraph 84: the supervisory body may extend an urgent authorisation once).',
  },
  extension_not_after_expiry: {
    message: '{field} must be after the day the urgent authorisation would have expired.',
    description: 'An `extendedTo` date on or before the authorisation’s own `expiresOn`.',
  },
} satisfies Record<RestrictionIssueCode, IssueDefinition>);

/**
 * The parse issue codes restriction records add, with their messages.
 *
 * @example
 * ```ts
 * restrictionIssueCatalogue.end_before_start.description;
 * ```
 * @category Restrictions
 */
export const restrictionIssueCatalogue: Readonly<Record<RestrictionIssueCode, IssueDefinition>> =
  issueDefinitions;

/** Reports a restriction parse issue from a zod refinement. */
export const issue = (
  ctx: z.core.$RefinementCtx<unknown>,
  code: RestrictionIssueCode,
  path: (string | number)[],
  details: Record<string, unknown>,
): void => reportIssue(ctx, issueDefinitions, code, path, details);
