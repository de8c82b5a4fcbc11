import { requireOptions } from '../core/internal/index.js';
import { requireFiniteValues } from './arguments.js';
import type { SeriesOptions } from './series-options.js';
import { periodLimits } from './xmr-limits.js';
import { BOUNDS, requireWithinBounds, resolveXmrOptions } from './xmr-options.js';
import { periodRules } from './xmr-rules.js';

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
 * What kind of figure an XmR chart plots, which fixes the values it can take: a `'count'` or a
 * `'rate'` is never below 0, a `'percentage'` lies from 0 to 100 and a `'proportion'` from 0 to
 * 1; an `'unbounded'` measure (a change, a score difference) has no natural bounds.
 *
 * @example
 * ```ts
 * const measure: XmrMeasure = 'rate'; // incidents per 1,000 support days
 * ```
 * @category Statistics
 */
export type XmrMeasure = 'count' | 'rate' | 'percentage' | 'proportion' | 'unbounded';

/**
 * How the two-of-three rule is read: `'making-data-count'` — two or three of three points in a
 * row beyond the same 2σ line but inside the process limits, all three on the same side of
 * the mean (NHS England's Making Data Count tools, as NHSRplotthedots codes them); or
 * `'western-electric'` — two or three of three points beyond the same 2σ line, points beyond
 * the limits included, wherever the third is (Western Electric, 1956).
 *
 * @example
 * ```ts
 * const reading: TwoOfThreeReading = 'western-electric';
 * ```
 * @category Statistics
 */
export type TwoOfThreeReading = 'making-data-count' | 'western-electric';

/**
 * Options for {@link xmrChart}.
 *
 * @example
 * ```ts
 * const options: XmrChartOptions = { improvement: 'decrease', measure: 'rate', recalculateAt: [12] };
 * ```
 * @category Statistics
 */
