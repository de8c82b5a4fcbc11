import { changesActionedRule, planOnlyApprovedRule, progressDiscussedRule } from './changes.js';
import type { ReviewQualityRule } from './context.js';
import { eventDecisionRule, significantEventsRule, triggerEventsRule } from './events.js';
import { feedbackAnsweredRule } from './feedback.js';
import { supportersRule } from './involvement.js';
import { meaningAskedRule, outcomeReviewedRule, outcomeWordingRule } from './outcomes.js';
import { personInvolvedRule, personViewsRule } from './person-views.js';
import { previousActionsRule } from './previous-actions.js';

export type { ReviewQualityRule, ReviewRuleContext } from './context.js';

/**
 * The rules of {@link checkReviewQuality}, grouped by governance check, the checks in the
 * order they are reported. Adding a rule is one entry here (and its file and test); its
 * `group` puts it in a check, and the checker's `checks`, `passed` and the governance
 * metric's failed-check counts follow from this table.
 */
export const REVIEW_QUALITY_RULES: readonly ReviewQualityRule[] = [
  personInvolvedRule,
  personViewsRule,
  outcomeReviewedRule,
  meaningAskedRule,
  outcomeWordingRule,
  changesActionedRule,
  planOnlyApprovedRule,
  progressDiscussedRule,
  supportersRule,
  previousActionsRule,
  significantEventsRule,
  eventDecisionRule,
  triggerEventsRule,
  feedbackAnsweredRule,
];
