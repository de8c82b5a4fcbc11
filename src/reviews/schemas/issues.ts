import type { IssueCatalogue } from '../../core/index.js';
import { deepFreeze } from '../../core/internal/index.js';
import { type ActionIssueDetails, actionIssueCatalogue } from './action.js';
import { type LifeEventIssueDetails, lifeEventIssues } from './life-event.js';
import { type ReviewRecordIssueDetails, reviewRecordIssues } from './review.js';
import { type ReviewScheduleIssueDetails, reviewScheduleIssues } from './schedule.js';
import { type SupportPlanIssueDetails, supportPlanIssues } from './support-plan.js';

/**
 * The details each parse issue of review records carries, by code (the fields beyond
 * `code`, `path` and `message`).
 *
 * - `completed_on_without_done` / `done_without_completed_on`: an action's completed date
 *   goes with status `done`, and a done action needs one.
 * - `action_due_before_agreed` / `action_done_before_agreed`: an action agreed at a review is
 *   not due, or done, before it (`agreedOn`, the review's day). Evidence-chain action links
 *   report the same codes (see {@link ActionIssueDetails}).
 * - `duplicate_id`: two actions, decisions or outcome entries of one review share an `id`.
 * - `plan_end_before_start`: a plan that ends before it starts (`start`).
 * - `other_person_record`: a plan holds an outcome, event or review about someone else
 *   (`personId`, the plan's person).
 * - `first_review_window_reversed`: a schedule's first-review window opens after it closes
 *   (`by`).
 * - `unknown_event_kind`: a life event kind that is neither built in nor a `host:` kind.
 *
 * @example
 * ```ts
 * const details: ReviewIssueDetails['duplicate_id'] = { id: 'act-1' };
 * ```
 * @category Reviews
 */
export interface ReviewIssueDetails
  extends ActionIssueDetails,
    ReviewRecordIssueDetails,
    SupportPlanIssueDetails,
    ReviewScheduleIssueDetails,
    LifeEventIssueDetails {}

/**
 * A parse issue code that review records add to the core codes.
 *
 * @example
 * ```ts
 * const code: ReviewIssueCode = 'done_without_completed_on';
 * ```
 * @category Reviews
 */
export type ReviewIssueCode = keyof ReviewIssueDetails;

/**
 * The parse issue codes review records add, with their messages (see
 * {@link ReviewIssueDetails} for what each means and carries).
 *
 * @example
 * ```ts
 * reviewIssueCatalogue.done_without_completed_on.description;
 * ```
 * @category Reviews
 */
export const reviewIssueCatalogue: IssueCatalogue<ReviewIssueDetails> = /* @__PURE__ */ deepFreeze({
  ...actionIssueCatalogue,
  ...reviewRecordIssues,
  ...supportPlanIssues,
  ...reviewScheduleIssues,
  ...lifeEventIssues,
});
