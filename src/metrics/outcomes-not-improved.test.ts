import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbRecordsWithAreas } from '../../test/arbitraries/metrics.js';
import { person, run } from '../../test/support/metrics.js';
import { thrownCode } from '../../test/support/thrown.js';
import type { IsoDate } from '../core/index.js';
import type { Outcome } from '../outcomes/index.js';
import { outcomesNotImprovedMetric } from './outcomes-not-improved.js';
import { ratingTrendsMetric } from './rating-trends.js';
import type { ProviderRecord } from './records.js';

const window = { from: '2026-07-01', to: '2026-10-01' } as const;

/** An agreed outcome that started in January 2026, rated on the days given. */
function outcome(
  id: string,
  personId: string,
  scores: readonly (readonly [IsoDate, number])[] = [],
  patch: Partial<Outcome> = {},
): Outcome {
  return {
    id,
    personId,
    words: 'I want to cook my own tea on Fridays',
    expressedBy: 'person',
    lifecycleStatus: 'active',
    timeframe: { start: '2026-01-05', reviewBy: '2026-12-01' },
    ...(scores.length > 0
      ? { ratings: scores.map(([on, score]) => ({ on, score, ratedBy: 'person' as const })) }
      : {}),
    ...patch,
  };
}

const cancelledOn = (closedOn: IsoDate, patch: Partial<Outcome> = {}): Partial<Outcome> => ({
  lifecycleStatus: 'cancelled',
  achievementStatus: 'not-achieved',
  closedOn,
  ...patch,
});

const records: ProviderRecord[] = [
  person('p-a', '2025-01-06', {
    plan: {
      outcomes: [
        // The same score three months running, over 62 days: stagnating.
        outcome('a1', 'p-a', [
          ['2026-07-05', 3],
          ['2026-08-05', 3],
          ['2026-09-05', 3],
        ]),
        // A fall held over the latest two ratings: deteriorating.
        outcome('a2', 'p-a', [
          ['2026-07-03', 4],
          ['2026-08-03', 3],
          ['2026-09-03', 3],
        ]),
        // One fall, not held: steady (the good record the reading leaves alone).
        outcome('a3', 'p-a', [
          ['2026-07-10', 3],
          ['2026-08-10', 2],
        ]),
        // One rating: not enough to judge.
        outcome('a4', 'p-a', [['2026-07-10', 2]]),
      ],
    },
  }),
  person('p-b', '2025-01-06', {
    plan: {
      outcomes: [
        // Flat for 48 days only (not stagnating), then cancelled for want of support.
        outcome(
          'b1',
          'p-b',
          [
            ['2026-07-02', 2],
            ['2026-08-01', 2],
            ['2026-08-19', 2],
          ],
          cancelledOn('2026-08-20', { cancelledReason: 'support_unavailable' }),
        ),
        // Cancelled with no reason recorded.
        outcome('b2', 'p-b', [], cancelledOn('2026-09-10')),
        outcome('b3', 'p-b', [], {
          lifecycleStatus: 'completed',
          achievementStatus: 'not-achieved',
          closedOn: '2026-07-31',
        }),
        // Improving and achieved: not counted as not improved.
        outcome(
          'b4',
          'p-b',
          [
            ['2026-07-01', 3],
            ['2026-07-20', 4],
            ['2026-08-01', 5],
          ],
          { lifecycleStatus: 'completed', achievementStatus: 'achieved', achievedOn: '2026-08-01' },
        ),
      ],
    },
  }),
  person('p-c', '2025-01-06', {
    plan: {
      outcomes: [
        // Cancelled before the quarter: not active in it.
        outcome('c1', 'p-c', [], cancelledOn('2026-05-01', { cancelledReason: 'person_chose' })),
        // Cancelled with no date: counted apart.
        outcome('c2', 'p-c', [], { lifecycleStatus: 'cancelled' }),
        // Stagnating, then cancelled: one outcome not improved, in two groups.
        outcome(
          'c3',
          'p-c',
          [
            ['2026-07-01', 1],
            ['2026-08-01', 1],
            ['2026-09-01', 1],
          ],
          cancelledOn('2026-09-30', { cancelledReason: 'person_chose' }),
        ),
      ],
    },
  }),
  // No agreed outcome.
  person('p-d', '2025-01-06', {
    plan: { outcomes: [outcome('d1', 'p-d', [], { lifecycleStatus: 'proposed' })] },
  }),
  { type: 'setting', settingId: 'house-1', restrictions: [] },
];

