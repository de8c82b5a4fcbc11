import { describe, expect, it } from 'vitest';
import { goodOutcome } from '../../test/fixtures/outcomes.js';
import { admission, bedtimeFeedback, goodReview } from '../../test/fixtures/reviews.js';
import { person, run } from '../../test/support/metrics.js';
import { REVIEW_QUALITY_CHECKS } from '../reviews/index.js';
import { reviewQualityMetric } from './review-quality.js';

const window = { from: '2026-10-01', to: '2027-01-01' } as const;
const aisha = (reviews: (typeof goodReview)[]) =>
  person('p-aisha', '2026-09-14', {
    plan: { outcomes: [goodOutcome], events: [admission], reviews },
    feedback: [bedtimeFeedback],
  });

describe('reviewQualityMetric', () => {
  it('counts a review that passes every check', () => {
    const result = run(reviewQualityMetric({ window }), [aisha([goodReview])]);
    expect(result.proportion).toMatchObject({ numerator: 1, denominator: 1, value: 1 });
    expect(Object.values(result.failedChecks).every((n) => n === 0)).toBe(true);
  });

  it('counts the checks a review failed and the findings behind them', () => {
    const withoutPerson = {
      ...goodReview,
      id: 'rev-2',
      on: '2026-12-01' as const,
      person: { involvement: 'not_involved' as const },
    };
    const result = run(reviewQualityMetric({ window }), [aisha([goodReview, withoutPerson])]);
    expect(result.proportion).toMatchObject({ numerator: 1, denominator: 2 });
    expect(result.failedChecks.person_views).toBe(1);
    expect(result.findings['person_not_involved']).toBe(1);
  });

  it('leaves out reviews outside the window', () => {
    const early = { ...goodReview, id: 'rev-0', on: '2026-09-28' as const };
    expect(run(reviewQualityMetric({ window }), [aisha([early])]).proportion.denominator).toBe(0);
  });

  it('applies the involvement check from the supporters recorded on the plan', () => {
    const withDave = person('p-aisha', '2026-09-14', {
      plan: {
        outcomes: [goodOutcome],
        events: [admission],
        reviews: [goodReview],
        supporters: [
          { role: 'family', name: 'Mum', atReviews: 'wanted' },
          { role: 'friend', name: 'Dave', atReviews: 'wanted' },
        ],
      },
      feedback: [bedtimeFeedback],
    });
    const result = run(reviewQualityMetric({ window }), [withDave]);
    expect(result.failedChecks.involvement).toBe(1);
    expect(result.findings['wanted_involvement_missing']).toBe(1);
  });

  it('lists every check of the rule table, with 0 for those none failed', () => {
    const result = run(reviewQualityMetric({ window }), [aisha([goodReview])]);
    expect(Object.keys(result.failedChecks)).toEqual([...REVIEW_QUALITY_CHECKS]);
  });
});
