import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mannKendall } from './mann-kendall.js';

// Reference values: test/reference/metrics_reference.py — an independent implementation in
// Python (exact S and variance with fractions.Fraction, erfc from mpmath at 50 digits).
const arbSeries = fc.array(fc.integer({ min: 0, max: 8 }), { maxLength: 40 });

/** S and the tie terms as mannKendall computed them before issue #19: every pair, O(n²). */
function quadraticMannKendall(values: readonly number[]) {
  let s = 0;
  for (const [i, xi] of values.entries()) {
    for (const xj of values.slice(i + 1)) s += Math.sign(xj - xi);
  }
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let tieTerm = 0;
  for (const t of counts.values()) tieTerm += t * (t - 1) * (2 * t + 5);
  const n = values.length;
  return { s, variance: Math.max(0, (n * (n - 1) * (2 * n + 5) - tieTerm) / 18) };
}

describe('mannKendall', () => {
  describe('with a steadily rising series', () => {
    it('gives S = 10, variance 50/3, Z = 9/√(50/3), p = 0.0275 and tau 1 (by hand)', () => {
      const result = mannKendall([1, 2, 3, 4, 5]);
      expect(result.s).toBe(10);
      expect(result.variance).toBeCloseTo(50 / 3, 12);
      expect(result.z).toBeCloseTo(9 / Math.sqrt(50 / 3), 12);
      expect(result.pValue).toBeCloseTo(0.027486336111510346, 12);
      expect(result.tau).toBe(1);
      expect(result.method).toMatch(/tie-corrected.*continuity-corrected.*tau-b/);
    });
  });

  describe('with tied values', () => {
    it('corrects the variance and uses tau-b', () => {
      // Ties: 4 twice, 8 three times: Var = (10·9·25 − 2·1·9 − 3·2·11)/18 = 361/3.
      const result = mannKendall([3, 4, 4, 6, 7, 5, 8, 8, 8, 10]);
      expect(result.s).toBe(37);
      expect(result.variance).toBeCloseTo(361 / 3, 12);
      expect(result.z).toBeCloseTo(3.281780477498925, 12);
      expect(result.pValue).toBeCloseTo(0.001031538779879039, 12);
      expect(result.tau).toBeCloseTo(0.8613973647824797, 12);
    });
    it('reports a falling series with negative S, Z and tau', () => {
      const result = mannKendall([10, 9, 11, 7, 6, 6, 5, 8, 4, 3, 2, 2]);
      expect(result.s).toBe(-52);
      expect(result.variance).toBeCloseTo(632 / 3, 12);
      expect(result.z).toBeCloseTo(-3.5137613731358837, 12);
      expect(result.pValue).toBeCloseTo(0.00044180951523382434, 14);
      expect(result.tau).toBeCloseTo(-0.8000946913656628, 12);
    });
  });

  describe('when S is 0', () => {
    it('gives Z = 0 and p = 1', () => {
      expect(mannKendall([1, 2, 1])).toMatchObject({ s: 0, z: 0, pValue: 1, tau: 0 });
    });
  });

  describe('when there is nothing to test', () => {
    it.each([[[]], [[5]], [[2, 2, 2, 2]]])('returns null Z, p and tau for %o', (values) => {
      expect(mannKendall(values)).toMatchObject({
        n: values.length,
        s: 0,
        variance: 0,
        z: null,
        pValue: null,
        tau: null,
      });
    });
  });

  describe('with a long series', () => {
    it('counts S for 100,000 values in O(n log n): a rising saw with ties', () => {
      // v = ⌊i/2⌋: each value twice. Pairs 100000·99999/2 = 4,999,950,000; tied pairs 50,000;
      // no pair falls, so S = 4,999,950,000 − 50,000 = 4,999,900,000.
      const values = Array.from({ length: 100_000 }, (_, i) => Math.floor(i / 2));
      const result = mannKendall(values);
      expect(result.s).toBe(4_999_900_000);
      expect(result.tau).toBeCloseTo(Math.sqrt(4_999_900_000 / 4_999_950_000), 12);
      expect(result.pValue).toBe(0);
    });
    it('refuses a series longer than maxLength before doing any work', () => {
      expect(() => mannKendall([1, 2, 3], { maxLength: 2 })).toThrow(
        'mannKendall: values has 3 entries, more than maxLength (2); pass a larger maxLength to allow it, or summarise the series first (for example by month).',
      );
      expect(mannKendall([1, 2, 3], { maxLength: 3 }).s).toBe(3);
    });
  });

  describe('with bad arguments', () => {
    it.each([
      [null, {}, 'mannKendall: values must be an array, but it is null.'],
      ['12', {}, 'mannKendall: values must be an array, but it is "12".'],
      [[1, '2'], {}, 'mannKendall: value 1 is "2"; every value must be a finite number.'],
      [[1, 2], null, 'mannKendall: options must be an object, but it is null.'],
      [
        [1, 2],
        { maxLength: 1.5 },
        'mannKendall: maxLength must be a whole number of at least 1, but it is 1.5.',
      ],
    ])('throws invalid_argument for %o with %o', (values, options, message) => {
      expect(() => mannKendall(values as never, options as never)).toThrow(message);
    });
    it('throws invalid_argument for a value that is not finite', () => {
      expect(() => mannKendall([1, Number.NaN])).toThrow(
        /^mannKendall: value 1 is NaN; every value must be a finite number/,
      );
    });
  });

  describe('properties', () => {
    test.prop([arbSeries])('S and its variance equal the O(n²) definition', (values) => {
      const { s, variance } = mannKendall(values);
      expect({ s, variance }).toEqual(quadraticMannKendall(values));
    });
    test.prop([fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { maxLength: 60 })])(
      'S equals the O(n²) definition on any doubles (−0 and 0 tie)',
      (values) => {
        expect(mannKendall(values).s).toBe(quadraticMannKendall(values).s);
      },
    );
    test.prop([arbSeries])('S is antisymmetric under reversal', (values) => {
      const forward = mannKendall(values);
      const backward = mannKendall([...values].reverse());
      expect(backward.s + forward.s).toBe(0);
      expect(backward.variance).toBe(forward.variance);
      expect(backward.pValue).toBe(forward.pValue);
    });
    test.prop([arbSeries, fc.integer({ min: -100, max: 100 }), fc.integer({ min: 1, max: 50 })])(
      'is unchanged by a positive linear rescaling of the values',
      (values, shift, factor) => {
        const base = mannKendall(values);
        const scaled = mannKendall(values.map((v) => v * factor + shift));
        expect(scaled).toEqual(base);
      },
    );
    test.prop([arbSeries])('|tau| ≤ 1, 0 ≤ p ≤ 1, never NaN', (values) => {
      const { tau, pValue, z } = mannKendall(values);
      if (tau === null) {
        expect(pValue).toBeNull();
        expect(z).toBeNull();
        return;
      }
      expect(Math.abs(tau)).toBeLessThanOrEqual(1 + 1e-12);
      expect(pValue as number).toBeGreaterThanOrEqual(0);
      expect(pValue as number).toBeLessThanOrEqual(1);
      expect(Number.isFinite(z)).toBe(true);
    });
  });
});
