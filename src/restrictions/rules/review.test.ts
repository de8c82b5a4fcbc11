import { describe, expect, it } from 'vitest';
import { bedRails, sensorMat } from '../../../test/fixtures/restrictions.js';
import { codesOf, findingsOf, only, withChanges } from '../../../test/support/restrictions.js';

describe('timeLimitedRule', () => {
  describe('not_time_limited', () => {
    it('reports a restriction with neither an end nor a review date', () => {
      expect(findingsOf(withChanges(sensorMat, { nextReviewOn: undefined }))).toMatchObject([
        { code: 'not_time_limited', severity: 'warning', path: [] },
      ]);
      expect(
        codesOf(withChanges(sensorMat, { nextReviewOn: undefined, end: '2027-01-31' })),
      ).toEqual([]);
    });
  });
});

describe('reviewOverdueRule', () => {
  describe('restriction_review_overdue', () => {
    it('reports the days overdue, from the day after the review date', () => {
      expect(codesOf(sensorMat, { asOf: '2026-12-01' })).toEqual([]);
      expect(findingsOf(sensorMat, { asOf: '2026-12-05' })).toMatchObject([
        {
          code: 'restriction_review_overdue',
          severity: 'error',
          path: ['nextReviewOn'],
          nextReviewOn: '2026-12-01',
          daysOverdue: 4,
          message:
            'The review was due by 2026-12-01 and is 4 days overdue. Regular review keeps a restriction necessary and proportionate as the risk changes (Mental Capacity Act 2005, section 6).',
        },
      ]);
      expect(
        only(sensorMat, 'restriction_review_overdue', { asOf: '2026-12-02' })[0]?.message,
      ).toContain('1 day overdue');
    });
  });
});

describe('reviewCadenceRule', () => {
  describe('next_review_beyond_cadence', () => {
    it('reports a next review three years out', () => {
      const far = withChanges(bedRails, { nextReviewOn: '2029-09-01' });
      expect(findingsOf(far)).toMatchObject([
        {
          code: 'next_review_beyond_cadence',
          severity: 'warning',
          path: ['nextReviewOn'],
          nextReviewOn: '2029-09-01',
          latestAllowed: '2026-12-01',
          from: '2026-09-01',
          message:
            'The next review is set for 2029-09-01, but the review cadence counted from 2026-09-01 calls for one by 2026-12-01. A review date far in the future lets a restriction run unchecked (Mental Capacity Act 2005, section 6).',
        },
      ]);
    });
    it('allows the cadence to the day, counted from the latest review or the start', () => {
      expect(codesOf(withChanges(bedRails, { nextReviewOn: '2026-12-02' }))).toEqual([
        'next_review_beyond_cadence',
      ]);
      expect(
        only(
          withChanges(bedRails, { reviews: undefined, nextReviewOn: '2026-12-02' }),
          'next_review_beyond_cadence',
        ),
      ).toMatchObject([{ from: '2026-06-01', latestAllowed: '2026-09-01' }]);
    });
    it('uses the defaultReviewEvery option when the restriction has no cadence', () => {
      const none = withChanges(bedRails, { reviewEvery: undefined });
      expect(codesOf(none)).toEqual([]);
      expect(codesOf(none, { defaultReviewEvery: { count: 6, unit: 'week' } })).toEqual([
        'next_review_beyond_cadence',
      ]);
    });
    it('ignores reviews dated after asOf', () => {
      const future = withChanges(bedRails, {
        reviews: [
          ...(bedRails.reviews ?? []),
          { on: '2026-12-20', by: ['Nurse'], decision: 'continue', reason: 'Entered early' },
        ],
      });
      expect(codesOf(future)).toEqual([]);
    });
  });
});
