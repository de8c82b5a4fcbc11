import { GoldenThreadError } from '../core/index.js';
import { requireWholeNumber } from '../core/internal/index.js';
import { requireFiniteResult, requireFiniteValues } from './arguments.js';

/**
 * Which direction of change is better for a measure: `'increase'` (community activities),
 * `'decrease'` (incidents, restraints) or `'neither'` (a count where neither is good or bad).
 *
 * @example
 * ```ts
 * const better: ImprovementDirection = 'decrease'; // fewer falls is better
 * ```
 * @category Statistics
 */
export type ImprovementDirection = 'increase' | 'decrease' | 'neither';

/**
 * What a point (or the chart) shows, in NHS England "Making Data Count" terms:
 * `'common_cause'` (the usual ups and downs), `'improvement'` or `'concern'` (special cause
 * in the better or worse direction), or `'neither'` (special cause where no direction is
 * better).
 *
 * @example
 * ```ts
 * const shown: VariationClass = 'concern';
 * ```
 * @category Statistics
 */
export type VariationClass = 'common_cause' | 'improvement' | 'concern' | 'neither';

/**
 * Options for {@link xmrChart}.
 *
 * @example
 * ```ts
 * const options: XmrChartOptions = { improvement: 'decrease', shiftLength: 6 };
 * ```
 * @category Statistics
 */
export interface XmrChartOptions {
  /** Which direction is better; decides whether a signal is improvement or concern. */
  readonly improvement: ImprovementDirection;
  /**
   * How many points in a row on one side of the mean make a shift. Default 7, the Making
   * Data Count rule (some tools use 6 or 8). At least 2.
   */
  readonly shiftLength?: number;
  /**
   * How many points in a row, each higher (or each lower) than the one before, make a trend.
   * Default 7, the Making Data Count rule. At least 2.
   */
  readonly trendLength?: number;
  /**
   * Leave moving ranges above 3.267 × the mean moving range out of the mean moving range
   * (Nelson, 1982), so one wild month does not widen the limits. Default `false`, as the
   * Making Data Count Excel tools do; NHS-R's `NHSRplotthedots` screens by default.
   */
  readonly screenOutliers?: boolean;
  /**
   * Below this many points the result recommends a run chart instead. Default 15. At least 2.
   */
  readonly minimumPoints?: number;
}

/**
 * Which special-cause rules a point is part of.
 *
 * @example
 * ```ts
 * const rules: XmrRules = { outsideLimits: true, shift: false, trend: false, twoOfThree: false };
 * ```
 * @category Statistics
 */
export interface XmrRules {
  /** The point is above the upper or below the lower process limit. */
  readonly outsideLimits: boolean;
  /** The point is part of a run of `shiftLength` or more points on one side of the mean. */
  readonly shift: boolean;
  /** The point is part of a run of `trendLength` or more points going steadily up or down. */
  readonly trend: boolean;
  /**
   * The point is beyond the 2σ line and, with it, at least two of three consecutive points
   * are beyond the 2σ line on the same side.
   */
  readonly twoOfThree: boolean;
}

/**
 * One point of an {@link XmrChart}.
 *
 * @example
 * ```ts
 * const first: XmrPoint | undefined = xmrChart([4, 6, 5], { improvement: 'decrease' }).points[0];
 * ```
 * @category Statistics
 */
export interface XmrPoint {
  /** The point's position in the series, from 0. */
  readonly index: number;
  /** The value. */
  readonly value: number;
  /** `|value − previous value|`; `null` for the first point. */
  readonly movingRange: number | null;
  /** Whether this moving range was screened out of the mean moving range. */
  readonly movingRangeExcluded: boolean;
  /** The special-cause rules the point is part of. */
  readonly rules: XmrRules;
  /** The direction of the special cause (`'high'` or `'low'`), or `null` when none. */
  readonly direction: 'high' | 'low' | null;
  /** What the point shows, given which direction is better. */
  readonly variation: VariationClass;
}

