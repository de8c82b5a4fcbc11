import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isGoldenThreadError } from '../core/index.js';
import { middleSlopes } from './slope-selection.js';

type Point = { readonly x: number; readonly y: number };

/**
 * The O(n²) definition, as theilSen computed it before issue #19: every pairwise slope with
 * distinct x, sorted; the two middle ones. `'overflow'` where a slope is not finite (the old
 * theilSen threw there, as the new one does).
 */
function oracle(points: readonly Point[]) {
  const slopes: number[] = [];
  for (const [i, p] of points.entries()) {
    for (const q of points.slice(i + 1)) if (q.x !== p.x) slopes.push((q.y - p.y) / (q.x - p.x));
  }
  if (slopes.some((slope) => !Number.isFinite(slope))) return 'overflow' as const;
  if (slopes.length === 0) return null;
  slopes.sort((a, b) => a - b);
  const mid = slopes.length >> 1;
  // + 0 turns −0 into 0: the definition gives −0 for a flat pair taken right to left.
  return {
    pairs: slopes.length,
    lower: ((slopes.length % 2 === 1 ? slopes[mid] : slopes[mid - 1]) as number) + 0,
    upper: (slopes[mid] as number) + 0,
  };
}

// Budgets force every path of the search: 0 and 1 never list until the bracket holds a single
// slope value (ties, neighbouring doubles), 7 lists small brackets, the default lists at 4n.
const budgets = [0, 1, 7, undefined];
const arbInteger = fc.array(
  fc.record({ x: fc.integer({ min: -20, max: 20 }), y: fc.integer({ min: -50, max: 50 }) }),
  { maxLength: 40 },
);
const arbDouble = fc.array(
  fc.record({
    x: fc.double({ min: -1e6, max: 1e6, noNaN: true }),
    y: fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  }),
  { maxLength: 30 },
);

describe('middleSlopes', () => {
  describe('with structures that defeat a naive search', () => {
    const cases: [string, Point[]][] = [
      [
        'points on a line (every slope tied)',
        Array.from({ length: 60 }, (_, x) => ({ x, y: 7 - 2 * x })),
      ],
      [
        'a line with a tenth spoiled (a tie holding the median)',
        Array.from({ length: 300 }, (_, x) => ({
          x,
          y: 3 * x + (x % 10 === 0 ? (x * 37) % 11 : 0),
        })),
      ],
      [
        'slopes of 1/3, which no double holds',
        Array.from({ length: 200 }, (_, x) => ({ x: 3 * x, y: x + (x % 9 === 0 ? 5 : 0) })),
      ],
      [
        'a line at rounding level: y = x/3 with a 1e-9 wobble',
        Array.from({ length: 400 }, (_, x) => ({ x, y: x / 3 + (x % 2 === 1 ? 1e-9 : 0) })),
      ],
      [
        'two clouds of repeated points',
        Array.from({ length: 200 }, (_, i) =>
          i % 2 === 0 ? { x: 0, y: i % 3 } : { x: 1, y: i % 5 },
        ),
      ],
      [
        'equal x in groups, y spread',
        Array.from({ length: 240 }, (_, i) => ({ x: i % 6, y: (i * 7919) % 101 })),
      ],
      [
        'tiny and huge magnitudes',
        Array.from({ length: 120 }, (_, i) => ({ x: i * 1e-300, y: ((i * 31) % 17) * 1e-290 })),
      ],
      [
        'large coordinates',
        Array.from({ length: 120 }, (_, i) => ({
          x: 1e200 + i * 1e185,
          y: ((i * 31) % 17) * 1e190,
        })),
      ],
    ];
    for (const budget of budgets) {
      it.each(cases)(`equals the O(n²) definition for %s (budget ${budget})`, (_, points) => {
        expect(middleSlopes(points, 'test', budget)).toEqual(oracle(points));
      });
    }
  });

  describe('with a larger series', () => {
    it('equals the definition on 2,000 noisy points (2 million slopes, listed at 8,000)', () => {
      const points = Array.from({ length: 2000 }, (_, i) => ({
        x: i % 700,
        y: Math.round(50 * Math.sin(i) + 0.1 * i),
      }));
      expect(middleSlopes(points, 'test')).toEqual(oracle(points));
    });
  });

  describe('with no pair of distinct x', () => {
    it.each([
      [[]],
      [[{ x: 1, y: 1 }]],
      [
        [
          { x: 2, y: 1 },
          { x: 2, y: 5 },
          { x: 2, y: 1 },
        ],
      ],
    ])('returns null for %o', (points) => {
      expect(middleSlopes(points, 'test')).toBeNull();
    });
  });

  describe('when a slope or difference overflows', () => {
    it.each([
      [
        [
          { x: 0, y: -1e308 },
          { x: 1e-10, y: 1e308 },
        ],
      ],
      [
        [
          { x: -1e308, y: 0 },
          { x: 1e308, y: 1 },
        ],
      ],
      [
        [
          { x: 0, y: 1e308 },
          { x: 1, y: 0 },
          { x: 2, y: -1e308 },
        ],
      ],
    ])('throws invalid_argument naming the caller for %o', (points) => {
      let caught: unknown;
      try {
        middleSlopes(points, 'theilSen');
      } catch (error) {
        caught = error;
      }
      expect(isGoldenThreadError(caught) && caught.code).toBe('invalid_argument');
      expect((caught as Error).message).toMatch(/^theilSen: the values are too large/);
    });
  });

  describe('properties', () => {
    test.prop([arbInteger, fc.constantFrom(...budgets)])(
      'equals the O(n²) definition exactly on whole numbers, whatever the budget',
      (points, budget) => {
        expect(middleSlopes(points, 'test', budget)).toEqual(oracle(points));
      },
    );
    test.prop([arbDouble, fc.constantFrom(...budgets)])(
      'agrees with the O(n²) definition to the last bits on any doubles',
      (points, budget) => {
        const expected = oracle(points);
        if (expected === 'overflow') {
          // A slope overflows (x values 5e-324 apart): the library refuses, as theilSen did.
          expect(() => middleSlopes(points, 'test', budget)).toThrow(/too large/);
          return;
        }
        const actual = middleSlopes(points, 'test', budget);
        if (expected === null) {
          expect(actual).toBeNull();
          return;
        }
        expect(actual?.pairs).toBe(expected.pairs);
        for (const key of ['lower', 'upper'] as const) {
          const a = actual?.[key] as number;
          const b = expected[key];
          expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(b)));
        }
      },
    );
    test.prop([arbInteger])('does not depend on the order of the points', (points) => {
      expect(middleSlopes([...points].reverse(), 'test', 3)).toEqual(
        middleSlopes(points, 'test', 3),
      );
    });
  });
});
