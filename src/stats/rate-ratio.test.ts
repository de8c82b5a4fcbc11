import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isGoldenThreadError } from '../core/index.js';
import { type RatePeriod, rateRatio } from './rate-ratio.js';

// Reference values: test/reference/metrics_reference.py. The interval is Clopper–Pearson
// found by bisection (mpmath, 50 digits) on exact binomial sums, then mapped to the ratio
// scale; the p-value is twice the smaller exact binomial tail (fractions.Fraction), capped at
// 1 — the fraction is given beside each value.
function expectRelative(actual: number | null, expected: number, tolerance = 1e-9): void {
  expect(actual).not.toBeNull();
  const a = actual as number;
  const error = expected === 0 ? Math.abs(a) : Math.abs(a - expected) / expected;
  expect(error, `${a} vs ${expected}`).toBeLessThan(tolerance);
}

const arbPeriod: fc.Arbitrary<RatePeriod> = fc.record({
  count: fc.integer({ min: 0, max: 300 }),
  exposure: fc.double({ min: 0.5, max: 5000, noNaN: true }),
});
const confidence = fc.double({ min: 0.5, max: 0.999, noNaN: true });

describe('rateRatio', () => {
  describe('when incidents fall after a change', () => {
    it('gives the ratio after ÷ before with its exact interval and p-value', () => {
      // 12 incidents in 6 months before, 4 in 6 months after.
      const result = rateRatio({ count: 12, exposure: 6 }, { count: 4, exposure: 6 });
      expectRelative(result.ratio, 1 / 3);
      expectRelative(result.lower, 0.07835550926437423);
      expectRelative(result.upper, 1.0998293296137076);
      expectRelative(result.pValue, 2517 / 32768);
      expect(result.before).toEqual({ count: 12, exposure: 6, rate: 2 });
      expect(result.after).toEqual({ count: 4, exposure: 6, rate: 4 / 6 });
      expect(result.confidence).toBe(0.95);
      expect(result.method).toMatch(/after ÷ before.*Clopper–Pearson.*twice the smaller tail/);
    });
    it('allows for different exposures', () => {
      const result = rateRatio({ count: 9, exposure: 120 }, { count: 3, exposure: 150 });
      expectRelative(result.ratio, 0.26666666666666666);
      expectRelative(result.lower, 0.04643602593447826);
      expectRelative(result.upper, 1.068540958463113);
      expectRelative(result.pValue, 6138363904 / 94143178827);
    });
    it('agrees with a year of falls: 30 before, 18 after over 365 days each', () => {
      const result = rateRatio({ count: 30, exposure: 365 }, { count: 18, exposure: 365 });
      expectRelative(result.ratio, 0.6);
      expectRelative(result.lower, 0.3149631291510531);
      expectRelative(result.upper, 1.1119067245012382);
      expectRelative(result.pValue, 7839281541725 / 70368744177664);
    });
  });

  describe('when a count is zero', () => {
    it('gives a null ratio and upper bound, but a lower bound, when there were none before', () => {
      const result = rateRatio({ count: 0, exposure: 10 }, { count: 3, exposure: 10 });
      expect(result.ratio).toBeNull();
      expect(result.upper).toBeNull();
      expectRelative(result.lower, 0.413231355030894);
      expectRelative(result.pValue, 0.25);
    });
    it('gives a ratio and lower bound of 0 when there were none after', () => {
      const result = rateRatio({ count: 5, exposure: 10 }, { count: 0, exposure: 10 });
      expect(result.ratio).toBe(0);
      expect(result.lower).toBe(0);
      expectRelative(result.upper, 1.091279105182546);
      expectRelative(result.pValue, 1 / 16);
    });
    it('concludes nothing when there were none at all', () => {
      const result = rateRatio({ count: 0, exposure: 10 }, { count: 0, exposure: 10 });
      expect(result).toMatchObject({ ratio: null, lower: 0, upper: null, pValue: 1 });
    });
  });

  describe('when an exposure is zero', () => {
    it('returns nulls for the comparison, and a null rate for that period', () => {
      const result = rateRatio({ count: 0, exposure: 0 }, { count: 2, exposure: 30 });
      expect(result).toMatchObject({ ratio: null, lower: null, upper: null, pValue: null });
      expect(result.before.rate).toBeNull();
      expect(result.after.rate).toBeCloseTo(2 / 30, 15);
      expect(rateRatio({ count: 2, exposure: 30 }, { count: 0, exposure: 0 }).pValue).toBeNull();
    });
  });

  describe('with another confidence level', () => {
    it('matches the reference for identical periods at 90 %', () => {
      const result = rateRatio(
        { count: 7, exposure: 7 },
        { count: 7, exposure: 7 },
        { confidence: 0.9 },
      );
      expect(result.ratio).toBe(1);
      expectRelative(result.lower, 0.35792983100803066);
      expectRelative(result.upper, 2.793843690490172);
      expect(result.pValue).toBe(1);
      expect(result.confidence).toBe(0.9);
    });
  });

  describe('with bad arguments', () => {
    it.each([
      [
        { count: -1, exposure: 1 },
        { count: 1, exposure: 1 },
        {},
        /before.count must be a whole number/,
      ],
      [{ count: 1, exposure: 1 }, { count: 0.5, exposure: 1 }, {}, /after.count/],
      [
        { count: 1, exposure: -1 },
        { count: 1, exposure: 1 },
        {},
        /before.exposure must be a finite/,
      ],
      [{ count: 1, exposure: 1 }, { count: 1, exposure: Number.NaN }, {}, /after.exposure/],
      [
        { count: 2, exposure: 0 },
        { count: 1, exposure: 1 },
        {},
        /before has 2 events over an exposure of 0/,
      ],
      [{ count: 1, exposure: 1 }, { count: 1, exposure: 1 }, { confidence: 95 }, /confidence/],
      [{ count: 1, exposure: 5e-324 }, { count: 1, exposure: 1 }, {}, /too large/],
    ])('throws invalid_argument for %o, %o, %o', (before, after, options, message) => {
      let caught: unknown;
      try {
        rateRatio(before, after, options);
      } catch (error) {
        caught = error;
      }
      expect(isGoldenThreadError(caught) && caught.code).toBe('invalid_argument');
      expect((caught as Error).message).toMatch(/^rateRatio: /);
      expect((caught as Error).message).toMatch(message);
    });
  });

  describe('properties', () => {
    test.prop([arbPeriod, confidence])(
      'the rate ratio of identical periods is 1 with an interval containing 1',
      (period, level) => {
        const result = rateRatio(period, period, { confidence: level });
        if (period.count > 0) expect(result.ratio).toBeCloseTo(1, 12);
        expect(result.lower as number).toBeLessThanOrEqual(1);
        if (result.upper !== null) expect(result.upper).toBeGreaterThanOrEqual(1);
        expect(result.pValue).toBe(1);
      },
    );
    test.prop([arbPeriod, arbPeriod, confidence])(
      'the interval leaves out 1 exactly when the p-value is below 1 − confidence',
      (before, after, level) => {
        const { lower, upper, pValue } = rateRatio(before, after, { confidence: level });
        const excludesOne = (lower as number) > 1 || (upper !== null && upper < 1);
        const alpha = 1 - level;
        // Away from the boundary, where rounding could tip either side.
        fc.pre(Math.abs((pValue as number) - alpha) > 1e-9);
        expect(excludesOne).toBe((pValue as number) < alpha);
      },
    );
    test.prop([arbPeriod, arbPeriod, confidence])(
      'swapping the periods inverts the ratio and its interval',
      (before, after, level) => {
        fc.pre(before.count > 0 && after.count > 0);
        const forward = rateRatio(before, after, { confidence: level });
        const backward = rateRatio(after, before, { confidence: level });
        expect((forward.ratio as number) * (backward.ratio as number)).toBeCloseTo(1, 9);
        expect((forward.lower as number) * (backward.upper as number)).toBeCloseTo(1, 6);
        expect(forward.pValue).toBeCloseTo(backward.pValue as number, 9);
      },
    );
    test.prop([arbPeriod, arbPeriod, fc.double({ min: 0.01, max: 100, noNaN: true })])(
      'does not depend on the unit of exposure',
      (before, after, factor) => {
        const base = rateRatio(before, after);
        const scaled = rateRatio(
          { ...before, exposure: before.exposure * factor },
          { ...after, exposure: after.exposure * factor },
        );
        if (base.ratio !== null) expect(scaled.ratio).toBeCloseTo(base.ratio, 6);
        expect(scaled.pValue).toBeCloseTo(base.pValue as number, 6);
      },
    );
    test.prop([arbPeriod, arbPeriod, confidence])(
      'lower ≤ ratio ≤ upper, between 0 and 1 for the p-value, never NaN or Infinity',
      (before, after, level) => {
        const result = rateRatio(before, after, { confidence: level });
        const numbers = [result.ratio, result.lower, result.upper, result.pValue].filter(
          (v): v is number => v !== null,
        );
        for (const v of numbers) expect(Number.isFinite(v)).toBe(true);
        if (result.ratio !== null) {
          expect(result.lower as number).toBeLessThanOrEqual(result.ratio * (1 + 1e-12));
          if (result.upper !== null)
            expect(result.upper).toBeGreaterThanOrEqual(result.ratio * (1 - 1e-12));
        }
        expect(result.pValue as number).toBeGreaterThanOrEqual(0);
        expect(result.pValue as number).toBeLessThanOrEqual(1);
      },
    );
  });
});
