import { test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  FeedbackSchema,
  LifeEventSchema,
  ReviewSchema,
  SupportPlanSchema,
} from '../../src/reviews/index.js';
import { arbFeedback, arbLifeEvent, arbReview, arbSupportPlan } from './reviews.js';

const issuesOf = (result: { success: boolean; error?: { issues: unknown[] } }) =>
  result.success ? [] : (result.error?.issues ?? []);

describe('review arbitraries', () => {
  test.prop([arbLifeEvent('p-1')])('arbLifeEvent values pass LifeEventSchema', (event) => {
    expect(issuesOf(LifeEventSchema.safeParse(event))).toEqual([]);
  });
  test.prop([arbFeedback('p-1')])('arbFeedback values pass FeedbackSchema', (feedback) => {
    expect(issuesOf(FeedbackSchema.safeParse(feedback))).toEqual([]);
  });
  test.prop([arbReview('p-1')])('arbReview values pass ReviewSchema', (review) => {
    expect(issuesOf(ReviewSchema.safeParse(review))).toEqual([]);
  });
  test.prop([arbSupportPlan], { numRuns: 50 })(
    'arbSupportPlan values pass SupportPlanSchema',
    (plan) => {
      expect(issuesOf(SupportPlanSchema.safeParse(plan))).toEqual([]);
    },
  );
});
