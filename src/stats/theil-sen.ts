import { GoldenThreadError } from '../core/index.js';
import { describeValue, requireOptions } from '../core/internal/index.js';
import {
  ascending,
  medianOfSorted,
  requireFinitePoints,
  requireFiniteResult,
} from './arguments.js';
import type { SeriesOptions } from './series-options.js';
import { middleSlopes } from './slope-selection.js';

/**
 * A point of a series: `x` is usually the time (month number), `y` the measure.
 *
 * @example
 * ```ts
 * const point: SeriesPoint = { x: 3, y: 12 }; // month 3: 12 community activities
 * ```
 * @category Statistics
 */
export interface SeriesPoint {
  /** The position on the horizontal axis (for example the month number). */
  readonly x: number;
  /** The value measured there. */
  readonly y: number;
}

/**
 * How {@link theilSen} places its line once it has the slope b:
 * - `'joint'` — the median of the residuals `yᵢ − b·xᵢ` (the default; SciPy's
 *   `theilslopes(method='joint')`);
 * - `'separate'` — `median(y) − b·median(x)`, the line through the medians of x and y
 *   (Conover 1980; SciPy's default, `theilslopes(method='separate')`).
 *
 * @example
 * ```ts
 * const how: TheilSenIntercept = 'separate';
 * ```
 * @category Statistics
 */
export type TheilSenIntercept = 'joint' | 'separate';

/**
 * Options for {@link theilSen}.
 *
 * @example
 * ```ts
 * const options: TheilSenOptions = { intercept: 'separate', maxLength: 500_000 };
 * ```
 * @category Statistics
 */
export interface TheilSenOptions extends SeriesOptions {
  /** How the intercept is found: `'joint'` (default) or `'separate'`; see {@link TheilSenIntercept}. */
  readonly intercept?: TheilSenIntercept;
}

/**
 * A robust straight-line trend: the Theil–Sen slope and its intercept.
 *
 * @example
 * ```ts
 * const trend: TheilSen = theilSen([{ x: 1, y: 2 }, { x: 2, y: 4 }]);
 * ```
 * @category Statistics
 */
export interface TheilSen {
  /** The number of points. */
  readonly n: number;
  /** The number of pairs of points with different x, whose slopes were used. */
  readonly pairs: number;
  /** The median of the pairwise slopes; `null` when fewer than two distinct x values. */
  readonly slope: number | null;
  /**
   * The intercept, by the rule in `interceptMethod`; `null` when the slope is `null`.
   */
  readonly intercept: number | null;
  /** How the intercept was found. */
  readonly interceptMethod: TheilSenIntercept;
  /** The method, for a reader to check. */
  readonly method:
    | 'Theil–Sen (median of pairwise slopes; intercept median of y − slope·x)'
    | 'Theil–Sen (median of pairwise slopes; intercept median(y) − slope·median(x), Conover)';
}

const METHODS = {
  joint: 'Theil–Sen (median of pairwise slopes; intercept median of y − slope·x)',
  separate: 'Theil–Sen (median of pairwise slopes; intercept median(y) − slope·median(x), Conover)',
} as const;
const INTERCEPTS: readonly TheilSenIntercept[] = ['joint', 'separate'];

