import { describe, expect, it } from 'vitest';
import { lockedKitchen, sensorMat } from '../../test/fixtures/restrictions.js';
import { person, run } from '../../test/support/metrics.js';
import type { IsoDateTime } from '../core/index.js';
import type { Restriction } from '../restrictions/index.js';
import type { ProviderRecord } from './records.js';
import { restrictionMetric } from './restriction-metrics.js';

// Q4 2026 (92 days) against Q3 2026 (92 days).
const quarter = { from: '2026-10-01', to: '2027-01-01' } as const;
const use = (at: IsoDateTime) => ({
  at,
  durationMinutes: 5,
  debriefDone: true,
  injury: 'none' as const,
});
const mat: Restriction = {
  ...sensorMat,
  reviews: [{ on: '2026-11-30', by: ['Manager'], decision: 'continue', reason: 'Still falling' }],
  nextReviewOn: '2027-02-28',
  uses: [
    use('2026-09-05T22:00:00+01:00'),
    use('2026-09-10T22:00:00+01:00'),
    use('2026-09-30T23:30:00Z'), // 00:30 on 1 October in UK time
    use('2026-11-02T21:00:00Z'),
  ],
};
const records: ProviderRecord[] = [
  person('p-aisha', '2026-01-05', { restrictions: [mat], groups: { service: 'svc-north' } }),
  person('p-ben', '2026-01-05'),
  { type: 'setting', settingId: 'house-elm', restrictions: [lockedKitchen] },
];

describe('restrictionMetric', () => {
  const result = run(restrictionMetric({ window: quarter }), records);

  it('counts restrictions in place at the start and the end, by scope', () => {
    expect(result.activeAtStart).toEqual({ individual: 1, blanket: 1 });
    expect(result.activeAtEnd).toEqual({ individual: 1, blanket: 1 });
    expect(result.peopleRestricted).toMatchObject({ numerator: 1, denominator: 2 });
  });

  it('gives uses per 1,000 support days, dating each use by its UK day', () => {
    // 2 uses in Q4 over 2 × 92 support days.
    expect(result.uses.count).toBe(2);
    expect(result.uses.rate?.exposure).toBe(184);
    expect(result.uses.rate?.value).toBeCloseTo((2 / 184) * 1000, 10);
  });

  it('compares the rate of use with the window before', () => {
    // Q3: 2 uses over 184 support days; Q4: 2 over 184, so the ratio is 1.
    expect(result.reduction.before.count).toBe(2);
    expect(result.reduction.ratio).toBe(1);
    expect(result.previousWindow).toEqual({ from: '2026-07-01', to: '2026-10-01' });
  });

  it('flags restrictions with error findings on the last day', () => {
    expect(result.withErrors).toMatchObject({ numerator: 1, denominator: 2 });
    expect(result.flagged).toHaveLength(1);
    expect(result.flagged[0]).toMatchObject({
      restrictionId: 'r-kitchen',
      scope: 'blanket',
      subjectId: 'house-elm',
    });
    expect(result.flagged[0]?.codes).toContain('blanket_restriction');
    expect(result.findings['blanket_restriction']).toBe(1);
  });

  it('counts restrictions started, ended, reduced and replaced in the window', () => {
    const ended: Restriction = {
      ...lockedKitchen,
      end: '2026-11-15',
      replacedBy: ['r-aisha-mat'],
      reviews: [
        {
          on: '2026-11-10',
          by: ['Manager'],
          decision: 'stop',
          reason: 'Plans for each person instead',
        },
      ],
    };
    const again = run(restrictionMetric({ window: quarter }), [
      { type: 'setting', settingId: 'house-elm', restrictions: [ended] },
    ]);
    expect(again).toMatchObject({ started: 0, ended: 1, reducedOrStopped: 1, blanketReplaced: 1 });
    expect(again.activeAtEnd.blanket).toBe(0);
  });

  it('compares a window that is not whole months with the same number of days before it', () => {
    const week = run(
      restrictionMetric({ window: { from: '2026-10-05', to: '2026-10-12' } }),
      records,
    );
    expect(week.previousWindow).toEqual({ from: '2026-09-28', to: '2026-10-05' });
  });

  it('has no rate and no ratio without support days', () => {
    const empty = run(restrictionMetric({ window: quarter }), []);
    expect(empty.uses.rate?.value ?? null).toBeNull();
    expect(empty.reduction.ratio).toBeNull();
  });
});
