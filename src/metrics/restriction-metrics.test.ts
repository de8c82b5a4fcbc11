import { describe, expect, it } from 'vitest';
import { lockedKitchen, sensorMat } from '../../test/fixtures/restrictions.js';
import { person, run } from '../../test/support/metrics.js';
import type { IsoDateTime } from '../core/index.js';
import type { Restriction } from '../restrictions/index.js';
import { governanceReport } from './governance-metrics.js';
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

  describe('enablement', () => {
    // Two restrictions in Q4: one linked to an outcome and used less than in Q3, one not.
    const linked: Restriction = {
      ...mat,
      id: 'r-linked',
      start: '2026-07-01',
      enablementOutcomeIds: ['o-aisha-night-routine'],
      reviews: [
        { on: '2026-11-30', by: ['Manager', 'Aisha'], decision: 'reduce', reason: 'Fewer falls' },
      ],
      uses: [
        use('2026-08-05T22:00:00+01:00'),
        use('2026-09-10T22:00:00+01:00'),
        use('2026-11-02T21:00:00Z'),
      ],
    };
    const unlinked: Restriction = {
      ...mat,
      id: 'r-unlinked',
      start: '2026-10-01',
      uses: [use('2026-10-05T22:00:00+01:00'), use('2026-12-05T22:00:00Z')],
    };
    const records: ProviderRecord[] = [
      person('p-aisha', '2026-01-05', { restrictions: [linked, unlinked] }),
      { type: 'setting', settingId: 'house-elm', restrictions: [lockedKitchen] },
    ];
    const result = run(restrictionMetric({ window: quarter }), records);

    it('splits individual restrictions by whether they name an enablement outcome', () => {
      expect(result.enablement.linked).toMatchObject({
        restrictions: 1,
        reducedOrStopped: { numerator: 1, denominator: 1, value: 1 },
      });
      expect(result.enablement.unlinked).toMatchObject({
        restrictions: 1,
        reducedOrStopped: { numerator: 0, denominator: 1, value: 0 },
      });
    });
    it('compares uses per restriction-day with the window before', () => {
      // Linked: Q3 has 2 uses over 92 days in place, Q4 1 over 92: ratio 0.5.
      expect(result.enablement.linked.reduction.before).toMatchObject({ count: 2, exposure: 92 });
      expect(result.enablement.linked.reduction.after).toMatchObject({ count: 1, exposure: 92 });
      expect(result.enablement.linked.reduction.ratio).toBeCloseTo(0.5, 12);
      // Unlinked: it started in Q4, so there is no rate before.
      expect(result.enablement.unlinked.reduction.before).toMatchObject({ count: 0, exposure: 0 });
      expect(result.enablement.unlinked.reduction.after).toMatchObject({ count: 2, exposure: 92 });
      expect(result.enablement.unlinked.reduction.ratio).toBeNull();
    });
    it('leaves blanket restrictions out of the split', () => {
      const blanketOnly = run(restrictionMetric({ window: quarter }), [
        records[1] as ProviderRecord,
      ]);
      expect(
        blanketOnly.enablement.linked.restrictions + blanketOnly.enablement.unlinked.restrictions,
      ).toBe(0);
    });
    it('counts only uses on days the restriction was in place', () => {
      const after: Restriction = {
        ...unlinked,
        id: 'r-after',
        end: '2026-10-31',
        uses: [use('2026-11-10T12:00:00Z')],
      };
      const ended = run(restrictionMetric({ window: quarter }), [
        person('p-x', '2026-01-05', { restrictions: [after] }),
      ]);
      expect(ended.enablement.unlinked.reduction.after).toMatchObject({ count: 0, exposure: 31 });
    });
  });

  describe('uses outside support', () => {
    it('does not count a use on a day the person’s plan does not cover, and says how many there were', () => {
      const early: Restriction = {
        ...mat,
        id: 'r-early',
        uses: [use('2026-11-20T12:00:00Z'), use('2026-10-03T12:00:00Z')],
      };
      const result = run(restrictionMetric({ window: quarter }), [
        person('p-late', '2026-11-01', { restrictions: [{ ...early, start: '2026-09-01' }] }),
      ]);
      expect(result.uses.count).toBe(1);
      expect(result.usesOutsideSupport).toBe(1);
    });
    it('never throws when there are uses but no support days', () => {
      const gap: Restriction = {
        ...mat,
        id: 'r-gap',
        uses: [use('2026-08-03T12:00:00Z'), use('2026-11-03T12:00:00Z')],
      };
      const result = run(restrictionMetric({ window: quarter }), [
        person('p-gone', '2026-01-05', { end: '2026-01-31', restrictions: [gap] }),
        {
          type: 'setting',
          settingId: 'house-elm',
          restrictions: [{ ...lockedKitchen, uses: [use('2026-11-04T12:00:00Z')] }],
        },
      ]);
      expect(result.uses.count).toBe(0);
      expect(result.reduction.ratio).toBeNull();
      expect(result.usesOutsideSupport).toBe(2);
    });
  });

  it('never throws on restrictions and reviews dated 9999-12-31', () => {
    const edge: Restriction = {
      ...mat,
      id: 'r-edge',
      end: '9999-12-31',
      nextReviewOn: '9999-12-31',
      reviews: [{ on: '9999-12-31', by: ['Manager'], decision: 'continue', reason: 'Far ahead' }],
    };
    const far = { from: '9999-10-01', to: '9999-12-31' } as const;
    for (const window of [quarter, far]) {
      expect(() =>
        run(restrictionMetric({ window }), [
          person('p-edge', '2026-01-05', { restrictions: [edge] }),
        ]),
      ).not.toThrow();
    }
    const first: Restriction = {
      ...edge,
      id: 'r-first',
      start: '0001-01-01',
      uses: [use('9999-12-31T12:00:00Z')],
    };
    expect(() =>
      governanceReport([person('p-edge', '2026-01-05', { restrictions: [edge, first] })], {
        window: quarter,
      }),
    ).not.toThrow();
  });
});
