import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbDate } from '../../test/arbitraries/outcomes.js';
import { arbRestriction } from '../../test/arbitraries/restrictions.js';
import { AS_OF, lockedKitchen, sensorMat } from '../../test/fixtures/restrictions.js';
import { addDays, type IsoDate, type IsoDateTime } from '../core/index.js';
import { checkRestriction, isRestrictionActive } from './check-restriction.js';
import { restrictionFindings } from './findings.js';
import { recordRestrictionReview } from './record-restriction-review.js';
import type { Restriction } from './schemas.js';

const codes = (r: Restriction, asOf: IsoDate = AS_OF) =>
  checkRestriction(r, { asOf }).map((f) => f.code);
const without = (key: keyof Restriction): Restriction => {
  const { [key]: _gone, ...rest } = sensorMat;
  return rest as Restriction;
};
const use = (at: string, debriefDone = true) => ({
  at: at as IsoDateTime,
  durationMinutes: 5,
  debriefDone,
  injury: 'none' as const,
});

describe('checkRestriction', () => {
  it('finds nothing wrong with a well-recorded, current restriction', () => {
    expect(checkRestriction(sensorMat, { asOf: AS_OF })).toEqual([]);
  });
  it('reports the locked kitchen for what it is', () => {
    expect(codes(lockedKitchen)).toEqual([
      'blanket_restriction',
      'no_less_restrictive_option',
      'no_rationale',
      'restriction_review_overdue',
    ]);
  });
  it('names the law in its messages and tags each finding with the restriction', () => {
    const [finding] = checkRestriction(lockedKitchen, { asOf: AS_OF });
    expect(finding?.message).toContain('Mental Capacity Act 2005');
    expect(finding?.restrictionId).toBe('r-kitchen');
  });

  describe('legal basis', () => {
    it('reports no_legal_basis', () => {
      expect(codes(without('legalBasis'))).toEqual(['no_legal_basis']);
    });
    it('reports no_capacity_assessment and best_interests_without_consultation', () => {
      expect(codes({ ...sensorMat, legalBasis: { kind: 'best-interests' } })).toEqual([
        'no_capacity_assessment',
        'best_interests_without_consultation',
      ]);
    });
    it('accepts consultation recorded on the restriction instead of the basis', () => {
      const r: Restriction = {
        ...sensorMat,
        legalBasis: {
          kind: 'best-interests',
          capacityAssessment: { decision: 'Mat', assessedOn: '2026-08-20' },
        },
        consulted: [{ party: 'advocate', on: '2026-08-22' }],
      };
      expect(codes(r)).toEqual([]);
    });
    it('reports consent_without_capacity', () => {
      expect(
        checkRestriction({ ...sensorMat, legalBasis: { kind: 'consent' } }, { asOf: AS_OF }),
      ).toMatchObject([
        {
          code: 'consent_without_capacity',
          severity: 'warning',
          path: ['legalBasis', 'capacityRecordedOn'],
        },
      ]);
    });
    it('reports authorisation_expired and authorisation_expiring', () => {
      const dols = (expiresOn: IsoDate): Restriction => ({
        ...sensorMat,
        legalBasis: { kind: 'deprivation-of-liberty', reference: 'DOLS-118', expiresOn },
      });
      expect(checkRestriction(dols('2026-11-01'), { asOf: AS_OF })).toMatchObject([
        { code: 'authorisation_expired', reference: 'DOLS-118', expiresOn: '2026-11-01' },
      ]);
      expect(checkRestriction(dols('2026-12-10'), { asOf: AS_OF })).toMatchObject([
        { code: 'authorisation_expiring', daysLeft: 17 },
      ]);
      expect(checkRestriction(dols('2026-12-10'), { asOf: AS_OF, expiringWithinDays: 7 })).toEqual(
        [],
      );
      expect(checkRestriction(dols('2026-11-24'), { asOf: AS_OF })[0]?.message).toContain(
        'in 1 day.',
      );
    });
  });

  describe('proportionality and the least restrictive option', () => {
    it('reports no_less_restrictive_option', () => {
      expect(codes({ ...sensorMat, optionsExplored: [] })).toEqual(['no_less_restrictive_option']);
    });
    it('reports no_rationale with what is missing', () => {
      const r: Restriction = {
        ...without('leastRestrictiveRationale'),
        risk: { description: 'Falls', toWhom: ['person'] },
      };
      expect(checkRestriction(r, { asOf: AS_OF })).toMatchObject([
        { code: 'no_rationale', missing: ['rationale', 'likelihood', 'seriousness'] },
      ]);
      expect(checkRestriction(without('risk'), { asOf: AS_OF })).toMatchObject([
        { code: 'no_rationale', missing: ['risk'] },
      ]);
    });
    it('reports person_view_missing for an individual restriction only', () => {
      expect(codes(without('personsView'))).toEqual(['person_view_missing']);
    });
  });

  describe('time limits and review', () => {
    it('reports not_time_limited', () => {
      expect(codes(without('nextReviewOn'))).toEqual(['not_time_limited']);
      expect(codes({ ...without('nextReviewOn'), end: '2027-01-31' })).toEqual([]);
    });
    it('reports restriction_review_overdue with the days overdue', () => {
      expect(checkRestriction(sensorMat, { asOf: '2026-12-05' })).toMatchObject([
        {
          code: 'restriction_review_overdue',
          nextReviewOn: '2026-12-01',
          daysOverdue: 4,
          message: expect.stringContaining('4 days overdue'),
        },
      ]);
    });
    it('counts a lapsed review only up to the end of an ended restriction', () => {
      const ended: Restriction = { ...sensorMat, end: '2026-12-10' };
      expect(checkRestriction(ended, { asOf: '2027-06-01' })).toMatchObject([
        { code: 'restriction_review_overdue', daysOverdue: 9 },
      ]);
      expect(codes({ ...sensorMat, end: '2026-11-30' }, '2027-06-01')).toEqual([]);
    });
  });

  describe('use', () => {
    it('reports rising_use when use goes up', () => {
      const uses = [
        '2026-10-20T10:00:00Z',
        '2026-11-01T10:00:00Z',
        '2026-11-10T10:00:00Z',
        '2026-11-20T10:00:00Z',
      ].map((at) => use(at));
      expect(checkRestriction({ ...sensorMat, uses }, { asOf: AS_OF })).toMatchObject([
        { code: 'rising_use', recent: 3, previous: 1, windowDays: 28 },
      ]);
      expect(codes({ ...sensorMat, uses }, AS_OF).length).toBe(1);
      expect(checkRestriction({ ...sensorMat, uses }, { asOf: AS_OF, minRisingUses: 4 })).toEqual(
        [],
      );
    });
    it('reports used_after_end by UK date', () => {
      // 23:30 UTC on 30 September is 00:30 on 1 October in British Summer Time.
      const r: Restriction = {
        ...sensorMat,
        end: '2026-09-30',
        uses: [use('2026-09-30T23:30:00Z'), use('2026-09-30T22:30:00Z')],
      };
      expect(checkRestriction(r, { asOf: AS_OF })).toMatchObject([
        { code: 'used_after_end', path: ['uses', 0], on: '2026-10-01', end: '2026-09-30' },
      ]);
    });
    it('reports debrief_missing for each use without a debrief', () => {
      expect(
        checkRestriction(
          { ...sensorMat, uses: [use('2026-11-02T21:00:00Z', false)] },
          { asOf: AS_OF },
        ),
      ).toMatchObject([
        { code: 'debrief_missing', severity: 'info', path: ['uses', 0], on: '2026-11-02' },
      ]);
    });
    it('ignores uses after asOf', () => {
      expect(codes({ ...sensorMat, uses: [use('2026-12-02T21:00:00Z', false)] })).toEqual([]);
    });
  });

  it('throws for a bad asOf or policy number', () => {
    expect(() => checkRestriction(sensorMat, { asOf: 'soon' as IsoDate })).toThrow(/asOf/);
    expect(() => checkRestriction(sensorMat, { asOf: AS_OF, useWindowDays: 0 })).toThrow(
      /useWindowDays/,
    );
  });

  describe('properties', () => {
    test.prop([arbRestriction, arbDate])(
      'adding a less restrictive alternative never adds a finding',
      (r, asOf) => {
        const before = codes(r, asOf);
        const after = codes(
          {
            ...r,
            optionsExplored: [
              ...(r.optionsExplored ?? []),
              {
                description: 'A night light',
                tried: true,
                outcome: 'rejected',
                reason: 'Not enough',
              },
            ],
          },
          asOf,
        );
        for (const code of after) expect(before).toContain(code);
        expect(after.length).toBeLessThanOrEqual(before.length);
      },
    );
    test.prop([arbRestriction, arbDate, fc.nat({ max: 1000 })])(
      'a later asOf never clears an overdue review unless a review is recorded',
      (r, asOf, days) => {
        if (codes(r, asOf).includes('restriction_review_overdue')) {
          expect(codes(r, addDays(asOf, days))).toContain('restriction_review_overdue');
        }
      },
    );
    const decision = fc.constantFrom('continue', 'reduce', 'stop', 'change') as fc.Arbitrary<
      'continue' | 'reduce' | 'stop' | 'change'
    >;
    test.prop([arbRestriction, arbDate, fc.nat({ max: 400 }), decision])(
      'recording a review never makes a restriction with a review date overdue when it was not',
      (r, asOf, offset, d) => {
        if (r.nextReviewOn === undefined) return;
        const on = addDays(r.start, offset);
        const result = recordRestrictionReview(r, {
          on,
          by: ['Manager'],
          decision: d,
          reason: 'Reviewed',
        });
        if (!result.success) return;
        if (!codes(r, asOf).includes('restriction_review_overdue')) {
          expect(codes(result.data, asOf)).not.toContain('restriction_review_overdue');
        }
      },
    );
    test.prop([arbRestriction, arbDate, decision])(
      'a review held on asOf leaves nothing overdue on asOf',
      (r, asOf, d) => {
        const result = recordRestrictionReview(r, {
          on: asOf,
          by: ['Manager'],
          decision: d,
          reason: 'Reviewed',
        });
        if (!result.success) return;
        expect(codes(result.data, asOf)).not.toContain('restriction_review_overdue');
      },
    );
    test.prop([arbRestriction, arbDate])(
      'findings are frozen, documented and never mutate the input',
      (r, asOf) => {
        const copy = structuredClone(r);
        for (const f of checkRestriction(r, { asOf })) {
          expect(Object.isFrozen(f)).toBe(true);
          expect(restrictionFindings[f.code].severity).toBe(f.severity);
          expect(f.message).not.toMatch(/\{[a-zA-Z]+\}|undefined|NaN/);
        }
        expect(r).toEqual(copy);
      },
    );
    test.prop([arbRestriction, arbDate])('isRestrictionActive agrees with the dates', (r, on) => {
      expect(isRestrictionActive(r, on)).toBe(
        r.start <= on && (r.end === undefined || on <= r.end),
      );
    });
  });
});
