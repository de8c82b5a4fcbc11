import { test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { arbProviderRecords } from '../../test/arbitraries/metrics.js';
import { goodOutcome } from '../../test/fixtures/outcomes.js';
import { person, run } from '../../test/support/metrics.js';
import { thrownCode } from '../../test/support/thrown.js';
import type { IsoDate } from '../core/index.js';
import type { Outcome } from '../outcomes/index.js';
import { ratingTrendsMetric } from './rating-trends.js';

const quarter = { from: '2026-07-01', to: '2026-10-01' } as const;
const rated = (id: string, scores: [IsoDate, number][], extra: Partial<Outcome> = {}): Outcome => ({
  ...goodOutcome,
  id,
  personId: 'p-a',
  ratings: scores.map(([on, score]) => ({ on, score, ratedBy: 'person' as const })),
  ...extra,
});

describe('ratingTrendsMetric', () => {
  const outcomes = [
    rated('o-up', [
      ['2026-07-06', 2],
      ['2026-08-03', 3],
      ['2026-09-07', 4],
    ]),
    rated('o-down', [
      ['2026-07-06', 4],
      ['2026-08-03', 3],
      ['2026-09-07', 2],
    ]),
    rated('o-flat', [
      ['2026-07-06', 3],
      ['2026-08-03', 3],
      ['2026-09-07', 3],
    ]),
    rated('o-top', [
      ['2026-07-06', 5],
      ['2026-08-03', 5],
      ['2026-09-07', 5],
    ]),
    rated('o-wobble', [
      ['2026-07-06', 3],
      ['2026-08-03', 4],
      ['2026-09-07', 3],
    ]),
    rated('o-one', [['2026-09-07', 3]]),
    rated('o-none', [['2026-05-04', 3]]),
    rated(
      'o-error',
      [
        ['2026-07-06', 5],
        ['2026-09-07', 1],
      ],
      { lifecycleStatus: 'entered-in-error' },
    ),
  ];
  const result = run(ratingTrendsMetric({ window: quarter }), [
    person('p-a', '2026-01-05', { plan: { outcomes }, groups: { service: 'svc-north' } }),
  ]);

  it('sorts outcomes by how their ratings moved in the window', () => {
    expect(result.movements).toEqual({
      improving: 1,
      deteriorating: 1,
      stagnating: 1,
      steady: 2,
      not_enough_ratings: 1,
    });
  });

  it('gives the mean change over outcomes rated at least twice', () => {
    // +2, −2, 0, 0, 0 over five outcomes.
    expect(result.meanChange).toBe(0);
  });

  it('flags deteriorating outcomes before stagnating ones, for escalation', () => {
    expect(result.flagged.map((f) => [f.outcomeId, f.movement])).toEqual([
      ['o-down', 'deteriorating'],
      ['o-flat', 'stagnating'],
    ]);
    expect(result.flagged[0]).toMatchObject({
      first: { on: '2026-07-06', score: 4 },
      latest: { on: '2026-09-07', score: 2 },
      ratings: 3,
      groups: { service: 'svc-north' },
    });
  });

  it('counts people with a deteriorating or stagnating outcome', () => {
    expect(result.peopleDeteriorating).toMatchObject({ numerator: 1, denominator: 1 });
    expect(result.peopleStagnating).toMatchObject({ numerator: 1, denominator: 1 });
  });

  it('does not call a level score stagnating over too short a time', () => {
    const short = rated('o-short', [
      ['2026-09-01', 3],
      ['2026-09-08', 3],
      ['2026-09-15', 3],
    ]);
    const again = run(ratingTrendsMetric({ window: quarter }), [
      person('p-a', '2026-01-05', { plan: { outcomes: [short] } }),
    ]);
    expect(again.movements.steady).toBe(1);
  });

  describe('what counts as deteriorating', () => {
    const one = (id: string, scores: [IsoDate, number][]) =>
      person('p-a', '2026-01-05', { plan: { outcomes: [rated(id, scores)] } });
    const once = one('o-once', [
      ['2026-07-06', 4],
      ['2026-08-03', 4],
      ['2026-09-07', 3],
    ]);
    const recovered = one('o-back', [
      ['2026-07-01', 4],
      ['2026-07-31', 3],
      ['2026-08-30', 2],
      ['2026-09-29', 1],
      ['2026-09-30', 4],
    ]);
    it('by default needs the fall held over the latest two ratings, so one bad month is not escalated', () => {
      const held = run(ratingTrendsMetric({ window: quarter }), [once]);
      expect(held.movements).toMatchObject({ deteriorating: 0, steady: 1 });
      expect(held.fellOnce).toBe(1);
      expect(held.flagged).toEqual([]);
    });
    it('counts a single fall as deteriorating with the single-drop reading', () => {
      const single = run(ratingTrendsMetric({ window: quarter, deterioration: 'single_drop' }), [
        once,
      ]);
      expect(single.movements.deteriorating).toBe(1);
      expect(single.fellOnce).toBe(0);
      expect(single.options.deterioration).toBe('single_drop');
    });
    it('reads the whole path with the robust-trend reading, even after a last good rating', () => {
      // Theil–Sen slope −1/30 a day over 90 days: a fall of 3 although the latest is back to 4.
      expect(
        run(ratingTrendsMetric({ window: quarter, deterioration: 'trend' }), [recovered]).movements
          .deteriorating,
      ).toBe(1);
      expect(
        run(ratingTrendsMetric({ window: quarter }), [recovered]).movements.deteriorating,
      ).toBe(0);
    });
    it('needs three ratings for a held fall or a trend', () => {
      const two = one('o-two', [
        ['2026-07-06', 5],
        ['2026-09-07', 1],
      ]);
      for (const deterioration of ['held', 'trend'] as const) {
        expect(
          run(ratingTrendsMetric({ window: quarter, deterioration }), [two]).movements
            .deteriorating,
        ).toBe(0);
      }
    });
    it('gives each share of people with its interval', () => {
      expect(result.peopleDeteriorating).toMatchObject({ numerator: 1, denominator: 1, value: 1 });
      expect(result.peopleDeteriorating.lower).toBeGreaterThan(0);
      expect(result.peopleDeteriorating.upper).toBe(1);
    });
    it('rejects an unknown reading', () => {
      expect(
        thrownCode(() => ratingTrendsMetric({ window: quarter, deterioration: 'any' as never })),
      ).toBe('invalid_argument');
    });
  });

  it('rejects a drop of 0', () => {
    expect(thrownCode(() => ratingTrendsMetric({ window: quarter, drop: 0 }))).toBe(
      'invalid_argument',
    );
  });
});

describe('properties', () => {
  const year = { window: { from: '2024-01-01', to: '2027-01-01' } } as const;
  test.prop([arbProviderRecords()], { numRuns: 40 })(
    'the held reading never escalates more outcomes than the single-drop reading',
    (records) => {
      const held = run(ratingTrendsMetric(year), records);
      const single = run(ratingTrendsMetric({ ...year, deterioration: 'single_drop' }), records);
      expect(held.movements.deteriorating).toBeLessThanOrEqual(single.movements.deteriorating);
      expect(held.movements.deteriorating + held.fellOnce).toBe(single.movements.deteriorating);
    },
  );
});