export interface XmrChartOptions extends SeriesOptions {
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
   * Below this many points behind the current limits the result recommends a run chart
   * instead. Default 15. At least 2.
   */
  readonly minimumPoints?: number;
  /**
   * What kind of figure the values are, which fixes their natural bounds: `'count'` and
   * `'rate'` (at least 0), `'percentage'` (0 to 100), `'proportion'` (0 to 1) or `'unbounded'`
   * (the default: no bounds). A value outside its measure's bounds is an error.
   */
  readonly measure?: XmrMeasure;
  /**
   * Hold limits and 2σ lines that fall beyond the measure's natural bounds at the bound — a
   * rate's lower limit of −0.24 is shown as 0, a percentage's upper limit of 104 as 100 — as
   * the Making Data Count guidance asks for measures that cannot go beyond them. Default
   * `true`; it changes no point's rules (no value can lie beyond a bound). Has no effect for
   * an `'unbounded'` measure.
   */
  readonly limitsAtBounds?: boolean;
  /**
   * Positions (from 0) of the first point of each new period: at a known change — a new way
   * of working, a new service model — the limits are worked out again from the points since
   * (Making Data Count's "recalculation"; NHSRplotthedots' `rebase`). Whole numbers in
   * increasing order, from 1 to n − 1. Default: no recalculation, one period.
   */
  readonly recalculateAt?: readonly number[];
  /**
   * Work out each period's mean and limits from its first this-many points only and hold them
   * for the rest of the period (NHSRplotthedots' `fix_after_n_points`): a baseline against
   * which later points are judged. A whole number of at least 2; `null` (the default) uses
   * every point of the period.
   */
  readonly baselinePoints?: number | null;
  /** How the two-of-three rule is read: `'making-data-count'` (default) or `'western-electric'`. */
  readonly twoOfThree?: TwoOfThreeReading;
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
  /** The period the point belongs to: its position in {@link XmrChart.periods}. */
  readonly period: number;
  /** Whether the point is in its period's baseline (the points its limits come from). */
  readonly baseline: boolean;
  /** `|value − previous value|`; `null` for the first point of each period. */
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
 * One period of an {@link XmrChart}: the points from `start` up to (not including) `end`, with
 * the centre line and limits worked out from its baseline.
 *
 * @example
 * ```ts
 * const period: XmrPeriod | undefined = xmrChart([4, 6, 5, 9, 8, 9], { improvement: 'decrease', recalculateAt: [3] }).periods[1];
 * ```
 * @category Statistics
 */
export interface XmrPeriod {
  /** The position of the period's first point. */
  readonly start: number;
  /** The position after the period's last point. */
  readonly end: number;
  /** How many points (from `start`) the mean and limits come from. */
  readonly baselinePoints: number;
  /** The mean of the baseline (the centre line). */
  readonly mean: number;
  /** The mean moving range of the baseline (after screening); `null` with one point. */
  readonly movingRangeMean: number | null;
  /** How many of the baseline's moving ranges were screened out. */
  readonly excludedMovingRanges: number;
  /** `mean + 2.66 × movingRangeMean`, held at the measure's upper bound; `null` with one point. */
  readonly upperProcessLimit: number | null;
  /** `mean − 2.66 × movingRangeMean`, held at the measure's lower bound; `null` with one point. */
  readonly lowerProcessLimit: number | null;
  /** `mean + (2/3) × 2.66 × movingRangeMean` (2σ), held at the upper bound; `null` with one point. */
  readonly upperTwoSigma: number | null;
  /** `mean − (2/3) × 2.66 × movingRangeMean` (2σ), held at the lower bound; `null` with one point. */
  readonly lowerTwoSigma: number | null;
  /** Whether each process limit lay beyond the measure's natural bound and is shown at it. */
  readonly atBound: { readonly lower: boolean; readonly upper: boolean };
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
  /** The current centre line: the latest period's mean; `null` when there are no values. */
  readonly mean: number | null;
  /** The latest period's mean moving range (after screening); `null` with fewer than two values in it. */
  readonly movingRangeMean: number | null;
  /** How many moving ranges were screened out, over every period. */
  readonly excludedMovingRanges: number;
  /** The latest period's upper process limit; `null` with fewer than two values in it. */
  readonly upperProcessLimit: number | null;
  /** The latest period's lower process limit; `null` with fewer than two values in it. */
  readonly lowerProcessLimit: number | null;
  /** The latest period's upper 2σ line; `null` with fewer than two values in it. */
  readonly upperTwoSigma: number | null;
  /** The latest period's lower 2σ line; `null` with fewer than two values in it. */
  readonly lowerTwoSigma: number | null;
  /** The measure's natural bounds (`null` where there is none), as `measure` sets them. */
  readonly bounds: { readonly lower: number | null; readonly upper: number | null };
  /** The periods, oldest first: one unless `recalculateAt` starts others. Empty with no values. */
  readonly periods: readonly XmrPeriod[];
  /** Every point, with its period, moving range, rules and variation class. */
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

function classify(
  direction: 'high' | 'low' | null,
  improvement: ImprovementDirection,
): VariationClass {
  if (direction === null) return 'common_cause';
  if (improvement === 'neither') return 'neither';
  return (direction === 'high') === (improvement === 'increase') ? 'improvement' : 'concern';
}

/** The periods' positions: [start, end) pairs. */
function spans(n: number, recalculateAt: readonly number[]): [number, number][] {
  if (n === 0) return [];
  const starts = [0, ...recalculateAt];
  return starts.map((start, i) => [start, starts[i + 1] ?? n]);
}

/** Every period's limits, and every point with its period, moving range, rules and class. */
function periodsAndPoints(
  values: readonly number[],
  options: Required<XmrChartOptions>,
): { periods: XmrPeriod[]; points: XmrPoint[] } {
  const periods: XmrPeriod[] = [];
  const points: XmrPoint[] = [];
  for (const [start, end] of spans(values.length, options.recalculateAt)) {
    const { period, ranges, excluded } = periodLimits(values, start, end, options);
    const slice = values.slice(start, end);
    const judged = periodRules(slice, period, options);
    for (let k = 0; k < slice.length; k += 1) {
      const { rules, direction } = judged[k] as (typeof judged)[number];
      points.push({
        index: start + k,
        value: slice[k] as number,
        period: periods.length,
        baseline: k < period.baselinePoints,
        movingRange: ranges[k] ?? null,
        movingRangeExcluded: excluded[k] as boolean,
        rules,
        direction,
        variation: classify(direction, options.improvement),
      });
    }
    periods.push(period);
  }
  return { periods, points };
}

function recommend(latest: XmrPeriod | undefined, n: number, minimum: number): XmrRecommendation {
  const behind = latest?.baselinePoints ?? 0;
  const whole = latest === undefined || (latest.start === 0 && behind === n);
  const plural = (k: number) => `${k} point${k === 1 ? '' : 's'}`;
  if (behind < minimum) {
    return {
      useRunChart: true,
      message: whole
        ? `Only ${plural(n)}: too few for reliable process limits (at least ${minimum} are recommended). Use a run chart for now, or treat these limits as provisional.`
        : `The current limits come from only ${plural(behind)}: too few for reliable process limits (at least ${minimum} are recommended). Treat them as provisional, or use a run chart for the points since the change.`,
    };
  }
  return {
    useRunChart: false,
    message: whole
      ? `${n} points: enough for process limits.`
      : `The current limits come from ${behind} points: enough for process limits.`,
  };
}

function methodOf(options: Required<XmrChartOptions>, bounds: XmrChart['bounds']): string {
  const parts = [
    `XmR chart (NHS England Making Data Count): mean ± 2.66 × mean moving range${
      options.screenOutliers ? ' (moving ranges above 3.267 × mean screened out)' : ''
    }`,
  ];
  if (options.baselinePoints !== null)
    parts.push(`limits from the first ${options.baselinePoints} points of each period`);
  if (options.recalculateAt.length > 0)
    parts.push(
      `limits recalculated from point${options.recalculateAt.length === 1 ? '' : 's'} ${options.recalculateAt.join(', ')}`,
    );
  if (options.limitsAtBounds && (bounds.lower !== null || bounds.upper !== null)) {
    parts.push(
      `limits held at the ${options.measure}'s bounds (${bounds.lower ?? '−∞'} to ${bounds.upper ?? '∞'})`,
    );
  }
  parts.push(
    `special cause: outside limits, shift of ${options.shiftLength}, trend of ${options.trendLength}, two of three beyond 2σ (${options.twoOfThree === 'making-data-count' ? 'Making Data Count reading' : 'Western Electric reading'})`,
  );
  return parts.join('; ');
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
 * **Periods and baselines.** With `recalculateAt`, each period (from one recalculation point
 * to the next) has its own mean, moving ranges and limits, and its rules are read within it:
 * a run never crosses into the next period, and a period's first point has no moving range.
 * With `baselinePoints`, each period's mean and limits come from its first that-many points
 * and are held for the rest, so that later points are judged against the baseline. The
 * chart's top-level `mean` and limits are the latest period's — the limits in use now.
 *
 * **Natural bounds.** Tell the chart what it plots with `measure`: a count or a rate cannot be
 * below 0, a percentage lies from 0 to 100. With `limitsAtBounds` (the default) a limit or 2σ
 * line beyond the bound is shown at the bound — no "lower limit −0.24" for a rate — and
 * `periods[i].atBound` says which were moved. No point's rules change: no value can lie
 * beyond a bound, so none can be beyond a limit that lay past it.
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
 * - **two of three**: by default as the Making Data Count tools read it — two or three of
 *   three points in a row beyond the same 2σ line but inside the process limits, all three on
 *   the same side of the mean (the ones beyond the line are flagged); `twoOfThree:
 *   'western-electric'` reads it as two of three beyond the same 2σ line, limits included,
 *   wherever the third point is (the library's reading before issue #18).
 *
 * **Direction**, as the Making Data Count tools decide it (NHSRplotthedots'
 * `ptd_special_cause_type`, and the NHS England SQL tool): a point outside the limits is high
 * or low by its side of the mean, even inside a trend going the other way; otherwise a point
 * in a trend takes the trend's direction — the step to the next point when that point is in a
 * trend too (so a peak that ends a rise and starts a fall counts as falling) and otherwise the
 * step from the point before; otherwise (two of three, shift) its side of the mean. Every
 * rule a point is part of stays in its `rules`, so a point outside the limits inside a falling
 * trend shows both. (NHSRplotthedots calls a point that ends a rise and is followed by an
 * equal value and then a fall "decreasing"; the library keeps the rise it ended.) With
 * `improvement` the direction makes it `'improvement'` or `'concern'` (`'neither'` when no
 * direction is better). The chart's `variation` is the latest point's, as Making Data
 * Count's variation icon shows.
 *
 * Limits from a few points are unreliable: when the current limits come from fewer than
 * `minimumPoints` (default 15; Making Data Count suggests 15 to 20, NHSRplotthedots calls
 * fewer than 12 "trial limits") the result recommends a run chart ({@link runChart}) instead,
 * but still computes the chart.
 * @param values - The series in time order (one value per month, week, …); finite numbers.
 * @param options - `improvement` (required), `shiftLength`, `trendLength`, `screenOutliers`,
 * `minimumPoints`, `measure`, `limitsAtBounds`, `recalculateAt`, `baselinePoints`,
 * `twoOfThree` and `maxLength`.
 * @returns The centre line and limits now in use, every period, each point's rules and class,
 * the chart's class, the recommendation, the options used and the method.
 * @throws {@link GoldenThreadError} `invalid_argument` when `values` is not an array or is
 * longer than `maxLength` (default 100,000), a value is not finite or lies outside its
 * measure's bounds, `improvement`, `measure` or `twoOfThree` is not one of its values, a run
 * length, `minimumPoints` or `baselinePoints` is not a whole number of at least 2,
 * `recalculateAt` is not increasing positions inside the series, or the values are so large
 * that the limits overflow.
 * @example
 * ```ts
 * const chart = xmrChart([3, 5, 4, 6, 5, 4, 5, 12], { improvement: 'decrease', measure: 'count' });
 * chart.upperProcessLimit; // => 11.2 (5.5 + 2.66 × 15/7)
 * chart.lowerProcessLimit; // => 0 (5.5 − 5.7 = −0.2, held at 0: a count cannot be negative)
 * chart.points[7]?.rules.outsideLimits; // => true
 * chart.variation; // => 'concern'
 * chart.recommendation.useRunChart; // => true (8 points)
 * xmrChart([9, 8, 9, 10, 9, 4, 5, 4, 3, 4], { improvement: 'decrease', recalculateAt: [5] }).mean; // => 4
 * ```
 * @category Statistics
 */
export function xmrChart(values: readonly number[], options: XmrChartOptions): XmrChart {
  requireOptions('xmrChart', options);
  requireFiniteValues('xmrChart', values, options.maxLength);
  const resolved = resolveXmrOptions(options, values.length);
  requireWithinBounds(values, resolved.measure);
  const { periods, points } = periodsAndPoints(values, resolved);
  const latest = periods.at(-1);
  const bounds = { ...BOUNDS[resolved.measure] };
  return {
    n: values.length,
    mean: latest?.mean ?? null,
    movingRangeMean: latest?.movingRangeMean ?? null,
    excludedMovingRanges: periods.reduce((sum, p) => sum + p.excludedMovingRanges, 0),
    upperProcessLimit: latest?.upperProcessLimit ?? null,
    lowerProcessLimit: latest?.lowerProcessLimit ?? null,
    upperTwoSigma: latest?.upperTwoSigma ?? null,
    lowerTwoSigma: latest?.lowerTwoSigma ?? null,
    bounds,
    periods,
    points,
    variation: points.at(-1)?.variation ?? null,
    recommendation: recommend(latest, values.length, resolved.minimumPoints),
    options: resolved,
    method: methodOf(resolved, bounds),
  };
}