describe('outcomesNotImprovedMetric', () => {
  const result = run(outcomesNotImprovedMetric({ window }), records);

  describe('outcomes that closed without being achieved', () => {
    it('divides outcomes completed in the window without achievement by outcomes active in it', () => {
      expect(result.outcomes).toBe(9);
      expect(result.completedNotAchieved).toMatchObject({ numerator: 1, denominator: 9 });
    });
    it('divides outcomes cancelled in the window by outcomes active in it (3 of 9: 0.1206 to 0.6458)', () => {
      expect(result.cancelled).toMatchObject({ numerator: 3, denominator: 9 });
      expect(result.cancelled.lower).toBeCloseTo(0.1206, 4);
      expect(result.cancelled.upper).toBeCloseTo(0.6458, 4);
    });
    it('counts cancellations by reason, every reason listed and not_recorded last', () => {
      expect(result.cancelledByReason).toEqual({
        person_chose: 1,
        needs_changed: 0,
        replaced: 0,
        not_attainable: 0,
        support_unavailable: 1,
        left_service: 0,
        other: 0,
        not_recorded: 1,
      });
      expect(Object.keys(result.cancelledByReason).at(-1)).toBe('not_recorded');
    });
    it('counts outcomes closed with no date apart, not in the window', () => {
      expect(result.undated).toBe(1);
    });
  });

  describe('outcomes whose ratings did not improve', () => {
    it('divides stagnating and deteriorating outcomes by active outcomes rated at least twice', () => {
      expect(result.rated).toBe(6);
      expect(result.stagnating).toMatchObject({ numerator: 2, denominator: 6 });
      expect(result.deteriorating).toMatchObject({ numerator: 1, denominator: 6 });
    });
    it('reads deterioration as rating trends does, with the same options', () => {
      const single = run(
        outcomesNotImprovedMetric({ window, deterioration: 'single_drop' }),
        records,
      );
      // a3's one fall now counts.
      expect(single.deteriorating).toMatchObject({ numerator: 2, denominator: 6 });
      expect(single.options).toEqual({
        drop: 1,
        stagnationRatings: 3,
        stagnationDays: 60,
        deterioration: 'single_drop',
        confidence: 0.95,
      });
      const trends = run(ratingTrendsMetric({ window, deterioration: 'single_drop' }), records);
      expect(single.deteriorating.numerator).toBe(trends.movements.deteriorating);
    });
    it('reads stagnation with the thresholds given', () => {
      const shorter = run(outcomesNotImprovedMetric({ window, stagnationDays: 45 }), records);
      // b1's 48 flat days now count.
      expect(shorter.stagnating.numerator).toBe(3);
    });
  });

  describe('overall', () => {
    it('counts each outcome once however many groups it is in (6 of 9)', () => {
      expect(result.notImproved).toMatchObject({ numerator: 6, denominator: 9 });
    });
    it('divides people with an outcome that did not improve by people with an active outcome', () => {
      expect(result.people).toMatchObject({ numerator: 3, denominator: 3, value: 1 });
    });
    it('has null shares, and every reason at 0, when nothing is active', () => {
      const empty = run(outcomesNotImprovedMetric({ window }), []);
      expect(empty.notImproved.value).toBeNull();
      expect(empty.stagnating.value).toBeNull();
      expect(Object.values(empty.cancelledByReason).every((n) => n === 0)).toBe(true);
    });
    it('leaves alone a person whose outcomes are going well', () => {
      const fine = run(outcomesNotImprovedMetric({ window }), [
        person('p-e', '2025-01-06', {
          plan: {
            outcomes: [
              outcome('e1', 'p-e', [
                ['2026-07-04', 2],
                ['2026-08-04', 3],
                ['2026-09-04', 4],
              ]),
            ],
          },
        }),
      ]);
      expect(fine).toMatchObject({
        outcomes: 1,
        rated: 1,
        notImproved: { numerator: 0, denominator: 1 },
        people: { numerator: 0, denominator: 1 },
      });
    });
    it('throws invalid_argument for a bad option', () => {
      expect(
        thrownCode(() => outcomesNotImprovedMetric({ window, deterioration: 'sudden' as never })),
      ).toBe('invalid_argument');
      expect(thrownCode(() => outcomesNotImprovedMetric({ window, drop: 0 }))).toBe(
        'invalid_argument',
      );
    });
    it('keeps data-keyed state in an object without a prototype', () => {
      const metric = outcomesNotImprovedMetric({ window });
      expect(Object.getPrototypeOf(metric.init().cancelledByReason)).toBeNull();
    });
  });

  describe('properties', () => {
    const wide = { from: '2026-01-01', to: '2027-01-01' } as const;
    const metric = outcomesNotImprovedMetric({ window: wide });
    const fold = (part: readonly ProviderRecord[]) => part.reduce(metric.add, metric.init());
    test.prop([arbRecordsWithAreas(), fc.nat()], { numRuns: 40 })(
      'splitting the records in two and merging equals one pass',
      (rs, cut) => {
        const at = cut % (rs.length + 1);
        const merged = metric.merge(fold(rs.slice(0, at)), fold(rs.slice(at)));
        expect(metric.finish(merged)).toEqual(run(metric, rs));
      },
    );
    test.prop([arbRecordsWithAreas()], { numRuns: 40 })(
      'the order of the records does not matter',
      (rs) => {
        expect(run(metric, [...rs].reverse())).toEqual(run(metric, rs));
      },
    );
    test.prop([arbRecordsWithAreas()], { numRuns: 40 })('a state survives JSON unchanged', (rs) => {
      const state = fold(rs);
      const revived = JSON.parse(JSON.stringify(state));
      expect(metric.finish(metric.merge(metric.init(), revived))).toEqual(metric.finish(state));
    });
    test.prop([arbRecordsWithAreas()], { numRuns: 40 })(
      'the reasons add up to the cancellations, and no group is above the whole',
      (rs) => {
        const r = run(metric, rs);
        const reasons = Object.values(r.cancelledByReason).reduce((n, k) => n + k, 0);
        expect(reasons).toBe(r.cancelled.numerator);
        expect(r.notImproved.numerator).toBeLessThanOrEqual(r.outcomes);
        expect(r.notImproved.numerator).toBeGreaterThanOrEqual(
          Math.max(r.cancelled.numerator, r.completedNotAchieved.numerator),
        );
      },
    );
    test.prop([arbRecordsWithAreas()], { numRuns: 40 })(
      'finds no more stagnating or deteriorating outcomes than rating trends does',
      (rs) => {
        const r = run(metric, rs);
        const trends = run(ratingTrendsMetric({ window: wide }), rs);
        expect(r.stagnating.numerator).toBeLessThanOrEqual(trends.movements.stagnating);
        expect(r.deteriorating.numerator).toBeLessThanOrEqual(trends.movements.deteriorating);
      },
    );
  });
});
