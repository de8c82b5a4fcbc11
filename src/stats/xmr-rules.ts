/**
 * The special-cause rules of an XmR chart and each point's direction, for one period
 * (internal to `stats`). Runs never cross from one period into the next, as in
 * NHSRplotthedots, which groups its rules by rebase period.
 */
import type { XmrChartOptions, XmrPeriod, XmrRules } from './xmr-chart.js';

/** Marks every position of each run of equal, non-zero `signs` at least `length` long. */
function inRuns(signs: readonly number[], length: number): boolean[] {
  const n = signs.length;
  const marked: boolean[] = new Array(n).fill(false);
  let start = 0;
  for (let i = 1; i <= n; i += 1) {
    if (i < n && signs[i] === signs[start]) continue;
    if (signs[start] !== 0 && i - start >= length)
      for (let j = start; j < i; j += 1) marked[j] = true;
    start = i;
  }
  return marked;
}

/**
 * The points of a run of `trendLength` or more, each strictly above (or below) the one before:
 * a run of trendLength − 1 equal steps covers trendLength points.
 */
function inTrends(values: readonly number[], trendLength: number): boolean[] {
  const steps = values.slice(1).map((v, i) => Math.sign(v - (values[i] as number)));
  const stepInTrend = inRuns(steps, trendLength - 1);
  return values.map((_, i) => (stepInTrend[i - 1] ?? false) || (stepInTrend[i] ?? false));
}

/** Marks the points beyond the line in the window i … i + 2 when two or three of them are. */
function markWindow(
  marked: boolean[],
  beyond: readonly boolean[],
  i: number,
  eligible: boolean,
): void {
  if (!eligible) return;
  const a = beyond[i] === true;
  const b = beyond[i + 1] === true;
  const c = beyond[i + 2] === true;
  if (Number(a) + Number(b) + Number(c) < 2) return;
  if (a) marked[i] = true;
  if (b) marked[i + 1] = true;
  if (c) marked[i + 2] = true;
}

/**
 * Two of three: in three points in a row, two or three beyond the same 2σ line.
 * `'making-data-count'` (NHSRplotthedots' `ptd_two_in_three`): the points beyond a 2σ line but
 * not beyond the process limit, with all three points on the same side of the mean.
 * `'western-electric'`: any points beyond the same 2σ line, limits included, whatever the third.
 */
function twoOfThree(
  values: readonly number[],
  sides: readonly number[],
  period: XmrPeriod,
  outside: readonly boolean[],
  reading: Required<XmrChartOptions>['twoOfThree'],
): boolean[] {
  const n = values.length;
  const marked: boolean[] = new Array(n).fill(false);
  const { upperTwoSigma: upper2, lowerTwoSigma: lower2 } = period;
  if (upper2 === null || lower2 === null) return marked;
  const mdc = reading === 'making-data-count';
  // beyond[side][i]: point i is past the 2σ line on that side (and, for Making Data Count,
  // not past the process limit).
  const high: boolean[] = new Array(n);
  const low: boolean[] = new Array(n);
  for (let i = 0; i < n; i += 1) {
    const v = values[i] as number;
    const counted = !(mdc && outside[i]);
    high[i] = counted && v > upper2;
    low[i] = counted && v < lower2;
  }
  for (let i = 0; i + 2 < n; i += 1) {
    markWindow(
      marked,
      high,
      i,
      !mdc || (sides[i] === 1 && sides[i + 1] === 1 && sides[i + 2] === 1),
    );
    markWindow(
      marked,
      low,
      i,
      !mdc || (sides[i] === -1 && sides[i + 1] === -1 && sides[i + 2] === -1),
    );
  }
  return marked;
}

/**
 * The direction of a point in a trend, as the Making Data Count tools read it
 * (NHSRplotthedots' `ptd_special_cause_type`): the step to the next point when that point is
 * in a trend too and the step is not flat — so a peak between a rising and a falling trend
 * starts the fall — and otherwise the step from the point before.
 */
function trendDirection(values: readonly number[], inTrend: readonly boolean[], i: number): number {
  const next = values[i + 1];
  if (inTrend[i + 1] === true && next !== undefined && next !== values[i]) {
    return Math.sign(next - (values[i] as number));
  }
  return Math.sign((values[i] as number) - (values[i - 1] as number));
}

/** Each point's rules and direction in one period of the chart. */
export function periodRules(
  values: readonly number[],
  period: XmrPeriod,
  options: Required<XmrChartOptions>,
): { rules: XmrRules; direction: 'high' | 'low' | null }[] {
  const { mean, upperProcessLimit: upper, lowerProcessLimit: lower } = period;
  const sides = values.map((v) => Math.sign(v - mean));
  const outside = values.map((v) => upper !== null && lower !== null && (v > upper || v < lower));
  const shift = inRuns(sides, options.shiftLength);
  const trend = inTrends(values, options.trendLength);
  const near = twoOfThree(values, sides, period, outside, options.twoOfThree);
  return values.map((_, i) => {
    const rules: XmrRules = {
      outsideLimits: outside[i] as boolean,
      shift: shift[i] as boolean,
      trend: trend[i] as boolean,
      twoOfThree: near[i] as boolean,
    };
    // Making Data Count's order: a point outside the limits, in a two-of-three or in a shift
    // is judged by its side of the mean; a point in a trend (and not outside) by the trend.
    const sign =
      rules.trend && !rules.outsideLimits
        ? trendDirection(values, trend, i)
        : rules.outsideLimits || rules.twoOfThree || rules.shift
          ? (sides[i] as number)
          : 0;
    return { rules, direction: sign > 0 ? 'high' : sign < 0 ? 'low' : null };
  });
}
