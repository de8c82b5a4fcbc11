import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isGoldenThreadError } from '../core/index.js';
import { type SeriesPoint, theilSen } from './theil-sen.js';

// Reference values: test/reference/metrics_reference.py (exact, with fractions.Fraction).
const series = (...ys: number[]): SeriesPoint[] => ys.map((y, i) => ({ x: i, y }));

/** The definition, as the library computed it before issue #19: every pairwise slope, sorted. */
function quadraticTheilSen(points: readonly SeriesPoint[], intercept: 'joint' | 'separate') {
  const slopes: number[] = [];
  for (const [i, p] of points.entries()) {
    for (const q of points.slice(i + 1)) if (q.x !== p.x) slopes.push((q.y - p.y) / (q.x - p.x));
  }
  if (slopes.length === 0) return { pairs: 0, slope: null, intercept: null };
  const median = (xs: number[]) => {
    const sorted = [...xs].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 === 1
      ? (sorted[mid] as number)
      : (sorted[mid - 1] as number) / 2 + (sorted[mid] as number) / 2;
  };
  const slope = median(slopes) + 0; // + 0: the definition gives −0 for a flat pair taken right to left
  return {
    pairs: slopes.length,
    slope,
    intercept:
      intercept === 'joint'
        ? median(points.map((p) => p.y - slope * p.x))
        : median(points.map((p) => p.y)) - slope * median(points.map((p) => p.x)),
  };
}
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
        interceptMethod: 'joint',
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

  describe('with the intercept found the other way (Conover, SciPy’s default)', () => {
    // scipy.stats.theilslopes (test/reference/stats_reference.py): method='joint' gives
    // 0.125 and method='separate' 0.375 for these points; 10.0 and 9.5 for the outlier series.
    const five = [
      { x: 1, y: 1 },
      { x: 2, y: 3 },
      { x: 3, y: 2 },
      { x: 4, y: 5 },
      { x: 5, y: 4 },
    ];
    it('equals SciPy’s method="joint" by default and method="separate" when asked', () => {
      expect(theilSen(five).intercept).toBe(0.125);
      expect(theilSen(five, { intercept: 'joint' }).intercept).toBe(0.125);
      // median(y) = 3, median(x) = 3: 3 − 0.875 × 3 = 0.375.
      expect(theilSen(five, { intercept: 'separate' })).toEqual({
        n: 5,
        pairs: 10,
        slope: 0.875,
        intercept: 0.375,
        interceptMethod: 'separate',
        method:
          'Theil–Sen (median of pairwise slopes; intercept median(y) − slope·median(x), Conover)',
      });
      const outlier = series(10, 12, 11, 15, 14, 30, 17);
      expect(theilSen(outlier, { intercept: 'separate' }).intercept).toBe(9.5);
    });
    it('matches SciPy with repeated x (median(y) 7, median(x) 2.5)', () => {
      const points = [1, 1, 2, 3, 7, 8].map((x, i) => ({ x, y: [2, 4, 5, 9, 10, 20][i] ?? 0 }));
      const joint = theilSen(points);
      const separate = theilSen(points, { intercept: 'separate' });
      expect(joint.slope).toBeCloseTo(2.392857142857143, 14);
      expect(joint.intercept).toBeCloseTo(0.535714285714286, 13);
      expect(separate.intercept).toBeCloseTo(1.0178571428571432, 13);
    });
    it('gives the same intercept both ways for points on a line', () => {
      const line = [0, 1, 2, 3, 4, 5].map((x) => ({ x, y: 4 - 0.5 * x }));
      expect(theilSen(line, { intercept: 'separate' }).intercept).toBe(4);
      expect(theilSen(line).intercept).toBe(4);
    });
  });

  describe('with a long series', () => {
    it('fits 20,000 points without listing their 2 × 10⁸ pairs (npm run bench -- metrics times 10⁵)', () => {
      // y = 3x + 7 with every 10th point spoiled: the median slope is still 3.
      const points = Array.from({ length: 20_000 }, (_, x) => ({
        x,
        y: 3 * x + 7 + (x % 10 === 0 ? ((x * 7919) % 1000) - 500 : 0),
      }));
      const fit = theilSen(points);
      expect(fit).toMatchObject({ n: 20_000, pairs: 199_990_000, slope: 3, intercept: 7 });
    });
    it('refuses a series longer than maxLength before doing any work', () => {
      const points = Array.from({ length: 11 }, (_, x) => ({ x, y: x }));
      expect(() => theilSen(points, { maxLength: 10 })).toThrow(
        'theilSen: points has 11 entries, more than maxLength (10); pass a larger maxLength to allow it, or summarise the series first (for example by month).',
      );
      expect(theilSen(points, { maxLength: 11 }).slope).toBe(1);
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
    it.each([
      [null, {}, 'theilSen: points must be an array, but it is null.'],
      [
        [{ x: 1, y: 2 }, 7],
        {},
        'theilSen: point 1 is the number 7; each point must be an object { x, y }.',
      ],
      [
        [{ x: 1, y: '2' }],
        {},
        'theilSen: point 0 is (1, "2"); both x and y must be finite numbers.',
      ],
      [
        [],
        { intercept: 'mean' },
        "theilSen: intercept must be 'joint' or 'separate', but it is \"mean\".",
      ],
      [
        [],
        { maxLength: 0 },
        'theilSen: maxLength must be a whole number of at least 1, but it is 0.',
      ],
      [[], null, 'theilSen: options must be an object, but it is null.'],
    ])('throws invalid_argument for %o with %o', (points, options, message) => {
      let caught: unknown;
      try {
        theilSen(points as never, options as never);
      } catch (error) {
        caught = error;
      }
      expect(isGoldenThreadError(caught) && caught.code).toBe('invalid_argument');
      expect((caught as Error).message).toBe(message);
    });
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
    test.prop([arbPoints, fc.constantFrom<'joint' | 'separate'>('joint', 'separate')])(
      'equals the O(n²) definition (every pairwise slope sorted) exactly',
      (points, intercept) => {
        const oracle = quadraticTheilSen(points, intercept);
        expect(theilSen(points, { intercept })).toMatchObject(oracle);
      },
    );
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
