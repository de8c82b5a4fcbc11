import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isGoldenThreadError } from '../core/index.js';
import {
  type ImprovementDirection,
  type XmrChart,
  type XmrPeriod,
  type XmrRules,
  xmrChart,
} from './xmr-chart.js';

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
        measure: 'unbounded',
        limitsAtBounds: true,
        recalculateAt: [],
        baselinePoints: null,
        twoOfThree: 'making-data-count',
        maxLength: 100_000,
      });
      expect(chart.method).toBe(
        'XmR chart (NHS England Making Data Count): mean ± 2.66 × mean moving range; special cause: outside limits, shift of 7, trend of 7, two of three beyond 2σ (Making Data Count reading)',
      );
      expect(chart.bounds).toEqual({ lower: null, upper: null });
      expect(chart.periods).toHaveLength(1);
      expect(chart.points[3]).toMatchObject({ period: 0, baseline: true });
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

  describe('when a point outside the limits sits in a trend (as the Making Data Count tools read it)', () => {
    // Mean 240/16 = 15; moving ranges 2,3,2,1,2,3,2,1,18,2,2,2,2,2,2 sum 46, mR̄ = 46/15;
    // limits 15 ± 2.66 × 46/15 = 15 ± 8.157: 6.84 to 23.16. 2, 4 and 6 start a rising trend
    // (2 … 14, seven points) below the lower limit.
    const values = [20, 22, 19, 21, 20, 22, 19, 21, 20, 2, 4, 6, 8, 10, 12, 14];
    const chart = xmrChart(values, { improvement: 'increase' });
    it('judges the point by its side of the mean, not the trend, and keeps both rules', () => {
      expect(chart.lowerProcessLimit).toBeCloseTo(15 - 2.66 * (46 / 15), 12);
      for (const i of [9, 10, 11]) {
        expect(chart.points[i]).toMatchObject({
          rules: { outsideLimits: true, trend: true },
          direction: 'low',
          variation: 'concern',
        });
      }
      // Inside the limits the trend decides: 8 is below the mean, but rising.
      expect(chart.points[12]).toMatchObject({
        rules: { outsideLimits: false, trend: true, shift: true },
        direction: 'high',
        variation: 'improvement',
      });
    });
  });

  describe('when one point ends a rising trend and starts a falling one', () => {
    // Mean 223/19; mR̄ 37/18; limits 11.74 ± 5.47 (6.27 to 17.20): no point is outside.
    // 9 … 15 rise (indices 6–12) and 15 … 9 fall (12–18): the peak, 15, is in both.
    const values = [10, 14, 9, 13, 10, 14, 9, 10, 11, 12, 13, 14, 15, 14, 13, 12, 11, 10, 9];
    it('counts the peak as the start of the fall, as NHSRplotthedots does', () => {
      const chart = xmrChart(values, { improvement: 'increase' });
      expect(fired(chart, 'outsideLimits')).toEqual([]);
      expect(chart.points[11]?.direction).toBe('high');
      expect(chart.points[12]).toMatchObject({ direction: 'low', variation: 'concern' });
      expect(chart.points[13]?.direction).toBe('low');
    });
    it('keeps the rise for a point that ends it before a flat step (where NHSRplotthedots says falling)', () => {
      const flat = [10, 14, 9, 13, 10, 14, 9, 10, 11, 12, 13, 14, 15, 15, 14, 13, 12, 11, 10, 9];
      const chart = xmrChart(flat, { improvement: 'increase' });
      expect(chart.points[12]).toMatchObject({ rules: { trend: true }, direction: 'high' });
      expect(chart.points[13]).toMatchObject({ rules: { trend: true }, direction: 'low' });
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
    it('asks, as Making Data Count does, that the third point be on the same side of the mean', () => {
      // Mean 163.5/15 = 10.9; mR̄ 19.5/14; upper 2σ line 10.9 + (2/3) × 2.66 × 19.5/14 = 13.37.
      // 13.5, 10.5, 13.5: two beyond the line, but 10.5 is below the mean.
      const values = [10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 13.5, 10.5, 13.5];
      const chart = xmrChart(values, { improvement: 'increase' });
      expect(chart.upperTwoSigma).toBeCloseTo(10.9 + (2 / 3) * 2.66 * (19.5 / 14), 12);
      expect(fired(chart, 'twoOfThree')).toEqual([]);
      const western = xmrChart(values, { improvement: 'increase', twoOfThree: 'western-electric' });
      expect(fired(western, 'twoOfThree')).toEqual([12, 14]);
      expect(western.method).toMatch(/two of three beyond 2σ \(Western Electric reading\)$/);
    });
    it('does not count a point beyond the limit in the Making Data Count reading', () => {
      // Baseline of the first 12 points (10, 11, …): mean 10.5, mR̄ 1, upper 2σ line 12.27,
      // upper limit 13.16. Then 12.5 (beyond 2σ), 14 (beyond the limit) and 11 (above the mean).
      const values = [10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 12.5, 14, 11];
      const options = { improvement: 'increase', baselinePoints: 12 } as const;
      const chart = xmrChart(values, options);
      const western = xmrChart(values, { ...options, twoOfThree: 'western-electric' });
      expect(chart.upperTwoSigma).toBeCloseTo(10.5 + (2 / 3) * 2.66, 12);
      expect(fired(chart, 'outsideLimits')).toEqual([13]);
      expect(fired(chart, 'twoOfThree')).toEqual([]);
      expect(fired(western, 'twoOfThree')).toEqual([12, 13]);
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

  describe('with a measure that has natural bounds', () => {
    it('holds a count’s lower limit and 2σ line at 0 and says so', () => {
      // Mean 1.1; mR̄ 13/9; lower limit 1.1 − 2.66 × 13/9 = −2.74, held at 0.
      const chart = xmrChart([1, 0, 2, 1, 0, 1, 3, 0, 1, 2], {
        improvement: 'decrease',
        measure: 'count',
      });
      expect(chart.lowerProcessLimit).toBe(0);
      expect(chart.lowerTwoSigma).toBe(0);
      expect(chart.upperProcessLimit).toBeCloseTo(1.1 + 2.66 * (13 / 9), 12);
      expect(chart.periods[0]?.atBound).toEqual({ lower: true, upper: false });
      expect(chart.bounds).toEqual({ lower: 0, upper: null });
      expect(chart.method).toContain("limits held at the count's bounds (0 to ∞)");
    });
    it('holds a percentage’s upper limit at 100', () => {
      // Mean 97.9; mR̄ 22/9; upper limit 97.9 + 6.50 = 104.4, held at 100.
      const values = [96, 99, 97, 100, 98, 95, 100, 99, 97, 98];
      const chart = xmrChart(values, { improvement: 'increase', measure: 'percentage' });
      expect(chart.upperProcessLimit).toBe(100);
      expect(chart.upperTwoSigma).toBe(100);
      expect(chart.lowerProcessLimit).toBeCloseTo(97.9 - 2.66 * (22 / 9), 12);
      expect(chart.periods[0]?.atBound).toEqual({ lower: false, upper: true });
    });
    it('leaves the limits as computed with limitsAtBounds: false', () => {
      const chart = xmrChart([1, 0, 2, 1, 0, 1, 3, 0, 1, 2], {
        improvement: 'decrease',
        measure: 'rate',
        limitsAtBounds: false,
      });
      expect(chart.lowerProcessLimit).toBeCloseTo(1.1 - 2.66 * (13 / 9), 12);
      expect(chart.periods[0]?.atBound).toEqual({ lower: false, upper: false });
      expect(chart.method).not.toContain('held');
    });
    it.each([
      [
        [2, -1],
        'count',
        'xmrChart: value 1 is -1, but a count is at least 0; check the value or the measure.',
      ],
      [
        [0.5, 1.2],
        'proportion',
        'xmrChart: value 1 is 1.2, but a proportion is from 0 to 1; check the value or the measure.',
      ],
      [
        [101],
        'percentage',
        'xmrChart: value 0 is 101, but a percentage is from 0 to 100; check the value or the measure.',
      ],
    ])('refuses %o as a %s', (values, measure, message) => {
      expect(() => xmrChart(values, { improvement: 'neither', measure: measure as never })).toThrow(
        message,
      );
    });
  });

  describe('with limits recalculated at a known change', () => {
    // Period 0: 9, 8, 9, 10, 9, 8, 9, 10 — mean 9, mR̄ 1, limits 6.34 to 11.66.
    // Period 1: 4, 5, 4, 3, 4, 5, 4, 3 — mean 4, mR̄ 1 (its first point has no moving range),
    // limits 1.34 to 6.66.
    const values = [9, 8, 9, 10, 9, 8, 9, 10, 4, 5, 4, 3, 4, 5, 4, 3];
    const chart = xmrChart(values, { improvement: 'decrease', recalculateAt: [8] });
    it('works out each period’s limits from its own points', () => {
      expect(chart.periods.map((p) => [p.start, p.end, p.mean, p.movingRangeMean])).toEqual([
        [0, 8, 9, 1],
        [8, 16, 4, 1],
      ]);
      expect(chart.periods[0]?.upperProcessLimit).toBeCloseTo(11.66, 12);
      expect(chart.periods[1]?.lowerProcessLimit).toBeCloseTo(1.34, 12);
      expect(chart.points[8]).toMatchObject({ period: 1, movingRange: null });
      expect(chart.points[9]?.movingRange).toBe(1);
    });
    it('reports the latest period as the limits in use, and the step is no longer a signal', () => {
      expect(chart).toMatchObject({ mean: 4, movingRangeMean: 1 });
      expect(chart.upperProcessLimit).toBeCloseTo(6.66, 12);
      expect(chart.points.every((p) => p.variation === 'common_cause')).toBe(true);
      // As one period, mean 6.5: eight points above and eight below make two shifts.
      const single = xmrChart(values, { improvement: 'decrease' });
      expect(fired(single, 'shift')).toEqual([...Array(16).keys()]);
    });
    it('names the recalculation in the method and judges the points behind the current limits', () => {
      expect(chart.method).toContain('limits recalculated from point 8');
      expect(chart.recommendation).toEqual({
        useRunChart: true,
        message:
          'The current limits come from only 8 points: too few for reliable process limits (at least 15 are recommended). Treat them as provisional, or use a run chart for the points since the change.',
      });
      expect(
        xmrChart(values, { improvement: 'decrease', recalculateAt: [8], minimumPoints: 8 })
          .recommendation.message,
      ).toBe('The current limits come from 8 points: enough for process limits.');
    });
    it('never lets a run cross into the next period', () => {
      // Seven low points: four at the end of period 0, three at the start of period 1.
      const run = [5, 6, 5, 6, 4, 4, 4, 4, 4, 4, 4, 6, 5, 6];
      const whole = xmrChart(run, { improvement: 'neither' });
      const split = xmrChart(run, { improvement: 'neither', recalculateAt: [8] });
      expect(whole.points.some((p) => p.rules.shift)).toBe(true);
      expect(split.points.some((p) => p.rules.shift)).toBe(false);
    });
    it.each([
      [[0], 'recalculateAt[0] is the number 0;'],
      [[5, 5], 'recalculateAt[1] is the number 5;'],
      [[16], 'recalculateAt[0] is the number 16;'],
      [[2.5], 'recalculateAt[0] is the number 2.5;'],
    ])('refuses recalculateAt %o', (recalculateAt, start) => {
      expect(() => xmrChart(values, { improvement: 'decrease', recalculateAt })).toThrow(
        `xmrChart: ${start} each entry must be the position (from 0) of the first point of a new period: a whole number after the one before it, from 1 to 15 for 16 points.`,
      );
    });
    it('refuses recalculateAt that is not a list', () => {
      expect(() =>
        xmrChart(values, { improvement: 'decrease', recalculateAt: 5 as never }),
      ).toThrow(
        'xmrChart: recalculateAt must be a list of point positions, but it is the number 5.',
      );
    });
  });

  describe('with a baseline', () => {
    // Baseline 5, 6, 5, 6, 5: mean 5.4, mR̄ 1, limits 2.74 to 8.06, held for the later points.
    const chart = xmrChart([5, 6, 5, 6, 5, 9, 10, 11, 9, 10], {
      improvement: 'increase',
      baselinePoints: 5,
    });
    it('works out the limits from the first points and judges the rest against them', () => {
      expect(chart.periods[0]).toMatchObject({ baselinePoints: 5, mean: 5.4, movingRangeMean: 1 });
      expect(chart.upperProcessLimit).toBeCloseTo(8.06, 12);
      expect(fired(chart, 'outsideLimits')).toEqual([5, 6, 7, 8, 9]);
      expect(chart.points.map((p) => p.baseline)).toEqual([...Array(10).keys()].map((i) => i < 5));
      expect(chart.variation).toBe('improvement');
      expect(chart.method).toContain('limits from the first 5 points of each period');
    });
    it('uses the whole period when it is shorter than the baseline', () => {
      const short = xmrChart([5, 6, 5], { improvement: 'increase', baselinePoints: 10 });
      expect(short.periods[0]?.baselinePoints).toBe(3);
    });
    it('refuses a baseline of fewer than 2 points', () => {
      expect(() => xmrChart([1, 2], { improvement: 'increase', baselinePoints: 1 })).toThrow(
        'xmrChart: baselinePoints must be a whole number of at least 2, but it is 1.',
      );
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
      [
        [1, 2],
        { improvement: 'up' },
        /improvement must be 'increase', 'decrease' or 'neither', but it is "up"/,
      ],
      [
        [1, 2],
        { improvement: 'increase', measure: 'money' },
        /measure must be 'count', 'rate', 'percentage', 'proportion' or 'unbounded'/,
      ],
      [
        [1, 2],
        { improvement: 'increase', twoOfThree: 'nelson' },
        /twoOfThree must be 'making-data-count' or 'western-electric'/,
      ],
      [
        [1, 2, 3],
        { improvement: 'increase', maxLength: 2 },
        /values has 3 entries, more than maxLength \(2\)/,
      ],
      [null, { improvement: 'increase' }, /values must be an array, but it is null/],
      [[1, 2], null, /options must be an object, but it is null/],
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
        xmrChart(values as never, options as never);
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
    test.prop([
      arbValues,
      arbDirection,
      fc.constantFrom<'count' | 'rate' | 'percentage'>('count', 'rate', 'percentage'),
    ])(
      'holding limits at the bounds never moves a limit inside the data, nor changes a rule',
      (raw, improvement, measure) => {
        const values = measure === 'percentage' ? raw.map((v) => Math.min(100, v * 2)) : raw;
        const held = xmrChart(values, { improvement, measure });
        const free = xmrChart(values, { improvement, measure, limitsAtBounds: false });
        expect(held.points.map((p) => [p.rules, p.variation])).toEqual(
          free.points.map((p) => [p.rules, p.variation]),
        );
        for (const [i, period] of held.periods.entries()) {
          const before = free.periods[i] as XmrPeriod;
          const inside = values.slice(period.start, period.end);
          if (period.lowerProcessLimit === null) continue;
          // Every value not below the computed limit is not below the held one either.
          for (const v of inside) {
            if (v >= (before.lowerProcessLimit as number))
              expect(v).toBeGreaterThanOrEqual(period.lowerProcessLimit);
            if (v <= (before.upperProcessLimit as number))
              expect(v).toBeLessThanOrEqual(period.upperProcessLimit as number);
          }
          expect(period.lowerProcessLimit).toBeGreaterThanOrEqual(0);
        }
      },
    );
    test.prop([
      fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 2, maxLength: 40 }),
      fc.nat(),
      arbDirection,
    ])(
      'recalculating at k charts the points before k and from k as two separate charts',
      (values, pick, improvement) => {
        const k = 1 + (pick % (values.length - 1));
        const split = xmrChart(values, { improvement, recalculateAt: [k] });
        const first = xmrChart(values.slice(0, k), { improvement });
        const second = xmrChart(values.slice(k), { improvement });
        const strip = (chart: XmrChart) =>
          chart.points.map((p) => [p.value, p.movingRange, p.rules, p.direction, p.variation]);
        expect(strip(split)).toEqual([...strip(first), ...strip(second)]);
        expect(split.mean).toBe(second.mean);
        expect(split.upperProcessLimit).toBe(second.upperProcessLimit);
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
