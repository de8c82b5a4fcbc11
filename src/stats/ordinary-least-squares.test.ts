import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ordinaryLeastSquares } from './ordinary-least-squares.js';
import type { SeriesPoint } from './theil-sen.js';

// Reference values: test/reference/metrics_reference.py (exact, with fractions.Fraction).
const series = (...ys: number[]): SeriesPoint[] => ys.map((y, i) => ({ x: i, y }));
const arbPoints = fc.array(
  fc.record({ x: fc.integer({ min: -50, max: 50 }), y: fc.integer({ min: -1000, max: 1000 }) }),
  { maxLength: 30 },
);

describe('ordinaryLeastSquares', () => {
  describe('with a small series', () => {
    it('gives slope 4/5, intercept 3/5 and r² 16/25', () => {
      const fit = ordinaryLeastSquares([
        { x: 1, y: 1 },
        { x: 2, y: 3 },
        { x: 3, y: 2 },
        { x: 4, y: 5 },
        { x: 5, y: 4 },
      ]);
      expect(fit.slope).toBeCloseTo(0.8, 12);
      expect(fit.intercept).toBeCloseTo(0.6, 12);
      expect(fit.rSquared).toBeCloseTo(0.64, 12);
      expect(fit).toMatchObject({ n: 5, method: 'ordinary least squares' });
    });
    it('is pulled by one unusual month (slope 15/7, r² 25/54)', () => {
      const fit = ordinaryLeastSquares(series(10, 12, 11, 15, 14, 30, 17));
      expect(fit.slope).toBeCloseTo(15 / 7, 12);
      expect(fit.intercept).toBeCloseTo(64 / 7, 12);
      expect(fit.rSquared).toBeCloseTo(25 / 54, 12);
    });
    it('uses repeated x values', () => {
      const fit = ordinaryLeastSquares([
        { x: 1, y: 2 },
        { x: 1, y: 4 },
        { x: 2, y: 5 },
        { x: 3, y: 9 },
      ]);
      expect(fit.slope).toBeCloseTo(32 / 11, 12);
      expect(fit.intercept).toBeCloseTo(-1 / 11, 12);
      expect(fit.rSquared).toBeCloseTo(128 / 143, 12);
    });
  });

  describe('when there is no line or nothing to explain', () => {
    it.each([
      [[]],
      [[{ x: 1, y: 2 }]],
      [
        [
          { x: 3, y: 1 },
          { x: 3, y: 8 },
        ],
      ],
    ])('returns nulls for %o', (points) => {
      expect(ordinaryLeastSquares(points)).toMatchObject({
        slope: null,
        intercept: null,
        rSquared: null,
      });
    });
    it('gives a flat line with a null r² when every y is the same', () => {
      expect(ordinaryLeastSquares(series(4, 4, 4))).toMatchObject({
        slope: 0,
        intercept: 4,
        rSquared: null,
      });
    });
  });

  describe('with bad arguments', () => {
    it.each([
      [{ x: 1 }, {}, 'ordinaryLeastSquares: points must be an array, but it is an object.'],
      [
        [
          { x: 1, y: 1 },
          { x: 2, y: 2 },
        ],
        { maxLength: 1 },
        'ordinaryLeastSquares: points has 2 entries, more than maxLength (1); pass a larger maxLength to allow it, or summarise the series first (for example by month).',
      ],
      [
        [undefined],
        {},
        'ordinaryLeastSquares: point 0 is missing (undefined); each point must be an object { x, y }.',
      ],
    ])('throws invalid_argument for %o with %o', (points, options, message) => {
      expect(() => ordinaryLeastSquares(points as never, options as never)).toThrow(message);
    });
    it('throws invalid_argument for a coordinate that is not finite', () => {
      expect(() => ordinaryLeastSquares([{ x: 1, y: Number.NaN }])).toThrow(
        /^ordinaryLeastSquares: point 0/,
      );
    });
    it('throws invalid_argument when the sums overflow', () => {
      expect(() => ordinaryLeastSquares(series(1e308, 1e308))).toThrow(/too large/);
      expect(() => ordinaryLeastSquares(series(-1e300, 1e300))).toThrow(/too large/);
    });
  });

  describe('properties', () => {
    test.prop([
      fc.array(fc.integer({ min: -100, max: 100 }), { minLength: 2, maxLength: 30 }),
      fc.integer({ min: -50, max: 50 }),
      fc.integer({ min: -500, max: 500 }),
    ])('is exact on collinear points', (xs, b, a) => {
      fc.pre(new Set(xs).size > 1);
      const fit = ordinaryLeastSquares(xs.map((x) => ({ x, y: a + b * x })));
      expect(fit.slope).toBeCloseTo(b, 9);
      expect(fit.intercept).toBeCloseTo(a, 6);
      if (b !== 0) expect(fit.rSquared).toBeCloseTo(1, 12);
    });
    test.prop([arbPoints])('r² is between 0 and 1', (points) => {
      const { rSquared } = ordinaryLeastSquares(points);
      if (rSquared === null) return;
      expect(rSquared).toBeGreaterThanOrEqual(0);
      expect(rSquared).toBeLessThanOrEqual(1);
    });
    test.prop([arbPoints])('the residuals sum to zero', (points) => {
      const { slope, intercept } = ordinaryLeastSquares(points);
      if (slope === null) return;
      const residual = points.reduce(
        (sum, p) => sum + p.y - (intercept as number) - slope * p.x,
        0,
      );
      expect(residual).toBeCloseTo(0, 6);
    });
    test.prop([arbPoints])('does not depend on the order of the points', (points) => {
      const forward = ordinaryLeastSquares(points);
      const backward = ordinaryLeastSquares([...points].reverse());
      if (forward.slope === null) expect(backward.slope).toBeNull();
      else expect(backward.slope).toBeCloseTo(forward.slope, 9);
    });
  });
});
