import { daysBetween } from '../../core/index.js';
import { plusMonths } from '../../core/internal/index.js';
import { isOpenOutcome, isTimed, type OutcomeRule } from './context.js';

/** An open outcome has a timeframe whose review-by date is within the policy's months. */
export const timeframeRule: OutcomeRule = {
  codes: ['no_timeframe', 'review_too_far'],
  applies: isOpenOutcome,
  check: ({ outcome, policy }, report) => {
    const { timeframe } = outcome;
    if (timeframe === undefined) {
      report('no_timeframe', []);
      return;
    }
    const { maxReviewMonths } = policy;
    // Saturates at 9999-12-31: a timeframe at the end of the calendar never makes this throw.
    const latestReviewBy = plusMonths(timeframe.start, maxReviewMonths);
    if (timeframe.reviewBy > latestReviewBy) {
      report('review_too_far', ['timeframe', 'reviewBy'], {
        reviewBy: timeframe.reviewBy,
        latestReviewBy,
        maxReviewMonths,
      });
    }
  },
};

/** The review-by date of an outcome being worked on has not passed. */
export const reviewOverdueRule: OutcomeRule = {
  codes: ['review_overdue'],
  applies: isTimed,
  check: ({ outcome, policy }, report) => {
    const { timeframe } = outcome;
    if (timeframe !== undefined && timeframe.reviewBy < policy.asOf) {
      report('review_overdue', ['timeframe', 'reviewBy'], {
        reviewBy: timeframe.reviewBy,
        daysOverdue: daysBetween(timeframe.reviewBy, policy.asOf),
      });
    }
  },
};
