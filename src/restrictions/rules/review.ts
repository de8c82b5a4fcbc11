import { daysBetween } from '../../core/index.js';
import { inPlace, type RestrictionRule } from './context.js';

/** A restriction needs an end date or a review date. */
export const timeLimitedRule: RestrictionRule = {
  codes: ['not_time_limited'],
  applies: inPlace,
  check: ({ restriction }, report) => {
    if (restriction.end === undefined && restriction.nextReviewOn === undefined)
      report('not_time_limited', []);
  },
};

/** The next review date passed while the restriction was in place. */
export const reviewOverdueRule: RestrictionRule = {
  codes: ['restriction_review_overdue'],
  check: ({ restriction, inForceUntil }, report) => {
    const { nextReviewOn, start } = restriction;
    if (nextReviewOn !== undefined && nextReviewOn < inForceUntil && start <= inForceUntil) {
      report('restriction_review_overdue', ['nextReviewOn'], {
        nextReviewOn,
        daysOverdue: daysBetween(nextReviewOn, inForceUntil),
      });
    }
  },
};
