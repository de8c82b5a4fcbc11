import { describe, expect, it } from 'vitest';
import { armHold, bedRails } from '../../../test/fixtures/restrictions.js';
import { codesOf, findingsOf, only, withChanges } from '../../../test/support/restrictions.js';
import type { IsoDate } from '../../core/index.js';
import type { RestrictionReview } from '../schemas.js';

const review = (on: IsoDate, fields: Partial<RestrictionReview> = {}): RestrictionReview => ({
  on,
  by: ['Registered manager', 'Keyworker'],
  decision: 'continue',
  reason: 'No change',
  ...fields,
});

describe('reviewQualityRule', () => {
  describe('review_without_person', () => {
    it('reports a latest review held by staff alone', () => {
      const staff = withChanges(bedRails, { reviews: [review('2026-09-01')] });
      expect(findingsOf(staff)).toMatchObject([
        {
          code: 'review_without_person',
          severity: 'warning',
          path: ['reviews', 0],
          on: '2026-09-01',
          message: expect.stringContaining('sections 1(3) and 4(4)'),
        },
      ]);
    });
    it('reads involved when it is recorded, whatever the names say', () => {
      const listed = withChanges(bedRails, {
        reviews: [review('2026-09-01', { by: ['Aisha'], involved: ['staff', 'family'] })],
      });
      expect(codesOf(listed)).toEqual(['review_without_person']);
      for (const party of ['person', 'advocate', 'imca', 'representative'] as const) {
        const spoke = withChanges(bedRails, {
          reviews: [review('2026-09-01', { involved: ['staff', party] })],
        });
        expect(codesOf(spoke), party).toEqual([]);
      }
    });
    it('reads the words of by otherwise: staff and family alone are reported, a name or an advocate is not', () => {
      const family = withChanges(bedRails, {
        reviews: [review('2026-09-01', { by: ['Nurse', 'Her daughter', 'Mum'] })],
      });
      expect(codesOf(family)).toEqual(['review_without_person']);
      expect(
        codesOf(
          withChanges(bedRails, {
            reviews: [review('2026-09-01', { by: ['Nurse', 'Mrs Patel'] })],
          }),
        ),
      ).toEqual([]);
      expect(
        codesOf(
          withChanges(bedRails, { reviews: [review('2026-09-01', { by: ['Nurse', 'Her IMCA'] })] }),
        ),
      ).toEqual([]);
      expect(codesOf(armHold)).toEqual([]);
    });
    it('judges only the latest review', () => {
      const better = withChanges(bedRails, {
        reviews: [review('2026-07-01'), review('2026-09-01', { involved: ['person'] })],
      });
      expect(codesOf(better)).toEqual([]);
    });
  });

  describe('review_drift', () => {
    const fiveContinues = [
      '2025-09-01',
      '2025-12-01',
      '2026-03-01',
      '2026-06-01',
      '2026-09-01',
    ].map((on) => review(on as IsoDate, { involved: ['staff', 'person'] }));
    const drifting = withChanges(bedRails, {
      start: '2025-06-01',
      reductionPlan: undefined,
      reviews: fiveContinues,
    });
    it('reports five "continue" reviews with no reduction plan', () => {
      expect(only(drifting, 'review_drift')).toMatchObject([
        {
          severity: 'warning',
          path: ['reviews'],
          continues: 5,
          since: '2025-09-01',
          message:
            'The last 5 reviews since 2025-09-01 all decided to continue, and there is no plan to reduce the restriction. Reviewing without a reduction plan is drift (Positive and Proactive Care, Department of Health, 2014): agree a plan with the person.',
        },
      ]);
    });
    it('counts only the run of "continue" up to the latest review, from 3 by default', () => {
      const two = withChanges(drifting, {
        reviews: [
          review('2026-03-01', { decision: 'reduce', involved: ['person'] }),
          ...fiveContinues.slice(3),
        ],
      });
      expect(codesOf(two)).not.toContain('review_drift');
      const three = withChanges(drifting, {
        reviews: [
          review('2025-12-01', { decision: 'reduce', involved: ['person'] }),
          ...fiveContinues.slice(2),
        ],
      });
      expect(only(three, 'review_drift')).toMatchObject([{ continues: 3, since: '2026-03-01' }]);
      expect(codesOf(two, { driftAfterContinues: 2 })).toContain('review_drift');
    });
    it('is satisfied by a reduction plan', () => {
      expect(
        codesOf(withChanges(drifting, { reductionPlan: bedRails.reductionPlan })),
      ).not.toContain('review_drift');
    });
    it('orders reviews by date, not by their place in the list', () => {
      const shuffled = withChanges(drifting, { reviews: [...fiveContinues].reverse() });
      expect(only(shuffled, 'review_drift')).toMatchObject([{ continues: 5, since: '2025-09-01' }]);
    });
  });
});
