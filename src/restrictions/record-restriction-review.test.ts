import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbRestriction } from '../../test/arbitraries/restrictions.js';
import { lockedKitchen, sensorMat } from '../../test/fixtures/restrictions.js';
import { addDays, type IsoDate } from '../core/index.js';
import { recordRestrictionReview } from './record-restriction-review.js';
import { RestrictionSchema } from './schemas.js';

const review = {
  on: '2026-11-30',
  by: ['Registered manager', 'Aisha'],
  reason: 'Reviewed with Aisha',
};

function isDeepFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  return Object.isFrozen(value) && Object.values(value).every(isDeepFrozen);
}

describe('recordRestrictionReview', () => {
  it('adds the review and moves the next review by the restriction’s cadence', () => {
    const result = recordRestrictionReview(sensorMat, { ...review, decision: 'continue' });
    expect(result.success && result.data.reviews).toEqual([{ ...review, decision: 'continue' }]);
    expect(result.success && result.data.nextReviewOn).toBe('2027-02-28');
  });
  it('uses the default cadence of three months, or the one given', () => {
    const kitchen = recordRestrictionReview(lockedKitchen, { ...review, decision: 'reduce' });
    expect(kitchen.success && kitchen.data.nextReviewOn).toBe('2027-02-28');
    const monthly = recordRestrictionReview(
      lockedKitchen,
      { ...review, decision: 'reduce' },
      { defaultReviewEvery: { count: 2, unit: 'week' } },
    );
    expect(monthly.success && monthly.data.nextReviewOn).toBe('2026-12-14');
  });
  it('ends the restriction on the day it is stopped', () => {
    const result = recordRestrictionReview(sensorMat, { ...review, decision: 'stop' });
    expect(result.success && result.data.end).toBe('2026-11-30');
    expect(result.success && 'nextReviewOn' in result.data).toBe(false);
  });
  it('never brings the next review earlier when an old review is entered late', () => {
    const scheduled = { ...sensorMat, nextReviewOn: '2027-01-15' as const };
    const result = recordRestrictionReview(scheduled, {
      ...review,
      on: '2026-09-02',
      decision: 'continue',
    });
    expect(result.success && result.data.nextReviewOn).toBe('2027-01-15');
  });
  it('reports review_before_start and malformed reviews', () => {
    expect(
      recordRestrictionReview(sensorMat, { ...review, on: '2026-08-01', decision: 'continue' }),
    ).toMatchObject({
      success: false,
      issues: [
        {
          code: 'review_before_start',
          path: ['on'],
          start: '2026-09-01',
          message: '"on" is a review dated before the restriction started (2026-09-01).',
        },
      ],
    });
    expect(
      recordRestrictionReview(sensorMat, { ...review, by: [], decision: 'continue' }),
    ).toMatchObject({ success: false, issues: [{ code: 'too_small' }] });
  });
  it('returns a deeply frozen restriction and leaves the input untouched and unfrozen', () => {
    const input = structuredClone(sensorMat);
    const result = recordRestrictionReview(input, { ...review, decision: 'reduce' });
    expect(result.success && isDeepFrozen(result.data)).toBe(true);
    expect(input).toEqual(sensorMat);
    expect(Object.isFrozen(input)).toBe(false);
  });

  it('never freezes or shares the caller’s review objects', () => {
    const earlier = {
      on: '2026-10-01' as IsoDate,
      by: ['Manager'],
      decision: 'continue' as const,
      reason: 'Still needed',
    };
    const input = { ...sensorMat, reviews: [earlier] };
    const added = { ...review, decision: 'reduce' as const, by: ['Registered manager', 'Aisha'] };
    const result = recordRestrictionReview(input, added);
    expect(result.success).toBe(true);
    if (!result.success) return;
    for (const value of [earlier, earlier.by, added, added.by, input.reviews]) {
      expect(Object.isFrozen(value)).toBe(false);
    }
    expect(result.data.reviews?.[0]).not.toBe(earlier);
    expect(result.data.reviews?.[1]).not.toBe(added);
    expect(result.data.reviews?.[1]?.by).not.toBe(added.by);
    earlier.by.push('Changed later');
    expect(result.data.reviews?.[0]?.by).toEqual(['Manager']);
  });
  it('saturates the next review at 9999-12-31 for a review on the last calendar day', () => {
    const result = recordRestrictionReview(sensorMat, {
      ...review,
      on: '9999-12-31',
      decision: 'continue',
    });
    expect(result.success && result.data.nextReviewOn).toBe('9999-12-31');
    const weekly = recordRestrictionReview(
      { ...sensorMat, reviewEvery: { count: 2, unit: 'week' } },
      { ...review, on: '9999-12-25', decision: 'continue' },
    );
    expect(weekly.success && weekly.data.nextReviewOn).toBe('9999-12-31');
  });

  describe('properties', () => {
    test.prop([
      arbRestriction,
      fc.nat({ max: 600 }),
      fc.constantFrom('continue', 'reduce', 'stop', 'change' as const),
    ])('output is frozen and passes the schema', (r, offset, decision) => {
      const result = recordRestrictionReview(r, {
        ...review,
        on: addDays(r.start, offset),
        decision,
      });
      expect(result.success).toBe(true);
      if (!result.success) return;
      expect(isDeepFrozen(result.data)).toBe(true);
      expect(RestrictionSchema.safeParse(result.data).success).toBe(true);
      expect(result.data.reviews?.length).toBe((r.reviews?.length ?? 0) + 1);
    });
  });
});