/**
 * Whether there are enough points for process limits, in plain English.
 *
 * @example
 * ```ts
 * const advice: XmrRecommendation = { useRunChart: true, message: 'Only 8 points …' };
 * ```
 * @category Statistics
 */
export interface XmrRecommendation {
  /** `true` when there are fewer points than `minimumPoints`: use {@link runChart} instead. */
  readonly useRunChart: boolean;
  /** A sentence a manager can read. */
  readonly message: string;
}

/**
 * An XmR (individuals and moving range) chart, NHS England "Making Data Count" style.
 *
 * @example
 * ```ts
 * const chart: XmrChart = xmrChart([5, 7, 4, 6], { improvement: 'decrease' });
 * ```
 * @category Statistics
 */
export interface XmrChart {
  /** The number of points. */
  readonly n: number;
  /** The mean of the values (the centre line); `null` when there are no values. */
  readonly mean: number | null;
  /** The mean moving range (after screening); `null` with fewer than two values. */
  readonly movingRangeMean: number | null;
  /** How many moving ranges were screened out. */
  readonly excludedMovingRanges: number;
  /** `mean + 2.66 × movingRangeMean`; `null` with fewer than two values. */
  readonly upperProcessLimit: number | null;
  /** `mean − 2.66 × movingRangeMean`; `null` with fewer than two values. */
  readonly lowerProcessLimit: number | null;
  /** `mean + (2/3) × 2.66 × movingRangeMean` (2σ); `null` with fewer than two values. */
  readonly upperTwoSigma: number | null;
  /** `mean − (2/3) × 2.66 × movingRangeMean` (2σ); `null` with fewer than two values. */
  readonly lowerTwoSigma: number | null;
  /** Every point, with its moving range, rules and variation class. */
  readonly points: readonly XmrPoint[];
  /** What the chart shows now: the latest point's class; `null` when there are no values. */
  readonly variation: VariationClass | null;
  /** Whether to use a run chart instead, with a plain-English message. */
  readonly recommendation: XmrRecommendation;
  /** The options used, with their defaults filled in. */
  readonly options: Required<XmrChartOptions>;
  /** The method, for a reader to check. */
  readonly method: string;
}

const LIMIT = 2.66;
const SCREEN = 3.267;
const IMPROVEMENTS: readonly ImprovementDirection[] = ['increase', 'decrease', 'neither'];

/** Marks every index of each run (of equal, nonzero `signs`) at least `length` long. */
function markRuns(signs: readonly number[], length: number, offset: number, into: number[]): void {
  let start = 0;
  for (let i = 1; i <= signs.length; i += 1) {
    if (i < signs.length && signs[i] === signs[start]) continue;
    const sign = signs[start] as number;
    if (sign !== 0 && i - start + offset >= length) {
      for (let j = start; j < i + offset; j += 1)
        into[j] = into[j] === 0 ? sign : (into[j] as number);
    }
    start = i;
  }
}

function classify(
  direction: 'high' | 'low' | null,
  improvement: ImprovementDirection,
): VariationClass {
  if (direction === null) return 'common_cause';
  if (improvement === 'neither') return 'neither';
  return (direction === 'high') === (improvement === 'increase') ? 'improvement' : 'concern';
}