/**
 * Fits a straight-line trend that one or two odd months cannot drag about: the Theil–Sen
 * estimator.
 *
 * @remarks
 * The slope is the median of `(yⱼ − yᵢ) / (xⱼ − xᵢ)` over every pair of points with
 * different x (Theil 1950, Sen 1968); with an even number of pairs, the mean of the two
 * middle slopes. Up to about 29 % of the points can be wild without carrying the slope away
 * (its breakdown point), and with five or more points on a line a single outlier does not
 * move it at all.
 *
 * The intercept, by default (`intercept: 'joint'`), is the median of `yᵢ − slope·xᵢ` over all
 * points, so the line passes through the middle of the residuals: this is what SciPy's
 * `scipy.stats.theilslopes(y, x, method='joint')` returns. `intercept: 'separate'` gives
 * `median(y) − slope·median(x)` instead, the line through the medians of x and y — Conover's
 * (1980) form and SciPy's default (`method='separate'`). The two agree for points on a line
 * and differ a little otherwise (0.125 and 0.375 for the example in the tests).
 *
 * Cost: O(n log n) time and O(n) memory, never the n²/2 pairs. The median slope is found
 * exactly by counting, for a trial slope t, the pairs whose slope is above t — the
 * inversions of the points ordered by y − t·x, counted by merge sort — and narrowing t
 * (the dual of slope selection, as in Cole, Salowe, Steiger and Szemerédi 1989 and Matoušek
 * 1991) until few enough slopes remain to list. Comparisons are exact (floating point with a
 * rigorous error bound, then error-free arithmetic). The slope returned is the one that
 * sorting all the pairwise slopes would give, to the last bit, whenever the coordinates'
 * differences are exact in floating point (whole numbers, months, counts); otherwise it can
 * differ from that sort in the last bit only. A series of 100,000 points takes well under a
 * second; `maxLength` (default 100,000) is checked before any work.
 *
 * With fewer than two distinct x values there is no slope: `slope` and `intercept` are
 * `null` (not a throw).
 * @param points - The points, in any order; x and y finite.
 * @param options - `intercept` (`'joint'`, the default, or `'separate'`) and `maxLength`
 * (default 100,000).
 * @returns The slope, intercept, number of points and pairs used, how the intercept was
 * found, and the method.
 * @throws {@link GoldenThreadError} `invalid_argument` when `points` is not an array or is
 * longer than `maxLength`, a point is not an object or has a coordinate that is not finite,
 * `intercept` or `maxLength` is not allowed, or the values are so large that a slope or
 * residual overflows.
 * @example
 * ```ts
 * theilSen([1, 2, 3, 4, 40].map((y, x) => ({ x, y })));
 * // => { slope: 1, intercept: 1, n: 5, pairs: 10, … } — the 40 does not move the line
 * theilSen([{ x: 1, y: 1 }, { x: 2, y: 3 }, { x: 3, y: 2 }, { x: 4, y: 5 }, { x: 5, y: 4 }], {
 *   intercept: 'separate',
 * }).intercept; // => 0.375 (median(y) 3 − 0.875 × median(x) 3)
 * theilSen([{ x: 1, y: 5 }]).slope; // => null
 * ```
 * @category Statistics
 */
export function theilSen(points: readonly SeriesPoint[], options: TheilSenOptions = {}): TheilSen {
  const fn = 'theilSen';
  requireOptions(fn, options);
  const interceptMethod = options.intercept ?? 'joint';
  if (!INTERCEPTS.includes(interceptMethod)) {
    throw new GoldenThreadError(
      'invalid_argument',
      `${fn}: intercept must be 'joint' or 'separate', but it is ${describeValue(interceptMethod)}.`,
    );
  }
  requireFinitePoints(fn, points, options.maxLength);
  const method = METHODS[interceptMethod];
  const n = points.length;
  const middle = middleSlopes(points, fn);
  if (middle === null) {
    return { n, pairs: 0, slope: null, intercept: null, interceptMethod, method };
  }
  const slope = middle.lower / 2 + middle.upper / 2;
  const intercept =
    interceptMethod === 'joint'
      ? medianOfSorted(
          points.map((p) => requireFiniteResult(fn, p.y - slope * p.x)).sort(ascending),
        )
      : requireFiniteResult(
          fn,
          medianOfSorted(points.map((p) => p.y).sort(ascending)) -
            slope * medianOfSorted(points.map((p) => p.x).sort(ascending)),
        );
  return { n, pairs: middle.pairs, slope, intercept, interceptMethod, method };
}
