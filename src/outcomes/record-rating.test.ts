import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbOutcome } from '../../test/arbitraries/outcomes.js';
import { goodOutcome } from '../../test/fixtures/outcomes.js';
import { recordRating } from './record-rating.js';
import { DEFAULT_RATING_SCALE, OutcomeSchema } from './schemas/index.js';

const rating = {
  on: '2026-11-30',
  score: 4,
  ratedBy: 'person',
  example: 'Took the bus to the group alone',
} as const;

function isDeepFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  return Object.isFrozen(value) && Object.values(value).every(isDeepFrozen);
}

describe('recordRating', () => {
  it('returns a new outcome with the rating added', () => {
    const result = recordRating(goodOutcome, rating);
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.ratings).toEqual([...(goodOutcome.ratings ?? []), rating]);
    expect(result.data).not.toBe(goodOutcome);
  });
  it('returns a deeply frozen outcome and leaves the input untouched and unfrozen', () => {
    const input = structuredClone(goodOutcome);
    const result = recordRating(input, rating);
    expect(result.success && isDeepFrozen(result.data)).toBe(true);
    expect(input).toEqual(goodOutcome);
    expect(Object.isFrozen(input) || Object.isFrozen(input.owners)).toBe(false);
  });
  it('starts the list for an outcome with no ratings', () => {
    const { ratings: _r, ...unrated } = goodOutcome;
    const result = recordRating(unrated, rating);
    expect(result.success ? result.data.ratings : undefined).toEqual([rating]);
  });
  it('rejects a score outside the outcome’s scale with score_outside_scale', () => {
    expect(recordRating(goodOutcome, { ...rating, score: 6 })).toEqual({
      success: false,
      issues: [
        {
          code: 'score_outside_scale',
          path: ['score'],
          minimum: 1,
          maximum: 5,
          message: '"score" must be a score from 1 to 5 on this outcome’s scale.',
        },
      ],
    });
    expect(
      recordRating({ ...goodOutcome, ratingScale: { min: 0, max: 10 } }, { ...rating, score: 9 })
        .success,
    ).toBe(true);
  });
  it('rejects a malformed rating with the parse issues', () => {
    const result = recordRating(goodOutcome, { on: '2026-11-31', score: 2.5, ratedBy: 'person' });
    expect(result.success ? [] : result.issues.map((i) => i.code)).toEqual([
      'invalid_date',
      'invalid_type',
    ]);
  });
  it('rejects a rating when the outcome already holds 1,000', () => {
    const full = { ...goodOutcome, ratings: Array.from({ length: 1000 }, () => rating) };
    expect(recordRating(full, rating)).toMatchObject({
      success: false,
      issues: [{ code: 'too_big', path: ['ratings'], maximum: 1000 }],
    });
  });

  describe('properties', () => {
    test.prop([arbOutcome, fc.integer({ min: -10, max: 20 })])(
      'output is frozen and passes the schema, or the score is off the scale',
      (outcome, score) => {
        const result = recordRating(outcome, { ...rating, score });
        const { min, max } = outcome.ratingScale ?? DEFAULT_RATING_SCALE;
        expect(result.success).toBe(score >= min && score <= max);
        if (result.success) {
          expect(isDeepFrozen(result.data)).toBe(true);
          expect(OutcomeSchema.safeParse(result.data).success).toBe(true);
          expect(result.data.ratings?.length).toBe((outcome.ratings?.length ?? 0) + 1);
        }
      },
    );
    test.prop([arbOutcome])('never mutates its input', (outcome) => {
      const copy = structuredClone(outcome);
      recordRating(outcome, { ...rating, score: outcome.ratingScale?.min ?? 1 });
      expect(outcome).toEqual(copy);
    });
  });
});