/**
 * Builds an XmR chart the NHS England "Making Data Count" way: process limits, the special-
 * cause rules for each point, what the chart shows (common cause, improvement or concern),
 * and a recommendation when there are too few points for limits.
 *
 * @remarks
 * The centre line is the mean x̄ of the values; the moving ranges are `|xᵢ − xᵢ₋₁|` and mR̄ is
 * their mean. With `screenOutliers`, moving ranges above `3.267 × mR̄` (the upper limit of
 * the moving-range chart) are left out and mR̄ is recomputed once. The process limits are
 * `x̄ ± 2.66 × mR̄` (2.66 = 3 / 1.128, three sigma for individual values) and the 2σ lines
 * `x̄ ± (2/3) × 2.66 × mR̄`.
 *
 * A point is special cause when it is part of any of these (Making Data Count's four rules;
 * run lengths from NHS England's Making Data Count guidance and the NHS-R `NHSRplotthedots`
 * package, which reproduces its Excel tools —
 * https://www.england.nhs.uk/publication/making-data-count/):
 * - **outside limits**: above the upper or below the lower process limit;
 * - **shift**: a run of `shiftLength` (default 7) or more points on the same side of the
 *   mean — a point exactly on the mean ends a run;
 * - **trend**: a run of `trendLength` (default 7) or more points each strictly higher, or each
 *   strictly lower, than the one before — an equal value ends a run;
 * - **two of three**: two or three of three consecutive points beyond the same 2σ line (the
 *   points beyond it are flagged). `NHSRplotthedots` also asks that the third point be on the
 *   same side of the mean and does not count points beyond the limits; we follow the usual
 *   (Western Electric) reading.
 *
 * A special-cause point's direction is the trend's (up is `'high'`) when it is in a trend,
 * otherwise its side of the mean; with `improvement` that makes it `'improvement'` or
 * `'concern'` (`'neither'` when no direction is better). The chart's `variation` is the
 * latest point's, as Making Data Count's variation icon shows.
 *
 * Limits from a few points are unreliable: below `minimumPoints` (default 15; Making Data
 * Count suggests 15 to 20, NHSRplotthedots calls fewer than 12 "trial limits") the result
 * recommends a run chart ({@link runChart}) instead, but still computes the chart.
 * @param values - The series in time order (one value per month, week, …); finite numbers.
 * @param options - `improvement` (required), `shiftLength`, `trendLength`, `screenOutliers`
 * and `minimumPoints`.
 * @returns The centre line, limits, 2σ lines, each point's rules and class, the chart's
 * class, the recommendation, the options used and the method.
 * @throws {@link GoldenThreadError} `invalid_argument` when a value is not finite,
 * `improvement` is not one of its three values, a run length or `minimumPoints` is not a
 * whole number of at least 2, or the values are so large that the limits overflow.
 * @example
 * ```ts
 * const chart = xmrChart([3, 5, 4, 6, 5, 4, 5, 12], { improvement: 'decrease' });
 * chart.upperProcessLimit; // => 11.2 (5.5 + 2.66 × 15/7)
 * chart.points[7]?.rules.outsideLimits; // => true
 * chart.variation; // => 'concern'
 * chart.recommendation.useRunChart; // => true (8 points)
 * ```
 * @category Statistics
 */
