import type { RestrictionReview } from '../schemas.js';
import { inPlace, type RestrictionRule } from './context.js';
import { participantKind } from './words.js';

const SPEAKS = new Set(['person', 'advocate', 'imca', 'representative']);

/** Whether the person, or someone who speaks for them, took part in a review. */
function involvesPerson(review: RestrictionReview): boolean {
  if (review.involved !== undefined) return review.involved.some((party) => SPEAKS.has(party));
  return review.by.some((entry) => participantKind(entry) === 'person-or-advocate');
}

/**
 * A review of a restriction is meaningful only with the person (or an advocate) involved
 * (MCA 2005 ss.1(3), 4(4)) and with a plan to reduce: several "continue" decisions in a row
 * and no reduction plan is drift (Positive and Proactive Care, 2014).
 */
export const reviewQualityRule: RestrictionRule = {
  codes: ['review_without_person', 'review_drift'],
  applies: inPlace,
  check: ({ restriction, reviews, policy }, report) => {
    const latest = reviews.at(-1);
    if (latest === undefined) return;
    if (!involvesPerson(latest.review)) {
      report('review_without_person', ['reviews', latest.index], { on: latest.review.on });
    }
    let run = 0;
    while (
      run < reviews.length &&
      reviews[reviews.length - 1 - run]?.review.decision === 'continue'
    )
      run += 1;
    const first = reviews[reviews.length - run];
    if (run >= policy.driftAfterContinues && first !== undefined && !restriction.reductionPlan) {
      report('review_drift', ['reviews'], { continues: run, since: first.review.on });
    }
  },
};
