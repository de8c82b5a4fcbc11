import { daysBetween } from '../../core/index.js';
import { plusCadence } from '../dates.js';
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

/**
 * The next review must fall within the cadence, counted from the latest review (or the
 * start): a date three years out is no review at all.
 */
export const reviewCadenceRule: RestrictionRule = {
  codes: ['next_review_beyond_cadence'],
  applies: inPlace,
  check: ({ restriction, reviews, policy }, report) => {
    const { nextReviewOn } = restriction;
    if (nextReviewOn === undefined) return;
    const from = reviews.at(-1)?.review.on ?? restriction.start;
    const latestAllowed = plusCadence(from, restriction.reviewEvery ?? policy.defaultReviewEvery);
    if (nextReviewOn > latestAllowed) {
      report('next_review_beyond_cadence', ['nextReviewOn'], { nextReviewOn, latestAllowed, from });
    }
  },
};