export function xmrChart(values: readonly number[], options: XmrChartOptions): XmrChart {
  const fn = 'xmrChart';
  requireFiniteValues(fn, values);
  const { improvement } = options;
  if (!IMPROVEMENTS.includes(improvement)) {
    throw new GoldenThreadError(
      'invalid_argument',
      `${fn}: improvement must be 'increase', 'decrease' or 'neither', but it is ${String(improvement)}.`,
    );
  }
  const resolved: Required<XmrChartOptions> = {
    improvement,
    shiftLength: requireWholeNumber(fn, 'shiftLength', options.shiftLength, 7, 2),
    trendLength: requireWholeNumber(fn, 'trendLength', options.trendLength, 7, 2),
    screenOutliers: options.screenOutliers ?? false,
    minimumPoints: requireWholeNumber(fn, 'minimumPoints', options.minimumPoints, 15, 2),
  };
  const n = values.length;

  let sum = 0;
  for (const v of values) sum += v;
  const mean = n === 0 ? null : requireFiniteResult(fn, sum / n);

  const ranges: number[] = [];
  for (let i = 1; i < n; i += 1) {
    ranges.push(Math.abs((values[i] as number) - (values[i - 1] as number)));
  }
  let rangeSum = 0;
  for (const r of ranges) rangeSum += r;
  let movingRangeMean =
    ranges.length === 0 ? null : requireFiniteResult(fn, rangeSum / ranges.length);
  const excluded = ranges.map(() => false);
  if (resolved.screenOutliers && movingRangeMean !== null) {
    const threshold = SCREEN * movingRangeMean;
    let kept = 0;
    let keptSum = 0;
    for (const [i, r] of ranges.entries()) {
      if (r > threshold) excluded[i] = true;
      else {
        kept += 1;
        keptSum += r;
      }
    }
    movingRangeMean = keptSum / kept;
  }

  const half = movingRangeMean === null ? null : requireFiniteResult(fn, LIMIT * movingRangeMean);
  const limits =
    mean === null || half === null
      ? null
      : {
          upper: requireFiniteResult(fn, mean + half),
          lower: requireFiniteResult(fn, mean - half),
          upper2: mean + (2 / 3) * half,
          lower2: mean - (2 / 3) * half,
        };

  // Rules.
  const centre = mean ?? 0;
  const side = values.map((v) => Math.sign(v - centre));
  const shift: number[] = values.map(() => 0);
  markRuns(side, resolved.shiftLength, 0, shift);
  const steps = ranges.map((_, i) => Math.sign((values[i + 1] as number) - (values[i] as number)));
  const trend: number[] = values.map(() => 0);
  // A run of m equal steps starting at step s covers points s … s + m: m + 1 points.
  markRuns(steps, resolved.trendLength, 1, trend);
  const twoOfThree: boolean[] = values.map(() => false);
  if (limits !== null) {
    const high = values.map((v) => v > limits.upper2);
    const low = values.map((v) => v < limits.lower2);
    for (const beyond of [high, low]) {
      for (let i = 0; i + 2 < n; i += 1) {
        const window = [i, i + 1, i + 2].filter((j) => beyond[j]);
        if (window.length >= 2) for (const j of window) twoOfThree[j] = true;
      }
    }
  }

  const points: XmrPoint[] = values.map((value, index) => {
    const outsideLimits = limits !== null && (value > limits.upper || value < limits.lower);
    const rules: XmrRules = {
      outsideLimits,
      shift: shift[index] !== 0,
      trend: trend[index] !== 0,
      twoOfThree: twoOfThree[index] as boolean,
    };
    const special = outsideLimits || rules.shift || rules.trend || rules.twoOfThree;
    const sign = rules.trend ? (trend[index] as number) : (side[index] as number);
    const direction = special ? (sign > 0 ? 'high' : 'low') : null;
    return {
      index,
      value,
      movingRange: index === 0 ? null : (ranges[index - 1] as number),
      movingRangeExcluded: index === 0 ? false : (excluded[index - 1] as boolean),
      rules,
      direction,
      variation: classify(direction, improvement),
    };
  });

  const useRunChart = n < resolved.minimumPoints;
  const message = useRunChart
    ? `Only ${n} point${n === 1 ? '' : 's'}: too few for reliable process limits (at least ${resolved.minimumPoints} are recommended). Use a run chart for now, or treat these limits as provisional.`
    : `${n} points: enough for process limits.`;
  return {
    n,
    mean,
    movingRangeMean,
    excludedMovingRanges: excluded.filter(Boolean).length,
    upperProcessLimit: limits?.upper ?? null,
    lowerProcessLimit: limits?.lower ?? null,
    upperTwoSigma: limits?.upper2 ?? null,
    lowerTwoSigma: limits?.lower2 ?? null,
    points,
    variation: points.at(-1)?.variation ?? null,
    recommendation: { useRunChart, message },
    options: resolved,
    method: `XmR chart (NHS England Making Data Count): mean ± 2.66 × mean moving range${
      resolved.screenOutliers ? ' (moving ranges above 3.267 × mean screened out)' : ''
    }; special cause: outside limits, shift of ${resolved.shiftLength}, trend of ${resolved.trendLength}, two of three beyond 2σ`,
  };
}
