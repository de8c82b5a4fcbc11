import { describe, expect, it } from 'vitest';
import { AS_OF, sensorMat } from '../../test/fixtures/restrictions.js';
import { addDays, type IsoDate, type IsoDateTime } from '../core/index.js';
import { checkRestriction, isRestrictionActive } from './check-restriction.js';
import { recordRestrictionReview } from './record-restriction-review.js';
import { restrictionSummary } from './restriction-summary.js';
import { restrictionsDueForReview } from './restrictions-due-for-review.js';
import type { Restriction } from './schemas.js';

// Edges of each rule, and the exact path each finding points at.
const found = (r: Restriction, asOf: IsoDate = AS_OF, options = {}) =>
  checkRestriction(r, { asOf, ...options }).map((f) => [f.code, f.path]);
const without = (key: keyof Restriction): Restriction => {
  const { [key]: _gone, ...rest } = sensorMat;
  return rest as Restriction;
};
const use = (on: IsoDate, debriefDone = true) => ({
  at: `${on}T12:00:00Z` as IsoDateTime,
  durationMinutes: 2,
  debriefDone,
  injury: 'none' as const,
});

describe('checkRestriction at the edges', () => {
  it('points each finding at the part of the record concerned', () => {
    expect(found(without('legalBasis'))).toEqual([['no_legal_basis', ['legalBasis']]]);
    expect(found({ ...sensorMat, legalBasis: { kind: 'best-interests' } })).toEqual([
      ['no_capacity_assessment', ['legalBasis', 'capacityAssessment']],
      ['best_interests_without_consultation', ['legalBasis', 'consulted']],
    ]);
    expect(found({ ...sensorMat, optionsExplored: [] })).toEqual([
      ['no_less_restrictive_option', ['optionsExplored']],
    ]);
    expect(found(without('leastRestrictiveRationale'))).toEqual([['no_rationale', []]]);
    expect(found(without('personsView'))).toEqual([['person_view_missing', ['personsView']]]);
    expect(found(without('nextReviewOn'))).toEqual([['not_time_limited', []]]);
    expect(found(sensorMat, '2026-12-02')).toEqual([
      ['restriction_review_overdue', ['nextReviewOn']],
    ]);
  });
  it('explains what is missing from the rationale in words', () => {
    const [finding] = checkRestriction(without('leastRestrictiveRationale'), { asOf: AS_OF });
    expect(finding?.message).toMatch(
      /^The record does not say why this is the least restrictive option\. /,
    );
  });
  it('still judges a restriction on its last day, and only its history the day after', () => {
    const lastDay: Restriction = { ...without('personsView'), end: AS_OF };
    expect(found(lastDay)).toEqual([['person_view_missing', ['personsView']]]);
    expect(found(lastDay, addDays(AS_OF, 1))).toEqual([]);
    expect(isRestrictionActive(sensorMat, sensorMat.start)).toBe(true);
    expect(isRestrictionActive(sensorMat, addDays(sensorMat.start, -1))).toBe(false);
  });
  it('treats a review due on asOf as not yet overdue', () => {
    expect(found(sensorMat, '2026-12-01')).toEqual([]);
  });
  it('does not judge a restriction that has not started yet on its dates', () => {
    const future: Restriction = {
      ...sensorMat,
      setting: { type: 'care-home' },
      start: '2027-01-01',
      nextReviewOn: '2027-01-02',
      legalBasis: { kind: 'deprivation-of-liberty', reference: 'D', expiresOn: '2027-01-02' },
    };
    expect(found(future, '2027-06-01')).toContainEqual([
      'restriction_review_overdue',
      ['nextReviewOn'],
    ]);
    expect(found(future, AS_OF)).toEqual([]);
  });
  it('reads authorisation expiry at its edges', () => {
    const dols = (expiresOn: IsoDate): Restriction => ({
      ...sensorMat,
      setting: { type: 'care-home' },
      legalBasis: { kind: 'deprivation-of-liberty', reference: 'D-9', expiresOn },
    });
    expect(found(dols(AS_OF))).toEqual([['authorisation_expiring', ['legalBasis', 'expiresOn']]]);
    expect(found(dols(addDays(AS_OF, -1)))).toEqual([
      ['authorisation_expired', ['legalBasis', 'expiresOn']],
    ]);
    expect(found(dols(addDays(AS_OF, 28)))).toEqual([
      ['authorisation_expiring', ['legalBasis', 'expiresOn']],
    ]);
    expect(found(dols(addDays(AS_OF, 29)))).toEqual([]);
  });
  it('checks court orders with an expiry and ignores those without', () => {
    const order = (expiresOn?: IsoDate): Restriction => ({
      ...sensorMat,
      legalBasis: {
        kind: 'court-order',
        reference: 'COP-7',
        ...(expiresOn === undefined ? {} : { expiresOn }),
      },
    });
    expect(found(order('2026-11-01'))).toEqual([
      ['authorisation_expired', ['legalBasis', 'expiresOn']],
    ]);
    expect(found(order())).toEqual([]);
    expect(
      found({
        ...sensorMat,
        legalBasis: { kind: 'other', description: 'Mental Health Act section 17 leave conditions' },
      }),
    ).toEqual([['other_legal_basis', ['legalBasis', 'kind']]]);
  });
  it('counts uses in two windows of 28 days ending on asOf', () => {
    const recentEdge = addDays(AS_OF, -27);
    const previousEdge = addDays(AS_OF, -28);
    const uses = [
      use(recentEdge),
      use(recentEdge),
      use(AS_OF),
      use(previousEdge),
      use(previousEdge),
      use(addDays(AS_OF, -56)),
    ];
    expect(checkRestriction({ ...sensorMat, uses }, { asOf: AS_OF })).toMatchObject([
      { code: 'rising_use', path: ['uses'], recent: 3, previous: 2 },
    ]);
    const level = [
      use(recentEdge),
      use(recentEdge),
      use(AS_OF),
      use(previousEdge),
      use(previousEdge),
      use(addDays(AS_OF, -55)),
    ];
    expect(found({ ...sensorMat, uses: level })).toEqual([]);
  });
  it('reports a use on the day after the end, not on the end day', () => {
    const ended: Restriction = {
      ...sensorMat,
      end: '2026-11-10',
      uses: [use('2026-11-10'), use('2026-11-11')],
    };
    expect(found(ended)).toEqual([['used_after_end', ['uses', 1]]]);
  });
});

