import { describe, expect, it } from 'vitest';
import { plotTheDots } from '../../test/reference/nhsr-plot-the-dots.js';
import { agreement, FLAT_BASELINE, FLAT_STEP } from '../../test/reference/xmr-agreement.js';
import { xmrChart } from './xmr-chart.js';

// NHSRplotthedots 0.2.0's rules, transcribed from its R source in test/reference (R is not
// installed here). `npx tsx bench/xmr-agreement.ts` runs the full comparison (5,000 series).
describe('xmrChart', () => {
  describe('against NHSRplotthedots, point by point', () => {
    const tally = agreement(600, 7);
    it('agrees on every mean, limit, rule and class but for the two documented differences', () => {
      const documented = new Set(
        [FLAT_BASELINE, FLAT_STEP].flatMap((cause) => [
          `limits: ${cause}`,
          `rule outsideLimits: ${cause}`,
          `class: ${cause}`,
        ]),
      );
      expect(Object.keys(tally.disagreements).filter((c) => !documented.has(c))).toEqual([]);
      expect(tally.series).toBe(600);
      expect(tally.rulesAgree).toEqual({
        outsideLimits:
          tally.points - (tally.disagreements[`rule outsideLimits: ${FLAT_BASELINE}`] ?? 0),
        shift: tally.points,
        trend: tally.points,
        twoOfThree: tally.points,
      });
    });
  });

  describe('on the cases where the Making Data Count tools decide a direction', () => {
    it('gives a peak between two trends the fall it starts, as NHSRplotthedots does', () => {
      const values = [10, 14, 9, 13, 10, 14, 9, 10, 11, 12, 13, 14, 15, 14, 13, 12, 11, 10, 9];
      const theirs = plotTheDots(values, {
        improvement: 1,
        screenOutliers: false,
        fixAfterNPoints: null,
      });
      const ours = xmrChart(values, { improvement: 'increase' });
      expect(theirs[12]?.specialCauseType).toBe('7 Point Trend (Decreasing)');
      expect(ours.points[12]?.variation).toBe('concern');
      expect(ours.points.map((p) => p.variation)).toEqual(
        theirs.map((p) => p.pointType.replace('special_cause_', '')),
      );
    });
    it('judges a point below the lower limit at the start of a rise by its side, as NHSRplotthedots does', () => {
      const values = [20, 22, 19, 21, 20, 22, 19, 21, 20, 2, 4, 6, 8, 10, 12, 14];
      const theirs = plotTheDots(values, {
        improvement: 1,
        screenOutliers: false,
        fixAfterNPoints: null,
      });
      expect(theirs[9]?.specialCauseType).toBe('Below LCL');
      expect(xmrChart(values, { improvement: 'increase' }).points[9]?.variation).toBe('concern');
    });
  });
});
