import type { IsoDate } from '../../core/index.js';
import type { Rule } from '../../core/internal/index.js';
import type { Outcome } from '../../outcomes/index.js';
import type { ReviewQualityCheck, ReviewQualityContext } from '../check-review-quality.js';
import type { ReviewFindingDetails } from '../findings.js';
import type { LifeEvent, Review } from '../schemas/index.js';

/** What every review-quality rule reads: the review, what is known around it, built once. */
export interface ReviewRuleContext {
  readonly review: Review;
  /** What the host passed (outcomes, events, feedback, wishes, policy). */
  readonly given: ReviewQualityContext;
  /** The previous review of the same person, held before this one, if given. */
  readonly previous: Review | undefined;
  /** Whether a day falls since the last review: on or after it, and before this review. */
  readonly since: (on: IsoDate) => boolean;
  /** The review's outcome entries. */
  readonly entries: NonNullable<Review['outcomes']>;
  /** The ids of the outcomes the review looked at. */
  readonly reviewedIds: ReadonlySet<string>;
  /** The person's outcomes (others' are left out). */
  readonly outcomes: readonly Outcome[];
  /** The person's open outcomes that had started by the review: each should be looked at. */
  readonly expected: readonly Outcome[];
  /** The review agreed an action, or a decision that changes the plan. */
  readonly planChanged: boolean;
  /** Whether an event about the person is significant under the policy. */
  readonly significant: (event: LifeEvent) => boolean;
  /** The person's events (others' are left out), each id once, oldest first. */
  readonly events: readonly LifeEvent[];
  /** Events this review or the previous one lists as discussed. */
  readonly discussed: ReadonlySet<string>;
}

/**
 * A rule of {@link checkReviewQuality}: its `group` is the governance check it belongs to,
 * so the checks, their states and the governance metric all come from the one table.
 */
export interface ReviewQualityRule
  extends Rule<ReviewRuleContext, ReviewFindingDetails, ReviewQualityCheck> {
  readonly group: ReviewQualityCheck;
}

/** For the rules about outcomes: the review looked at some, or some were expected. */
export const hasOutcomes = (ctx: ReviewRuleContext): boolean =>
  ctx.entries.length > 0 || ctx.expected.length > 0;