describe('restrictionsDueForReview at the edges', () => {
  const due = (id: string, nextReviewOn: IsoDate): Restriction => ({
    ...sensorMat,
    id,
    nextReviewOn,
  });
  it('includes a review due today or exactly withinDays ahead, and orders ties by id', () => {
    const register = [
      due('b', AS_OF),
      due('a', AS_OF),
      due('c', addDays(AS_OF, 14)),
      due('d', addDays(AS_OF, 15)),
    ];
    expect(
      restrictionsDueForReview(register, { asOf: AS_OF }).map((d) => [
        d.restrictionId,
        d.urgency,
        d.daysUntilDue,
      ]),
    ).toEqual([
      ['a', 'due-soon', 0],
      ['b', 'due-soon', 0],
      ['c', 'due-soon', 14],
    ]);
    expect(
      restrictionsDueForReview(register, { asOf: AS_OF, withinDays: 0 }).map(
        (d) => d.restrictionId,
      ),
    ).toEqual(['a', 'b']);
  });
});

describe('recordRestrictionReview at the edges', () => {
  it('takes the latest review by date, so an old stop entered late does not end the restriction', () => {
    const reviewed: Restriction = {
      ...sensorMat,
      reviews: [
        { on: '2026-11-20', by: ['Manager'], decision: 'continue', reason: 'Still needed' },
      ],
    };
    const result = recordRestrictionReview(reviewed, {
      on: '2026-10-01',
      by: ['Manager'],
      decision: 'stop',
      reason: 'Entered late',
    });
    expect(result.success && result.data.end).toBeUndefined();
    expect(result.success && result.data.nextReviewOn).toBe('2027-02-20');
  });
});

describe('restrictionSummary at the edges', () => {
  it('includes both ends of the period', () => {
    const r: Restriction = {
      ...sensorMat,
      start: '2026-07-01',
      end: '2026-09-30',
      uses: [use('2026-07-01'), use('2026-09-30'), use('2026-10-01')],
    };
    const summary = restrictionSummary([r], { from: '2026-07-01', to: '2026-09-30' });
    expect(summary).toMatchObject({
      started: 1,
      ended: 1,
      uses: 2,
      activeAtStart: { total: 1 },
      activeAtEnd: { total: 1 },
    });
    expect(restrictionSummary([r], { from: '2026-07-02', to: '2026-09-29' })).toMatchObject({
      started: 0,
      ended: 0,
      uses: 0,
    });
  });
});
