import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbDate } from '../../test/arbitraries/outcomes.js';
import { arbRestriction } from '../../test/arbitraries/restrictions.js';
import { AS_OF, lockedKitchen, sensorMat } from '../../test/fixtures/restrictions.js';
import type { IsoDate } from '../core/index.js';
import { restrictionsDueForReview } from './restrictions-due-for-review.js';
import type { Restriction } from './schemas.js';

const { nextReviewOn: _n, ...unscheduled } = sensorMat;

describe('restrictionsDueForReview', () => {
  const register: Restriction[] = [
    { ...sensorMat, id: 'r-soon', nextReviewOn: '2026-12-01' },
    { ...sensorMat, id: 'r-later', nextReviewOn: '2027-01-15' },
    lockedKitchen,
    { ...unscheduled, id: 'r-none' } as Restriction,
    { ...sensorMat, id: 'r-more-overdue', nextReviewOn: '2026-10-01' },
    { ...sensorMat, id: 'r-ended', end: '2026-10-31', nextReviewOn: '2026-10-15' },
  ];
  it('orders by urgency: most overdue, no review date, then due soonest', () => {
    expect(restrictionsDueForReview(register, { asOf: AS_OF })).toEqual([
      {
        restrictionId: 'r-more-overdue',
        type: 'surveillance',
        scope: 'individual',
        nextReviewOn: '2026-10-01',
        urgency: 'overdue',
        daysUntilDue: -53,
      },
      {
        restrictionId: 'r-kitchen',
        type: 'blanket',
        scope: 'blanket',
        nextReviewOn: '2026-11-01',
        urgency: 'overdue',
        daysUntilDue: -22,
      },
      {
        restrictionId: 'r-none',
        type: 'surveillance',
        scope: 'individual',
        nextReviewOn: null,
        urgency: 'no-review-date',
        daysUntilDue: null,
      },
      {
        restrictionId: 'r-soon',
        type: 'surveillance',
        scope: 'individual',
        nextReviewOn: '2026-12-01',
        urgency: 'due-soon',
        daysUntilDue: 8,
      },
    ]);
  });
  it('looks further ahead when asked', () => {
    expect(
      restrictionsDueForReview(register, { asOf: AS_OF, withinDays: 60 }).map(
        (d) => d.restrictionId,
      ),
    ).toContain('r-later');
  });
  it('throws for a bad asOf or window', () => {
    expect(() => restrictionsDueForReview(register, { asOf: '2026-02-30' as IsoDate })).toThrow(
      /asOf/,
    );
    expect(() => restrictionsDueForReview(register, { asOf: AS_OF, withinDays: -1 })).toThrow(
      /withinDays/,
    );
  });

  describe('properties', () => {
    test.prop([fc.array(arbRestriction, { maxLength: 10 }), arbDate])(
      'does not depend on the order of the register',
      (rs, asOf) => {
        const key = (d: { restrictionId: string }) => d.restrictionId;
        const ids = new Set(rs.map((r) => r.id));
        if (ids.size !== rs.length) return;
        expect(restrictionsDueForReview([...rs].reverse(), { asOf }).map(key)).toEqual(
          restrictionsDueForReview(rs, { asOf }).map(key),
        );
      },
    );
    test.prop([fc.array(arbRestriction, { maxLength: 10 }), arbDate])(
      'lists only restrictions in place on asOf',
      (rs, asOf) => {
        const byId = new Map(rs.map((r) => [r.id, r]));
        for (const due of restrictionsDueForReview(rs, { asOf })) {
          const r = byId.get(due.restrictionId) as Restriction;
          expect(r.start <= asOf && (r.end === undefined || asOf <= r.end)).toBe(true);
        }
      },
    );
  });
});
