import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isGoldenThreadError } from '../core/index.js';
import { type ImprovementDirection, type XmrChart, type XmrRules, xmrChart } from './xmr-chart.js';

// Expected values are worked by hand in the comments (mean, moving ranges, 2.66 × mR̄).
const fired = (chart: XmrChart, rule: keyof XmrRules): number[] =>
  chart.points.filter((p) => p.rules[rule]).map((p) => p.index);
const arbValues = fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 40 });
const arbDirection = fc.constantFrom<ImprovementDirection>('increase', 'decrease', 'neither');

describe('xmrChart', () => {
  describe('with a point outside the limits', () => {
    // Mean 44/8 = 5.5; moving ranges 2, 1, 2, 1, 1, 1, 7: mR̄ = 15/7;
    // limits 5.5 ± 2.66 × 15/7 = 5.5 ± 5.7; 2σ lines 5.5 ± 3.8.
    const chart = xmrChart([3, 5, 4, 6, 5, 4, 5, 12], { improvement: 'decrease' });
    it('computes the centre line, moving ranges and limits', () => {
      expect(chart.mean).toBe(5.5);
      expect(chart.movingRangeMean).toBeCloseTo(15 / 7, 14);
      expect(chart.upperProcessLimit).toBeCloseTo(11.2, 12);
      expect(chart.lowerProcessLimit).toBeCloseTo(-0.2, 12);
      expect(chart.upperTwoSigma).toBeCloseTo(9.3, 12);
      expect(chart.lowerTwoSigma).toBeCloseTo(1.7, 12);
      expect(chart.points.map((p) => p.movingRange)).toEqual([null, 2, 1, 2, 1, 1, 1, 7]);
    });
    it('flags the point and calls it a concern when lower is better', () => {
      expect(fired(chart, 'outsideLimits')).toEqual([7]);
      expect(chart.points[7]).toMatchObject({ direction: 'high', variation: 'concern' });
      expect(chart.points[0]).toMatchObject({ direction: null, variation: 'common_cause' });
      expect(chart.variation).toBe('concern');
    });
    it('recommends a run chart for 8 points', () => {
      expect(chart.recommendation.useRunChart).toBe(true);
      expect(chart.recommendation.message).toMatch(
        /^Only 8 points: too few .*at least 15 are recommended/,
      );
    });
    it('reports the options used and names the method', () => {
      expect(chart.options).toEqual({
        improvement: 'decrease',
        shiftLength: 7,
        trendLength: 7,
        screenOutliers: false,
        minimumPoints: 15,
      });
      expect(chart.method).toMatch(/Making Data Count.*2\.66.*shift of 7, trend of 7/);
    });
  });

  describe('with moving-range screening', () => {
    // NHSRplotthedots' example of the difference (vignette "Deviations from Excel defaults").
    const values = [1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1];
    it('uses every moving range by default, as the Making Data Count Excel tools do', () => {
      // 17 moving ranges summing to 32.
      const chart = xmrChart(values, { improvement: 'neither' });
      expect(chart.movingRangeMean).toBeCloseTo(32 / 17, 14);
      expect(chart.excludedMovingRanges).toBe(0);
    });
    it('leaves out moving ranges above 3.267 × mR̄ and recomputes it', () => {
      // 8 and 9 exceed 3.267 × 32/17 = 6.15; the other 15 are all 1.
      const chart = xmrChart(values, { improvement: 'neither', screenOutliers: true });
      expect(chart.movingRangeMean).toBe(1);
      expect(chart.excludedMovingRanges).toBe(2);
      expect(chart.points.filter((p) => p.movingRangeExcluded).map((p) => p.index)).toEqual([4, 5]);
      expect(chart.upperProcessLimit).toBeCloseTo(35 / 18 + 2.66, 12);
      expect(chart.method).toMatch(/screened out/);
      expect(chart.points[4]).toMatchObject({ variation: 'neither', direction: 'high' });
    });
  });

  describe('with a shift', () => {
    // Mean 51/15 = 3.4; every moving range is 1; no point is beyond the 2σ lines (3.4 ± 1.77).
    const values = [2, 3, 2, 3, 2, 3, 2, 3, 4, 5, 4, 5, 4, 5, 4];
    it('flags runs of 7 or more on one side of the mean', () => {
      const chart = xmrChart(values, { improvement: 'increase' });
      expect(fired(chart, 'shift')).toEqual([...Array(15).keys()]);
      expect(chart.points[0]?.variation).toBe('concern');
      expect(chart.points[14]?.variation).toBe('improvement');
      expect(chart.variation).toBe('improvement');
      expect(fired(chart, 'outsideLimits')).toEqual([]);
      expect(fired(chart, 'trend')).toEqual([]);
      expect(fired(chart, 'twoOfThree')).toEqual([]);
      expect(chart.recommendation).toEqual({
        useRunChart: false,
        message: '15 points: enough for process limits.',
      });
    });
    it('uses the shift length given', () => {
      const chart = xmrChart(values, { improvement: 'increase', shiftLength: 8 });
      expect(fired(chart, 'shift')).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    });
    it('ends a run at a point exactly on the mean', () => {
      // Mean 3; the 3 in the middle splits six low points into runs of 3.
      const chart = xmrChart([2, 2, 2, 3, 2, 2, 2, 4, 4, 4, 4, 4, 4], {
        improvement: 'increase',
        shiftLength: 6,
      });
      expect(chart.mean).toBe(3);
      expect(fired(chart, 'shift')).toEqual([7, 8, 9, 10, 11, 12]);
    });
  });

  describe('with a trend', () => {
    // Points 6–13 rise steadily (9, 10, 10.5, …, 13): a trend of 8. Mean 159.5/14; mR̄ 29/13.
    const values = [10, 14, 9, 13, 10, 14, 9, 10, 10.5, 11, 11.5, 12, 12.5, 13];
    it('flags runs of 7 or more steadily rising points, in the trend’s direction', () => {
      const chart = xmrChart(values, { improvement: 'decrease' });
      expect(chart.movingRangeMean).toBeCloseTo(29 / 13, 14);
      expect(fired(chart, 'trend')).toEqual([6, 7, 8, 9, 10, 11, 12, 13]);
      expect(fired(chart, 'shift')).toEqual([]);
      // Point 6 is below the mean, but it starts a rising trend: high, so a concern here.
      expect(chart.points[6]).toMatchObject({ direction: 'high', variation: 'concern' });
    });
    it('uses the trend length given', () => {
      const chart = xmrChart(values, { improvement: 'decrease', trendLength: 9 });
      expect(fired(chart, 'trend')).toEqual([]);
    });
    it('flags falling trends as low, and a peak by the trend that reaches it', () => {
      const chart = xmrChart([1, 2, 3, 4, 5, 6, 7, 6, 5, 4, 3, 2, 1], {
        improvement: 'increase',
      });
      expect(fired(chart, 'trend')).toEqual([...Array(13).keys()]);
      expect(chart.points[6]?.direction).toBe('high');
      expect(chart.points[12]).toMatchObject({ direction: 'low', variation: 'concern' });
    });
    it('ends a trend at an equal value', () => {
      const chart = xmrChart([1, 2, 3, 3, 4, 5, 6], { improvement: 'increase', trendLength: 4 });
      expect(fired(chart, 'trend')).toEqual([3, 4, 5, 6]);
    });
  });

  describe('with two of three points beyond the 2σ line', () => {
    // Mean 164/15; moving ranges eleven 1s and three 2.5s: mR̄ = 18.5/14; upper 2σ line
    // 10.93 + 2.34 = 13.28 and upper limit 14.45, so 13.5 is beyond 2σ but inside the limits.
    const values = [10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 13.5, 11, 13.5];
    it('flags the points beyond the line', () => {
      const chart = xmrChart(values, { improvement: 'increase' });
      expect(chart.upperTwoSigma).toBeCloseTo(164 / 15 + (2 / 3) * 2.66 * (18.5 / 14), 12);
      expect(fired(chart, 'twoOfThree')).toEqual([12, 14]);
      expect(fired(chart, 'outsideLimits')).toEqual([]);
      expect(chart.points[13]?.variation).toBe('common_cause');
      expect(chart.variation).toBe('improvement');
    });
    it('does not flag two points beyond opposite lines', () => {
      const chart = xmrChart([10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 13.5, 8, 11], {
        improvement: 'increase',
      });
      expect(fired(chart, 'twoOfThree')).toEqual([]);
    });
    it('flags two low points as low', () => {
      const chart = xmrChart([13, 12, 13, 12, 13, 12, 13, 12, 13, 12, 13, 12, 9.5, 12, 9.5], {
        improvement: 'increase',
      });
      expect(fired(chart, 'twoOfThree')).toEqual([12, 14]);
      expect(chart.points[14]).toMatchObject({ direction: 'low', variation: 'concern' });
    });
  });

  describe('with very few points', () => {
    it('returns nulls and no variation for no values', () => {
      const chart = xmrChart([], { improvement: 'increase' });
      expect(chart).toMatchObject({
        n: 0,
        mean: null,
        movingRangeMean: null,
        upperProcessLimit: null,
        lowerProcessLimit: null,
        upperTwoSigma: null,
        lowerTwoSigma: null,
        points: [],
        variation: null,
      });
      expect(chart.recommendation.message).toMatch(/^Only 0 points/);
    });
    it('has a mean but no limits for one value', () => {
      const chart = xmrChart([4], { improvement: 'increase' });
      expect(chart).toMatchObject({ mean: 4, movingRangeMean: null, upperProcessLimit: null });
      expect(chart.points[0]).toMatchObject({ movingRange: null, variation: 'common_cause' });
      expect(chart.recommendation.message).toMatch(/^Only 1 point: /);
    });
    it('gives zero-width limits and no signal when every value is the same', () => {
      const chart = xmrChart([3, 3, 3], { improvement: 'increase', screenOutliers: true });
      expect(chart).toMatchObject({ mean: 3, movingRangeMean: 0, upperProcessLimit: 3 });
      expect(chart.points.every((p) => p.variation === 'common_cause')).toBe(true);
    });
    it('uses the minimum given', () => {
      expect(
        xmrChart([1, 2, 3], { improvement: 'neither', minimumPoints: 3 }).recommendation,
      ).toMatchObject({ useRunChart: false });
    });
  });

  describe('with bad arguments', () => {
    it.each([
      [[1, Number.NaN], { improvement: 'increase' }, /value 1 is NaN/],
      [[1, 2], { improvement: 'up' }, /improvement must be 'increase', 'decrease' or 'neither'/],
      [
        [1, 2],
        { improvement: 'increase', shiftLength: 1 },
        /shiftLength must be a whole number of at least 2/,
      ],
      [[1, 2], { improvement: 'increase', trendLength: 6.5 }, /trendLength/],
      [[1, 2], { improvement: 'increase', minimumPoints: 0 }, /minimumPoints/],
      [[1e308, -1e308], { improvement: 'increase' }, /too large/],
    ])('throws invalid_argument for %o with %o', (values, options, message) => {
      let caught: unknown;
      try {
        xmrChart(values, options as never);
      } catch (error) {
        caught = error;
      }
      expect(isGoldenThreadError(caught) && caught.code).toBe('invalid_argument');
      expect((caught as Error).message).toMatch(/^xmrChart: /);
      expect((caught as Error).message).toMatch(message);
    });
  });

  describe('properties', () => {
    test.prop([arbValues, arbDirection, fc.boolean()])(
      'the limits and 2σ lines are symmetric about the mean',
      (values, improvement, screenOutliers) => {
        const chart = xmrChart(values, { improvement, screenOutliers });
        if (chart.mean === null || chart.upperProcessLimit === null) return;
        const scale = Math.max(1, Math.abs(chart.mean));
        expect((chart.upperProcessLimit - chart.mean) / scale).toBeCloseTo(
          (chart.mean - (chart.lowerProcessLimit as number)) / scale,
          12,
        );
        expect(((chart.upperTwoSigma as number) - chart.mean) / scale).toBeCloseTo(
          (chart.mean - (chart.lowerTwoSigma as number)) / scale,
          12,
        );
      },
    );
    test.prop([arbValues])(
      'swapping the better direction swaps improvement and concern',
      (values) => {
        const up = xmrChart(values, { improvement: 'increase' });
        const down = xmrChart(values, { improvement: 'decrease' });
        const swap = { improvement: 'concern', concern: 'improvement' } as const;
        for (const [i, point] of up.points.entries()) {
          const other = down.points[i]?.variation;
          if (point.variation === 'improvement' || point.variation === 'concern') {
            expect(other).toBe(swap[point.variation]);
          } else expect(other).toBe(point.variation);
        }
      },
    );
    test.prop([arbValues, arbDirection])(
      'a point is common cause exactly when no rule fires',
      (values, improvement) => {
        for (const point of xmrChart(values, { improvement }).points) {
          const special = Object.values(point.rules).some(Boolean);
          expect(point.variation === 'common_cause').toBe(!special);
          expect(point.direction === null).toBe(!special);
        }
      },
    );
    test.prop([arbValues])('screening never widens the limits', (values) => {
      const plain = xmrChart(values, { improvement: 'neither' });
      const screened = xmrChart(values, { improvement: 'neither', screenOutliers: true });
      if (plain.movingRangeMean === null) return;
      expect(screened.movingRangeMean as number).toBeLessThanOrEqual(plain.movingRangeMean + 1e-12);
    });
    test.prop([arbValues, arbDirection])(
      'the chart’s variation is its latest point’s',
      (values, improvement) => {
        const chart = xmrChart(values, { improvement });
        expect(chart.variation).toBe(chart.points.at(-1)?.variation ?? null);
      },
    );
    test.prop([
      fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { maxLength: 40 }),
      arbDirection,
    ])('never returns NaN or Infinity', (values, improvement) => {
      const chart = xmrChart(values, { improvement, screenOutliers: true });
      const numbers = [
        chart.mean,
        chart.movingRangeMean,
        chart.upperProcessLimit,
        chart.lowerProcessLimit,
        chart.upperTwoSigma,
        chart.lowerTwoSigma,
        ...chart.points.map((p) => p.movingRange),
      ];
      for (const v of numbers) expect(v === null || Number.isFinite(v)).toBe(true);
    });
  });
});
