import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runChart } from './run-chart.js';

const arbValues = fc.array(fc.integer({ min: 0, max: 10 }), { maxLength: 60 });

describe('runChart', () => {
  describe('with a series that moves up', () => {
    // Median 7.5: six points below, then six above — one crossing.
    const chart = runChart([5, 6, 4, 7, 5, 6, 8, 9, 9, 10, 11, 12]);
    it('counts runs and crossings around the median', () => {
      expect(chart).toMatchObject({
        n: 12,
        median: 7.5,
        usefulObservations: 12,
        longestRun: 6,
        crossings: 1,
      });
    });
    it('signals too few crossings by the Anhøj limits for 12 points', () => {
      // round(log2(12) + 3) = 7; qbinom(0.05, 11, 0.5) = 3.
      expect(chart).toMatchObject({ longestRunLimit: 7, crossingsLimit: 3 });
      expect(chart.signals).toEqual({ longRun: false, fewCrossings: true });
      expect(chart.nonRandom).toBe(true);
      expect(chart.method).toMatch(/Anhøj.*log2\(n\) \+ 3.*qbinom\(0\.05, n − 1, 0\.5\)/);
    });
  });

  describe('with a long run', () => {
    it('signals a run longer than round(log2(24) + 3) = 8', () => {
      const chart = runChart([...Array(12).fill(1), ...Array(12).fill(5)]);
      expect(chart).toMatchObject({
        median: 3,
        longestRun: 12,
        crossings: 1,
        longestRunLimit: 8,
        crossingsLimit: 8,
        signals: { longRun: true, fewCrossings: true },
      });
    });
  });

  describe('with random-looking variation', () => {
    it('signals nothing for a series that keeps crossing', () => {
      const chart = runChart([1, 2, 1, 2, 1, 2, 1, 2, 1, 2]);
      expect(chart).toMatchObject({
        median: 1.5,
        longestRun: 1,
        crossings: 9,
        longestRunLimit: 6,
        crossingsLimit: 2,
        nonRandom: false,
      });
    });
  });

  describe('with points on the median', () => {
    it('neither breaks a run nor counts in one', () => {
      // Median 3: −, −, (on), −, +, +, + — a run of 3 below, one crossing, 6 useful.
      expect(runChart([1, 1, 3, 1, 5, 5, 5])).toMatchObject({
        median: 3,
        usefulObservations: 6,
        longestRun: 3,
        crossings: 1,
      });
    });
    it('has no useful observations when every value is the same', () => {
      expect(runChart([4, 4, 4])).toMatchObject({
        median: 4,
        usefulObservations: 0,
        longestRun: 0,
        crossings: 0,
        longestRunLimit: null,
        crossingsLimit: null,
        nonRandom: false,
      });
    });
    it('has no median for no values', () => {
      expect(runChart([])).toMatchObject({ n: 0, median: null, usefulObservations: 0 });
    });
  });

  describe('with bad arguments', () => {
    it.each([
      [null, {}, 'runChart: values must be an array, but it is null.'],
      [
        [1, 2, 3],
        { maxLength: 2 },
        'runChart: values has 3 entries, more than maxLength (2); pass a larger maxLength to allow it, or summarise the series first (for example by month).',
      ],
      [[1, 2], null, 'runChart: options must be an object, but it is null.'],
    ])('throws invalid_argument for %o with %o', (values, options, message) => {
      expect(() => runChart(values as never, options as never)).toThrow(message);
    });
    it('throws invalid_argument for a value that is not finite', () => {
      expect(() => runChart([1, Number.POSITIVE_INFINITY])).toThrow(
        /^runChart: value 1 is Infinity/,
      );
    });
  });

  describe('the published limits', () => {
    it('match the Anhøj table for 10 to 100 useful observations (even n, so none is on the median)', () => {
      // Longest-run limits round(log2(n) + 3) and crossing limits qbinom(0.05, n − 1, 0.5),
      // as tabulated by Anhøj & Olesen (2014); crossing limits recomputed exactly in
      // test/reference/metrics_reference.py.
      const table: [number, number, number][] = [
        [10, 6, 2],
        [12, 7, 3],
        [20, 7, 6],
        [24, 8, 8],
        [30, 8, 10],
        [50, 9, 19],
        [100, 10, 41],
      ];
      for (const [n, run, crossings] of table) {
        const alternating = Array.from({ length: n }, (_, i) => i % 2);
        expect(runChart(alternating), `n = ${n}`).toMatchObject({
          usefulObservations: n,
          longestRunLimit: run,
          crossingsLimit: crossings,
        });
      }
    });
  });

  describe('properties', () => {
    test.prop([arbValues])('reversing the series changes nothing but the order', (values) => {
      expect(runChart([...values].reverse())).toEqual(runChart(values));
    });
    test.prop([arbValues, fc.integer({ min: 1, max: 20 }), fc.integer({ min: -50, max: 50 })])(
      'an increasing linear change of units keeps the runs, crossings and signals',
      (values, factor, shift) => {
        const { median, ...rest } = runChart(values);
        const { median: moved, ...movedRest } = runChart(values.map((v) => v * factor + shift));
        expect(movedRest).toEqual(rest);
        expect(moved).toBe(median === null ? null : median * factor + shift);
      },
    );
    test.prop([arbValues])('runs and crossings are consistent', (values) => {
      const chart = runChart(values);
      expect(chart.longestRun).toBeLessThanOrEqual(chart.usefulObservations);
      expect(chart.crossings).toBeLessThanOrEqual(Math.max(0, chart.usefulObservations - 1));
      if (chart.usefulObservations > 0) {
        expect(chart.longestRun * (chart.crossings + 1)).toBeGreaterThanOrEqual(
          chart.usefulObservations,
        );
      }
    });
  });
});
