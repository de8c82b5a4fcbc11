import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbOutcome } from '../../test/arbitraries/outcomes.js';
import { goodOutcome } from '../../test/fixtures/outcomes.js';
import { ratingTrend } from './rating-trend.js';
import type { Outcome, Rating } from './schemas/index.js';

const rated = (...scores: [string, number][]): Outcome => ({
  ...goodOutcome,
  ratings: scores.map(([on, score]) => ({ on, score, ratedBy: 'person' }) as Rating),
});

describe('ratingTrend', () => {
  it('compares the latest rating with the first of the last three, in date order', () => {
    const outcome = rated(
      ['2026-11-01', 4],
      ['2026-08-01', 1],
      ['2026-09-01', 2],
      ['2026-10-01', 3],
    );
    expect(ratingTrend(outcome)).toMatchObject({
      direction: 'improving',
      change: 2,
      count: 3,
      from: { on: '2026-09-01' },
      to: { on: '2026-11-01' },
    });
  });
  it('reports worsening and no-change', () => {
    expect(ratingTrend(rated(['2026-09-01', 4], ['2026-10-01', 2])).direction).toBe('worsening');
    expect(
      ratingTrend(rated(['2026-09-01', 3], ['2026-10-01', 4], ['2026-11-01', 3])),
    ).toMatchObject({ direction: 'no-change', change: 0 });
  });
  it('keeps ratings on the same day in recorded order', () => {
    expect(ratingTrend(rated(['2026-09-01', 2], ['2026-09-01', 5]))).toMatchObject({ change: 3 });
  });
  it('says not-enough-ratings, with change null, below two ratings', () => {
    expect(ratingTrend(rated())).toEqual({
      direction: 'not-enough-ratings',
      change: null,
      from: null,
      to: null,
      count: 0,
    });
    expect(ratingTrend(rated(['2026-09-01', 2]))).toMatchObject({
      direction: 'not-enough-ratings',
      change: null,
      count: 1,
      to: { score: 2 },
    });
  });
  it('honours last and asOf', () => {
    const outcome = rated(
      ['2026-08-01', 1],
      ['2026-09-01', 2],
      ['2026-10-01', 3],
      ['2026-11-01', 1],
    );
    expect(ratingTrend(outcome, { last: 4 })).toMatchObject({ change: 0, count: 4 });
    expect(ratingTrend(outcome, { asOf: '2026-10-15' })).toMatchObject({
      direction: 'improving',
      change: 2,
    });
  });
  it('throws invalid_argument when last is below 2', () => {
    expect(() => ratingTrend(goodOutcome, { last: 1 })).toThrow(
      /last must be a whole number of at least 2/,
    );
  });

  describe('properties', () => {
    test.prop([arbOutcome, fc.integer({ min: 2, max: 6 })])(
      'change is the difference of the compared scores and agrees with the direction',
      (outcome, last) => {
        const trend = ratingTrend(outcome, { last });
        if (trend.change === null) {
          expect(trend.direction).toBe('not-enough-ratings');
          return;
        }
        expect(trend.change).toBe((trend.to?.score ?? 0) - (trend.from?.score ?? 0));
        expect(trend.direction).toBe(
          trend.change > 0 ? 'improving' : trend.change < 0 ? 'worsening' : 'no-change',
        );
      },
    );
    test.prop([arbOutcome])(
      'is invariant to the stored order of ratings on different days',
      (outcome) => {
        const days = new Set((outcome.ratings ?? []).map((r) => r.on));
        if (days.size !== (outcome.ratings ?? []).length) return;
        const reversed = { ...outcome, ratings: [...(outcome.ratings ?? [])].reverse() };
        expect(ratingTrend(reversed)).toEqual(ratingTrend(outcome));
      },
    );
  });
});
