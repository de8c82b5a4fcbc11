// The default plain-English labels of every record's fields (see `FieldLabels`), gathered
// for the main entry point. Each module keeps its own in `labels.ts`; the records that hold
// another module's records (a support plan holds outcomes, a provider record holds plans
// and restrictions) are composed here, where every module can be read.
import { type FieldLabels, nestLabels } from './core/index.js';
import { providerRecordOwnLabels } from './metrics/labels.js';
import { outcomeLabels } from './outcomes/labels.js';
import { restrictionLabels } from './restrictions/labels.js';
import { actionLabels, feedbackLabels, supportPlanOwnLabels } from './reviews/labels.js';

export { evidenceChainLabels, evidenceLinkLabels } from './evidence/labels.js';
export { outcomeLabels, ratingLabels } from './outcomes/labels.js';
export { restrictionLabels, restrictionReviewLabels } from './restrictions/labels.js';
export {
  actionLabels,
  dueReviewLabels,
  feedbackLabels,
  lifeEventLabels,
  reviewLabels,
  reviewScheduleLabels,
  reviewTriggerRuleLabels,
} from './reviews/labels.js';

/**
 * The fields of a support plan: its own, and those of its outcomes, life events and reviews.
 *
 * @example
 * ```ts
 * supportPlanLabels['outcomes[].timeframe.reviewBy']; // => 'review-by date'
 * ```
 * @category Reviews
 */
export const supportPlanLabels: FieldLabels = Object.freeze({
  ...supportPlanOwnLabels,
  ...nestLabels('outcomes[]', outcomeLabels),
  'outcomes[]': 'outcome {n}',
});

/**
 * The fields of a provider record — a person's record (plan, actions, feedback,
 * restrictions, community activities) or a setting's (its blanket restrictions) — as read by
 * `parseProviderRecord`.
 *
 * @example
 * ```ts
 * providerRecordLabels['plan.start']; // => 'start date of the plan'
 * ```
 * @category Governance metrics
 */
export const providerRecordLabels: FieldLabels = Object.freeze({
  ...providerRecordOwnLabels,
  ...nestLabels('plan', supportPlanLabels),
  plan: 'support plan',
  ...nestLabels('actions[]', actionLabels),
  'actions[]': 'action {n}',
  ...nestLabels('feedback[]', feedbackLabels),
  'feedback[]': 'feedback {n}',
  ...nestLabels('restrictions[]', restrictionLabels),
  'restrictions[]': 'restriction {n}',
});
