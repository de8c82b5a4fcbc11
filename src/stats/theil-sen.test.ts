import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isGoldenThreadError } from '../core/index.js';
import { type SeriesPoint, theilSen } from './theil-sen.js';

// Reference values: test/reference/metrics_reference.py (exact, with fractions.Fraction).
const series = (...ys: number[]): SeriesPoint[] => ys.map((y, i) => ({ x: i, y }));
const arbPoints = fc.array(
  fc.record({ x: fc.integer({ min: -50, max: 50 }), y: fc.integer({ min: -1000, max: 1000 }) }),
  { maxLength: 30 },
);

describe('theilSen', () => {
  describe('with a small series', () => {
    it('takes the median of the pairwise slopes and of y − slope·x', () => {
      // Slopes −1, −1, ½, ½, ¾, 1, 4/3, 3/2, 2, 3: median (¾ + 1)/2 = 7/8; intercept 1/8.
      const fit = theilSen([
        { x: 1, y: 1 },
        { x: 2, y: 3 },
        { x: 3, y: 2 },
        { x: 4, y: 5 },
        { x: 5, y: 4 },
      ]);
      expect(fit).toEqual({
        n: 5,
        pairs: 10,
        slope: 7 / 8,
        intercept: 1 / 8,
        method: 'Theil–Sen (median of pairwise slopes; intercept median of y − slope·x)',
      });
    });
    it('is not pulled by one unusual month', () => {
      // Month 5 is 30; least squares gives 15/7, Theil–Sen 3/2 with intercept 10.
      const fit = theilSen(series(10, 12, 11, 15, 14, 30, 17));
      expect(fit.slope).toBe(1.5);
      expect(fit.intercept).toBe(10);
      expect(fit.pairs).toBe(21);
    });
  });

  describe('when x values repeat', () => {
    it('skips pairs with equal x', () => {
      const fit = theilSen([
        { x: 1, y: 2 },
        { x: 1, y: 4 },
        { x: 2, y: 5 },
        { x: 3, y: 9 },
      ]);
      expect(fit).toMatchObject({ pairs: 5, slope: 3, intercept: -0.5 });
    });
  });

  describe('with fewer than two distinct x values', () => {
    it.each([
      [[]],
      [[{ x: 1, y: 2 }]],
      [
        [
          { x: 3, y: 1 },
          { x: 3, y: 8 },
        ],
      ],
    ])('returns a null slope and intercept for %o', (points) => {
      expect(theilSen(points)).toMatchObject({
        n: points.length,
        pairs: 0,
        slope: null,
        intercept: null,
      });
    });
  });

  describe('with bad arguments', () => {
    it('throws invalid_argument for a coordinate that is not finite', () => {
      expect(() => theilSen([{ x: 1, y: Number.NaN }])).toThrow(/^theilSen: point 0 is \(1, NaN\)/);
      expect(() => theilSen([{ x: Number.POSITIVE_INFINITY, y: 1 }])).toThrow(/finite/);
    });
    it('throws invalid_argument when a slope overflows', () => {
      try {
        theilSen([
          { x: 0, y: -1e308 },
          { x: 1e-10, y: 1e308 },
        ]);
        expect.unreachable();
      } catch (error) {
        expect(isGoldenThreadError(error) && error.code).toBe('invalid_argument');
        expect((error as Error).message).toMatch(/too large/);
      }
    });
  });

  describe('properties', () => {
    test.prop([
      fc.integer({ min: 5, max: 25 }),
      fc.integer({ min: -20, max: 20 }),
      fc.integer({ min: -100, max: 100 }),
      fc.nat(),
      fc.integer({ min: -1_000_000, max: 1_000_000 }),
    ])(
      'is unchanged by one outlier in five or more points on a line',
      (n, slope, intercept, pick, outlier) => {
        const points = Array.from({ length: n }, (_, x) => ({ x, y: intercept + slope * x }));
        const index = pick % n;
        const spoiled = points.map((p, i) => (i === index ? { ...p, y: outlier } : p));
        expect(theilSen(spoiled)).toMatchObject({ slope, intercept });
      },
    );
    test.prop([arbPoints])('does not depend on the order of the points', (points) => {
      expect(theilSen([...points].reverse())).toEqual(theilSen(points));
    });
    test.prop([
      arbPoints,
      fc.integer({ min: -100, max: 100 }),
      fc.integer({ min: -100, max: 100 }),
    ])(
      'adding a line a + b·x to every y adds b to the slope and a to the intercept',
      (points, a, b) => {
        const base = theilSen(points);
        const moved = theilSen(points.map((p) => ({ x: p.x, y: p.y + a + b * p.x })));
        if (base.slope === null) expect(moved.slope).toBeNull();
        else {
          expect(moved.slope).toBeCloseTo(base.slope + b, 9);
          expect(moved.intercept).toBeCloseTo((base.intercept as number) + a, 6);
        }
      },
    );
    test.prop([arbPoints])('is null or finite, never NaN', (points) => {
      const { slope, intercept } = theilSen(points);
      expect(slope === null || Number.isFinite(slope)).toBe(true);
      expect(intercept === null || Number.isFinite(intercept)).toBe(true);
      expect(slope === null).toBe(intercept === null);
    });
  });
});
